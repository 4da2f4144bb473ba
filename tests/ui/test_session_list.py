"""The lazily paged session model: pages on scroll, stale answers dropped, labels shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from ati_desktop.domain.reference import Technique
from ati_desktop.services.inputs import SessionInput
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database
from ati_desktop.ui import i18n, tasks
from ati_desktop.ui.session_list import PAGE_SIZE, SessionListView, SessionTableModel

MANY = 1000


@pytest.fixture(scope="module")
def many_db(tmp_path_factory):
    """1,000 sessions in Garzón and Neiva, one a day back from 2026-06-30."""
    db = Database.open(tmp_path_factory.mktemp("many") / "many.sqlite")
    schools = [add_school_in_field(db, "Institución Educativa La Inmaculada", "41298"),
               add_school_in_field(db, "Institución Educativa Santa Librada", "41001")]
    for day in range(MANY):
        school = schools[day % 2]
        save_session(db, SessionInput(
            level="institucional", municipality_code=school.municipality_code, school_id=school.id,
            session_date=date(2026, 6, 30) - timedelta(days=day), channel="in_situ",
            operations=["seguimiento", "control"], technique="observacion", form_id="observacion",
            form_version=1, objective=f"Seguimiento número {day}"))
    yield db
    db.close()


@pytest.fixture
def sync_tasks():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def view(qtbot, many_db, sync_tasks):
    i18n.install("es_CO")
    table = SessionListView()
    model = SessionTableModel(table)
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(900, 400)
    model.set_database(many_db)
    return table


def test_first_page_only_then_more_on_scroll(qtbot, view):
    model = view.model()
    assert model.total() == MANY
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=2000)
    for _ in range(MANY // PAGE_SIZE):
        view.scrollToBottom()
        qtbot.wait(10)
    assert model.rowCount() == MANY and not model.canFetchMore()
    assert model.index(MANY - 1, 0).data() == (date(2026, 6, 30) - timedelta(days=MANY - 1)).strftime("%d/%m/%Y")


def test_rows_show_labels_dates_and_the_session_id(view, many_db):
    model = view.model()
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == ["30/06/2026", "Garzón", "Institución Educativa La Inmaculada",
                     "Control, Seguimiento", "Observación", "Abierta"]
    assert model.index(0, 0).data(SessionTableModel.SessionIdRole) == model.session_id(0)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Establecimiento"


def test_a_new_filter_starts_from_the_first_page(view):
    model = view.model()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.set_criteria({"municipality_code": "41001"})
    assert model.total() == MANY // 2 and model.rowCount() == PAGE_SIZE
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"Neiva"}


def test_a_page_for_an_older_filter_is_dropped(qtbot, many_db):
    """With the real worker: a page asked for before a filter change never lands in the list."""
    model = SessionTableModel()
    model.set_database(many_db)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE, timeout=5000)
    model.fetchMore()
    model.set_criteria({"municipality_code": "41001"})
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=5000)
    tasks.wait_for_idle()
    qtbot.wait(50)
    assert model.rowCount() == PAGE_SIZE and model.total() == MANY // 2
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"Neiva"}


def test_unknown_codes_from_a_newer_version_are_shown_as_they_are(view):
    assert i18n.code_label(Technique, None) == ""
    assert i18n.code_label(Technique, "grupo_focal") == "grupo_focal"
    assert i18n.code_label(Technique, "taller") == "Taller"
