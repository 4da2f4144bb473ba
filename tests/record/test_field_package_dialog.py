"""The record window's «Paquete para el campo…» and «Asignaciones…» dialogs, on real records and keys."""

from __future__ import annotations

import pytest
from devices import meeting, new_device, package
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ati_desktop.exchange import keys
from ati_desktop.exchange.merge import merge_package
from ati_desktop.exchange.package import open_package
from ati_desktop.services.assignments import assigned_schools
from ati_desktop.services.sessions import save_session
from ati_desktop.services.settings import Profile, save_profile
from ati_desktop.storage.database import Database
from ati_desktop.ui import tasks
from ati_desktop.ui.record.assignments_dialog import AssignmentsDialog
from ati_desktop.ui.record.field_package_dialog import FieldPackageDialog
from ati_desktop.ui.record.window import RecordWindow

GARZON = "41298"


@pytest.fixture
def inline_tasks():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def record(tmp_path):
    """A record holding Ana's profile, her school in Garzón and one of her sessions there."""
    ana = new_device(tmp_path, "ana")
    save_profile(ana, Profile(full_name="Ana Lucía Perdomo", role="Profesional de apoyo"))
    session = save_session(ana, meeting(ana))
    database = Database.open(tmp_path / "registro.sqlite")
    merge_package(database, package(ana))
    ana.close()
    database.session_id = session.id
    yield database
    database.close()


@pytest.fixture
def default_key():
    """The secretariat's signing pair in this user's key folder, where the dialog looks first."""
    public, private = keys.new_signing_pair(keys.keys_dir())
    return keys.fingerprint(keys.read_signing_private(private).public_key())


def _dialog(qtbot, record) -> FieldPackageDialog:
    dialog = FieldPackageDialog(record)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_writes_a_field_package_for_a_municipality_on_the_worker(qtbot, record, default_key, tmp_path):
    dialog = _dialog(qtbot, record)
    qtbot.waitUntil(lambda: dialog.municipality_list.count() > 0 and "Huella" in dialog.signing_label.text())
    assert default_key in dialog.signing_label.text()
    assert dialog.close_button.isDefault() and not dialog.write_button.isDefault()
    assert not dialog.write_button.isEnabled()  # nobody to write for yet

    dialog.check_municipality(GARZON)
    dialog.target_edit.setText(str(tmp_path / "garzon"))
    assert dialog.write_button.isEnabled()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result.text() != "", timeout=30000)

    assert "✔ Paquete para el campo nº 1" in dialog.result.text(), dialog.result.text()
    assert "1 sesión" in dialog.result.text() and default_key in dialog.result.text()
    with open_package(tmp_path / "garzon.ati") as opened:
        assert opened.manifest.kind == "campo"
        assert opened.manifest.scope.municipalities == [GARZON]
        assert opened.manifest.scope.assistant is None
        assert [r.record_id for r in opened.revisions["session"]] == [record.session_id]


def test_a_package_for_an_assistant_encrypted_to_a_chosen_key(qtbot, record, inline_tasks, tmp_path):
    signing_public, signing_private = keys.new_signing_pair(tmp_path / "claves")
    public, private = keys.new_secretariat_pair(tmp_path / "cifrado")
    dialog = _dialog(qtbot, record)
    dialog.set_signing_key(signing_private)
    dialog.set_encryption_key(public)
    dialog.assistant.setCurrentIndex(dialog.assistant.findText("Ana Lucía Perdomo"))
    assert dialog.assistant_id() is not None
    dialog.target_edit.setText(str(tmp_path / "ana.ati"))
    dialog.write_button.click()

    assert "Cifrado." in dialog.result.text(), dialog.result.text()
    with open_package(tmp_path / "ana.ati", secretariat_key=keys.read_secretariat_private(private)) as opened:
        assert opened.encrypted and opened.manifest.kind == "campo"
        assert opened.manifest.scope.assistant.name == "Ana Lucía Perdomo"
        assert [r.record_id for r in opened.revisions["session"]] == [record.session_id]


def test_a_missing_signing_key_is_said_in_spanish_and_nothing_is_written(qtbot, record, inline_tasks, tmp_path):
    dialog = _dialog(qtbot, record)
    assert "No se encontró la clave de firma de la secretaría" in dialog.signing_label.text()
    dialog.check_municipality(GARZON)
    dialog.target_edit.setText(str(tmp_path / "garzon.ati"))
    assert not dialog.write_button.isEnabled()

    dialog.set_signing_key(tmp_path / "no-existe.key")
    assert "no-existe.key" in dialog.signing_label.text()
    dialog.start()  # as if the key vanished between the check and the click
    assert "No se encontró la clave de firma" in dialog.result.text()
    assert not (tmp_path / "garzon.ati").exists()
    assert list(tmp_path.glob("*.ati*")) == []
    assert dialog.write_button.isEnabled() is False and dialog.close_button.isEnabled()


def test_the_record_window_opens_both_dialogs_once_a_record_is_open(qtbot, record, inline_tasks, tmp_path):
    window = RecordWindow()
    qtbot.addWidget(window)
    window.show()
    assert not window.field_package_button.isEnabled() and not window.assignments_button.isEnabled()
    path = record.path
    record.close()
    window.open_target(str(path))
    assert window.field_package_button.isEnabled() and window.assignments_button.isEnabled()
    field = window.show_field_package()
    assignments = window.show_assignments()
    assert field.isVisible() and assignments.isVisible()
    assert field.municipality_list.count() == 1 and assignments.assistant.count() == 2
    field.close()
    assignments.close()
    window.close()


def _type(widget, text: str) -> None:
    """Real key presses, accented letters included (keyClicks aborts on them here)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_assignments_are_added_by_searching_and_removed(qtbot, record, inline_tasks):
    dialog = AssignmentsDialog(record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0
    dialog.assistant.setCurrentIndex(dialog.assistant.findText("Ana Lucía Perdomo"))
    _type(dialog.school_search, "simón garzon")
    qtbot.waitUntil(lambda: dialog.school_list.count() == 1)
    assert "Simón Bolívar" in dialog.school_list.item(0).text()
    assert not dialog.add_button.isEnabled()
    dialog.school_list.item(0).setSelected(True)
    dialog.add_button.click()

    [assigned] = assigned_schools(record)
    assert assigned.assistant_name == "Ana Lucía Perdomo" and assigned.school_name.endswith("Simón Bolívar")
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "Garzón"
    assert "1 asignación" in dialog.note.text()

    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert assigned_schools(record) == []
    assert dialog.table.rowCount() == 0


def test_a_search_that_finds_no_school_says_so(qtbot, record, inline_tasks):
    dialog = AssignmentsDialog(record)
    qtbot.addWidget(dialog)
    dialog.school_search.setText("Narnia")
    dialog.search_schools("Narnia")
    assert dialog.school_list.count() == 0 and "Ningún establecimiento" in dialog.note.text()
