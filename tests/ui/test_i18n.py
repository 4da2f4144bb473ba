"""Spanish first, English second: compiled catalogues, live switching, labels and dates."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from ati_desktop.domain.reference import Channel, Operation, Technique
from ati_desktop.resources import translations_dir
from ati_desktop.ui import i18n
from ati_desktop.ui.main_window import MainWindow

# Contexts of the screens this catalogue must fully cover in English.
COVERED = ("MainWindow", "FilterBar", "SessionTableModel", "CommitmentsPanel", "AdvisoryLog",
           "AdvisoryLogModel", "SettingsDialog", "DemoRunner", "messages", "reference")


@pytest.fixture
def spanish_after():
    yield
    i18n.install("es_CO")


def menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def test_spanish_is_the_default(qtbot, spanish_after):
    assert i18n.install(i18n.normalise(None)) == "es_CO"
    window = MainWindow()
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&Archivo", "&Ver", "&Herramientas", "Ay&uda"]
    assert window.new_action.text() == "&Nueva sesión"
    assert i18n.reference_label(Operation.ASESORIA) == "Asesoría"


def test_switching_to_english_retranslates_an_open_window(qtbot, spanish_after):
    i18n.install("es_CO")
    window = MainWindow()
    qtbot.addWidget(window)
    assert i18n.install("en") == "en"
    assert menu_titles(window) == ["&File", "&View", "&Tools", "&Help"]
    assert window.new_action.text() == "&New session"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert window.filters.operation.itemText(0) == "All"
    assert window.filters.technique.itemText(1) == "Meeting"
    assert i18n.reference_label(Channel.VISITA_RECIBIDA) == "Visit received by the adviser"
    i18n.install("es_CO")
    assert menu_titles(window)[0] == "&Archivo"
    assert window.filters.technique.itemText(1) == "Reunión"


def test_plural_forms_come_from_the_catalogues(spanish_after):
    i18n.install("es_CO")
    say = lambda n: QCoreApplication.translate("MainWindow", "%n sesión(es)", "", n)  # noqa: E731
    assert (say(1), say(2)) == ("1 sesión", "2 sesiones")
    i18n.install("en")
    assert (say(1), say(2)) == ("1 session", "2 sessions")


def test_catalogue_is_compiled_once_and_reused(monkeypatch):
    first = i18n.compiled_translation("en")
    assert first is not None and first.exists() and first.suffix == ".qm"
    monkeypatch.setattr(i18n, "_lrelease", lambda: pytest.fail("recompiled an up-to-date catalogue"))
    assert i18n.compiled_translation("en") == first


def test_every_text_of_the_main_screens_has_an_english_translation():
    root = ET.parse(translations_dir() / "ati_en.ts").getroot()
    missing = []
    for context in root.iter("context"):
        if context.findtext("name") not in COVERED:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text] + [form.text for form in translation.iter("numerusform")]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not any(texts):
                missing.append((context.findtext("name"), message.findtext("source")))
    assert missing == []


def test_language_codes_and_dates():
    assert i18n.normalise("en_US") == "en" and i18n.normalise("fr") == "es_CO"
    assert i18n.format_date(date(2026, 3, 9)) == "09/03/2026"
    assert i18n.format_date(None) == ""
    assert i18n.code_label(Technique, "dialogo_reflexivo") == "Diálogo reflexivo"
