"""The supervisor's review queue: oldest first, filtered, and a decision taken from the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ati_desktop.services.reviews import history, review_of, set_review
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import save_session

REMARK = "Falta la firma de la rectora."


@pytest.fixture
def sync():
    from ati_desktop.ui import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def closed(db, make_session):
    """Three closed sessions of Garzón, one of La Plata; the oldest was corrected after remarks."""
    other = add_school_in_field(db, "Institución Educativa San Andrés", "41396", "241396000003")
    plan = [(date(2026, 11, 12), {}), (date(2026, 10, 2), {}), (date(2026, 10, 20), {}),
            (date(2026, 11, 2), {"municipality_code": "41396", "school_id": other.id, "technique": "taller"})]
    sessions = {}
    for day, overrides in plan:
        data = make_session(session_date=day, **overrides)
        data.id = save_session(db, data, close=True).id
        sessions[day] = data
    oldest = sessions[date(2026, 10, 2)]
    set_review(db, oldest.id, "con_observaciones", REMARK, "Luz Marina Vargas")
    oldest.objective = "Objetivo corregido"
    save_session(db, oldest, correction_reason="Se agregó la firma")
    return {day: data.id for day, data in sessions.items()}


@pytest.fixture
def window(qtbot, db, closed, sync):
    from ati_desktop.ui import i18n
    from ati_desktop.ui.review import ReviewWindow

    i18n.install("es_CO")  # the catalogue gives the plural forms

    shown = ReviewWindow(db, today=date(2026, 11, 30))
    qtbot.addWidget(shown)
    shown.resize(1366, 740)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _rows(window) -> list[list[str]]:
    return [[window.table.item(r, c).text() for c in range(window.table.columnCount())]
            for r in range(window.table.rowCount())]


def test_the_queue_lists_waiting_sessions_oldest_first_with_the_earlier_remark(window, closed):
    days = sorted(closed)
    assert [e.session_id for e in window.entries] == [closed[day] for day in days]
    rows = _rows(window)
    assert [r[0] for r in rows] == [f"{day:%d/%m/%Y}" for day in days]
    assert rows[0][5] == "Corregida tras «Con observaciones»" and {r[5] for r in rows[1:]} == {"Recibida"}
    assert rows[2][1:4] == ["La Plata", "Institución Educativa San Andrés", "Taller"]
    window.table.selectRow(0)
    assert REMARK in window.detail.text() and "Luz Marina Vargas" in window.detail.text()
    assert window.status.text() == "4 sesiones esperan revisión"


def test_filters_narrow_the_queue(window, closed):
    window.municipality.setCurrentIndex(window.municipality.findData("41396"))
    assert [e.session_id for e in window.entries] == [closed[date(2026, 11, 2)]]
    assert window.school.count() == 2  # «Todos» and the one school of La Plata
    window.municipality.setCurrentIndex(0)
    window.technique.setCurrentIndex(window.technique.findData("reunion"))
    window.use_from.setChecked(True)
    window.date_from.setDate(date(2026, 10, 15))
    assert [e.session_id for e in window.entries] == [closed[date(2026, 10, 20)], closed[date(2026, 11, 12)]]


def test_approving_from_the_window_writes_a_decision_and_leaves_the_queue(window, closed, db, qtbot, monkeypatch):
    from ati_desktop.ui.review import decision_dialog
    from ati_desktop.ui.review.decision_dialog import DecisionInput

    asked = []

    def answer(parent, state, about, reviewer):
        asked.append((state, about))
        return None if len(asked) == 1 else DecisionInput("", "Luz Marina Vargas")

    monkeypatch.setattr(decision_dialog, "ask_decision", answer)
    target = closed[date(2026, 10, 20)]
    window.table.selectRow(1)
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)  # cancelled: nothing written
    assert history(db, target) == [] and len(window.entries) == 4

    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    assert [state for state, _about in asked] == ["aprobada", "aprobada"]
    assert "20/10/2026" in asked[1][1]
    review = review_of(db, target)
    assert (review.state, review.reviewer, review.comment) == ("aprobada", "Luz Marina Vargas", None)
    assert target not in [e.session_id for e in window.entries] and len(window.entries) == 3


def test_remarks_from_the_window_carry_the_comment(window, closed, db, qtbot, monkeypatch):
    from ati_desktop.ui.review import decision_dialog
    from ati_desktop.ui.review.decision_dialog import DecisionInput

    monkeypatch.setattr(decision_dialog, "ask_decision",
                        lambda parent, state, about, reviewer: DecisionInput("Adjuntar la lista de asistencia", "Jairo"))
    target = closed[date(2026, 11, 12)]
    window.table.selectRow(3)
    qtbot.mouseClick(window.reject_button, Qt.MouseButton.LeftButton)
    review = review_of(db, target)
    assert (review.state, review.comment, review.reviewer) == ("rechazada", "Adjuntar la lista de asistencia", "Jairo")


def test_the_decision_dialog_defaults_to_cancel_and_needs_a_comment_for_remarks(qtbot):
    from ati_desktop.ui.review.decision_dialog import APPROVE, REJECT, DecisionDialog

    dialog = DecisionDialog(REJECT, "Sesión del 02/10/2026", "Luz Marina Vargas")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cancel_button.isDefault() and not dialog.accept_button.isDefault()
    assert not dialog.accept_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter cancels
    assert dialog.result() == dialog.DialogCode.Rejected
    dialog.show()
    dialog.comment.setPlainText("  La sesión no corresponde al establecimiento. ")
    assert dialog.accept_button.isEnabled()
    dialog.reviewer.setText(" ")
    assert not dialog.accept_button.isEnabled()
    dialog.reviewer.setText("Jairo Ortiz")
    assert dialog.value().comment == "La sesión no corresponde al establecimiento."

    approve = DecisionDialog(APPROVE, "Sesión", "Luz Marina Vargas")
    qtbot.addWidget(approve)
    assert approve.accept_button.isEnabled()  # an approval needs no comment
