"""The assistant's session list marks sessions the supervisor returned with remarks."""

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from ati_desktop.services.reviews import set_review
from ati_desktop.services.sessions import save_session
from ati_desktop.ui.session_list import REMARK_COLOR, REVIEW_COLUMN, SessionListView, SessionTableModel

WHEN = datetime(2026, 11, 20, 15, tzinfo=UTC)


@pytest.fixture
def model(qtbot, db, make_session):
    from ati_desktop.ui import i18n, tasks

    i18n.install("es_CO")
    tasks.set_synchronous(True)
    ids = {}
    for key, day in (("observed", date(2026, 11, 4)), ("rejected", date(2026, 11, 3)),
                     ("approved", date(2026, 11, 2)), ("waiting", date(2026, 11, 1))):
        data = make_session(session_date=day)
        data.id = save_session(db, data, close=True).id
        ids[key] = data
    save_session(db, make_session(session_date=date(2026, 10, 1)))  # open
    set_review(db, ids["observed"].id, "con_observaciones", "Falta la firma de la rectora.", "Luz Marina Vargas",
               now=WHEN)
    set_review(db, ids["rejected"].id, "rechazada", "No corresponde al establecimiento.", "Luz Marina Vargas",
               now=WHEN)
    rejected = ids["rejected"]
    rejected.objective = "Objetivo corregido"
    save_session(db, rejected, correction_reason="Se corrigió el establecimiento")
    set_review(db, ids["approved"].id, "aprobada", None, "Jairo Ortiz", now=WHEN)
    view = SessionListView()
    table = SessionTableModel(view)
    view.setModel(table)
    qtbot.addWidget(view)
    table.set_database(db)
    yield table
    tasks.set_synchronous(False)


def _cell(model, row, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, REVIEW_COLUMN).data(role)


def test_remarks_not_yet_answered_stand_out_with_the_comment_in_the_tooltip(model):
    assert model.headerData(REVIEW_COLUMN, Qt.Orientation.Horizontal) == "Revisión"
    assert [_cell(model, row) for row in range(model.rowCount())] == \
        ["Con observaciones", "Corregida, en revisión", "Aprobada", "", ""]
    tooltip = _cell(model, 0, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Con observaciones — Luz Marina Vargas, 20/11/2026\nFalta la firma de la rectora."
    assert _cell(model, 0, Qt.ItemDataRole.ForegroundRole) == REMARK_COLOR
    assert _cell(model, 0, Qt.ItemDataRole.DecorationRole) is not None
    for row in (1, 2, 3):
        assert _cell(model, row, Qt.ItemDataRole.ForegroundRole) is None
        assert _cell(model, row, Qt.ItemDataRole.DecorationRole) is None
    assert "No corresponde al establecimiento." in _cell(model, 1, Qt.ItemDataRole.ToolTipRole)
    assert _cell(model, 2, Qt.ItemDataRole.ToolTipRole) == "Aprobada — Jairo Ortiz, 20/11/2026"
    assert _cell(model, 3, Qt.ItemDataRole.ToolTipRole) is None


def test_the_status_filter_lists_the_remarks_to_answer(model, qtbot):
    from ati_desktop.ui.filters import FilterBar

    bar = FilterBar()
    qtbot.addWidget(bar)
    choice = bar.status.findData("remarks")
    assert bar.status.itemText(choice) == "Con observaciones por corregir"
    bar.status.setCurrentIndex(choice)
    assert bar.criteria() == {"remarks": True}
    model.set_criteria(bar.criteria())
    assert model.rowCount() == 1 and _cell(model, 0) == "Con observaciones"
