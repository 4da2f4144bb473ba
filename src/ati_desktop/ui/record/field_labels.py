"""The fields of a record as the supervisor calls them, and a session's answers with the form's labels.

A conflict names the fields on which versions differ by their identifiers (``session_date``,
``scope_habits``); the conflict view shows these labels instead. The answers of a session's
technique are one field in the log; their questions are labelled with the form definition they
were answered with, when it is known.
"""

from __future__ import annotations

import json
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ati_desktop.domain.errors import NotFoundError
from ati_desktop.formspec import FormRegistry, load_registry

MAX_ANSWER = 120
CONTEXT = "field_labels"
# Column → label, for the columns every record type means the same by.
LABELS = {
    "deleted": QT_TRANSLATE_NOOP("field_labels", "Borrado"),
    "level": QT_TRANSLATE_NOOP("field_labels", "Nivel"),
    "municipality_code": QT_TRANSLATE_NOOP("field_labels", "Municipio"),
    "school_id": QT_TRANSLATE_NOOP("field_labels", "Establecimiento"),
    "campus_id": QT_TRANSLATE_NOOP("field_labels", "Sede"),
    "place": QT_TRANSLATE_NOOP("field_labels", "Lugar"),
    "session_date": QT_TRANSLATE_NOOP("field_labels", "Fecha"),
    "start_time": QT_TRANSLATE_NOOP("field_labels", "Hora de inicio"),
    "end_time": QT_TRANSLATE_NOOP("field_labels", "Hora de fin"),
    "modality": QT_TRANSLATE_NOOP("field_labels", "Modalidad"),
    "channel": QT_TRANSLATE_NOOP("field_labels", "Medio"),
    "technique": QT_TRANSLATE_NOOP("field_labels", "Técnica"),
    "form_id": QT_TRANSLATE_NOOP("field_labels", "Formulario"),
    "form_version": QT_TRANSLATE_NOOP("field_labels", "Versión del formulario"),
    "answers": QT_TRANSLATE_NOOP("field_labels", "Respuestas del formulario"),
    "objective": QT_TRANSLATE_NOOP("field_labels", "Objetivo"),
    "scope_guidelines": QT_TRANSLATE_NOOP("field_labels", "Lineamientos"),
    "scope_habits": QT_TRANSLATE_NOOP("field_labels", "Hábitos o herramientas"),
    "scope_products": QT_TRANSLATE_NOOP("field_labels", "Productos esperados"),
    "conclusions": QT_TRANSLATE_NOOP("field_labels", "Conclusiones"),
    "observation_session_id": QT_TRANSLATE_NOOP("field_labels", "Observación que sigue"),
    "status": QT_TRANSLATE_NOOP("field_labels", "Estado"),
    "closed_at": QT_TRANSLATE_NOOP("field_labels", "Cerrada el"),
    "correction_reason": QT_TRANSLATE_NOOP("field_labels", "Motivo de la corrección"),
    "operations": QT_TRANSLATE_NOOP("field_labels", "Operaciones"),
    "areas": QT_TRANSLATE_NOOP("field_labels", "Áreas de gestión"),
    "assistant_id": QT_TRANSLATE_NOOP("field_labels", "Asistente"),
    "full_name": QT_TRANSLATE_NOOP("field_labels", "Nombre"),
    "name": QT_TRANSLATE_NOOP("field_labels", "Nombre"),
    "role": QT_TRANSLATE_NOOP("field_labels", "Cargo"),
    "id_document": QT_TRANSLATE_NOOP("field_labels", "Documento de identidad"),
    "email": QT_TRANSLATE_NOOP("field_labels", "Correo electrónico"),
    "phone": QT_TRANSLATE_NOOP("field_labels", "Teléfono"),
    "dane_code": QT_TRANSLATE_NOOP("field_labels", "Código DANE"),
    "added_in_field": QT_TRANSLATE_NOOP("field_labels", "Añadido en campo"),
    "session_id": QT_TRANSLATE_NOOP("field_labels", "Sesión"),
    "position": QT_TRANSLATE_NOOP("field_labels", "Orden"),
    "participant_id": QT_TRANSLATE_NOOP("field_labels", "Participante"),
    "role_in_session": QT_TRANSLATE_NOOP("field_labels", "Rol en la sesión"),
    "present": QT_TRANSLATE_NOOP("field_labels", "Asistió"),
    "unsigned_reason": QT_TRANSLATE_NOOP("field_labels", "Motivo de no firmar"),
    "signature_sha256": QT_TRANSLATE_NOOP("field_labels", "Firma"),
    "signed_at": QT_TRANSLATE_NOOP("field_labels", "Firmó el"),
    "description": QT_TRANSLATE_NOOP("field_labels", "Descripción"),
    "responsible": QT_TRANSLATE_NOOP("field_labels", "Responsable"),
    "side": QT_TRANSLATE_NOOP("field_labels", "Parte"),
    "due_date": QT_TRANSLATE_NOOP("field_labels", "Fecha límite"),
    "carried_from_id": QT_TRANSLATE_NOOP("field_labels", "Trasladado de"),
    "commitment_id": QT_TRANSLATE_NOOP("field_labels", "Compromiso"),
    "verified_on": QT_TRANSLATE_NOOP("field_labels", "Verificado el"),
    "result": QT_TRANSLATE_NOOP("field_labels", "Resultado"),
    "note": QT_TRANSLATE_NOOP("field_labels", "Nota"),
    "verification_id": QT_TRANSLATE_NOOP("field_labels", "Verificación"),
    "sha256": QT_TRANSLATE_NOOP("field_labels", "Contenido del archivo"),
    "file_name": QT_TRANSLATE_NOOP("field_labels", "Nombre del archivo"),
    "media_type": QT_TRANSLATE_NOOP("field_labels", "Tipo de archivo"),
    "kind": QT_TRANSLATE_NOOP("field_labels", "Clase"),
    "caption": QT_TRANSLATE_NOOP("field_labels", "Descripción"),
    "may_show_minors": QT_TRANSLATE_NOOP("field_labels", "Puede mostrar menores"),
    "minors_confirmed_at": QT_TRANSLATE_NOOP("field_labels", "Consentimiento de menores el"),
    "unit": QT_TRANSLATE_NOOP("field_labels", "Unidad"),
    "target": QT_TRANSLATE_NOOP("field_labels", "Meta"),
    "value": QT_TRANSLATE_NOOP("field_labels", "Valor"),
    "edition": QT_TRANSLATE_NOOP("field_labels", "Edición"),
    "reason": QT_TRANSLATE_NOOP("field_labels", "Motivo"),
}
# Where one record type means something of its own by a column.
BY_TYPE = {
    ("indicator", "name"): QT_TRANSLATE_NOOP("field_labels", "Indicador"),
    ("school", "name"): QT_TRANSLATE_NOOP("field_labels", "Nombre del establecimiento"),
    ("campus", "name"): QT_TRANSLATE_NOOP("field_labels", "Nombre de la sede"),
}


def field_label(record_type: str, name: str) -> str:
    """The label of field ``name`` of a ``record_type`` record; the identifier when none is known."""
    source = BY_TYPE.get((record_type, name)) or LABELS.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else name


@cache
def bundled_forms() -> FormRegistry:
    """The forms shipped with the program, read once."""
    return load_registry()


def answers_text(body: dict, forms: FormRegistry | None = None) -> str | None:
    """A session's answers, one «question: answer» per line, labelled by its form; None when unknown."""
    answers = body.get("answers")
    if not isinstance(answers, dict):
        return None
    try:
        form = (forms or bundled_forms()).get(body.get("form_id"), body.get("form_version"))
    except NotFoundError:  # a form this program does not hold: the caller shows the identifiers
        return None
    ordered = [item.id for _section, item in form.iter_fields() if item.id in answers]
    lines = []
    for key in ordered + sorted(set(answers) - set(ordered)):
        label = QCoreApplication.translate(form.context, form.field(key).label) if form.has_field(key) else key
        value = answers[key]
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        lines.append(f"{label}: {text if len(text) <= MAX_ANSWER else text[:MAX_ANSWER - 1] + '…'}")
    return "\n".join(lines)
