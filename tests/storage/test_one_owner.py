"""One owner of the live database: a file dialog cannot lend it out, a second writer is told no.

The app's process is this test's process; the other programs are real processes.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeDatabase
from PySide6.QtWidgets import QFileSystemModel

from ati_desktop.services.queries import count_sessions
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database
from ati_desktop.ui import file_dialogs
from ati_process import run_ati


ati = run_ati


def last_user_closes(path: Path) -> None:
    """Another program opens the database for writing, reads and closes it.

    If it believes it is the only user (the app's locks gone), SQLite checkpoints and deletes
    the write-ahead log on that close, under the app's feet.
    """
    code = textwrap.dedent(f"""
        import sqlite3
        connection = sqlite3.connect({str(path)!r})
        connection.execute("SELECT count(*) FROM session").fetchone()
        connection.close()
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.fixture
def live(tmp_path, make_session):
    """The app's database in its data folder, one session saved and still in the log."""
    path = tmp_path / "datos" / "ati.sqlite"
    database = Database.open(path)
    school = add_school_in_field(database, "Institución Educativa El Rosario", "41298", "241298000777")
    save_session(database, make_session(school_id=school.id))
    yield database, school
    database.close()


def _show_folder(qtbot, folder: Path):
    dialog = file_dialogs.make_dialog(None, "Carpeta para las actas", str(folder))
    qtbot.addWidget(dialog)
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10000):
        dialog.show()
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) >= 1, timeout=10000)
    qtbot.wait(300)  # icons and types are gathered on Qt's thread after the listing
    return dialog


def test_reading_the_file_in_the_process_lends_the_database_out(qtbot, live):
    """The hazard itself: Qt's type guess reads the file, and another program takes over."""
    database, _school = live
    QMimeDatabase().mimeTypeForFile(str(database.path))
    last_user_closes(database.path)
    assert not Path(f"{database.path}-wal").exists(), "the other program deleted the app's log"


def test_a_file_dialog_on_the_data_folder_keeps_the_database_the_apps(qtbot, live, make_session):
    database, school = live
    dialog = _show_folder(qtbot, database.path.parent)
    names = {dialog.findChild(QFileSystemModel).index(i, 0, dialog.findChild(QFileSystemModel)
             .index(str(database.path.parent))).data() for i in range(3)}
    assert "ati.sqlite" in names, "the dialog did list the database"

    last_user_closes(database.path)

    assert Path(f"{database.path}-wal").exists(), "the log the app writes to is still there"
    save_session(database, make_session(school_id=school.id))
    assert count_sessions(database) == 2


def test_a_second_writer_is_told_in_spanish_while_readers_still_work(qtbot, live, tmp_path):
    database, _school = live
    QMimeDatabase().mimeTypeForFile(str(database.path))  # even with SQLite's own locks gone

    second_app = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(f"""
            from ati_desktop.storage.database import Database
            from ati_desktop.storage.errors import DatabaseInUseError
            try:
                Database.open({str(database.path)!r})
            except DatabaseInUseError as exc:
                print(exc.message)
        """)], capture_output=True, text=True, timeout=60)
    assert "está abierta en otra ventana de ATI Desktop" in second_app.stdout

    writing = ati("db", "init", "--db", str(database.path))
    assert writing.returncode == 1
    assert "está abierta en otra ventana de ATI Desktop" in writing.stderr
    assert "Traceback" not in writing.stderr

    listed = ati("sessions", "list", "--db", str(database.path))
    assert listed.returncode == 0 and "1 de 1 sesiones" in listed.stdout
    copy = tmp_path / "copia.sqlite"
    assert ati("db", "backup", str(copy), "--db", str(database.path)).returncode == 0
    assert Path(f"{database.path}-wal").exists()

    backup = Database.open_for_reading(copy)
    try:
        assert count_sessions(backup) == 1, "the backup holds the session still in the log"
    finally:
        backup.close()


def test_the_lock_goes_with_the_process_however_it_ends(tmp_path):
    path = tmp_path / "ati.sqlite"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from ati_desktop.storage.database import Database
        Database.open({str(path)!r})
        print("abierta", flush=True)
        time.sleep(120)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "abierta"
        assert ati("db", "init", "--db", str(path)).returncode == 1
    finally:
        holder.kill()
        holder.wait()
    assert ati("db", "init", "--db", str(path)).returncode == 0, "a killed app leaves no lock behind"
