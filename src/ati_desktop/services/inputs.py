"""What the GUI, the CLI and the demo hand to the services to record a session.

Every row has its id from the moment it is made (the editor keeps it in its payload), so saving
the same session again updates the same records instead of making new ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from ati_desktop.domain.ids import new_id


@dataclass
class ParticipantInput:
    full_name: str
    role: str | None = None
    id_document: str | None = None
    email: str | None = None
    phone: str | None = None
    id: str | None = None  # an existing participant, when picked from the school's list (None: new)


@dataclass
class AttendanceInput:
    participant: ParticipantInput
    present: bool = True
    role_in_session: str | None = None
    signature_png: bytes | None = None
    signed_at: datetime | None = None
    unsigned_reason: str | None = None  # no_asistio, se_nego, firma_papel
    id: str = field(default_factory=new_id)


@dataclass
class EvidenceInput:
    file_name: str
    media_type: str
    data: bytes
    kind: str = "documento"
    caption: str | None = None
    may_show_minors: bool = False
    # When the assistant confirmed consent for a photo that may show minors.
    minors_confirmed_at: datetime | None = None
    id: str = field(default_factory=new_id)


@dataclass
class CommitmentInput:
    description: str
    responsible: str
    side: str
    due_date: date | None = None
    participant_id: str | None = None
    carried_from_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class VerificationInput:
    commitment_id: str
    result: str
    note: str | None = None
    evidence: list[EvidenceInput] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class IndicatorInput:
    name: str
    value: float | None
    target: float | None = None
    unit: str | None = None
    note: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class SessionInput:
    level: str
    municipality_code: str
    session_date: date
    channel: str
    operations: list[str]
    technique: str
    form_id: str
    form_version: int
    answers: dict[str, Any] = field(default_factory=dict)
    school_id: str | None = None
    campus_id: str | None = None
    place: str | None = None
    start_time: time | None = None
    end_time: time | None = None
    objective: str | None = None
    scope_guidelines: str | None = None
    scope_habits: str | None = None
    scope_products: str | None = None
    areas: list[str] = field(default_factory=list)
    conclusions: str | None = None
    observation_session_id: str | None = None
    assistant_id: str | None = None
    attendance: list[AttendanceInput] = field(default_factory=list)
    commitments: list[CommitmentInput] = field(default_factory=list)
    verifications: list[VerificationInput] = field(default_factory=list)
    evidence: list[EvidenceInput] = field(default_factory=list)
    indicators: list[IndicatorInput] = field(default_factory=list)
    id: str = field(default_factory=new_id)
