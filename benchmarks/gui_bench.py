"""The desktop on a big database: rows on screen after start-up, filtering, opening a session,
memory after a working session.

``run(quick)`` uses the shared demo database (100,000 sessions; 10,000 in quick mode, reported
as ``rows``) and returns:

- ``first_rows_ms``: from the start of a fresh ``ati-desktop --db`` process to the first paint
  of the session list with its first page of rows, offscreen, median of fresh processes, file
  warm in the page cache; ``first_rows_cold_ms``: the same with the database file evicted from
  the page cache before each start;
- ``bare_window_ms``: start of a fresh process to the first paint of a bare QMainWindow of 40
  widgets; ``first_rows_ratio`` = ``first_rows_ms`` / ``bare_window_ms`` (goal ≤ 2.0) and
  ``first_rows_cold_ratio`` likewise;
- ``gui_filter_ms``: choosing a municipality in the filter bar until the list has repainted its
  first page, with the real worker thread (goal ≤ 50);
- ``open_session_ms``: building the session editor until it shows a stored session
  (``open_session_editor`` is 1.0 when the editor was part of it, 0.0 when only loaded);
- ``rss_mb``: resident memory of a fresh app process after scrolling through 10,000 rows,
  opening a session in the editor and previewing its acta (goal ≤ 250).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_data import demo_database, evict, scratch  # noqa: E402

SCROLLED_ROWS = 10_000
FIGURES = ("rows", "first_rows_ms", "first_rows_cold_ms", "bare_window_ms", "first_rows_ratio",
           "first_rows_cold_ratio", "gui_filter_ms", "open_session_ms", "open_session_editor",
           "rss_mb")
GOALS = {"first_rows_ratio": ("<=", 2.0), "gui_filter_ms": ("<=", 50.0), "rss_mb": ("<=", 250.0)}

# Runs in a fresh process. "rows": prints time.monotonic() once the session list has painted
# rows (the bare window: once it has painted). "rss": scrolls the list through SCROLLED rows,
# opens the first session in the editor and previews its acta, then prints the resident memory.
_CHILD = r"""
import os, sys, time, traceback
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
mode, target, scrolled = sys.argv[1], sys.argv[2], int(sys.argv[3])
app = QApplication(sys.argv[:1])

def fail(*error):  # an exception in a step must end the run, not leave it waiting
    traceback.print_exception(*error)
    os._exit(3)

sys.excepthook = fail

def report(value):
    print(value, flush=True)
    QTimer.singleShot(0, lambda: [w.close() for w in QApplication.topLevelWidgets()])
    QTimer.singleShot(0, app.quit)

def main_window():
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"), None)

class FirstRows(QObject):
    done = False
    def eventFilter(self, obj, event):
        if self.done or event.type() != QEvent.Type.Paint or not obj.isWidgetType():
            return False
        if target == "bare":
            shown = obj.isWindow()
        else:
            view = obj.parent()
            shown = (type(view).__name__ == "SessionListView" and obj is view.viewport()
                     and view.model().rowCount() > 0)
        if shown:
            self.done = True
            QTimer.singleShot(0, lambda: report(time.monotonic()))  # once this paint is done
        return False

def when(condition, then, every=20):
    def check():
        if condition():
            then()
        else:
            QTimer.singleShot(every, check)
    QTimer.singleShot(every, check)

def scroll():
    window = main_window()
    model = window.model
    if model.rowCount() >= scrolled or not model.canFetchMore():
        window.view.scrollToTop()
        window.view.selectRow(0)
        return open_editor(window)
    window.view.scrollToBottom()  # the view asks the model for the next page
    QTimer.singleShot(5, scroll)

def open_editor(window):
    window.open_session()
    editor = window.editors[-1]
    editor.loaded.connect(lambda: preview(window))

def preview(window):
    acta = window.show_acta()
    acta.ready.connect(lambda _pages: QTimer.singleShot(50, rss))

def rss():
    app.processEvents()
    with open("/proc/self/status") as status:
        kib = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    report(kib / 1024)

if mode == "rows":
    watcher = FirstRows()
    app.installEventFilter(watcher)
else:
    # The database is open and its first page in: rows read early cannot be scrolled on.
    when(lambda: main_window() is not None and main_window().db is not None
         and main_window().model.rowCount() > 0 and not main_window().model.is_loading(), scroll)
if target == "bare":
    from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget
    window = QMainWindow()
    body = QWidget()
    column = QVBoxLayout(body)
    for number in range(20):
        column.addWidget(QLabel(f"Campo {number}"))
        column.addWidget(QLineEdit())
    window.setCentralWidget(body)
    window.resize(1366, 768)
    window.show()
    app.exec()
else:
    from ati_desktop.app import main
    sys.exit(main(["--db", target]))
"""


def _child(mode: str, target: str, cold: bool = False) -> float:
    # The warm-up start leaves byte-code, as an installed app has: a shell that forbids
    # writing it would make every start compile the app's modules from source again.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ATI_DATA_DIR=str(scratch() / "data"),
               PYTHONPATH=str(ROOT / "src"), PYTHONPYCACHEPREFIX=str(scratch() / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cold:
        evict(Path(target))
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", _CHILD, mode, target, str(SCROLLED_ROWS)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"the {mode} run of {target} failed:\n{done.stderr[-3000:]}")
    value = float(done.stdout.strip().splitlines()[-1])
    return (value - started) * 1000 if mode == "rows" else value


def first_rows(db_path: Path, repeats: int) -> dict[str, float]:
    """Medians of start-to-rows (warm, cold) and of the bare window, alternated so that load
    from other processes weighs on all three alike."""
    _child("rows", str(db_path))  # warm-up: byte-code, libraries, the file itself
    _child("rows", "bare")
    warm, cold, bare = [], [], []
    for _ in range(repeats):
        warm.append(_child("rows", str(db_path)))
        bare.append(_child("rows", "bare"))
        cold.append(_child("rows", str(db_path), cold=True))
    figures = {"first_rows_ms": statistics.median(warm), "first_rows_cold_ms": statistics.median(cold),
               "bare_window_ms": statistics.median(bare)}
    figures["first_rows_ratio"] = figures["first_rows_ms"] / figures["bare_window_ms"]
    figures["first_rows_cold_ratio"] = figures["first_rows_cold_ms"] / figures["bare_window_ms"]
    return figures


def _wait(signal, timeout_ms: int = 30000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def in_process(db_path: Path, repeats: int) -> dict[str, float]:
    """Filtering and opening sessions in a window of this process, real worker thread."""
    from PySide6.QtWidgets import QApplication

    from ati_desktop.app import load_forms
    from ati_desktop.storage.database import Database
    from ati_desktop.ui import i18n, tasks
    from ati_desktop.ui.main_window import MainWindow

    previous_data_dir = os.environ.get("ATI_DATA_DIR")
    os.environ["ATI_DATA_DIR"] = str(scratch() / "data")  # layout and catalogues stay in the scratch dir
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install("es_CO")
    db = Database.open(db_path)
    forms = load_forms(db)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.attach(db, forms)
    _wait(window.model.reloaded)
    combo = window.filters.municipality
    filter_ms = []
    for index in range(repeats + 1):
        tasks.wait_for_idle()  # the panel and counters queued by the last change are done
        started = time.perf_counter()
        combo.setCurrentIndex(index * 3 % (combo.count() - 1) + 1)
        _wait(window.model.reloaded)
        window.view.viewport().repaint()
        if index:  # the first change warms SQLite's page cache; it is not counted
            filter_ms.append((time.perf_counter() - started) * 1000)
    combo.setCurrentIndex(0)
    _wait(window.model.reloaded)
    open_ms, with_editor = open_session(window, db, forms, repeats)
    window.close()
    tasks.wait_for_idle()
    db.close()
    app.processEvents()
    if previous_data_dir is None:
        os.environ.pop("ATI_DATA_DIR")
    else:
        os.environ["ATI_DATA_DIR"] = previous_data_dir
    return {"gui_filter_ms": statistics.median(filter_ms), "open_session_ms": open_ms,
            "open_session_editor": with_editor}


def open_session(window, db, forms, repeats: int) -> tuple[float, float]:
    ids = [window.model.session_id(row) for row in range(0, repeats * 7, 7)]
    try:
        from ati_desktop.ui.editor import SessionEditor
    except ImportError:
        from ati_desktop.services.queries import load_session

        times = []
        for session_id in ids:
            started = time.perf_counter()
            load_session(db, session_id)
            times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times), 0.0
    times = []
    for session_id in ids:
        started = time.perf_counter()
        editor = SessionEditor(db, forms, session_id=session_id, parent=window)
        _wait(editor.loaded)
        editor.show()
        editor.repaint()
        times.append((time.perf_counter() - started) * 1000)
        editor.close()
    return statistics.median(times), 1.0


def rows_for(quick: bool) -> int:
    from foundation_bench import sizes

    return sizes(quick).query_base  # the foundation's query database: built once per run


def repeats_for(quick: bool) -> int:
    smoke = float(os.environ.get("ATI_BENCH_SCALE", "1")) < 0.1
    return 1 if smoke else 3 if quick else 7


def describe(quick: bool) -> str:
    repeats = repeats_for(quick)
    return (f"gui: {rows_for(quick):,} demo sessions, medians of {repeats} fresh processes "
            f"and filter changes")


def run(quick: bool = False) -> dict[str, float]:
    rows = rows_for(quick)
    repeats = repeats_for(quick)
    path = demo_database(rows)
    results = {"rows": float(rows)}
    results.update(first_rows(path, repeats))
    results.update(in_process(path, repeats))
    results["rss_mb"] = _child("rss", str(path))
    return results


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:24} {value:10.1f}")
