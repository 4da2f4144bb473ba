"""Loading form files: the shipped forms, and clear Spanish errors for broken ones."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.domain.reference import Technique
from ati_desktop.formspec import FormDefinitionError, load_paths, load_registry
from ati_desktop.formspec.loader import load_form_file, load_form_text

BASE = """\
id: demo
version: 1
technique: reunion
title: Demo
sections:
  - id: datos
    title: Datos
    fields:
      - id: nombre
        type: text
        label: Nombre
"""


def write(directory: Path, text: str, name: str = "demo.v1.yaml") -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(path: Path):
    form, problems = load_form_file(path)
    assert form is None, "a broken definition must not load"
    return problems


def test_shipped_forms_cover_every_technique():
    registry = load_registry()
    assert {form.technique for form in registry.all()} == set(Technique)
    for technique in Technique:
        form = registry.for_technique(technique.value)
        assert form.technique == technique
        assert registry.get(form.id, form.version) is form
        assert registry.latest(form.id) is form


def test_a_valid_file_loads(tmp_path):
    form, problems = load_form_file(write(tmp_path, BASE))
    assert problems == []
    assert form.id == "demo" and form.field("nombre").label == "Nombre"


def test_a_text_loads_as_its_file_does_without_a_file_name(tmp_path):
    from_file, _ = load_form_file(write(tmp_path, BASE))
    from_text, problems = load_form_text(textwrap.dedent(BASE), "publicado")
    assert problems == [] and from_text == from_file


def test_bad_yaml_reports_its_line(tmp_path):
    path = write(tmp_path, BASE + "       label: mal sangrado\n  - : [\n")
    (problem,) = problems_of(path)
    assert problem.line == 12
    assert "YAML mal formado" in problem.reason
    assert str(problem).startswith(f"{path}:12: ")


def test_unknown_field_type_suggests_the_right_one(tmp_path):
    (problem,) = problems_of(write(tmp_path, BASE.replace("type: text", "type: texto")))
    assert problem.line == 10
    assert "tipo de campo desconocido «texto»" in problem.reason
    assert "«text»" in problem.reason and "campo «nombre»" in problem.reason


def test_duplicate_field_ids(tmp_path):
    text = BASE + "      - id: nombre\n        type: integer\n        label: Otro\n"
    (problem,) = problems_of(write(tmp_path, text))
    assert problem.line == 12
    assert "«nombre» está repetido" in problem.reason


def test_duplicate_yaml_keys_are_not_silently_lost(tmp_path):
    (problem,) = problems_of(write(tmp_path, BASE + "        label: Otra vez\n"))
    assert problem.line == 12 and "«label» está repetida" in problem.reason


def test_misspelt_key(tmp_path):
    (problem,) = problems_of(write(tmp_path, BASE + "        requird: true\n"))
    assert problem.line == 12
    assert "«requird»" in problem.reason and "«required»" in problem.reason


def test_missing_key_points_at_its_block(tmp_path):
    (problem,) = problems_of(write(tmp_path, BASE.replace("        label: Nombre\n", "")))
    assert problem.line == 9 and "falta la clave «label»" in problem.reason


@pytest.mark.parametrize(
    ("relevant", "expected"),
    [
        ("${desconocido} = 'x'", "campo desconocido ${desconocido}"),
        ("${nombre} == 'x'", "error de sintaxis"),
        ("mayusculas(${nombre}) = 'X'", "función desconocida mayusculas()"),
        (". = 'x'", "solo vale dentro de «constraint»"),
        ("${edad} > 3", "su relevancia depende de su propia respuesta"),
    ],
)
def test_bad_relevance(tmp_path, relevant, expected):
    text = BASE + (
        "      - id: edad\n        type: integer\n        label: Edad\n"
        f"        relevant: \"{relevant}\"\n"
    )
    problems = problems_of(write(tmp_path, text))
    assert any(expected in p.reason and p.line == 15 for p in problems), problems
    assert all("campo «edad»" in p.reason for p in problems)


def test_relevance_cycle_between_two_fields(tmp_path):
    text = BASE + (
        "        relevant: ${edad} > 1\n"
        "      - id: edad\n        type: integer\n        label: Edad\n"
        "        relevant: ${nombre} = 'x'\n"
    )
    problems = problems_of(write(tmp_path, text))
    assert any("ciclo" in p.reason and "«nombre»" in p.reason for p in problems)


def test_no_as_a_choice_code_stays_text(tmp_path):
    text = BASE + (
        "      - id: respuesta\n        type: single_choice\n        label: R\n"
        "        choices:\n          - {value: si, label: Sí}\n          - {value: no, label: No}\n"
    )
    form, problems = load_form_file(write(tmp_path, text))
    assert problems == []
    assert [c.value for c in form.field("respuesta").choices] == ["si", "no"]


def test_rule_bounds_and_regex_are_checked(tmp_path):
    text = BASE + (
        "        pattern: {regex: '[a-', message: Mal}\n"
        "        length: {min: 10, max: 2}\n"
    )
    reasons = " | ".join(p.reason for p in problems_of(write(tmp_path, text)))
    assert "expresión regular no es válida" in reasons
    assert "el mínimo es mayor que el máximo" in reasons


def test_file_name_must_match_id_and_version(tmp_path):
    (problem,) = problems_of(write(tmp_path, BASE, name="otro.yaml"))
    assert "demo.v1.yaml" in problem.reason


def test_cross_file_problems(tmp_path):
    write(tmp_path, BASE)
    write(tmp_path, BASE.replace("id: demo", "id: otro"), name="otro.v1.yaml")
    forms, problems = load_paths([tmp_path])
    assert len(forms) == 2
    (problem,) = problems
    assert "la técnica «reunion» ya tiene el formulario «demo»" in problem.reason


def test_load_registry_raises_a_validation_error_with_file_line_and_reason(tmp_path):
    path = write(tmp_path, BASE.replace("type: text", "type: textoo"))
    with pytest.raises(FormDefinitionError) as caught:
        load_registry(tmp_path)
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.file == path and error.line == 10
    assert "tipo de campo desconocido" in error.reason
    assert error.message.startswith(f"{path}:10:")


def test_registry_lookups(tmp_path):
    write(tmp_path, BASE)
    write(tmp_path, BASE.replace("version: 1", "version: 2"), name="demo.v2.yaml")
    registry = load_registry(tmp_path)
    assert [(f.id, f.version) for f in registry.all()] == [("demo", 1), ("demo", 2)]
    assert registry.latest("demo").version == 2
    assert registry.for_technique("reunion").version == 2
    assert registry.get("demo", 1).version == 1
    with pytest.raises(NotFoundError):
        registry.get("demo", 3)
    with pytest.raises(NotFoundError):
        registry.for_technique("taller")
