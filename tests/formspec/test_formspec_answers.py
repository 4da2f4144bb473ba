"""Answer validation: shapes per type, required and relevant fields, rules and constraints."""

from __future__ import annotations

import pytest

from ati_desktop.domain.errors import ValidationError
from ati_desktop.formspec import (
    AnswersError,
    check_answers,
    relevance,
    relevant_answers,
    validate_answers,
)


def errors_by_field(form, answers):
    return {error.field_id: error for error in validate_answers(form, answers)}


def test_full_answers_are_valid(all_types, full_answers):
    assert validate_answers(all_types, full_answers) == []
    check_answers(all_types, full_answers)


def test_required_fields_are_reported_with_their_label(all_types):
    errors = errors_by_field(all_types, {})
    assert set(errors) == {"texto"}
    assert errors["texto"].kind == "required"
    assert errors["texto"].message == "«Texto corto»: Este campo es obligatorio."
    assert errors["texto"].detail == "Este campo es obligatorio."


def test_blank_text_counts_as_missing(all_types):
    assert errors_by_field(all_types, {"texto": "   "})["texto"].kind == "required"


def test_hidden_required_fields_are_not_required(all_types):
    shown = relevance(all_types, {"texto": "Hola", "sino": False})
    assert shown.fields["detalle"] is False and shown.sections["oculta"] is False
    assert validate_answers(all_types, {"texto": "Hola", "sino": False}) == []
    errors = errors_by_field(all_types, {"texto": "Hola", "sino": True, "unica": "c"})
    assert set(errors) == {"detalle", "extra"}
    assert all(error.kind == "required" for error in errors.values())


def test_answers_to_hidden_fields_are_refused_and_can_be_pruned(all_types):
    answers = {"texto": "Hola", "sino": False, "detalle": "sobra", "unica": "a", "extra": "x"}
    errors = errors_by_field(all_types, answers)
    assert {key: e.kind for key, e in errors.items()} == {
        "detalle": "irrelevant",
        "extra": "irrelevant",
    }
    pruned = relevant_answers(all_types, answers)
    assert pruned == {"texto": "Hola", "sino": False, "unica": "a"}
    assert validate_answers(all_types, pruned) == []


def test_unknown_fields_and_note_answers_are_refused(all_types):
    errors = errors_by_field(all_types, {"texto": "Hola", "inventado": 1, "nota": "x"})
    assert errors["inventado"].kind == "unknown" and "«inventado»" in errors["inventado"].message
    assert errors["nota"].kind == "unknown"


def test_answers_must_be_a_dict(all_types):
    (error,) = validate_answers(all_types, ["texto"])
    assert error.kind == "type"


@pytest.mark.parametrize(
    ("field_id", "value"),
    [
        ("parrafo", 12),
        ("entero", "5"),
        ("entero", True),
        ("entero", 4.0),
        ("decimal", 2.5),
        ("decimal", "2,5"),
        ("decimal", "1e3"),
        ("fecha", "2025-02-30"),
        ("fecha", "14/03/2025"),
        ("fecha", "20250314"),
        ("hora", "8:30"),
        ("hora", "24:00"),
        ("unica", "z"),
        ("multiple", "rojo"),
        ("multiple", ["rojo", "rojo"]),
        ("multiple", ["morado"]),
        ("sino", "si"),
        ("sino", 1),
        ("item", {"answer": "tal_vez", "observation": ""}),
        ("item", {"answer": "si"}),
        ("item", "si"),
        ("nivel", 7),
        ("nivel", "2"),
        ("filas", {"fila_tema": "x"}),
        ("vinculo", "no-es-un-uuid"),
        ("vinculo", "3F2B8C1E-9A4D-4E6F-8B7A-1C2D3E4F5A6B"),
        ("firma", {"sha256": "x", "signed_at": "2025-03-14T10:05:00"}),
        ("firma", {"sha256": "a" * 64, "signed_at": "ayer"}),
        ("adjuntos", [{"sha256": "b" * 64}]),
        ("adjuntos", [{"sha256": "b" * 64, "file_name": " "}]),
    ],
)
def test_wrong_shapes_are_refused(all_types, full_answers, field_id, value):
    full_answers[field_id] = value
    errors = errors_by_field(all_types, full_answers)
    assert field_id in errors and errors[field_id].kind == "type", errors


def test_rule_messages(all_types, full_answers):
    full_answers.update(
        texto="Ab1", entero=11, decimal="100.0", multiple=["rojo", "verde", "azul"]
    )
    errors = validate_answers(all_types, full_answers)
    details = {(e.field_id, e.detail) for e in errors}
    assert ("texto", "Debe tener entre 3 y 40 caracteres.") not in details  # 3 chars is fine
    assert ("texto", "Use solo letras y espacios.") in details
    assert ("entero", "Escriba un número de 1 a 10.") in details
    assert ("decimal", "Debe ser un valor entre 0,5 y 99,5.") in details
    assert ("multiple", "Debe tener como máximo 2 opciones.") in details
    full_answers["texto"] = "Ab"
    assert "Debe tener entre 3 y 40 caracteres." in {
        e.detail for e in validate_answers(all_types, full_answers)
    }


def test_decimal_bounds_are_exact(all_types, full_answers):
    full_answers["decimal"] = "99.50"
    assert validate_answers(all_types, full_answers) == []
    full_answers["decimal"] = "99.51"
    assert [e.field_id for e in validate_answers(all_types, full_answers)] == ["decimal"]


def test_constraints_see_the_current_value_and_other_fields(all_types, full_answers):
    full_answers["despues"] = 4  # entero is 4
    (error,) = validate_answers(all_types, full_answers)
    assert error.field_id == "despues" and error.kind == "constraint"
    assert error.message == "«Mayor que el entero»: Debe ser mayor que el número entero."
    del full_answers["entero"]  # the constraint cannot hold against a missing answer
    assert [e.field_id for e in validate_answers(all_types, full_answers)] == ["despues"]


def test_repeat_rows_are_validated_row_by_row(all_types, full_answers):
    full_answers["filas"] = [
        {"fila_tema": "Bien"},
        {"fila_cantidad": 500, "sobrante": 1},
    ]
    errors = validate_answers(all_types, full_answers)
    assert {(e.row, e.subfield_id, e.kind) for e in errors} == {
        (2, None, "unknown"),
        (2, "fila_tema", "required"),
        (2, "fila_cantidad", "constraint"),
    }
    assert all(e.field_id == "filas" for e in errors)
    required = next(e for e in errors if e.kind == "required")
    assert required.message == "«Filas», fila 2, «Tema»: Este campo es obligatorio."


def test_repeat_row_count(all_types, full_answers):
    full_answers["filas"] = [{"fila_tema": str(n)} for n in range(4)]
    (error,) = validate_answers(all_types, full_answers)
    assert error.detail == "Debe tener como máximo 3 filas."


def test_check_answers_raises_a_validation_error(all_types):
    with pytest.raises(AnswersError) as caught:
        check_answers(all_types, {"entero": 0})
    assert isinstance(caught.value, ValidationError)
    assert {e.field_id for e in caught.value.errors} == {"texto", "entero"}
    assert "«Texto corto»" in caught.value.message


def test_observation_checklists_follow_the_areas_chosen(registry):
    form = registry.for_technique("observacion")
    partial = {"alcance": "parcial", "areas_observadas": ["academica"]}
    shown = relevance(form, partial).sections
    assert shown["lista_academica"] and not shown["lista_directiva"]
    assert relevance(form, {"alcance": "general"}).sections["lista_directiva"]
    answers = {
        **partial,
        "aca_siee": {"answer": "si", "observation": ""},
        "dir_pmi": {"answer": "no", "observation": "Sin PMI"},
    }
    kinds = {e.field_id: e.kind for e in validate_answers(form, answers)}
    assert kinds["dir_pmi"] == "irrelevant" and "aca_siee" not in kinds


def test_observation_duration_and_video_consent(registry):
    form = registry.for_technique("observacion")
    answers = {"duracion_minutos": 600, "instrumento": "video", "video_autorizacion": False}
    errors = errors_by_field(form, answers)
    assert errors["duracion_minutos"].detail.startswith("La duración planeada debe estar entre 5")
    assert errors["video_autorizacion"].kind == "constraint"
    assert "guia_nombre" not in errors  # only asked when the instrument is a guide
    assert errors_by_field(form, {"instrumento": "guia"})["guia_nombre"].kind == "required"
