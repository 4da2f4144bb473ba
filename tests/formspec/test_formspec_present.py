"""Answers in the reader's words: sections, rows, tables, search text and translatable texts."""

from __future__ import annotations

from ati_desktop.domain.document import FieldRows, Table
from ati_desktop.formspec import present, search_text, texts_for_translation


def by_title(sections):
    return {section.title: section for section in sections}


def test_plain_fields_become_rows_in_readers_words(all_types, full_answers):
    sections = by_title(present(all_types, full_answers, link_label=lambda uid: f"Obs. {uid[:4]}"))
    assert list(sections) == ["Campos básicos", "Condiciones", "Grupos y adjuntos"]
    basic = sections["Campos básicos"]
    assert basic.help_text == "Ayuda de la sección."
    (rows,) = basic.blocks
    assert dict(rows.rows) == {
        "Texto corto": "Institución Educativa",
        "Texto largo": "Primera línea\nSegunda línea",
        "Número entero": "4",
        "Número decimal": "2,5",
        "Fecha": "14/03/2025",
        "Hora": "08:30",
        "Selección única": "Opción B",
        "Lista desplegable": "Dos",
        "Selección múltiple": "Rojo, Azul",
        "Sí o no": "Sí",
    }


def test_checklists_become_tables_between_rows(all_types, full_answers):
    blocks = by_title(present(all_types, full_answers))["Condiciones"].blocks
    assert [type(block) for block in blocks] == [FieldRows, Table, FieldRows]
    assert blocks[0].rows == [("Detalle del sí", "Explicación")]
    assert blocks[1].columns == ["Ítem", "Respuesta", "Observación"]
    assert blocks[1].rows == [["Ítem verificado", "Parcial", "Falta el acta de marzo"]]
    assert blocks[2].rows == [("Nivel", "2 – Medio"), ("Mayor que el entero", "7")]


def test_repeat_groups_links_signatures_and_evidence(all_types, full_answers):
    sections = by_title(present(all_types, full_answers, link_label=lambda uid: f"Obs. {uid[:4]}"))
    table, rows = sections["Grupos y adjuntos"].blocks
    assert table.title == "Filas" and table.columns == ["Tema", "Cantidad", "Cuándo"]
    assert table.rows == [["Matrícula", "12", "01/02/2025"], ["PAE", "", ""]]
    assert dict(rows.rows) == {
        "Observación vinculada": "Obs. 3f2b",
        "Firma": "Firmado el 14/03/2025 10:05",
        "Adjuntos": "lista_asistencia.pdf",
    }


def test_unanswered_and_hidden_parts_are_left_out(all_types):
    sections = present(all_types, {"texto": "Hola", "sino": False, "detalle": "oculto"})
    assert [s.title for s in sections] == ["Campos básicos"]
    assert sections[0].blocks[0].rows == [("Texto corto", "Hola"), ("Sí o no", "No")]


def test_observation_checklist_is_one_table_per_area(registry):
    form = registry.for_technique("observacion")
    answers = {
        "alcance": "general",
        "dir_pmi": {"answer": "no", "observation": "No hay PMI aprobado"},
        "dir_gobierno": {"answer": "si", "observation": ""},
        "com_riesgo": {"answer": "na", "observation": "Sede nueva"},
    }
    sections = by_title(present(form, answers))
    directive = sections["Gestión directiva"].blocks
    assert len(directive) == 1 and directive[0].rows[0][1:] == ["No", "No hay PMI aprobado"]
    assert len(directive[0].rows) == 2
    assert sections["Gestión comunitaria"].blocks[0].rows[0][1] == "No aplica"
    assert "Gestión académica (pedagógica)" not in sections


def test_present_tolerates_odd_values(all_types):
    odd = {"texto": "Hola", "entero": "cuatro", "filas": "no es lista", "item": ["si"]}
    sections = present(all_types, odd)
    values = [v for s in sections for b in s.blocks if isinstance(b, FieldRows) for _l, v in b.rows]
    assert "cuatro" in values and "no es lista" in values


def test_search_text_holds_answers_not_form_wording(all_types, full_answers):
    text = search_text(all_types, full_answers)
    assert "Falta el acta de marzo" in text and "Parcial" in text
    assert "Opción B" in text and "Matrícula" in text and "lista_asistencia.pdf" in text
    assert "Ítem verificado" not in text and "Texto corto" not in text


def test_texts_for_translation(registry):
    pairs = list(texts_for_translation(registry))
    assert len(pairs) == len(set(pairs))
    assert ("forms/observacion", "Gestión directiva") in pairs
    assert ("forms/observacion", "Video") in pairs  # a choice label
    assert ("forms/observacion", "Mejoramiento continuo") in pairs  # a rating level
    assert ("forms/taller", "La duración debe estar entre 0,5 y 12 horas.") in pairs
    assert ("forms/reunion", "Responsable") in pairs  # a sub-field of a repeat group
    assert {context for context, _text in pairs} == {
        "forms/observacion",
        "forms/dialogo_reflexivo",
        "forms/entrevista",
        "forms/taller",
        "forms/reunion",
    }
