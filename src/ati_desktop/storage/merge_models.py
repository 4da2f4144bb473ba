"""Tables of the departmental record: where each revision came from, and what each merge did.

A merge only adds revisions to the log (``storage.revlog``); these tables say which package
and device brought each one and when, which packages arrived, the records whose heads
disagree (open conflicts), and the records whose winning revision names records that have
not arrived yet (waiting). Conflicts and waiting records follow from the log alone: every
merge recomputes them for the records it touched. ``known_device`` keeps each device's
signing key from its first package.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlmodel import Field, SQLModel

from .types import UTCDateTime, new_id, utcnow


class MergeLog(SQLModel, table=True):
    """One merge of one package into this record (a package merged twice is logged twice)."""

    __tablename__ = "merge_log"
    __table_args__ = (Index("ix_merge_log_device_sequence", "device_id", "sequence"),)
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    merged_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    merged_by: str = Field(max_length=36)  # the device id of this record (who merged)
    file_name: str | None = Field(default=None, max_length=255)
    sha256: str | None = Field(default=None, max_length=64)
    device_id: str = Field(max_length=36)  # the device that made the package
    device_label: str | None = Field(default=None, max_length=400)
    assistant_name: str | None = Field(default=None, max_length=400)
    sequence: int | None = None
    full: bool = False
    package_created_at: str | None = Field(default=None, max_length=40)
    revisions: int = 0
    revisions_new: int = 0
    records_new: int = 0
    records_updated: int = 0
    records_unchanged: int = 0
    records_conflicting: int = 0
    records_waiting: int = 0


class RevisionSource(SQLModel, table=True):
    """Provenance of a revision: the merge (package, device, time) that first brought it here.

    Revisions made in this record itself (resolutions) have no row: their maker is their
    device and their time is their own.
    """

    __tablename__ = "revision_source"
    revision_id: str = Field(sa_column_args=[ForeignKey("revision.id")], primary_key=True, max_length=36)
    merge_id: str = Field(sa_column_args=[ForeignKey("merge_log.id")], max_length=36, index=True)


class KnownDevice(SQLModel, table=True):
    """A device whose packages this record has merged, with the key it signs them with.

    The first package of a device introduces its key; later packages signed with another
    key are refused.
    """

    __tablename__ = "known_device"
    device_id: str = Field(primary_key=True, max_length=36)
    public_key: str = Field(max_length=64)  # raw Ed25519 key, base64
    label: str | None = Field(default=None, max_length=400)
    first_seen: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class RecordConflict(SQLModel, table=True):
    """A record whose heads disagree; its current row shows the deterministic winner."""

    __tablename__ = "record_conflict"
    record_type: str = Field(primary_key=True, max_length=40)
    record_id: str = Field(primary_key=True, max_length=36)
    heads: int
    winner_id: str = Field(max_length=36)
    detected_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class RecordWaiting(SQLModel, table=True):
    """A record whose winning revision names records not held yet (an earlier package is missing).

    Its revisions are in the log; its current row follows once what it names arrives.
    """

    __tablename__ = "record_waiting"
    record_type: str = Field(primary_key=True, max_length=40)
    record_id: str = Field(primary_key=True, max_length=36)
    missing: str = Field(sa_type=Text)  # e.g. "school:0b6c…", for the supervisor to see
