"""The supervisor's remarks above a closed session, until a correction answers them."""

from datetime import UTC, datetime

import pytest

from ati_desktop.services import editing
from ati_desktop.services.reviews import set_review
from ati_desktop.ui.editor import dialogs

from editor_helpers import click

REUNION_ANSWERS = {
    "tema_comun": "Ajuste del PMI",
    "agenda": [{"punto_tema": "Revisión de metas", "punto_responsable": "Rectora"}],
    "discusion": "Se revisaron las metas del año.",
    "conclusiones": "Se ajustará el plan.",
}
REMARK = "Falta la firma de la rectora.\nAdjunte la lista de asistencia escaneada."


@pytest.fixture
def closed_session(db, school):
    payload = editing.new_payload()
    payload.update(municipality_code=school.municipality_code, school_id=school.id, school_name=school.name,
                   operations=["capacitacion"], channel="in_situ", technique="reunion", form_id="reunion",
                   form_version=1, answers=REUNION_ANSWERS, objective="Revisar metas")
    editing.save(db, payload, None, close=True)
    return payload["id"]


def test_remarks_show_with_reviewer_and_date_until_a_correction_answers_them(make_editor, monkeypatch, db,
                                                                              closed_session):
    # 02:00 UTC on the 21st is still the 20th in Colombia.
    set_review(db, closed_session, "con_observaciones", REMARK, "Luz Marina <Vargas>",
               now=datetime(2026, 11, 21, 2, 0, tzinfo=UTC))
    editor = make_editor(session_id=closed_session)
    note = editor.frame.review_note
    assert note.isVisible() and note.objectName() == "note_warning"
    text = note.text()
    assert "Observaciones del supervisor" in text and "Luz Marina &lt;Vargas&gt;" in text and "20/11/2026" in text
    assert "Falta la firma de la rectora.<br>Adjunte la lista" in text

    monkeypatch.setattr(dialogs, "ask_correction_reason", lambda parent: "Se adjuntó la lista de asistencia")
    click(editor.frame.correct_button)
    click(editor.frame.save_button)
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    assert note.isVisible() and note.objectName() == "note_info"
    assert "espera una nueva revisión" in note.text()


def test_an_approval_is_a_quiet_note_and_a_session_never_decided_has_none(make_editor, db, closed_session):
    editor = make_editor(session_id=closed_session)
    assert editor.frame.review_note.isHidden()
    editor.close()
    set_review(db, closed_session, "aprobada", None, "Luz Marina Vargas", now=datetime(2026, 11, 20, 15, tzinfo=UTC))
    editor = make_editor(session_id=closed_session)
    note = editor.frame.review_note
    assert note.isVisible() and note.objectName() == "note_info"
    assert "Aprobada por Luz Marina Vargas el 20/11/2026." in note.text()
