"""Checks of a session's input against the reference lists and the guideline's rules."""

from __future__ import annotations

from sqlmodel import Session as DbSession

from ati_desktop.domain import rules
from ati_desktop.domain.errors import ValidationError
from ati_desktop.domain.reference import (
    Area,
    Channel,
    CommitmentSide,
    Level,
    Operation,
    Technique,
    VerificationResult,
)
from ati_desktop.storage.models import Municipality, School
from ati_desktop.storage.models import Session as SessionRow

from .inputs import SessionInput


def _code(enum, value: str, what: str):
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(f"{what} «{value}» no existe en la lista de referencia.") from None


def check_session_input(db: DbSession, data: SessionInput) -> None:
    """Raise a Spanish :class:`ValidationError` for anything the session cannot be saved with."""
    level = _code(Level, data.level, "El nivel")
    channel = _code(Channel, data.channel, "La modalidad")
    technique = _code(Technique, data.technique, "La técnica")
    if not data.operations:
        raise ValidationError("Indique al menos una operación de asistencia técnica.")
    operations = frozenset(_code(Operation, op, "La operación") for op in data.operations)
    for area in data.areas:
        _code(Area, area, "El área de gestión")
    if db.get(Municipality, data.municipality_code) is None:
        raise ValidationError(f"El municipio con código DIVIPOLA «{data.municipality_code}» no existe.")
    if level is Level.INSTITUCIONAL and not data.school_id:
        raise ValidationError("En el nivel institucional indique el establecimiento educativo.")
    if data.school_id and db.get(School, data.school_id) is None:
        raise ValidationError("El establecimiento educativo elegido no existe en el catálogo.")
    if data.start_time and data.end_time and data.end_time < data.start_time:
        raise ValidationError("La hora de finalización es anterior a la hora de inicio.")
    for commitment in data.commitments:
        _code(CommitmentSide, commitment.side, "La parte responsable")
        if not commitment.description.strip() or not commitment.responsible.strip():
            raise ValidationError("Cada compromiso necesita qué se acordó y quién es responsable.")
    for verification in data.verifications:
        _code(VerificationResult, verification.result, "El resultado de la verificación")
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


def _is_observation(db: DbSession, session_id: str | None) -> bool:
    if not session_id:
        return False
    linked = db.get(SessionRow, session_id)
    return linked is not None and linked.deleted_at is None and linked.technique == Technique.OBSERVACION
