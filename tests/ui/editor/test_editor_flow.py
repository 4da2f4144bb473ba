"""A whole session typed and clicked through the editor, for each technique, then read back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ati_desktop.services import editing, queries
from ati_desktop.domain.ids import new_id

from editor_helpers import (
    add_commitment,
    add_participant,
    choose,
    click,
    fill_identification,
    form_input,
    sign_in_dialog,
    type_cell,
    type_text,
)

# technique: (operations, channel, a text question of its form, what is typed in it)
FLOWS = {
    "reunion": (["capacitacion"], "in_situ", "tema_comun", "Ajuste del PMI"),
    "observacion": (["monitoreo"], "in_situ", "proceso_observado", "Clase de matemáticas de 5.°"),
    "dialogo_reflexivo": (["acompanamiento"], "in_situ", "impresiones_acompanante", "La clase fluyó con orden"),
    "entrevista": (["orientacion"], "celular", "entrevistado_nombre", "Jesús Ñañez"),
    "taller": (["capacitacion", "difusion"], "municipal", "tema", "Evaluación formativa"),
}


@pytest.fixture
def observation(db, school):
    """An observation already recorded at the school, for a diálogo reflexivo to follow."""
    payload = editing.new_payload()
    payload.update(municipality_code=school.municipality_code, school_id=school.id, operations=["monitoreo"],
                   channel="in_situ", technique="observacion", form_id="observacion", form_version=1)
    editing.save(db, payload, None)
    return payload["id"]


@pytest.mark.parametrize("technique", list(FLOWS))
def test_a_session_of_each_technique_is_recorded_through_the_widgets(
        technique, make_editor, monkeypatch, db, school, observation, qtbot):
    operations, channel, question, answer = FLOWS[technique]
    signatures = sign_in_dialog(monkeypatch)
    editor = make_editor()
    saved = []
    editor.saved.connect(saved.append)
    fill_identification(qtbot, editor, operations=operations, channel=channel, technique=technique)

    editor.frame.show_page("scope")
    type_text(editor.scope.objective, "Revisión del plan de mejoramiento")
    click(editor.scope.areas["academica"])
    if "monitoreo" in operations:
        click(editor.scope.add_indicator_button)
        for column, text in enumerate(["Docentes con planeación al día", "100", "82,5", "%"]):
            type_cell(editor.scope.indicators, 0, column, text)

    editor.frame.show_page("development")
    assert editor.development.form.technique == technique
    type_text(form_input(editor, question), answer)
    if technique == "dialogo_reflexivo":
        choose(form_input(editor, "observacion"), observation)
    type_text(editor.development.conclusions, "Se acordó una nueva visita.")

    add_participant(editor, "María Perdomo", "Rectora")
    add_commitment(editor, "Enviar el PMI ajustado", "María Perdomo", "asistido")
    if "acompanamiento" in operations:
        add_commitment(editor, "Acompañar la clase siguiente", "Asesor de calidad", "asistente")

    click(editor.frame.save_button)
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    assert saved == [editor.payload()["id"]]

    stored = queries.load_session(db, saved[0])
    assert stored["technique"] == technique and stored["form_id"] == technique
    assert stored["municipality_code"] == "41306" and stored["school_id"] == school.id
    assert stored["operations"] == sorted(operations) and stored["channel"] == channel
    assert stored["place"] == "Sala de profesores"
    assert stored["objective"] == "Revisión del plan de mejoramiento" and stored["areas"] == ["academica"]
    assert stored["answers"][question] == answer
    assert stored["conclusions"] == "Se acordó una nueva visita."
    [person] = stored["attendance"]
    assert (person["full_name"], person["role"], person["present"]) == ("María Perdomo", "Rectora", True)
    assert person["signature_sha256"] and person["signed_at"]
    assert editing.read_files(db, [person["signature_sha256"]])[person["signature_sha256"]] == signatures[0]
    assert signatures[0].startswith(b"\x89PNG")
    assert {(c["description"], c["side"]) for c in stored["commitments"]} >= {("Enviar el PMI ajustado", "asistido")}
    if technique == "dialogo_reflexivo":
        assert stored["observation_session_id"] == observation
    if "monitoreo" in operations:
        assert [(i["name"], i["target"], i["value"], i["unit"]) for i in stored["indicators"]] == [
            ("Docentes con planeación al día", 100.0, 82.5, "%")]
    assert editor.frame.heading.text().startswith("Sesión del")


def test_ctrl_enter_closes_a_complete_session_and_leaves_it_read_only(make_editor, qtbot, db, school,
                                                                      monkeypatch):
    from ati_desktop.services import settings
    from ati_desktop.ui.editor import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask_close_session",
                        lambda parent, items: asked.append(items) or not any(b for _t, b in items))
    settings.save_profile(db, settings.Profile(full_name="Ana Lucía Trujillo"))
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["capacitacion"], channel="in_situ", technique="reunion")
    editor.frame.show_page("development")
    type_text(form_input(editor, "tema_comun"), "Ajuste del PMI")
    QTest.keyClick(editor, Qt.Key_Return, Qt.ControlModifier)
    assert any("«Discusión»" in text and blocks for text, blocks in asked[-1])
    assert queries.count_sessions(db) == 0

    agenda = editor.development.view.editor("agenda")
    click(agenda.add_button)
    row = agenda.row_editors()[0]
    type_text(row["punto_tema"].focus_widgets()[0], "Revisión de metas")
    type_text(row["punto_responsable"].focus_widgets()[0], "Rectora")
    type_text(form_input(editor, "discusion"), "Se revisaron las metas del año.")
    type_text(form_input(editor, "conclusiones"), "Se ajustará el plan de mejoramiento.")
    editor.frame.show_page("scope")
    type_text(editor.scope.objective, "Revisar metas")
    add_participant(editor, "María Perdomo", "Rectora", sign=False)
    choose(editor.participants.rows[-1].unsigned, "firma_papel")
    QTest.keyClick(editor, Qt.Key_Return, Qt.ControlModifier)
    assert not any(blocks for _text, blocks in asked[-1]), asked[-1]
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    stored = queries.load_session(db, editor.payload()["id"])
    assert stored["status"] == "cerrada"
    assert stored["answers"]["agenda"] == [{"punto_tema": "Revisión de metas", "punto_responsable": "Rectora"}]
    assert editor.read_only and editor.frame.correct_button.isVisible()
    assert not editor.frame.close_session_button.isEnabled()


def test_people_known_at_the_school_are_picked_not_typed_again(make_editor, qtbot, db, school):
    payload = editing.new_payload()
    payload.update(municipality_code="41306", school_id=school.id, operations=["capacitacion"],
                   channel="in_situ", technique="reunion", form_id="reunion", form_version=1,
                   attendance=[{"id": new_id(), "full_name": "Luz Dary Cabrera", "role": "Coordinadora"}])
    editing.save(db, payload, None)
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["capacitacion"], channel="in_situ", technique="reunion")
    page = editor.participants
    assert page.known.currentText() == "Luz Dary Cabrera — Coordinadora"
    click(page.add_known)
    [row] = page.rows
    assert row.edits["full_name"].text() == "Luz Dary Cabrera" and row.edits["full_name"].isReadOnly()
    assert not page.add_known.isEnabled()  # nobody else known there
    click(row.present)  # listed but absent
    click(editor.frame.save_button)
    [attendance] = queries.load_session(db, editor.payload()["id"])["attendance"]
    assert attendance["participant_id"] == queries.load_session(db, payload["id"])["attendance"][0]["participant_id"]
    assert attendance["present"] is False
