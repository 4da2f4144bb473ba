"""What the lists of sessions show and how they are asked for: plain values, no database layer,
so the window can hold rows before SQLAlchemy has even been imported (see :mod:`.first_page`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reviews import Review


@dataclass(frozen=True)
class SessionFilter:
    date_from: date | None = None
    date_to: date | None = None
    municipality_code: str | None = None
    school_id: str | None = None
    operation: str | None = None
    technique: str | None = None
    status: str | None = None
    text: str | None = None
    remarks: bool = False  # only sessions returned with remarks no correction answered yet


@dataclass(frozen=True)
class SessionKey:
    """Where a session stands in the newest-first order; the next page starts after it."""

    session_date: date
    start_time: time | None
    id: str


@dataclass(frozen=True)
class SessionRow:
    id: str
    session_date: date
    municipality: str
    school: str | None
    operations: str
    technique: str
    status: str
    revision: int
    start_time: time | None = None
    review: Review | None = None  # the supervisor's latest decision, when there is one

    @property
    def key(self) -> SessionKey:
        return SessionKey(self.session_date, self.start_time, self.id)


@dataclass(frozen=True)
class AdvisoryEntry:
    """A line of the bitácora de asesorías."""

    id: str
    session_date: date
    start_time: time | None
    municipality: str
    school: str | None
    channel: str
    objective: str

    @property
    def key(self) -> SessionKey:
        return SessionKey(self.session_date, self.start_time, self.id)
