"""«Archivar datos antiguos…»: offered once a receipt arrives, and from the File menu.

A real departmental record confirms, inside its field package, what it received from the
assistant's device; the dialog then archives the old confirmed sessions' photos and signatures.
"""

from __future__ import annotations

from datetime import date

import pytest
from archive_steps import PHOTO, SIGNATURE, held, old_session
from devices import new_device
from field_exchange_steps import Secretariat, export
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ati_desktop.services import archive
from ati_desktop.services.published_forms import registry_for
from ati_desktop.ui import file_dialogs, i18n, tasks
from ati_desktop.ui.exchange import field_import_dialog
from ati_desktop.ui.exchange.archive_dialog import ArchiveDialog
from ati_desktop.ui.main_window import MainWindow


@pytest.fixture
def field(tmp_path):
    """Ana's laptop, with a session of last year delivered to the record."""
    ana = new_device(tmp_path, "ana")
    yield ana
    ana.close()


@pytest.fixture
def secretariat(db, field, tmp_path):
    office = Secretariat(db, tmp_path / "secretaria")
    old_session(field, day=date(2024, 5, 6), commitments=[])
    office.merge(export(field, tmp_path, "ana-1"))
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


def test_the_import_of_a_receipt_offers_archiving_and_the_dialog_archives(window, field, secretariat,
                                                                           monkeypatch, tmp_path):
    monkeypatch.setattr(field_import_dialog, "ask_package_file", lambda parent: str(secretariat.field_package()))
    dialog = window.show_field_import()
    assert not dialog.archive_button.isVisible()
    dialog.import_button.click()

    assert "La Secretaría confirma que tiene sus paquetes nº 1." in dialog.result.text()
    assert dialog.archive_button.isVisible() and dialog.archive_button.text() == "Archi&var datos antiguos…"
    megabytes = f"{(len(PHOTO) + len(SIGNATURE)) / 1e6:.1f}".replace(".", ",")
    assert dialog.archive_offer.text() == (f"Hay 1 sesión antigua que la Secretaría ya tiene: archivar sus fotos "
                                           f"y firmas liberaría {megabytes} MB.")

    offer = dialog.show_archive()
    assert isinstance(offer, ArchiveDialog) and offer.isVisible()
    assert offer.months.value() == 12 and offer.cancel_button.isDefault()
    assert offer.summary.text().startswith("Se archivarán las fotos y firmas de 1 sesión cerrada antes del ")
    assert offer.summary.text().endswith(f": se liberarán {megabytes} MB en este equipo.")
    QTest.keyClick(offer, Qt.Key.Key_Return)  # Enter cancels: archiving is always a click
    assert not offer.isVisible() and archive.archives(field) == []

    offer = dialog.show_archive()
    offer.path.setText(str(tmp_path / "viejo.sqlite"))
    offer.archive_button.click()

    assert offer.result.text().startswith("✔ Archivadas las fotos y firmas de 1 sesión en «")
    assert f"{megabytes} MB liberados" in offer.result.text()
    assert held(field, archive.verify_archive(tmp_path / "viejo.sqlite", field.device_id).popitem()[0]) == 0
    assert not dialog.archive_button.isVisible() and offer.cancel_button.text() == "Cerrar"


def test_the_file_menu_offers_it_and_says_why_nothing_can_move_yet(window, field):
    assert window.archive_action in window.file_menu.actions() and window.archive_action.isEnabled()
    offer = window.show_archive()
    assert offer.summary.text().startswith("Este equipo aún no ha recibido un acuse de la Secretaría")
    assert not offer.archive_button.isEnabled()
    offer.months.setValue(3)
    assert not offer.archive_button.isEnabled()


def test_the_dialog_restores_an_archive(window, field, secretariat, monkeypatch, tmp_path):
    from ati_desktop.services.field_exchange import import_field_package

    import_field_package(field, secretariat.field_package())  # the receipt
    archived = archive.run(field, target=tmp_path / "viejo.sqlite")
    offer = window.show_archive()
    assert offer.summary.text().startswith("No hay fotos ni firmas de sesiones cerradas antes del ")
    assert not offer.archive_button.isEnabled() and offer.restore_button.isEnabled()

    monkeypatch.setattr(file_dialogs, "open_file", lambda *args: str(archived.path))
    offer.restore_button.click()

    assert offer.result.text() == "✔ 2 fotos y firmas devueltas a este equipo desde «viejo.sqlite»."
    assert all(held(field, sha) > 0 for sha in archive.verify_archive(archived.path, field.device_id))
    assert offer.archive_button.isEnabled()  # what was restored may be archived again
