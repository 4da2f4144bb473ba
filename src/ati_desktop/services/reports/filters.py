"""The period and filters every report takes, as SQL conditions on the sessions it counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ati_desktop.domain.errors import ValidationError
from ati_desktop.domain.reference import Level, Operation, Technique
from ati_desktop.storage.models import Session, SessionOperation


@dataclass(frozen=True)
class ReportFilter:
    """A period (both ends included) and optional filters of the sessions a report counts."""

    date_from: date
    date_to: date
    municipality_code: str | None = None
    school_id: str | None = None
    assistant_id: str | None = None
    operation: str | None = None
    technique: str | None = None
    level: str | None = None

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise ValidationError("El periodo termina ({date_to}) antes de empezar ({date_from}).",
                                  date_from=self.date_from.isoformat(), date_to=self.date_to.isoformat())
        if self.operation is not None and self.operation not in _codes(Operation):
            raise ValidationError("No existe la operación «{code}».", code=self.operation)
        if self.technique is not None and self.technique not in _codes(Technique):
            raise ValidationError("No existe la técnica «{code}».", code=self.technique)
        if self.level is not None and self.level not in _codes(Level):
            raise ValidationError("No existe el nivel «{code}».", code=self.level)


def _codes(reference) -> set[str]:
    return {member.value for member in reference}


def session_conditions(flt: ReportFilter, *, period: bool = True) -> list:
    """WHERE conditions on :class:`Session` for the filters (and the period unless told not to)."""
    conditions = [Session.deleted_at.is_(None), Session.session_date <= flt.date_to]
    if period:
        conditions.append(Session.session_date >= flt.date_from)
    if flt.municipality_code:
        conditions.append(Session.municipality_code == flt.municipality_code)
    if flt.school_id:
        conditions.append(Session.school_id == flt.school_id)
    if flt.assistant_id:
        conditions.append(Session.assistant_id == flt.assistant_id)
    if flt.technique:
        conditions.append(Session.technique == flt.technique)
    if flt.level:
        conditions.append(Session.level == flt.level)
    if flt.operation:
        conditions.append(Session.id.in_(select(SessionOperation.session_id)
                                         .where(SessionOperation.operation == flt.operation)))
    return conditions


def code_label(reference, code: str) -> str:
    """The Spanish label of a reference code, or the code itself when this version lacks it."""
    try:
        return reference(code).label
    except ValueError:  # a code of a newer version, merged from elsewhere
        return code
