"""Archivo › Importar paquete de la Secretaría…: preview, confirmation, import with progress, result.

Real packages written from a real departmental record, imported into an assistant's database
through the window's menu and the dialog.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from devices import meeting, new_device
from field_exchange_steps import Secretariat, export, receive, verify
from published_form_samples import write_reunion
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from ati_desktop.exchange.keys import fingerprint
from ati_desktop.services.published_forms import publish, registry_for
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.models import Revision
from ati_desktop.ui import i18n, tasks
from ati_desktop.ui.exchange import field_import_dialog
from ati_desktop.ui.main_window import MainWindow


def revisions(db) -> int:
    with db.read() as tx:
        return tx.scalar(select(func.count()).select_from(Revision))


@pytest.fixture
def field(tmp_path):
    """Beto's database: his first day, with nothing but the school's catalogue entry."""
    beto = new_device(tmp_path, "beto")
    yield beto
    beto.close()


@pytest.fixture
def secretariat(db, tmp_path):
    """The record, holding Ana's meeting and version 2 of «Reunión», with its signing key."""
    office = Secretariat(db, tmp_path / "secretaria")
    ana = new_device(tmp_path, "ana")
    save_session(ana, meeting(ana))
    office.merge(export(ana, tmp_path, "ana-1"))
    ana.close()
    publish(db, write_reunion(tmp_path / "formularios"))
    return office


@pytest.fixture
def window(qtbot, field):
    tasks.set_synchronous(True)
    i18n.install("es_CO")
    win = MainWindow()
    qtbot.addWidget(win)
    win.attach(field, registry_for(field))
    yield win
    tasks.set_synchronous(False)


def open_dialog(window, monkeypatch, path):
    monkeypatch.setattr(field_import_dialog, "ask_package_file", lambda parent: str(path))
    dialog = window.show_field_import()
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_file_menu_offers_the_import_once_the_database_is_open(qtbot, window):
    assert window.field_import_action in window.file_menu.actions() and window.field_import_action.isEnabled()
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    assert not fresh.field_import_action.isEnabled()


def test_cancelling_the_file_dialog_opens_nothing(window, monkeypatch):
    monkeypatch.setattr(field_import_dialog, "ask_package_file", lambda parent: "")
    assert window.show_field_import() is None


def test_the_preview_says_who_signed_what_comes_and_writes_nothing(window, field, secretariat, monkeypatch):
    before = revisions(field)
    dialog = open_dialog(window, monkeypatch, secretariat.field_package())

    assert "la firma es válida" in dialog.status.text()
    assert dialog.issuer.text() == "Secretaría de Educación"
    assert dialog.fingerprint.text() == fingerprint(secretariat.key.public_key())
    assert "Municipios: Garzón" in dialog.scope.text()
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", dialog.created.text())
    assert re.fullmatch(r"\d+ nuevos · \d+ actualizados? · 0 en conflicto · \d+ sin cambios", dialog.changes.text())
    assert dialog.forms.text() == "Reunión, versión 2"
    assert dialog.import_button.isEnabled() and dialog.cancel_button.isDefault()
    assert revisions(field) == before

    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter takes the default button: cancel
    assert not dialog.isVisible() and revisions(field) == before
    assert window.forms.for_technique("reunion").version == 1


def test_confirming_imports_with_progress_and_new_sessions_take_the_forms_that_came(
        window, field, secretariat, monkeypatch):
    dialog = open_dialog(window, monkeypatch, secretariat.field_package())
    stages = []
    original = dialog._progressed

    def seen(stage, done, total):
        original(stage, done, total)
        stages.append((stage, dialog.progress.isVisible(), dialog.cancel_button.isEnabled()))

    monkeypatch.setattr(dialog, "_progressed", seen)
    predicted = dialog.changes.text()
    dialog.import_button.click()

    assert stages and all(visible and not cancellable for _stage, visible, cancellable in stages)
    assert {stage for stage, _v, _c in stages} >= {"revisions"}
    assert dialog.result.text().startswith(f"✔ Paquete importado: {predicted}.")
    assert "Las sesiones nuevas usarán los formularios recibidos." in dialog.result.text()
    assert dialog.cancel_button.text() == "Cerrar" and not dialog.import_button.isEnabled()
    assert not dialog.progress.isVisible()
    # The window shows what arrived and hands the new form version to the next new session.
    assert window.forms.for_technique("reunion").version == 2
    assert window.model.rowCount() == 1


def test_a_package_that_is_not_the_secretariats_is_refused_and_writes_nothing(
        window, field, db, tmp_path, monkeypatch):
    other = new_device(tmp_path, "carla")
    save_session(other, meeting(other))
    device_package = export(other, tmp_path, "carla-1")
    other.close()
    before = revisions(field)
    dialog = open_dialog(window, monkeypatch, device_package)
    assert "no es un paquete de la Secretaría" in dialog.result.text()
    assert "no se escribió nada" in dialog.status.text()
    assert not dialog.import_button.isEnabled() and dialog.cancel_button.text() == "Cerrar"
    dialog.import_button.click()
    assert revisions(field) == before


def test_a_damaged_package_is_refused_with_its_reason(window, field, secretariat, monkeypatch):
    path = secretariat.field_package()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    before = revisions(field)
    dialog = open_dialog(window, monkeypatch, path)
    assert dialog.result.text().startswith("La firma del paquete no es válida")
    assert "No se importó nada" in dialog.result.text() and not dialog.import_button.isEnabled()
    assert revisions(field) == before


def test_the_result_tells_the_assistant_which_of_her_packages_the_secretariat_holds(
        qtbot, db, tmp_path, monkeypatch):
    office = Secretariat(db, tmp_path / "secretaria")
    ana = new_device(tmp_path, "ana")
    try:
        save_session(ana, meeting(ana))
        office.merge(export(ana, tmp_path, "ana-1"))
        tasks.set_synchronous(True)
        win = MainWindow()
        qtbot.addWidget(win)
        win.attach(ana, registry_for(ana))
        dialog = open_dialog(win, monkeypatch, office.field_package())
        dialog.import_button.click()
        assert "La Secretaría confirma que tiene sus paquetes nº 1." in dialog.result.text()
        assert "Le faltan" not in dialog.result.text()
    finally:
        tasks.set_synchronous(False)
        ana.close()


def test_a_verification_the_secretariat_overtook_is_named_before_and_after(window, field, db, tmp_path,
                                                                            monkeypatch):
    office = Secretariat(db, tmp_path / "secretaria")
    ana = new_device(tmp_path, "ana")
    try:
        origin = meeting(ana)
        save_session(ana, origin)
        office.merge(export(ana, tmp_path, "ana-1"))
        receive(field, office.field_package())
        verify(field, origin.commitments[0].id)  # verified by Beto, not delivered yet
        changed = origin.commitments[0]
        changed.due_date = date(2027, 1, 15)
        save_session(ana, meeting(ana, id=origin.id, attendance=origin.attendance, commitments=[changed]))
        office.merge(export(ana, tmp_path, "ana-2"))
    finally:
        ana.close()
    dialog = open_dialog(window, monkeypatch, office.field_package())
    warning = "La Secretaría cambió compromisos que usted verificó y aún no ha entregado"
    assert warning in dialog.commitments.text() and "• Enviar el PMI ajustado" in dialog.commitments.text()
    assert not dialog.commitments.isHidden()
    dialog.import_button.click()
    assert "✔ Paquete importado" in dialog.result.text()
    assert warning in dialog.commitments.text() and not dialog.commitments.isHidden()


def test_a_stick_pulled_out_before_confirming_imports_nothing(window, field, secretariat, monkeypatch):
    path = secretariat.field_package()
    dialog = open_dialog(window, monkeypatch, path)
    before = revisions(field)
    path.unlink()
    dialog.import_button.click()
    assert "no se escribió nada" in dialog.status.text() and dialog.result.text()
    assert "inesperado" not in dialog.result.text()
    assert dialog.cancel_button.text() == "Cerrar" and dialog.cancel_button.isEnabled()
    assert revisions(field) == before and window.forms.for_technique("reunion").version == 1
