"""The settings dialog: profile, acta header with logo, language, saved through the services."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from ati_desktop.paths import data_dir
from ati_desktop.services import settings
from ati_desktop.ui import i18n, messages, tasks
from ati_desktop.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, db):
    tasks.set_synchronous(True)
    i18n.install("es_CO")
    box = SettingsDialog(db)
    qtbot.addWidget(box)
    yield box
    tasks.set_synchronous(False)


@pytest.fixture
def logo(tmp_path):
    path = tmp_path / "escudo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6f5c"))
    assert image.save(str(path))
    return path


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_fields_start_with_the_stored_defaults(dialog):
    assert dialog.edits["entity"].text() == "GOBERNACIÓN DEL HUILA"
    assert dialog.page_size.currentData() == "A4"
    assert dialog.language.currentText() == "Español (Colombia)"
    assert save_button(dialog).isEnabled()


def test_profile_and_institution_round_trip(qtbot, db, dialog, logo, monkeypatch):
    monkeypatch.setattr(messages, "ask_image_file", lambda parent: str(logo))
    dialog.edits["full_name"].setText("  Ana Lucía Cuéllar ")
    dialog.edits["id_document"].setText("36123456")
    dialog.edits["email"].setText("ana.cuellar@huila.gov.co")
    dialog.edits["document_code"].setText("PAM-F-014")
    dialog.edits["approval_date"].setText("15/01/2025")
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("LETTER"))
    dialog.choose_logo.click()
    assert not dialog.logo_preview.pixmap().isNull()
    with qtbot.waitSignal(dialog.accepted):
        save_button(dialog).click()

    profile, institution = settings.profile(db), settings.institution(db)
    assert (profile.full_name, profile.id_document, profile.email) == (
        "Ana Lucía Cuéllar", "36123456", "ana.cuellar@huila.gov.co")
    assert (institution.document_code, institution.approval_date, institution.page_size) == (
        "PAM-F-014", "15/01/2025", "LETTER")
    kept = data_dir() / "logos" / "escudo.png"
    assert institution.logo_path == str(kept) and kept.read_bytes() == logo.read_bytes()

    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.edits["full_name"].text() == "Ana Lucía Cuéllar"
    assert again.page_size.currentText() == "Carta"
    assert again.logo_path.text() == str(kept)


def test_invalid_values_are_explained_and_nothing_is_saved(qtbot, db, dialog, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text: shown.append(text))
    dialog.edits["email"].setText("ana.cuellar")
    dialog.edits["approval_date"].setText("31/02/2025")
    dialog.edits["full_name"].setText("Ana")
    with qtbot.assertNotEmitted(dialog.accepted):
        save_button(dialog).click()
    assert shown and "correo electrónico" in shown[0] and "DD/MM/AAAA" in shown[0]
    assert settings.profile(db).full_name == ""


def test_removing_the_logo_clears_it(qtbot, db, dialog, logo, monkeypatch):
    monkeypatch.setattr(messages, "ask_image_file", lambda parent: str(logo))
    dialog.choose_logo.click()
    dialog.remove_logo.click()
    assert dialog.logo_path.text() == "" and dialog.logo_preview.text() == "(sin logo)"
    with qtbot.waitSignal(dialog.accepted):
        save_button(dialog).click()
    assert settings.institution(db).logo_path == ""


def test_chosen_language_is_saved_and_announced(qtbot, db, dialog):
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.languageChosen) as signal:
        save_button(dialog).click()
    assert signal.args == ["en"]
    assert settings.language(db) == "en"


def test_choosing_english_in_the_window_switches_it_at_once(qtbot, db):
    from ati_desktop.ui.main_window import MainWindow, local_settings

    tasks.set_synchronous(True)
    i18n.install("es_CO")
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(db)
    window.show()
    try:
        window.settings_action.trigger()
        dialog = window.findChild(SettingsDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        save_button(dialog).click()
        assert window.file_menu.title() == "&File" and window.tabs.tabText(0) == "&Sessions"
        assert local_settings().value("ui/language") == "en"
    finally:
        i18n.install("es_CO")
        tasks.set_synchronous(False)
