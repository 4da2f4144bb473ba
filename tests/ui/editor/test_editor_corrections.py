"""Closed sessions open read-only; «Corregir…» asks why and saves a new revision, the old one kept."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ati_desktop.services import editing, queries, sessions
from ati_desktop.ui.editor import dialogs
from ati_desktop.ui.editor.revisions_dialog import RevisionsDialog

from editor_helpers import click, fill_identification, type_text

REUNION_ANSWERS = {
    "tema_comun": "Ajuste del PMI",
    "agenda": [{"punto_tema": "Revisión de metas", "punto_responsable": "Rectora"}],
    "discusion": "Se revisaron las metas del año.",
    "conclusiones": "Se ajustará el plan.",
}


@pytest.fixture
def closed_session(db, school):
    payload = editing.new_payload()
    payload.update(municipality_code=school.municipality_code, school_id=school.id, school_name=school.name,
                   operations=["capacitacion"], channel="in_situ", technique="reunion", form_id="reunion",
                   form_version=1, answers=REUNION_ANSWERS, objective="Revisar metas")
    editing.save(db, payload, None, close=True)
    return payload["id"]


def test_correction_makes_revision_two_and_keeps_revision_one_readable(make_editor, monkeypatch, db, closed_session):
    editor = make_editor(session_id=closed_session)
    assert editor.read_only and not editor.scope.body.isEnabled()
    assert not editor.frame.save_button.isEnabled() and editor.frame.correct_button.isVisible()
    assert "cerrada" in editor.frame.heading.text()
    monkeypatch.setattr(dialogs, "ask_correction_reason", lambda parent: "La meta se escribió incompleta")
    click(editor.frame.correct_button)
    assert not editor.read_only and editor.scope.body.isEnabled()
    assert "La meta se escribió incompleta" in editor.frame.closed_note.text()
    editor.frame.show_page("scope")
    editor.scope.objective.setFocus()
    QTest.keyClick(editor.scope.objective, Qt.Key_End, Qt.ControlModifier)
    type_text(editor.scope.objective, " y el plan de estudios")
    click(editor.frame.save_button)
    assert editor.frame.message.isHidden(), editor.frame.message.text()

    stored = queries.load_session(db, closed_session)
    assert stored["revision"] == 2 and stored["status"] == "cerrada"
    assert stored["objective"] == "Revisar metas y el plan de estudios"
    assert stored["correction_reason"] == "La meta se escribió incompleta"
    [first] = sessions.revisions(db, closed_session)
    assert first.revision == 1 and first.snapshot["objective"] == "Revisar metas"
    assert editor.read_only and "revisión 2" in editor.frame.heading.text()

    click(editor.frame.history_button)
    dialog = editor.findChild(RevisionsDialog)
    assert dialog.isVisible() and dialog.table.rowCount() == 2
    assert "Gigante" in dialog.view.toPlainText() and "plan de estudios" in dialog.view.toPlainText()
    assert dialog.table.item(1, 3).text() == "La meta se escribió incompleta"
    dialog.table.selectRow(0)
    assert "Revisar metas" in dialog.view.toPlainText() and "plan de estudios" not in dialog.view.toPlainText()
    assert "Ajuste del PMI" in dialog.view.toPlainText()  # the form's answers as they were


def test_correction_without_a_reason_changes_nothing(make_editor, monkeypatch, closed_session):
    editor = make_editor(session_id=closed_session)
    monkeypatch.setattr(dialogs, "ask_correction_reason", lambda parent: None)
    click(editor.frame.correct_button)
    assert editor.read_only


def test_missing_choices_are_named_in_spanish_on_the_page_that_fixes_them(make_editor, qtbot, db, school):
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["acompanamiento"], channel="in_situ", technique="reunion")
    editor.frame.show_page("scope")
    editor.identification.channel_group.setExclusive(False)
    editor.identification.channels["in_situ"].setChecked(False)
    editor.identification.channel_group.setExclusive(True)
    click(editor.frame.save_button)
    assert "Elija la modalidad" in editor.frame.message.text()
    assert editor.frame.current_page() is editor.identification

    click(editor.identification.channels["zonal"])
    editor.frame.show_page("commitments")
    click(editor.commitments.add_button)
    type_text(editor.commitments.rows[0].description, "Ajustar el PMI")
    type_text(editor.commitments.rows[0].responsible, "Rectora")
    editor.frame.show_page("evidence")
    click(editor.frame.save_button)
    text = editor.frame.message.text()
    assert "no cumple los lineamientos" in text and "se comprometen las dos partes" in text
    assert "paso «Compromisos»" in text
    assert editor.frame.current_page() is editor.commitments
    assert queries.count_sessions(db) == 0
