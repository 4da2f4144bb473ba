"""A whole session typed and clicked through the editor, for each technique, then read back."""

import pytest
from ati_desktop.services import editing, queries

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
