"""The «Datos personales» window on a real database: search, details, report, requests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ati_desktop.ui import i18n, tasks
from ati_desktop.ui.personal_data import window as pd_window
from ati_desktop.ui.personal_data.window import PersonalDataWindow

from person_samples import NAME, seeded  # noqa: F401 (a fixture)


@pytest.fixture
def sync_tasks():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def window(qtbot, db, seeded, sync_tasks):  # noqa: F811
    i18n.install("es_CO")
    shown = PersonalDataWindow(db)
    qtbot.addWidget(shown)
    return shown


def test_a_search_lists_the_person_once_with_what_is_held(window, seeded):  # noqa: F811
    window.query.setText("gloria cuellar pena")
    window.search_button.click()
    assert window.results.topLevelItemCount() == 1
    item = window.results.topLevelItem(0)
    assert NAME in item.text(0) and item.text(3) == "Coincide por nombre" and item.text(4) == "3"
    assert window.report_button.isEnabled() and window.erase_button.isEnabled()
    shown = window.details.toPlainText()
    assert "Firmas" in shown and "gloria@example.org" in shown


def test_near_matches_are_shown_as_such(window, seeded):  # noqa: F811
    window.query.setText("Gloria Cuellar Pina")
    window.query.returnPressed.emit()
    assert window.results.topLevelItemCount() >= 1
    assert window.results.topLevelItem(0).text(3).startswith("Se parece")


def test_the_report_is_saved_where_the_user_chose(window, seeded, tmp_path, monkeypatch):  # noqa: F811
    target = tmp_path / "informe.pdf"
    monkeypatch.setattr(pd_window, "ask_report_file", lambda *_: str(target))
    window.query.setText("1075234567")
    window.search_button.click()
    window.report_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.status.text()


def test_herramientas_opens_the_window_on_the_open_database(qtbot, db, sync_tasks):
    from ati_desktop.ui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.attach(db)
    assert main.personal_data_action in main.tools_menu.actions()
    main.personal_data_action.trigger()
    shown = main.show_personal_data()
    assert shown is not None and shown.isVisible() and shown.db is db
    assert shown is main.show_personal_data()  # one window, raised again


def test_requests_are_registered_listed_and_overdue_ones_stand_out(window, seeded, monkeypatch):  # noqa: F811
    from datetime import date

    monkeypatch.setattr(pd_window, "ask_request", lambda _parent: {
        "kind": "consulta", "reference": "SED-0001", "received_on": date(2026, 1, 5), "handled_by": "Ana Rojas"})
    window.tabs.setCurrentIndex(1)
    window.add_request_button.click()
    assert window.request_list.topLevelItemCount() == 1
    item = window.request_list.topLevelItem(0)
    assert [item.text(c) for c in range(7)] == ["SED-0001", "—", "Consulta", "05/01/2026", "20/01/2026",
                                                "Recibida — VENCIDA", "Ana Rojas"]
    assert window.overdue_label.text() == "1 solicitud vencida"
    window.request_list.setCurrentItem(item)
    window.answered_button.click()
    assert window.request_list.topLevelItem(0).text(5) == "Respondida" and window.overdue_label.text() == ""


def test_erasing_from_the_window_answers_and_leaves_no_name(window, seeded, monkeypatch):  # noqa: F811
    monkeypatch.setattr(pd_window, "ask_erasure_reference", lambda *_: "SUP-0009")
    window.query.setText("1.075.234.567")
    window.search_button.click()
    window.erase_button.click()
    assert window.status.text().startswith("Datos suprimidos:")
    assert window.results.topLevelItemCount() == 0
    answered = window.request_list.topLevelItem(0)
    assert (answered.text(0), answered.text(1), answered.text(5)) == ("SUP-0009", "[dato suprimido]", "Respondida")
