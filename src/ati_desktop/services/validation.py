"""Checks of a session's input against the reference lists and the guideline's rules."""

from __future__ import annotations

from sqlmodel import Session as DbSession

from ati_desktop.domain import rules
from ati_desktop.domain.errors import ValidationError, error_template
from ati_desktop.domain.reference import (
    Area,
    Channel,
    CommitmentSide,
    Level,
    Operation,
    Technique,
    VerificationResult,
)
from ati_desktop.formspec import (
    AnswersError,
    FormRegistry,
    relevant_answers,
    validate_answers,
)
from ati_desktop.storage import driver_sql
from ati_desktop.storage.models import Session as SessionRow

from .inputs import SessionInput

# One whole sentence per list, so each can be translated as a sentence.
_UNKNOWN = {
    Level: error_template("El nivel «{value}» no existe en la lista de referencia."),
    Channel: error_template("La modalidad «{value}» no existe en la lista de referencia."),
    Technique: error_template("La técnica «{value}» no existe en la lista de referencia."),
    Operation: error_template("La operación «{value}» no existe en la lista de referencia."),
    Area: error_template("El área de gestión «{value}» no existe en la lista de referencia."),
    CommitmentSide: error_template("La parte responsable «{value}» no existe en la lista de referencia."),
    VerificationResult: error_template(
        "El resultado de la verificación «{value}» no existe en la lista de referencia."),
}


def _code(enum, value: str):
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(_UNKNOWN[enum], value=value) from None


def check_session_input(db: DbSession, data: SessionInput) -> str | None:
    """Raise a Spanish :class:`ValidationError` for anything the session cannot be saved with.

    Returns the name of the session's school (None without one), read to check that it exists.
    """
    level = _code(Level, data.level)
    channel = _code(Channel, data.channel)
    technique = _code(Technique, data.technique)
    if not data.operations:
        raise ValidationError("Indique al menos una operación de asistencia técnica.")
    operations = frozenset(_code(Operation, op) for op in data.operations)
    for area in data.areas:
        _code(Area, area)
    if not driver_sql.rows(db, "SELECT 1 FROM municipality WHERE code = ?", (data.municipality_code,)):
        raise ValidationError("El municipio con código DIVIPOLA «{code}» no existe.",
                              code=data.municipality_code)
    if level is Level.INSTITUCIONAL and not data.school_id:
        raise ValidationError("En el nivel institucional indique el establecimiento educativo.")
    school = driver_sql.rows(db, "SELECT name FROM school WHERE id = ?", (data.school_id,)) if data.school_id else []
    if data.school_id and not school:
        raise ValidationError("El establecimiento educativo elegido no existe en el catálogo.")
    if data.start_time and data.end_time and data.end_time < data.start_time:
        raise ValidationError("La hora de finalización es anterior a la hora de inicio.")
    for commitment in data.commitments:
        _code(CommitmentSide, commitment.side)
        if not commitment.description.strip() or not commitment.responsible.strip():
            raise ValidationError("Cada compromiso necesita qué se acordó y quién es responsable.")
    for verification in data.verifications:
        _code(VerificationResult, verification.result)
    for attendance in data.attendance:
        if not attendance.participant.full_name.strip():
            raise ValidationError("Cada participante necesita su nombre completo.")
    rules.check(rules.SessionFacts(
        operations=operations,
        channel=channel,
        technique=technique,
        linked_observation=_is_observation(db, data.observation_session_id),
        verifications=len(data.verifications),
        commitment_sides=frozenset(CommitmentSide(c.side) for c in data.commitments),
    ))
    return school[0][0] if school else None


def _is_observation(db: DbSession, session_id: str | None) -> bool:
    if not session_id:
        return False
    linked = db.get(SessionRow, session_id)
    return linked is not None and linked.deleted_at is None and linked.technique == Technique.OBSERVACION


def check_answers_for(forms: FormRegistry, data: SessionInput, *, complete: bool) -> None:
    """The answers must suit the form version they were filled with, and its technique.

    Answers to questions the form does not show are dropped. Unanswered required questions
    stop only a ``complete`` (closed) session, so unfinished work can still be saved.
    """
    form = forms.get(data.form_id, data.form_version)
    if form.technique != data.technique:
        raise ValidationError(
            "El formulario «{form}» es de otra técnica; use el formulario de {technique}.",
            form=form.title, technique=Technique(data.technique).label.lower())
    data.answers = relevant_answers(form, data.answers)
    errors = [e for e in validate_answers(form, data.answers) if complete or e.kind != "required"]
    if errors:
        raise AnswersError(errors)
    # The form's link to the observed session is the session's link too.
    for _section, field in form.iter_fields():
        if field.type == "link" and data.answers.get(field.id):
            data.observation_session_id = data.answers[field.id]
