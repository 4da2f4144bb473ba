"""Fixtures of the forms engine tests: the shipped registry and a form with every type."""

from __future__ import annotations

from pathlib import Path

import pytest

from ati_desktop.formspec import load_registry
from ati_desktop.formspec.loader import load_form_file

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def registry():
    return load_registry()


@pytest.fixture(scope="session")
def all_types():
    form, problems = load_form_file(DATA / "todos.v1.yaml")
    assert problems == []
    return form


@pytest.fixture
def full_answers():
    """Valid answers to every field of the all-types form."""
    return {
        "texto": "Institución Educativa",
        "parrafo": "Primera línea\nSegunda línea",
        "entero": 4,
        "decimal": "2.5",
        "fecha": "2025-03-14",
        "hora": "08:30",
        "unica": "b",
        "lista": "dos",
        "multiple": ["rojo", "azul"],
        "sino": True,
        "detalle": "Explicación",
        "item": {"answer": "parcial", "observation": "Falta el acta de marzo"},
        "nivel": 2,
        "despues": 7,
        "filas": [
            {"fila_tema": "Matrícula", "fila_cantidad": 12, "fila_fecha": "2025-02-01"},
            {"fila_tema": "PAE"},
        ],
        "vinculo": "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b",
        "firma": {"sha256": "a" * 64, "signed_at": "2025-03-14T10:05:00-05:00"},
        "adjuntos": [{"sha256": "b" * 64, "file_name": "lista_asistencia.pdf"}],
    }
