"""All table models of the local database and the departmental record.

Records that travel between devices carry :class:`Synced` fields: a global UUID, the device
that created them, the number and id of the revision the row shows, UTC times and soft
deletion. The row is the winning head of the record's history in the revision log
(:class:`Revision`, see ``storage.revlog``): every edit, by whichever device, is appended
there, so nothing a device wrote is ever overwritten. Reference tables and per-device tables
(drafts, settings) do not travel.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, Text, text
from sqlmodel import Field, SQLModel

from .types import OrderKey, UTCDateTime, new_id, utcnow


def _fk(target: str, nullable: bool = True, index: bool = True):
    return Field(
        default=None,
        sa_column_args=[ForeignKey(target)],
        nullable=nullable,
        index=index,
        max_length=36,
    )


class Synced(SQLModel):
    """Identity, origin and shown revision of a record that travels between devices.

    ``device_id`` and ``created_at`` are the record's origin; ``revision``, ``revision_id``,
    ``updated_at`` and ``deleted_at`` describe the head revision the row shows. Rows are
    written only through ``storage.revlog``, never edited in place.
    """

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    device_id: str = Field(max_length=36)
    revision: int = Field(default=1)
    revision_id: str = Field(default_factory=new_id, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


def _live_index(name: str, *columns: str, where: str = "deleted_at IS NULL") -> Index:
    """A partial index of the rows a report reads (migration 0007), the live ones unless told.
    SQLite 3.40 counts a partial index as covering only when it holds the columns of its WHERE,
    hence ``deleted_at`` last."""
    return Index(name, *columns, sqlite_where=text(where), postgresql_where=text(where))


def _position():
    """Order among a session's children: a fractional key, so one move rewrites one row."""
    return Field(default="a0", sa_type=OrderKey, max_length=OrderKey.LENGTH)


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
    # The cédula's digits (derived): a known person is found by it before a new one is made.
    document_key: str | None = Field(default=None, max_length=30, index=True)


# --- sessions ----------------------------------------------------------------------------


class Session(Synced, table=True):
    """One act of technical assistance."""

    __tablename__ = "session"
    __table_args__ = (
        Index("ix_session_date", "session_date"),
        Index("ix_session_municipality_date", "municipality_code", "session_date"),
        _live_index("ix_session_report", "session_date", "municipality_code", "technique", "assistant_id",
                    "school_id", "level", "start_time", "end_time", "id", "deleted_at"),
        _live_index("ix_session_school_visits", "school_id", "campus_id", "session_date", "deleted_at"),
        _live_index("ix_session_live", "id", "deleted_at"),
        _live_index("ix_session_deleted", "id", where="deleted_at IS NOT NULL"),
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
    position: str = _position()
    participant_id: str = _fk("participant.id", nullable=False)
    role_in_session: str | None = Field(default=None, max_length=120)
    present: bool = True
    # Why a participant did not sign: no_asistio (also means absent), se_nego, firma_papel.
    unsigned_reason: str | None = Field(default=None, max_length=20)
    signature_sha256: str | None = Field(default=None, sa_column_args=[ForeignKey("blob.sha256")], max_length=64)
    signed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Commitment(Synced, table=True):
    """What was agreed in a session, by whom, by when; verified in later sessions."""

    __tablename__ = "commitment"
    __table_args__ = (
        Index("ix_commitment_status_due", "status", "due_date"),
        _live_index("ix_commitment_carried_from", "carried_from_id", "session_id", "deleted_at",
                    where="carried_from_id IS NOT NULL"),
    )
    session_id: str = _fk("session.id", nullable=False)
    position: str = _position()
    description: str = Field(sa_type=Text)
    responsible: str = Field(max_length=160)
    side: str = Field(max_length=20)
    participant_id: str | None = _fk("participant.id", index=False)
    due_date: date | None = None
    status: str = Field(default="abierto", max_length=20)
    carried_from_id: str | None = _fk("commitment.id", index=False)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Its latest live verification (by date, ties by revision id), kept by storage.derived
    # (migration 0008): a report then reads it from the row instead of seeking it each time.
    last_verified_on: date | None = None
    last_result: str | None = Field(default=None, max_length=20)


class CommitmentVerification(Synced, table=True):
    """One check of a commitment in a later session (cumplido, parcial, no cumplido)."""

    __tablename__ = "commitment_verification"
    __table_args__ = (_live_index("ix_commitment_verification_latest", "commitment_id", "verified_on",
                                  "revision_id", "session_id", "result", "deleted_at"),)
    commitment_id: str = _fk("commitment.id", nullable=False)
    session_id: str = _fk("session.id", nullable=False)
    position: str = _position()
    verified_on: date
    result: str = Field(max_length=20)
    note: str | None = Field(default=None, sa_type=Text)


class Evidence(Synced, table=True):
    """A photo, scanned attendance list or document attached to a session."""

    __tablename__ = "evidence"
    session_id: str = _fk("session.id", nullable=False)
    position: str = _position()
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
    position: str = _position()
    name: str = Field(max_length=200)
    unit: str | None = Field(default=None, max_length=40)
    target: float | None = None
    value: float | None = None
    note: str | None = Field(default=None, sa_type=Text)


class ActaRecord(Synced, table=True):
    """An issued acta, frozen: what it printed, so it verifies whatever changes later.

    Edition 1 is the original (the first close); each correction of the closed session
    issues the next edition. ``content`` holds the session's snapshot with the names of its
    school, municipality and participants, the header settings and the renderer version;
    ``record_hash`` is the hash printed in the acta's stamp.
    """

    __tablename__ = "acta_record"
    session_id: str = _fk("session.id", nullable=False)
    edition: int
    session_revision_id: str = Field(max_length=36)
    reason: str | None = Field(default=None, sa_type=Text)
    content: str = Field(sa_type=Text)
    record_hash: str = Field(max_length=64)
    issued_at: datetime = Field(sa_type=UTCDateTime)


class SameAs(Synced, table=True):
    """Two records that turned out to be one thing: ``record_id`` is the same as ``same_as_id``."""

    __tablename__ = "same_as"
    __table_args__ = (Index("ix_same_as_record", "record_type", "record_id"),)
    record_type: str = Field(max_length=40)
    record_id: str = Field(max_length=36)
    same_as_id: str = Field(max_length=36)


class PublishedForm(Synced, table=True):
    """A form definition the secretariat put in force, carried to the field in its own words.

    The id is derived from the form's id and version, so every record that publishes the same
    version holds the same record. ``source`` is the YAML text exactly as published; it is
    checked with the same limits as a bundled form before it is used.
    """

    __tablename__ = "published_form"
    form_id: str = Field(max_length=60)
    version: int
    technique: str = Field(max_length=40)
    source: str = Field(sa_type=Text)
    sha256: str = Field(max_length=64)
    published_on: date


class Assignment(Synced, table=True):
    """A school assigned to an assistant; the id is derived from the pair."""

    __tablename__ = "assignment"
    assistant_id: str = _fk("assistant.id", nullable=False)
    school_id: str = _fk("school.id", nullable=False)
    starts_on: date | None = None
    ends_on: date | None = None


class SessionReview(Synced, table=True):
    """A supervisor's decision on a session (approved, returned with comments, observed).

    Decisions are append-only records, like verifications: a decision made at the
    secretariat and another made elsewhere never conflict; the latest by ``reviewed_at``,
    ties broken by id, is the session's review state. ``session_revision_id`` is the
    revision of the session that was reviewed.
    """

    __tablename__ = "session_review"
    session_id: str = _fk("session.id", nullable=False)
    session_revision_id: str = Field(max_length=36)
    state: str = Field(max_length=20)
    comment: str | None = Field(default=None, sa_type=Text)
    reviewer: str = Field(max_length=160)
    reviewed_at: datetime = Field(sa_type=UTCDateTime)


# --- the revision log --------------------------------------------------------------------


class Revision(SQLModel, table=True):
    """Append-only: every revision of every travelling record, as canonical JSON.

    ``seq`` is this database's arrival order and never travels; ``number`` is the
    generation (one more than the highest parent's); ``made_at`` is informative only.
    """

    __tablename__ = "revision"
    __table_args__ = (Index("ix_revision_record", "record_type", "record_id"),)
    seq: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    id: str = Field(max_length=36, unique=True)
    record_type: str = Field(max_length=40)
    record_id: str = Field(max_length=36)
    number: int
    device_id: str = Field(max_length=36)
    made_at: datetime = Field(sa_type=UTCDateTime)
    deleted: bool = False
    body: str = Field(sa_type=Text)


class RevisionParent(SQLModel, table=True):
    """The revision(s) a revision was made from: two or more for a resolved conflict."""

    __tablename__ = "revision_parent"
    revision_id: str = Field(sa_column_args=[ForeignKey("revision.id")], primary_key=True, max_length=36)
    parent_id: str = Field(primary_key=True, max_length=36, index=True)


class PackageLog(SQLModel, table=True):
    """Packages exported from or received into this database, by device and sequence number."""

    __tablename__ = "package_log"
    device_id: str = Field(primary_key=True, max_length=36)
    sequence: int = Field(primary_key=True)
    direction: str = Field(primary_key=True, max_length=10)  # "export" or "import"
    first_revision_seq: int | None = None
    last_revision_seq: int | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    file_name: str | None = Field(default=None, max_length=255)
    sha256: str | None = Field(default=None, max_length=64)


# --- personal data (Ley 1581 de 2012) ----------------------------------------------------
# No foreign keys to participants: a request or an authorisation may arrive in a package
# before (or without) the person's records.


class DataRequest(Synced, table=True):
    """A data subject's request (query, rectification, erasure) and how it was answered."""

    __tablename__ = "data_request"
    kind: str = Field(max_length=20)
    reference: str = Field(max_length=60, index=True)
    participant_id: str | None = Field(default=None, max_length=36, index=True)
    received_on: date
    due_on: date
    extended: bool = False
    state: str = Field(default="recibida", max_length=20)
    handled_by: str | None = Field(default=None, max_length=160)
    answered_on: date | None = None
    notes: str | None = Field(default=None, sa_type=Text)


class Authorisation(Synced, table=True):
    """An authorisation a person gave (data processing, photos that may show minors)."""

    __tablename__ = "authorisation"
    kind: str = Field(max_length=30)
    participant_id: str | None = Field(default=None, max_length=36, index=True)
    session_id: str | None = Field(default=None, max_length=36, index=True)
    evidence_id: str | None = Field(default=None, max_length=36)
    granted_by: str | None = Field(default=None, max_length=160)
    granted_on: date
    collected_by: str = Field(max_length=160)
    revoked_on: date | None = None
    note: str | None = Field(default=None, sa_type=Text)


class Erasure(Synced, table=True):
    """An erasure carried out: whom it removes (ids and salted digests only), signed.

    ``targets`` (JSON) holds participant ids, evidence ids and salted digests of the
    cédulas and names, so every database that receives it can find the person's data,
    even in revisions that arrive later, without the record itself holding that data.
    """

    __tablename__ = "erasure"
    request_id: str | None = Field(default=None, max_length=36)
    reference: str = Field(max_length=60)
    erased_on: date
    salt: str = Field(max_length=36)
    targets: str = Field(sa_type=Text)
    signer_key: str = Field(max_length=64)
    signature: str = Field(max_length=128)
