"""The desktop on a big database: start-up paint, filtering, opening a session, memory.

``run(quick)`` builds a demo database (100,000 sessions; 20,000 in quick mode, reported as
``rows``) once per process and returns:

- ``first_paint_ms``: process start to the first paint of the main window (``ati-desktop
  --db``), median of fresh processes, offscreen;
- ``bare_window_ms``: the same for a bare QMainWindow of 40 widgets;
- ``first_paint_ratio``: their quotient (goal ≤ 2.0);
- ``gui_filter_ms``: choosing a municipality in the filter bar until the list has repainted its
  first page, with the real worker thread (goal ≤ 50);
- ``open_session_ms``: ``load_session`` plus building the session editor until it shows the
  session (``open_session_editor`` is 1.0 when the editor was part of it, 0.0 when only loaded);
- ``rss_mb``: resident memory of the app process with the list shown (goal ≤ 250).
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FULL_ROWS, QUICK_ROWS = 100_000, 20_000
FIGURES = ("rows", "first_paint_ms", "bare_window_ms", "first_paint_ratio", "gui_filter_ms",
           "open_session_ms", "open_session_editor", "rss_mb")
GOALS = {"first_paint_ratio": ("<=", 2.0), "gui_filter_ms": ("<=", 50.0), "rss_mb": ("<=", 250.0)}
_databases: dict[int, Path] = {}
_scratch = Path(tempfile.mkdtemp(prefix="ati-gui-bench-"))
atexit.register(shutil.rmtree, _scratch, ignore_errors=True)  # a 100,000-session file is ~850 MB

# Runs in a fresh process: prints time.monotonic() once the main window has painted
# ("paint") or its resident memory once the list shows sessions ("rss"), then quits.
_CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
mode, target = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv[:1])

def report(value):
    print(value, flush=True)
    QTimer.singleShot(0, lambda: [w.close() for w in QApplication.topLevelWidgets()])

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            self.done = True
            QTimer.singleShot(0, lambda: report(time.monotonic()))
        return False

def rss_when_listed():
    window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"), None)
    if window is None or window.model.rowCount() == 0:
        QTimer.singleShot(20, rss_when_listed)
        return
    app.processEvents()
    with open("/proc/self/status") as status:
        kib = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    report(kib / 1024)

if mode == "paint":
    watcher = FirstPaint()
    app.installEventFilter(watcher)
else:
    QTimer.singleShot(20, rss_when_listed)
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


def database(rows: int) -> Path:
    """A demo database of ``rows`` sessions, built once per process."""
    if rows not in _databases:
        from ati_desktop.services.demo import generate_demo
        from ati_desktop.storage.database import Database

        path = _scratch / f"demo-{rows}.sqlite"
        db = Database.open(path)
        generate_demo(db, rows)
        db.close()
        _databases[rows] = path
    return _databases[rows]


def _child(mode: str, target: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ATI_DATA_DIR=str(_scratch / "data"),
               PYTHONPATH=str(ROOT / "src"))
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", _CHILD, mode, target], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    value = float(done.stdout.strip().splitlines()[-1])
    return (value - started) * 1000 if mode == "paint" else value


def first_paint(db_path: Path, repeats: int) -> tuple[float, float]:
    """Median start-to-paint of the app and of the bare window, alternated so load hits both."""
    _child("paint", str(db_path))  # warm-up: compiled translations, byte-code, disk cache
    _child("paint", "bare")
    app, bare = [], []
    for _ in range(repeats):
        app.append(_child("paint", str(db_path)))
        bare.append(_child("paint", "bare"))
    return statistics.median(app), statistics.median(bare)


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
    os.environ["ATI_DATA_DIR"] = str(_scratch / "data")  # layout and catalogues stay in the scratch dir
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install("es_CO")
    db = Database.open(db_path)
    forms = load_forms()
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


def describe(quick: bool) -> str:
    rows, repeats = (QUICK_ROWS, 3) if quick else (FULL_ROWS, 7)
    return f"gui: {rows} demo sessions, medians of {repeats} fresh processes and filter changes"


def run(quick: bool = False) -> dict[str, float]:
    rows = QUICK_ROWS if quick else FULL_ROWS
    repeats = 3 if quick else 7
    path = database(rows)
    app_ms, bare_ms = first_paint(path, repeats)
    results = {"rows": float(rows), "first_paint_ms": app_ms, "bare_window_ms": bare_ms,
               "first_paint_ratio": app_ms / bare_ms}
    results.update(in_process(path, repeats))
    results["rss_mb"] = _child("rss", str(path))
    return results


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:24} {value:10.1f}")
