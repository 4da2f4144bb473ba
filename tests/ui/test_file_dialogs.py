"""File dialogs keep the assistant out of the data folder, where the live database lives."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLineEdit, QToolButton, QTreeView

from ati_desktop.paths import data_dir
from ati_desktop.services.database import Database
from ati_desktop.services.queries import count_sessions
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import save_session
from ati_desktop.ui import file_dialogs


@pytest.fixture
def live(tmp_path):
    """An open database in a folder of its own, next to an ordinary folder."""
    (tmp_path / "Documentos").mkdir()
    database = Database.open(tmp_path / "datos" / "ati.sqlite")
    file_dialogs.keep_out_of(database.path.parent)
    yield database
    database.close()


def _shown(qtbot, dialog: QFileDialog, folder: Path) -> QFileDialog:
    qtbot.addWidget(dialog)
    model = dialog.findChild(QFileSystemModel)
    dialog.show()
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) >= 1, timeout=10000)
    return dialog


def _double_click(qtbot, dialog: QFileDialog, name: str) -> None:
    """What a person does to go into a folder listed in the dialog."""
    view = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: any(view.model().index(row, 0, view.rootIndex()).data() == name
                                for row in range(view.model().rowCount(view.rootIndex()))), timeout=10000)
    row = next(row for row in range(view.model().rowCount(view.rootIndex()))
               if view.model().index(row, 0, view.rootIndex()).data() == name)
    centre = view.visualRect(view.model().index(row, 0, view.rootIndex())).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _real(path) -> str:
    return str(Path(path).resolve())


@pytest.mark.parametrize("start", ["data", "database", "suggested"])
def test_a_dialog_asked_to_start_in_the_data_folder_starts_elsewhere(qtbot, live, start):
    directory = {"data": str(data_dir()), "database": str(live.path.parent),
                 "suggested": str(live.path.parent / "acta.pdf")}[start]
    dialog = file_dialogs.make_dialog(None, "Guardar el acta como PDF", directory)
    qtbot.addWidget(dialog)

    shown = dialog.directory().absolutePath()
    assert not file_dialogs.is_kept_out(shown)
    assert _real(shown) not in {_real(data_dir()), _real(live.path.parent)}
    if start == "suggested":
        assert dialog.findChild(QLineEdit, "fileNameEdit").text() == "acta.pdf", "the suggested name stays"


def test_going_into_the_database_folder_is_undone_with_a_note(qtbot, live):
    parent = live.path.parent.parent
    dialog = _shown(qtbot, file_dialogs.make_dialog(None, "Agregar evidencias", str(parent)), parent)
    assert not dialog.note.isVisible()

    _double_click(qtbot, dialog, "Documentos")
    qtbot.waitUntil(lambda: _real(dialog.directory().absolutePath()) == _real(parent / "Documentos"))
    assert not dialog.note.isVisible(), "an ordinary folder opens as usual"

    dialog.setDirectory(str(parent))
    _double_click(qtbot, dialog, "datos")

    qtbot.waitUntil(lambda: _real(dialog.directory().absolutePath()) == _real(parent), timeout=5000)
    assert dialog.note.isVisible()
    assert "guarda la base de datos de ATI Desktop" in dialog.note.text()


def test_back_into_the_database_folder_is_undone_too(qtbot, live):
    """The Back button goes into a folder without Qt saying a folder was entered."""
    parent = live.path.parent.parent
    dialog = _shown(qtbot, file_dialogs.make_dialog(None, "Agregar evidencias", str(parent)), parent)
    _double_click(qtbot, dialog, "datos")
    qtbot.waitUntil(lambda: _real(dialog.directory().absolutePath()) == _real(parent), timeout=5000)
    dialog.note.setVisible(False)

    qtbot.mouseClick(dialog.findChild(QToolButton, "backButton"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(dialog.note.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: not file_dialogs.is_kept_out(dialog.directory().absolutePath()), timeout=5000)


def test_every_file_dialog_of_the_interface_goes_through_this_module():
    ui = Path(file_dialogs.__file__).parent
    direct = [str(path.relative_to(ui)) for path in ui.rglob("*.py")
              if path.name != "file_dialogs.py" and "QFileDialog" in path.read_text(encoding="utf-8")]
    assert direct == []


def test_a_path_chosen_inside_the_data_folder_is_refused(qtbot, live):
    parent = live.path.parent.parent
    dialog = _shown(qtbot, file_dialogs.make_dialog(None, "Guardar el acta como PDF", str(parent)), parent)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))

    name.setText(str(live.path))  # typed: saving the acta over the database
    qtbot.keyClick(name, Qt.Key.Key_Return)

    assert not accepted and dialog.isVisible()
    assert dialog.note.text() == "Esa carpeta guarda la base de datos de ATI Desktop; elija otra carpeta para no dañarla."
    assert live.path.read_bytes()[:16] == b"SQLite format 3\x00", "the database is untouched"

    name.setText(str(parent / "Documentos" / "acta.pdf"))
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert accepted == [True]
    assert _real(dialog.selectedFiles()[0]) == _real(parent / "Documentos" / "acta.pdf")


def test_a_folder_dialog_refuses_the_data_folder_itself(qtbot, live):
    parent = live.path.parent.parent
    dialog = file_dialogs.make_dialog(None, "Carpeta para las actas", str(parent))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    _shown(qtbot, dialog, parent)
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))

    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(data_dir()))
    dialog.accept()

    assert not accepted
    assert "elija otra carpeta" in dialog.note.text()


def test_the_database_stays_the_apps_while_dialogs_come_near_it(qtbot, live, make_session):
    """Only SQLite opens the live file: another program closing it must not find itself alone.

    Had the dialog read the file (a type guess from its content), this process would have
    lost its locks, and the other program's close would checkpoint and delete the app's log.
    """
    school = add_school_in_field(live, "Institución Educativa El Rosario", "41298", "241298000777")
    save_session(live, make_session(school_id=school.id))
    parent = live.path.parent.parent
    dialog = _shown(qtbot, file_dialogs.make_dialog(None, "Agregar evidencias", str(parent)), parent)
    _double_click(qtbot, dialog, "datos")
    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(live.path))
    dialog.accept()
    qtbot.wait(300)  # icons and types are gathered on Qt's thread after a listing

    code = textwrap.dedent(f"""
        import sqlite3
        connection = sqlite3.connect({str(live.path)!r})
        connection.execute("SELECT count(*) FROM session").fetchone()
        connection.close()
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)

    assert Path(f"{live.path}-wal").exists(), "the log the app writes to is still there"
    save_session(live, make_session(school_id=school.id))
    assert count_sessions(live) == 2
