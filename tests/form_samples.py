"""Answers shared by the forms engine tests and the form widget tests."""

OBSERVATION_ID = "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b"

# Valid answers to every field of the all-types form (tests/formspec/data/todos.v1.yaml).
ALL_TYPES_ANSWERS = {
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
    "vinculo": OBSERVATION_ID,
    "firma": {"sha256": "a" * 64, "signed_at": "2025-03-14T10:05:00-05:00"},
    "adjuntos": [{"sha256": "b" * 64, "file_name": "lista_asistencia.pdf"}],
}
