"""Start-up from the command line: open the database after the window shows, exit cleanly."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ati_desktop import app
from ati_desktop.services.queries import count_sessions
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database
from ati_desktop.ui import i18n, messages, tasks
from ati_desktop.ui.main_window import MainWindow, local_settings


def main_window():
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def close_when(condition, seen: list, timeout_ms=10000):
    """Poll from inside the app's event loop; record the window, then close it."""
    waited = [0]

    def poll():
        window = main_window()
        if window is not None and condition(window):
            seen.append(window)
            window.close()
        elif waited[0] > timeout_ms:
            pytest.fail("the main window never got ready")
        else:
            waited[0] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


@pytest.fixture(autouse=True)
def spanish_after(qapp):
    yield
    i18n.install("es_CO")
    tasks.wait_for_idle()


def test_main_opens_the_given_database_and_exits_cleanly(tmp_path, make_session, db):
    save_session(db, make_session())
    seen = []
    close_when(lambda w: w.db is not None and w.model.rowCount() == 1, seen)
    assert app.main(["--db", str(db.path)]) == 0
    window = seen[0]
    assert window.db.path == db.path
    assert window.windowTitle().startswith("ATI Desktop")
    assert local_settings().value("window/geometry") is not None  # layout saved on close


def test_rows_are_painted_before_the_database_is_open_and_stay_put_once_it_is(
        tmp_path, make_session, db, monkeypatch):
    """The first page is read straight from the file while the storage layer loads."""
    for _ in range(3):
        save_session(db, make_session())
    early = threading.Event()
    opened = app.open_backend

    def slow_open(args):  # the open waits until the early rows were seen, or gives up
        early.wait(10)
        return opened(args)

    monkeypatch.setattr(app, "open_backend", slow_open)
    resets, seen = [], []

    def rows_before_database(window):
        if window.db is None and window.model.rowCount() == 3 and not early.is_set():
            window.model.modelReset.connect(lambda: resets.append(True))
            early.set()
        return window.db is not None and window.model.total() == 3

    close_when(rows_before_database, seen)
    assert app.main(["--db", str(db.path)]) == 0
    assert early.is_set(), "no rows before the database was open"
    assert resets == [], "the open database's first page replaced identical rows"


def test_the_window_is_built_without_loading_the_storage_layer():
    """SQLAlchemy, SQLModel and Alembic take seconds to import: they load on the worker, after
    the first paint, never as a side effect of importing the window's modules."""
    probe = ("import sys, ati_desktop.app; "
             "print(' '.join(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'ati_desktop.storage')"
             " if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == ""


def test_a_new_database_file_is_created_where_asked(tmp_path):
    path = tmp_path / "campo" / "nueva.sqlite"
    seen = []
    close_when(lambda w: w.db is not None and w.count_label.text() == "0 sesiones", seen)
    assert app.main(["--db", str(path)]) == 0
    assert path.exists()


def test_language_flag_wins_over_the_stored_choice(tmp_path):
    seen = []
    close_when(lambda w: w.db is not None, seen)
    assert app.main(["--db", str(tmp_path / "a.sqlite"), "--lang", "en"]) == 0
    assert seen[0].file_menu.title() == "&File"


def test_stored_language_is_applied_once_the_database_is_open(tmp_path):
    from ati_desktop.services.settings import save_language

    path = tmp_path / "en.sqlite"
    stored = Database.open(path)
    save_language(stored, "en")
    stored.close()
    seen = []
    close_when(lambda w: w.db is not None, seen)
    assert app.main(["--db", str(path)]) == 0
    assert seen[0].file_menu.title() == "&File"
    assert local_settings().value("ui/language") == "en"  # the next start paints in English


def test_a_file_that_is_not_a_database_is_refused_with_a_message(tmp_path, monkeypatch):
    bogus = tmp_path / "fotos.sqlite"
    bogus.write_bytes(b"JFIF" * 100)
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text: shown.append(text))
    assert app.main(["--db", str(bogus)]) == 1
    assert shown and "no es una base de datos de ATI Desktop" in shown[0]
    assert bogus.read_bytes() == b"JFIF" * 100


def test_demo_flag_fills_an_empty_database(tmp_path):
    pytest.importorskip("ati_desktop.services.demo")
    path = tmp_path / "demo.sqlite"
    seen = []
    close_when(lambda w: w.db is not None and not w.demo.is_running() and w.model.total() > 0, seen, 60000)
    assert app.main(["--db", str(path), "--demo"]) == 0
    check = Database.open(path)
    assert count_sessions(check) > 0
    check.close()


def test_arguments():
    args = app.parse_args(["--db", "x.sqlite", "--demo", "--lang", "en"])
    assert (args.db, args.demo, args.lang) == ("x.sqlite", True, "en")
    with pytest.raises(SystemExit):
        app.parse_args(["--lang", "fr"])


def test_a_damaged_database_is_replaced_by_its_latest_backup_when_accepted(tmp_path, make_session, monkeypatch):
    import sqlite3

    from ati_desktop.services.schools import add_school_in_field
    from ati_desktop.storage.backup import backup_sqlite

    path = tmp_path / "campo" / "ati.sqlite"
    database = Database.open(path)
    school = add_school_in_field(database, "Institución Educativa San Roque", "41298", "241298000888")
    save_session(database, make_session(school_id=school.id))
    backup_sqlite(database.engine, path, label="diaria")
    database.close()
    connection = sqlite3.connect(path)
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'school'").fetchone()[0]
    connection.close()
    with open(path, "r+b") as handle:  # damage the page of the schools
        handle.seek(size * (page - 1) + 8)
        handle.write(b"\xde\xad" * (size // 4))
    asked = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _parent, title, text: asked.append(text) or True)

    seen = []
    close_when(lambda w: w.db is not None and w.model.rowCount() == 1, seen)
    assert app.main(["--db", str(path)]) == 0

    assert "dañada" in asked[0] and "copia de seguridad más reciente" in asked[0]
    assert [p.name for p in path.parent.glob("ati-danada-*.sqlite")], "the damaged file is kept aside"
