"""Archivo › Exportar…: folder, encryption when a key is configured, progress, cancel and result."""

from __future__ import annotations

import pytest

from ati_desktop.exchange import keys
from ati_desktop.exchange.package import open_package
from ati_desktop.services.sessions import save_session
from ati_desktop.ui import i18n, tasks
from ati_desktop.ui.exchange import export_dialog
from ati_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db, make_session):
    tasks.set_synchronous(True)
    i18n.install("es_CO")
    save_session(db, make_session())
    win = MainWindow()
    qtbot.addWidget(win)
    win.attach(db)
    yield win
    tasks.set_synchronous(False)


@pytest.fixture
def secretariat(tmp_path):
    public_path, private_path = keys.new_secretariat_pair(tmp_path / "secretaria")
    keys.import_secretariat_key(public_path)
    return keys.read_secretariat_private(private_path)


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


def test_the_file_menu_offers_the_export_and_the_status_bar_what_waits(window):
    assert window.export_action in window.file_menu.actions() and window.export_action.isEnabled()
    assert window.export_status.text().startswith("Sin paquetes entregados") and "por entregar" in window.export_status.text()


def test_without_a_key_the_dialog_warns_that_the_package_goes_unencrypted(window, qtbot):
    dialog = window.show_export()
    assert not dialog.encrypt.isChecked() and not dialog.encrypt.isEnabled()
    assert "SIN CIFRAR" in dialog.warning.text() and not dialog.warning.isHidden()
    assert "por entregar" in dialog.changes.text() and "aún no ha entregado" in dialog.status.text()


def test_export_to_the_stick_encrypted_and_verified(window, secretariat, stick):
    dialog = window.show_export()
    assert dialog.encrypt.isChecked() and dialog.warning.isHidden()
    dialog.folder.setText(str(stick))
    dialog.export_button.click()
    assert "verificado: puede retirar la memoria" in dialog.result.text()
    assert "Cifrado para la secretaría" in dialog.result.text()
    [written] = stick.glob("*.ati")
    with open_package(written, secretariat_key=secretariat) as package:
        assert package.encrypted and package.manifest.sequence == 1 and "session" in package.revisions
    assert "Último paquete: nº 1" in dialog.status.text()
    dialog.close()
    assert window.export_status.text().startswith("Último paquete:") and "nada por entregar" in window.export_status.text()


def test_cancel_leaves_nothing_on_the_stick(window, secretariat, stick, monkeypatch):
    dialog = window.show_export()
    dialog.folder.setText(str(stick))
    original = dialog._progressed

    def cancel_at_first_step(done, total):
        original(done, total)
        assert dialog.close_button.text() == "&Cancelar"
        dialog.close_button.click()

    monkeypatch.setattr(dialog, "_progressed", cancel_at_first_step)
    dialog.export_button.click()
    assert "cancelada" in dialog.result.text()
    assert list(stick.iterdir()) == []
    assert dialog.isVisible() and dialog.close_button.text() == "Cerrar"


def test_a_missing_folder_is_explained(window, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(export_dialog.messages, "show_error", lambda parent, text: errors.append(text))
    dialog = window.show_export()
    dialog.folder.setText(str(tmp_path / "no-existe"))
    dialog.export_button.click()
    assert "carpeta que exista" in errors[0]


def test_the_folder_chosen_is_remembered(window, stick, monkeypatch):
    monkeypatch.setattr(export_dialog, "ask_folder", lambda parent, start: str(stick))
    dialog = window.show_export()
    dialog.choose.click()
    dialog.encrypt.setChecked(False)
    dialog.export_button.click()
    assert "Sin cifrar" in dialog.result.text()
    dialog.close()
    assert window.show_export().folder.text() == str(stick)
