"""All table models of the local database and the departmental record.

Records that travel between devices carry :class:`Synced` fields: a global UUID, the device
that created them, a revision number with the id of this revision and of the one it was
edited from (two edits from the same base are a conflict, not an overwrite), UTC times and
soft deletion. Reference tables and per-device tables (drafts, settings) do not travel.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Column, ForeignKey, Index, LargeBinary, Text
from sqlmodel import Field, SQLModel

from .types import UTCDateTime, new_id, utcnow


def _fk(target: str, nullable: bool = True, index: bool = True):
    return Field(
        default=None,
        sa_column_args=[ForeignKey(target)],
        nullable=nullable,
        index=index,
        max_length=36,
    )


class Synced(SQLModel):
    """Identity, provenance and history of a record that travels between devices."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    device_id: str = Field(max_length=36)
    revision: int = Field(default=1)
    revision_id: str = Field(default_factory=new_id, max_length=36)
    base_revision_id: str | None = Field(default=None, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)

    def new_revision(self, now: datetime) -> None:
        """Advance to a new revision that remembers the one it was edited from."""
        self.base_revision_id = self.revision_id
        self.revision_id = new_id()
        self.revision += 1
        self.updated_at = now


# --- per-device tables -------------------------------------------------------------------


class AppMeta(SQLModel, table=True):
    """Facts about this database file, such as the id of the device that owns it."""

    __tablename__ = "app_meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_type=Text)


class Setting(SQLModel, table=True):
    """User preferences and the institution shown on actas (JSON values)."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_type=Text)


class Draft(SQLModel, table=True):
    """Work in progress of the session editor, saved every few seconds."""

    __tablename__ = "draft"
    key: str = Field(primary_key=True, max_length=64)
    payload: str = Field(sa_type=Text)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# --- reference ---------------------------------------------------------------------------


class Municipality(SQLModel, table=True):
    __tablename__ = "municipality"
    code: str = Field(primary_key=True, max_length=5)
    name: str = Field(max_length=80)
    certified_in_education: bool = False


class Device(SQLModel, table=True):
    """A laptop or tablet that records sessions; rows name it as their origin."""

    __tablename__ = "device"
    id: str = Field(primary_key=True, max_length=36)
    label: str = Field(max_length=120)
    assistant_id: str | None = Field(default=None, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# --- people and places -------------------------------------------------------------------


class Assistant(Synced, table=True):
    """A field assistant of the Grupo de Calidad y Pertinencia."""

    __tablename__ = "assistant"
    full_name: str = Field(max_length=160)
    id_document: str | None = Field(default=None, max_length=30)
    role: str | None = Field(default=None, max_length=120)
    email: str | None = Field(default=None, max_length=160)
    phone: str | None = Field(default=None, max_length=40)


class School(Synced, table=True):
    """An establecimiento educativo (EE)."""

    __tablename__ = "school"
    dane_code: str | None = Field(default=None, max_length=12, index=True)
    name: str = Field(max_length=200)
    municipality_code: str = Field(sa_column_args=[ForeignKey("municipality.code")], max_length=5, index=True)
    added_in_field: bool = False


class Campus(Synced, table=True):
    """A sede of a school."""

    __tablename__ = "campus"
    school_id: str = _fk("school.id", nullable=False)
    dane_code: str | None = Field(default=None, max_length=14)
    name: str = Field(max_length=200)


class Participant(Synced, table=True):
    """A person assisted: rector, coordinator, teacher or official."""

    __tablename__ = "participant"
    full_name: str = Field(max_length=160, index=True)
    role: str | None = Field(default=None, max_length=120)
    id_document: str | None = Field(default=None, max_length=30, index=True)
    email: str | None = Field(default=None, max_length=160)
    phone: str | None = Field(default=None, max_length=40)
    school_id: str | None = _fk("school.id")


# --- sessions ----------------------------------------------------------------------------


class Session(Synced, table=True):
    """One act of technical assistance."""

    __tablename__ = "session"
    __table_args__ = (
        Index("ix_session_date", "session_date"),
        Index("ix_session_municipality_date", "municipality_code", "session_date"),
    )
    assistant_id: str | None = _fk("assistant.id", index=False)
    level: str = Field(max_length=20)
    municipality_code: str = Field(sa_column_args=[ForeignKey("municipality.code")], max_length=5)
    school_id: str | None = _fk("school.id")
    campus_id: str | None = _fk("campus.id", index=False)
    place: str | None = Field(default=None, max_length=200)
    session_date: date
    start_time: time | None = None
    end_time: time | None = None
    modality: str = Field(max_length=20)
    channel: str = Field(max_length=30)
    technique: str = Field(max_length=30, index=True)
    form_id: str = Field(max_length=60)
    form_version: int
    answers: str = Field(default="{}", sa_type=Text)
    objective: str | None = Field(default=None, sa_type=Text)
    scope_guidelines: str | None = Field(default=None, sa_type=Text)
    scope_habits: str | None = Field(default=None, sa_type=Text)
    scope_products: str | None = Field(default=None, sa_type=Text)
    conclusions: str | None = Field(default=None, sa_type=Text)
    observation_session_id: str | None = _fk("session.id", index=False)
    status: str = Field(default="abierta", max_length=20)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    correction_reason: str | None = Field(default=None, sa_type=Text)


class SessionOperation(SQLModel, table=True):
    """The operations of a session; part of the session's own revision."""

    __tablename__ = "session_operation"
    session_id: str = Field(sa_column_args=[ForeignKey("session.id")], primary_key=True, max_length=36)
    operation: str = Field(primary_key=True, max_length=40, index=True)


class SessionArea(SQLModel, table=True):
    """The school management areas a session touched; part of the session's revision."""

    __tablename__ = "session_area"
    session_id: str = Field(sa_column_args=[ForeignKey("session.id")], primary_key=True, max_length=36)
    area: str = Field(primary_key=True, max_length=40)


class SessionRevision(SQLModel, table=True):
    """A superseded revision of a session, kept readable as it was (JSON snapshot)."""

    __tablename__ = "session_revision"
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    session_id: str = _fk("session.id", nullable=False)
    revision: int
    revision_id: str = Field(max_length=36)
    device_id: str = Field(max_length=36)
    snapshot: str = Field(sa_type=Text)
    superseded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    reason: str | None = Field(default=None, sa_type=Text)


class Blob(SQLModel, table=True):
    """File content addressed by its SHA-256: stored once however often it is attached."""

    __tablename__ = "blob"
    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Attendance(Synced, table=True):
    """A participant's presence at a session, with the signature when given."""

    __tablename__ = "attendance"
    session_id: str = _fk("session.id", nullable=False)
    position: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    participant_id: str = _fk("participant.id", nullable=False)
    role_in_session: str | None = Field(default=None, max_length=120)
    present: bool = True
    signature_sha256: str | None = Field(default=None, sa_column_args=[ForeignKey("blob.sha256")], max_length=64)
    signed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Commitment(Synced, table=True):
    """What was agreed in a session, by whom, by when; verified in later sessions."""

    __tablename__ = "commitment"
    __table_args__ = (Index("ix_commitment_status_due", "status", "due_date"),)
    session_id: str = _fk("session.id", nullable=False)
    position: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    description: str = Field(sa_type=Text)
    responsible: str = Field(max_length=160)
    side: str = Field(max_length=20)
    participant_id: str | None = _fk("participant.id", index=False)
    due_date: date | None = None
    status: str = Field(default="abierto", max_length=20)
    carried_from_id: str | None = _fk("commitment.id", index=False)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class CommitmentVerification(Synced, table=True):
    """One check of a commitment in a later session (cumplido, parcial, no cumplido)."""

    __tablename__ = "commitment_verification"
    commitment_id: str = _fk("commitment.id", nullable=False)
    session_id: str = _fk("session.id", nullable=False)
    position: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    verified_on: date
    result: str = Field(max_length=20)
    note: str | None = Field(default=None, sa_type=Text)


class Evidence(Synced, table=True):
    """A photo, scanned attendance list or document attached to a session."""

    __tablename__ = "evidence"
    session_id: str = _fk("session.id", nullable=False)
    position: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    verification_id: str | None = _fk("commitment_verification.id", index=False)
    sha256: str = Field(sa_column_args=[ForeignKey("blob.sha256")], max_length=64)
    file_name: str = Field(max_length=255)
    media_type: str = Field(max_length=100)
    kind: str = Field(default="documento", max_length=30)
    caption: str | None = Field(default=None, sa_type=Text)
    may_show_minors: bool = False
    minors_confirmed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class IndicatorValue(Synced, table=True):
    """A value of a goal's indicator measured in a monitoreo or seguimiento session."""

    __tablename__ = "indicator_value"
    session_id: str = _fk("session.id", nullable=False)
    position: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    name: str = Field(max_length=200)
    unit: str | None = Field(default=None, max_length=40)
    target: float | None = None
    value: float | None = None
    note: str | None = Field(default=None, sa_type=Text)
