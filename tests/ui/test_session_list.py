"""The lazily paged session model: pages on scroll, stale answers dropped, labels shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from ati_desktop.domain.reference import Technique
from ati_desktop.services import queries
from ati_desktop.services.demo import generate_demo
from ati_desktop.services.inputs import SessionInput
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database
from ati_desktop.ui import i18n, tasks
from ati_desktop.ui.session_list import PAGE_SIZE, SessionListView, SessionTableModel

MANY = 1000
DEMO = 2000


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


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """2,000 demo sessions: several a day, all kinds of operations."""
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    generate_demo(db, DEMO, seed=3)
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
                     "Control, Seguimiento", "Observación", "Abierta", ""]
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


@pytest.mark.parametrize("criteria", [{}, {"operation": "seguimiento"}])
def test_fetching_to_the_end_pages_by_key_and_shows_the_services_rows(demo_db, sync_tasks, monkeypatch,
                                                                      criteria):
    list_sessions, asked = queries.list_sessions, []

    def recording(db, flt=queries.SessionFilter(), offset=0, limit=200, after=None):
        asked.append((offset, after))
        return list_sessions(db, flt, offset, limit, after)

    monkeypatch.setattr(queries, "list_sessions", recording)
    model = SessionTableModel()
    model.set_criteria(criteria)
    model.set_database(demo_db)
    while model.canFetchMore():
        model.fetchMore()
    expected = list_sessions(demo_db, queries.SessionFilter(**criteria), limit=10 * DEMO)
    assert model.rowCount() == model.total() == len(expected) > 2 * PAGE_SIZE
    assert [model.row_at(r) for r in range(model.rowCount())] == expected
    assert [model.index(len(expected) - 1, c).data() for c in (0, 1)] == [
        expected[-1].session_date.strftime("%d/%m/%Y"), expected[-1].municipality]
    # The first page from the top, each next one after the last row shown: never an offset.
    assert asked[0] == (0, None)
    assert [after for _offset, after in asked[1:]] == [expected[n * PAGE_SIZE - 1].key
                                                       for n in range(1, len(asked))]
    assert {offset for offset, _after in asked} == {0}


def test_scrolling_reaches_the_last_of_2000_rows(qtbot, demo_db):
    """With the real worker and a visible view, as a user holding End would."""
    i18n.install("es_CO")
    table = SessionListView()
    model = SessionTableModel(table)
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    model.set_database(demo_db)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE, timeout=5000)

    def at_the_end() -> bool:
        table.scrollToBottom()
        return model.rowCount() == DEMO

    qtbot.waitUntil(at_the_end, timeout=20000)
    tasks.wait_for_idle()
    assert [model.session_id(r) for r in range(DEMO)] == [
        row.id for row in queries.list_sessions(demo_db, limit=DEMO)]
