"""A first run that guides: profile, catalogue (all or nothing), demo data, first session; drafts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ati_desktop.formspec import load_registry
from ati_desktop.services import drafts, editing, schools, settings
from ati_desktop.ui import catalogue_import, i18n, tasks
from ati_desktop.ui.main_window import MainWindow
from ati_desktop.ui.settings_dialog import SettingsDialog

GOOD = ("dane_code,name,municipality_code,campus_dane_code,campus_name\n"
        "241298000123,Institución Educativa Simón Bolívar,41298,,\n"
        "241357000456,Institución Educativa La Esperanza,41357,,\n")
BAD = ("dane_code,name,municipality_code,campus_dane_code,campus_name\n"
       "241298000123,Institución Educativa Simón Bolívar,41298,,\n"
       "12,Escuela sin código,41298,,\n"
       "241357000456,Institución Educativa La Esperanza,99999,,\n")


@pytest.fixture
def window(qtbot, db):
    tasks.set_synchronous(True)
    i18n.install("es_CO")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.attach(db, load_registry())
    yield win
    tasks.set_synchronous(False)


def test_an_empty_desktop_offers_the_first_steps(window, db, qtbot):
    assert window.welcome.isVisible() and not window.view.isVisible()
    assert [mark.text() for mark in window.welcome.marks] == ["", "", "", ""]
    assert window.welcome.profile_button.isDefault()

    window.welcome.profile_button.click()
    dialog = window.findChild(SettingsDialog)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0  # the profile comes first
    dialog.edits["full_name"].setText("Ana Lucía Trujillo")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert settings.profile(db).full_name == "Ana Lucía Trujillo"
    assert window.welcome.marks[0].text() == "✔" and window.welcome.session_button.isDefault()

    window.welcome.session_button.click()
    [editor] = window.editors
    assert editor.isVisible()


def test_importing_the_catalogue_is_all_or_nothing_and_names_the_bad_lines(window, db, tmp_path, monkeypatch):
    refused = []
    monkeypatch.setattr(catalogue_import, "show_refused", lambda parent, problems: refused.append(problems))
    bad, good = tmp_path / "malo.csv", tmp_path / "bueno.csv"
    bad.write_text(BAD, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(catalogue_import, "ask_catalogue_file", lambda parent: bad)
    window.import_action.trigger()
    [problems] = refused
    assert any("3" in line for line in problems) and any("4" in line for line in problems)
    assert schools.search_schools(db) == []  # nothing written

    shown = []
    monkeypatch.setattr(catalogue_import.messages, "show_info", lambda parent, text: shown.append(text))
    monkeypatch.setattr(catalogue_import, "ask_catalogue_file", lambda parent: good)
    window.welcome.import_button.click()
    assert shown == ["Catálogo importado: 2 establecimientos nuevos, 0 actualizados y 0 sedes nuevas."]
    assert window.welcome.marks[1].text() == "✔"
    assert "&Importar catálogo de establecimientos…" in [a.text() for a in window.file_menu.actions()]


def test_drafts_have_their_own_view(window, db, qtbot):
    payload = editing.new_payload()
    payload["objective"] = "Revisar el PMI con el consejo académico"
    drafts.save_draft(db, editing.draft_key_for(payload["id"]), payload)
    window.drafts.refresh()
    window.tabs.setCurrentIndex(2)
    assert window.tabs.tabText(2) == "Bo&rradores"
    [item] = [window.drafts.list.item(i) for i in range(window.drafts.list.count())]
    assert "Revisar el PMI con el consejo académico" in item.text()
    window.drafts.open_button.click()
    [editor] = window.editors
    assert editor.scope.objective.toPlainText() == "Revisar el PMI con el consejo académico"
