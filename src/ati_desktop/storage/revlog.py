"""The revision log: every revision of every travelling record, and the current rows it heads.

Each local write appends one revision per changed record (its parents: the revision the row
showed) and puts the new revision in the record's current row. A write that changes nothing
appends nothing. Merges add revisions that other devices made; the current row always shows
the winning head (:func:`winner`). See docs/revision-log.md.

Bodies are canonical JSON of a record's own fields: no meta fields (id, origin, revision,
times) and no derived fields, so two devices that write the same values write the same body.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.types import TypeDecorator
from sqlmodel import Session as DbSession

from ati_desktop.domain.ids import document_key, new_id

from . import driver_sql
from .models import (
    ActaRecord,
    Assignment,
    Assistant,
    Attendance,
    Authorisation,
    Campus,
    Commitment,
    CommitmentVerification,
    DataRequest,
    Erasure,
    Evidence,
    IndicatorValue,
    Participant,
    PublishedForm,
    Revision,
    RevisionParent,
    SameAs,
    School,
    Session,
    SessionArea,
    SessionOperation,
    SessionReview,
)
from .types import utcnow

META_COLUMNS = ("id", "device_id", "revision", "revision_id", "created_at", "updated_at", "deleted_at")
ID_LENGTH = 36
CHUNK = 500  # ids per IN (...) list: far below every database's limit on bound values

REVISION = Revision.__table__
PARENT = RevisionParent.__table__


@dataclass(frozen=True)
class CodeList:
    """A list kept in the body and materialised as rows of its own table (operations, areas)."""

    key: str
    table: Table
    column: str


def canonical_json(body: Any) -> str:
    """The one text of a body: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# How a body's text becomes a column's value, by the column's Python type (others: as they are).
_READERS: dict[type, Callable[[str], Any]] = {datetime: datetime.fromisoformat, date: date.fromisoformat,
                                              time: time.fromisoformat}


@dataclass(frozen=True)
class RecordType:
    """How one kind of record is kept in the log: its table and which columns its body holds."""

    name: str
    table: Table
    derived: tuple[str, ...] = ()
    json_columns: tuple[str, ...] = ()
    codes: tuple[CodeList, ...] = ()
    # Derived columns computed from the body itself (others are refreshed by their owners).
    derive: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    columns: tuple[str, ...] = field(init=False)
    python_types: dict[str, type] = field(init=False)
    # Per column, what turns the body's value (not None) into the column's (None: as it is).
    readers: tuple[tuple[str, Callable[[Any], Any] | None], ...] = field(init=False)

    def __post_init__(self) -> None:
        skip = set(META_COLUMNS) | set(self.derived)
        columns = tuple(c.name for c in self.table.columns if c.name not in skip)
        object.__setattr__(self, "columns", columns)
        object.__setattr__(self, "python_types", {
            c.name: python_type(c.type) for c in self.table.columns if c.name in columns})
        object.__setattr__(self, "readers", tuple(
            (name, canonical_json if name in self.json_columns else _READERS.get(self.python_types[name]))
            for name in columns))


RECORD_TYPES: dict[str, RecordType] = {}


def python_type(column_type) -> type:
    """The Python type of a column's values, looking through decorated types."""
    while isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    try:
        return column_type.python_type
    except NotImplementedError:
        return object


def register(record_type: RecordType) -> RecordType:
    """Make a kind of record travel: later work adds its own types the same way."""
    RECORD_TYPES[record_type.name] = record_type
    return record_type


def _participant_derived(body: dict[str, Any]) -> dict[str, Any]:
    return {"document_key": document_key(body.get("id_document"))}


for _type in (
    RecordType("assistant", Assistant.__table__),
    RecordType("school", School.__table__),
    RecordType("campus", Campus.__table__),
    RecordType("participant", Participant.__table__, derived=("document_key",), derive=_participant_derived),
    RecordType("session", Session.__table__, json_columns=("answers",), codes=(
        CodeList("operations", SessionOperation.__table__, "operation"),
        CodeList("areas", SessionArea.__table__, "area"))),
    RecordType("attendance", Attendance.__table__),
    RecordType("commitment", Commitment.__table__,
               derived=("status", "closed_at", "last_verified_on", "last_result")),
    RecordType("verification", CommitmentVerification.__table__),
    RecordType("evidence", Evidence.__table__),
    RecordType("indicator", IndicatorValue.__table__),
    RecordType("same_as", SameAs.__table__),
    RecordType("acta", ActaRecord.__table__, json_columns=("content",)),
    RecordType("data_request", DataRequest.__table__),
    RecordType("authorisation", Authorisation.__table__),
    RecordType("erasure", Erasure.__table__, json_columns=("targets",)),
    RecordType("form", PublishedForm.__table__),
    RecordType("assignment", Assignment.__table__),
    RecordType("review", SessionReview.__table__),
):
    register(_type)


# --- canonical bodies --------------------------------------------------------------------


def json_value(python_type: type, value: Any) -> Any:
    """A column value as the body holds it: ISO text for times, UTC for datetimes."""
    if value is None:
        return None
    if python_type is datetime:
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if python_type in (date, time):
        return (python_type.fromisoformat(value) if isinstance(value, str) else value).isoformat()
    if python_type is bool:
        return bool(value)
    if python_type is float:
        return float(value)
    if python_type is int:
        return int(value)
    return value


def body_of(record_type: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The body of a record from its column values (a row mapping, or values about to be one).

    A session's mapping also holds ``operations`` and ``areas`` (lists, in any order).
    """
    kind = RECORD_TYPES[record_type]
    body = {}
    for name in kind.columns:
        value = row.get(name)
        if name in kind.json_columns:
            body[name] = json.loads(value) if isinstance(value, str) else value
        else:
            body[name] = json_value(kind.python_types[name], value)
    for code in kind.codes:
        body[code.key] = sorted(set(row.get(code.key) or ()))
    return body


def row_of(record_type: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """The current-table columns of a body (without meta columns; derived ones computed here)."""
    kind = RECORD_TYPES[record_type]
    row = {}
    for name, read in kind.readers:
        value = body.get(name)
        row[name] = value if read is None or value is None else read(value)
    if kind.derive is not None:
        row.update(kind.derive(body))
    return row


# --- reading the log ---------------------------------------------------------------------


@dataclass(frozen=True)
class RevisionEntry:
    """One revision of the log, as read back."""

    id: str
    record_type: str
    record_id: str
    number: int
    device_id: str
    made_at: datetime
    deleted: bool
    body: dict[str, Any]
    parents: tuple[str, ...] = ()


def winner(entries: Iterable[RevisionEntry]) -> RevisionEntry:
    """The head a current row shows: highest number, then highest id (never a clock)."""
    return max(entries, key=lambda entry: (entry.number, entry.id))


def _chunks(items: Sequence, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _entries(tx: DbSession, query) -> list[RevisionEntry]:
    rows = tx.execute(query).mappings().all()
    parents: dict[str, list[str]] = {}
    ids = [row["id"] for row in rows]
    for chunk in _chunks(ids):
        for revision_id, parent_id in tx.execute(
                select(PARENT.c.revision_id, PARENT.c.parent_id).where(PARENT.c.revision_id.in_(chunk))):
            parents.setdefault(revision_id, []).append(parent_id)
    return [RevisionEntry(row["id"], row["record_type"], row["record_id"], row["number"], row["device_id"],
                          row["made_at"], bool(row["deleted"]), json.loads(row["body"]),
                          tuple(sorted(parents.get(row["id"], ()))))
            for row in rows]


def heads(tx: DbSession, record_type: str, ids: Iterable[str]) -> dict[str, list[RevisionEntry]]:
    """The heads of each record: its revisions that no revision names as a parent."""
    found: dict[str, list[RevisionEntry]] = {}
    is_parent = select(PARENT.c.parent_id).where(PARENT.c.parent_id == REVISION.c.id).exists()
    for chunk in _chunks(list(dict.fromkeys(ids))):
        query = (select(REVISION).where(REVISION.c.record_type == record_type,
                                        REVISION.c.record_id.in_(chunk), ~is_parent)
                 .order_by(REVISION.c.record_id, REVISION.c.number, REVISION.c.id))
        for entry in _entries(tx, query):
            found.setdefault(entry.record_id, []).append(entry)
    return found


def history(tx: DbSession, record_type: str, record_id: str) -> list[RevisionEntry]:
    """Every revision of one record, oldest generation first (ties by id)."""
    query = (select(REVISION).where(REVISION.c.record_type == record_type, REVISION.c.record_id == record_id)
             .order_by(REVISION.c.number, REVISION.c.id))
    return _entries(tx, query)


# --- writing locally ---------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """What a local save wants a record to be: its column values, or deleted.

    ``values`` holds the body's columns (a session's also ``operations`` and ``areas``); a
    deletion may leave it out and keeps the record's last values in its tombstone.
    """

    record_type: str
    record_id: str
    values: Mapping[str, Any] | None = None
    deleted: bool = False


@dataclass(frozen=True)
class Written:
    """A revision a local write appended, with the body it replaced (None for a new record)."""

    record_type: str
    record_id: str
    revision_id: str
    number: int
    body: dict[str, Any]
    previous: dict[str, Any] | None
    deleted: bool


def current_rows(tx: DbSession, record_type: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The current rows of some records by id (a session's with its operations and areas)."""
    kind = RECORD_TYPES[record_type]
    table = kind.table
    rows: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        for row in tx.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            rows[row["id"]] = dict(row)
        found = [record_id for record_id in chunk if record_id in rows]
        for code in kind.codes if found else ():
            for row in rows.values():
                row.setdefault(code.key, [])
            for record_id, value in tx.execute(select(code.table.c.session_id, code.table.c[code.column])
                                               .where(code.table.c.session_id.in_(found))):
                if record_id in rows:
                    rows[record_id][code.key].append(value)
    return rows


def write_local(tx: DbSession, device_id: str, changes: Iterable[Change],
                now: datetime | None = None,
                known: Mapping[str, Mapping[str, dict[str, Any]]] | None = None) -> list[Written]:
    """Append a revision for every change that changes something, and update the current rows.

    The parent of each revision is the revision its row shows; a new record's revision has
    none. ``values`` of a change replace those of the current row; columns left out keep
    theirs. ``known`` holds, by record type, the current rows the caller already read (as
    :func:`current_rows` gives them): for a type it names, ids missing from it are new records
    and nothing is read; other types are read here. Runs inside the caller's transaction: a
    save's revisions commit together or not at all.
    """
    now = now or utcnow()
    by_type: dict[str, list[Change]] = {}
    for change in changes:
        by_type.setdefault(change.record_type, []).append(change)
    written: list[Written] = []
    revisions, parents = [], []
    for record_type, group in by_type.items():
        kind = RECORD_TYPES[record_type]
        if known is not None and record_type in known:
            current = dict(known[record_type])
        else:
            current = current_rows(tx, record_type, [c.record_id for c in group])
        inserts, updates, codes = [], [], []
        for change in group:
            row = current.get(change.record_id)
            previous = body_of(record_type, row) if row is not None else None
            was_deleted = row is not None and row["deleted_at"] is not None
            if change.values is not None:
                body = body_of(record_type, {**(row or {}), **change.values})
            elif previous is not None:
                body = previous
            else:
                continue  # deleting what this database never had
            if row is None and change.deleted:
                continue
            if previous == body and was_deleted == change.deleted:
                continue
            revision_id = new_id()
            number = row["revision"] + 1 if row is not None else 1
            revisions.append({"id": revision_id, "record_type": record_type, "record_id": change.record_id,
                              "number": number, "device_id": device_id, "made_at": now,
                              "deleted": change.deleted, "body": canonical_json(body)})
            if row is not None:
                parents.append({"revision_id": revision_id, "parent_id": row["revision_id"]})
            values = {**row_of(record_type, body), "revision": number, "revision_id": revision_id,
                      "updated_at": now, "deleted_at": now if change.deleted else None}
            if row is None:
                inserts.append({**values, "id": change.record_id, "device_id": device_id, "created_at": now})
            else:
                updates.append({**values, "id": change.record_id})
            if kind.codes and (previous is None or any(previous[c.key] != body[c.key] for c in kind.codes)):
                codes.append((change.record_id, body, row is None))
            written.append(Written(record_type, change.record_id, revision_id, number, body, previous,
                                   change.deleted))
        _apply(tx, kind, inserts, updates, codes)
    driver_sql.insert_rows(tx, REVISION, revisions)
    driver_sql.insert_rows(tx, PARENT, parents)
    return written


def _apply(tx: DbSession, kind: RecordType, inserts: list[dict], updates: list[dict],
           codes: list[tuple[str, dict, bool]]) -> None:
    driver_sql.insert_rows(tx, kind.table, inserts)
    driver_sql.update_rows(tx, kind.table, "id", updates)
    for code in kind.codes:
        stale = [record_id for record_id, _body, is_new in codes if not is_new]
        for chunk in _chunks(stale):
            driver_sql.delete_where_in(tx, code.table, "session_id", chunk)
        driver_sql.insert_rows(tx, code.table, [{"session_id": record_id, code.column: value}
                                                   for record_id, body, _is_new in codes for value in body[code.key]])


def root_revisions(record_type: str, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Log rows making existing current rows the first entries of their records' logs.

    Each keeps the row's revision number and id; the maker is the row's origin device.
    Used by the upgrade of older databases and by bulk loaders.
    """
    return [{"id": row["revision_id"], "record_type": record_type, "record_id": row["id"],
             "number": row["revision"], "device_id": row["device_id"],
             "made_at": row["updated_at"], "deleted": row["deleted_at"] is not None,
             "body": canonical_json(body_of(record_type, row))} for row in rows]
