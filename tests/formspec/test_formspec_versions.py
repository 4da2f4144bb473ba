"""Answers keep the form version that produced them and stay usable after a new version ships."""

from __future__ import annotations

import json

import pytest

from ati_desktop.formspec import load_registry, present, search_text, validate_answers

V1 = """\
id: plan
version: 1
technique: taller
title: Plan
sections:
  - id: datos
    title: Datos del taller
    fields:
      - id: tema
        type: text
        label: Tema
        required: true
      - id: modo
        type: single_choice
        label: Modalidad de trabajo
        choices:
          - {value: grupos, label: En grupos}
          - {value: plenaria, label: Plenaria}
          - {value: individual, label: Individual}
      - id: horas
        type: integer
        label: Horas
"""

# Version 2 rewords a label, drops a choice and a field, and adds a required field.
V2 = """\
id: plan
version: 2
technique: taller
title: Plan
sections:
  - id: datos
    title: Datos del taller
    fields:
      - id: tema
        type: text
        label: Tema del taller
        required: true
      - id: modo
        type: single_choice
        label: Modalidad de trabajo
        choices:
          - {value: grupos, label: En grupos}
          - {value: plenaria, label: Plenaria}
      - id: responsable
        type: text
        label: Responsable
        required: true
"""

ANSWERS_V1 = {"tema": "Manual de convivencia", "modo": "individual", "horas": 3}


@pytest.fixture
def versions_dir(tmp_path):
    (tmp_path / "plan.v1.yaml").write_text(V1, encoding="utf-8")
    (tmp_path / "plan.v2.yaml").write_text(V2, encoding="utf-8")
    return tmp_path


def test_old_answers_still_validate_and_present_with_their_version(versions_dir):
    registry = load_registry(versions_dir)
    assert registry.latest("plan").version == 2
    assert registry.for_technique("taller").version == 2
    # As storage keeps them: form id, version, and the answers as JSON text.
    stored = ("plan", 1, json.dumps(ANSWERS_V1))
    form = registry.get(stored[0], stored[1])
    answers = json.loads(stored[2])
    assert validate_answers(form, answers) == []
    (section,) = present(form, answers)
    assert section.blocks[0].rows == [
        ("Tema", "Manual de convivencia"),
        ("Modalidad de trabajo", "Individual"),
        ("Horas", "3"),
    ]
    assert "Individual" in search_text(form, answers)


def test_the_new_version_would_refuse_them(versions_dir):
    latest = load_registry(versions_dir).latest("plan")
    kinds = {e.field_id: e.kind for e in validate_answers(latest, ANSWERS_V1)}
    assert kinds == {"modo": "type", "horas": "unknown", "responsable": "required"}
