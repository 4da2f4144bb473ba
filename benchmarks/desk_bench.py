"""The supervisor's desk on a big record: the reports, the Tablero's first paint, the XLSX.

``run(quick)`` builds a demo database (100,000 sessions; 20,000 in quick mode, reported as
``desk_rows``; ``ATI_BENCH_SCALE`` multiplies both) once and returns, for its last twelve
months:

- ``report_activity_ms``, ``report_coverage_ms``, ``report_commitments_ms``: each report
  service, median of warm runs (goal ≤ 500 each); ``…_cold_ms``: its first run after opening
  the file, with the kernel asked to drop the file's cached pages first (Linux);
- ``scan_ms``: the baseline, a raw ``sqlite3`` count of the period's sessions grouped by
  municipality and month; ``report_activity_ratio`` = activity ÷ baseline;
- ``dashboard_ms``: opening the Tablero until it has painted its figures, charts and map, with
  the real worker thread, offscreen (what a supervisor waits for after the click);
- ``report_xlsx_s``: the XLSX of every commitment of the record (the commitments report over
  its whole history, written to a file); ``report_xlsx_rows``: the commitments it holds.

``ATI_BENCH_CACHE`` names a folder where the demo database is kept between runs (one file per
size and day, since the demo is dated back from today); without it the file is built in a
scratch folder and removed at exit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FULL_ROWS, QUICK_ROWS = 100_000, 20_000
WARM_RUNS = 5
FIGURES = ("desk_rows", "report_activity_ms", "report_coverage_ms", "report_commitments_ms",
           "report_activity_cold_ms", "report_coverage_cold_ms", "report_commitments_cold_ms",
           "scan_ms", "report_activity_ratio", "dashboard_ms", "report_xlsx_s", "report_xlsx_rows")
GOALS = {"report_activity_ms": ("<=", 500.0), "report_coverage_ms": ("<=", 500.0),
         "report_commitments_ms": ("<=", 500.0)}
_scratch = Path(tempfile.mkdtemp(prefix="ati-desk-bench-"))
atexit.register(shutil.rmtree, _scratch, ignore_errors=True)
_databases: dict[int, Path] = {}


def _rows(quick: bool) -> int:
    scale = float(os.environ.get("ATI_BENCH_SCALE", "1"))
    return max(100, int((QUICK_ROWS if quick else FULL_ROWS) * scale))


def describe(quick: bool) -> str:
    return f"desk: {_rows(quick):,} demo sessions, reports of the last 12 months"


def _database(rows: int) -> Path:
    if rows not in _databases:
        from ati_desktop.services.demo import generate_demo
        from ati_desktop.storage.database import Database

        cache = os.environ.get("ATI_BENCH_CACHE")
        folder = Path(cache) if cache else _scratch
        # Device markers and compiled translations go beside the benchmark's database, not to
        # the user's folders (as in bench_data); kept with a cached file, which stays this
        # device's own from one run to the next.
        os.environ["ATI_DATA_DIR"] = str(folder / "data")
        path = folder / f"desk-{rows}-{date.today().isoformat()}.sqlite"
        finished = path.with_suffix(".done")  # only a file whose build completed is reused
        if not (cache and finished.exists()):
            folder.mkdir(parents=True, exist_ok=True)
            for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                stale.unlink(missing_ok=True)
            db = Database.open(path)
            generate_demo(db, rows, today=date.today())
            db.close()
            finished.touch()
        _databases[rows] = path
    return _databases[rows]


def _drop_cache(path: Path) -> None:
    """Ask the kernel to forget the file's cached pages (Linux); a no-op elsewhere."""
    try:
        with open(path, "rb") as handle:
            os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    except (AttributeError, OSError):
        pass


def _period():
    from ati_desktop.services.reports.filters import ReportFilter

    today = date.today()
    return ReportFilter(today - timedelta(days=365), today)


def _reports(path: Path) -> dict[str, float]:
    from ati_desktop.services.reports.activity import activity
    from ati_desktop.services.reports.commitments import commitments
    from ati_desktop.services.reports.coverage import coverage
    from ati_desktop.storage.database import Database

    figures = {}
    flt = _period()
    for name, report in (("activity", activity), ("coverage", coverage), ("commitments", commitments)):
        _drop_cache(path)
        db = Database.open(path)
        started = time.perf_counter()
        report(db, flt)
        figures[f"report_{name}_cold_ms"] = (time.perf_counter() - started) * 1000
        times = []
        for _ in range(WARM_RUNS):
            started = time.perf_counter()
            report(db, flt)
            times.append((time.perf_counter() - started) * 1000)
        figures[f"report_{name}_ms"] = statistics.median(times)
        db.close()
    return figures


def _scan(path: Path) -> float:
    flt = _period()
    connection = sqlite3.connect(path)
    times = []
    for _ in range(WARM_RUNS):
        started = time.perf_counter()
        connection.execute(
            "SELECT municipality_code, substr(session_date, 1, 7), count(*) FROM session "
            "WHERE deleted_at IS NULL AND session_date BETWEEN ? AND ? GROUP BY 1, 2",
            (flt.date_from.isoformat(), flt.date_to.isoformat())).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    connection.close()
    return statistics.median(times)


def _dashboard(path: Path) -> float:
    from PySide6.QtWidgets import QApplication

    from ati_desktop.storage.database import Database
    from ati_desktop.ui import tasks
    from ati_desktop.ui.desk import DeskWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = Database.open(path)
    times = []
    for _ in range(3):
        painted: list[float] = []
        started = time.perf_counter()
        window = DeskWindow(db)
        window.resize(1366, 740)
        window.shown.connect(lambda: painted.append(time.perf_counter()))
        window.show()
        while not painted:
            app.processEvents()
            time.sleep(0.001)
        window.repaint()  # the figures, charts and map on screen, not just computed
        times.append((time.perf_counter() - started) * 1000)
        window.close()
        window.deleteLater()
        app.processEvents()
    tasks.wait_for_idle()
    db.close()
    return statistics.median(times)


def _xlsx(path: Path) -> tuple[float, int]:
    from ati_desktop.services.exports_xlsx import write_xlsx
    from ati_desktop.services.reports.commitments import commitments
    from ati_desktop.services.reports.document import document
    from ati_desktop.services.reports.filters import ReportFilter
    from ati_desktop.storage.database import Database

    db = Database.open(path)
    started = time.perf_counter()
    report = commitments(db, ReportFilter(date(2000, 1, 1), date.today()))
    write_xlsx(document(db, report), _scratch / "compromisos.xlsx")
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed, len(report.lines)


def run(quick: bool = False) -> dict[str, float]:
    rows = _rows(quick)
    path = _database(rows)
    figures: dict[str, float] = {"desk_rows": float(rows)}
    figures.update(_reports(path))
    figures["scan_ms"] = _scan(path)
    figures["report_activity_ratio"] = figures["report_activity_ms"] / max(figures["scan_ms"], 1e-6)
    figures["dashboard_ms"] = _dashboard(path)
    figures["report_xlsx_s"], count = _xlsx(path)
    figures["report_xlsx_rows"] = float(count)
    return figures
