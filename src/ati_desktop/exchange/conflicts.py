"""Open conflicts of a record, and their resolution by a supervisor.

A conflict is a record whose heads disagree (see ``exchange.current``). Resolving it — keeping
one head, or taking each field from the head the supervisor chooses — is one more revision
whose parents are **all** the heads, so the record has one head again, every device that
receives the resolution agrees, and the versions that lost stay in the log.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlmodel import Session as DbSession

from ati_desktop.domain.errors import AtiError, NotFoundError
from ati_desktop.domain.ids import new_id
from ati_desktop.storage.database import Database
from ati_desktop.storage.merge_models import MergeLog, RecordConflict, RevisionSource
from ati_desktop.storage.models import Device
from ati_desktop.storage.revlog import PARENT, REVISION, RevisionEntry, canonical_json, history
from ati_desktop.storage.types import utcnow

from .current import refresh

MIN_KEY = 4


class ResolutionError(AtiError):
    """A resolution that does not fit the conflict (unknown revision or field)."""


@dataclass(frozen=True)
class Provenance:
    """Where a revision came from: the package and device that brought it, or this record."""

    device_id: str
    device_label: str | None
    assistant_name: str | None
    file_name: str | None
    sequence: int | None
    merged_at: datetime | None


@dataclass(frozen=True)
class Version:
    revision_id: str
    number: int
    device_id: str
    made_at: datetime
    deleted: bool
    body: dict
    provenance: Provenance


@dataclass(frozen=True)
class Conflict:
    record_type: str
    record_id: str
    winner_id: str
    heads: tuple[Version, ...]
    ancestor: Version | None
    detected_at: datetime

    @property
    def differing_fields(self) -> list[str]:
        """The body's fields on which the heads do not all agree (``deleted`` for a deletion)."""
        names = sorted({name for head in self.heads for name in head.body})
        differ = [n for n in names if len({canonical_json(h.body.get(n)) for h in self.heads}) > 1]
        if len({h.deleted for h in self.heads}) > 1:
            differ.insert(0, "deleted")
        return differ

    @property
    def key(self) -> str:
        return self.record_id


def list_conflicts(database: Database, record_type: str | None = None) -> list[Conflict]:
    """Every open conflict, with its heads, their provenance and their common ancestor."""
    table = RecordConflict.__table__
    with database.read() as tx:
        query = select(table).order_by(table.c.record_type, table.c.record_id)
        if record_type:
            query = query.where(table.c.record_type == record_type)
        rows = tx.execute(query).mappings().all()
        return [_conflict(tx, row) for row in rows]


def find_conflict(database: Database, key: str) -> Conflict:
    """The open conflict whose record id is ``key`` or starts with it (at least 4 characters)."""
    table = RecordConflict.__table__
    key = key.strip().lower()
    with database.read() as tx:
        rows = []
        if len(key) >= MIN_KEY:
            rows = tx.execute(select(table).where(table.c.record_id.startswith(key, autoescape=True))
                              .order_by(table.c.record_id)).mappings().all()
        if not rows:
            raise NotFoundError("No hay un conflicto abierto con el identificador «{key}».", key=key[:40])
        if len(rows) > 1:
            raise NotFoundError("«{key}» corresponde a varios conflictos; escriba más caracteres del "
                                "identificador.", key=key[:40])
        return _conflict(tx, rows[0])


def _conflict(tx: DbSession, row) -> Conflict:
    entries = history(tx, row["record_type"], row["record_id"])
    by_id = {entry.id: entry for entry in entries}
    named = {parent for entry in entries for parent in entry.parents}
    heads = [entry for entry in entries if entry.id not in named]
    sources = _provenance(tx, [entry.id for entry in entries])
    ancestor = _common_ancestor(heads, by_id)
    versions = tuple(_version(entry, sources) for entry in sorted(heads, key=lambda e: (e.number, e.id)))
    return Conflict(row["record_type"], row["record_id"], row["winner_id"], versions,
                    _version(ancestor, sources) if ancestor else None, row["detected_at"])


def _common_ancestor(heads: list[RevisionEntry], by_id: Mapping[str, RevisionEntry]) -> RevisionEntry | None:
    """The latest revision every head descends from (None when they started apart)."""
    common: set[str] | None = None
    for head in heads:
        seen, stack = set(), [head.id]
        while stack:
            current = stack.pop()
            if current in seen or current not in by_id:
                continue
            seen.add(current)
            stack.extend(by_id[current].parents)
        common = seen if common is None else common & seen
    if not common:
        return None
    return max((by_id[i] for i in common), key=lambda e: (e.number, e.id))


def _provenance(tx: DbSession, revision_ids: list[str]) -> dict[str, Provenance]:
    source, log = RevisionSource.__table__, MergeLog.__table__
    found = {}
    rows = tx.execute(select(source.c.revision_id, log.c.device_id, log.c.device_label, log.c.assistant_name,
                             log.c.file_name, log.c.sequence, log.c.merged_at)
                      .join(log, log.c.id == source.c.merge_id)
                      .where(source.c.revision_id.in_(revision_ids)))
    for row in rows:
        found[row.revision_id] = Provenance(row.device_id, row.device_label, row.assistant_name, row.file_name,
                                            row.sequence, row.merged_at)
    return found


def _version(entry: RevisionEntry, sources: Mapping[str, Provenance]) -> Version:
    provenance = sources.get(entry.id) or Provenance(entry.device_id, None, None, None, None, None)
    return Version(entry.id, entry.number, entry.device_id, entry.made_at, entry.deleted, entry.body, provenance)


def device_labels(database: Database) -> dict[str, str]:
    """Names of the devices this record knows (its own, and those packages came from)."""
    with database.read() as tx:
        labels = dict(tx.execute(select(Device.id, Device.label)).all())
        log = MergeLog.__table__
        for device_id, label in tx.execute(select(log.c.device_id, log.c.device_label)
                                           .order_by(log.c.merged_at)):
            if label:
                labels[device_id] = label
    return labels


def resolve_keep(database: Database, key: str, revision_id: str, *,
                 index_sessions: Callable[[DbSession, list[str]], None] | None = None) -> str:
    """Resolve by keeping one head as it is (a deletion, if that head deletes)."""
    conflict = find_conflict(database, key)
    kept = _head(conflict, revision_id)
    return _resolve(database, conflict, kept.body, kept.deleted, index_sessions)


def resolve_fields(database: Database, key: str, choices: Mapping[str, str], *,
                   index_sessions: Callable[[DbSession, list[str]], None] | None = None) -> str:
    """Resolve field by field: each named field from the head chosen for it, the rest from the winner."""
    conflict = find_conflict(database, key)
    winner = _head(conflict, conflict.winner_id)
    body = dict(winner.body)
    for name, revision_id in choices.items():
        if name not in body:
            raise ResolutionError("El registro no tiene el campo «{field}». Campos en conflicto: {fields}.",
                                  field=name[:60], fields=", ".join(conflict.differing_fields))
        body[name] = _head(conflict, revision_id).body.get(name)
    return _resolve(database, conflict, body, False, index_sessions)


def _head(conflict: Conflict, revision_id: str) -> Version:
    wanted = revision_id.strip().lower()
    matches = [h for h in conflict.heads if h.revision_id.startswith(wanted)] if len(wanted) >= MIN_KEY else []
    if len(matches) != 1:
        raise ResolutionError("«{revision}» no es una de las versiones en conflicto ({heads}).",
                              revision=revision_id[:40],
                              heads=", ".join(h.revision_id[:8] for h in conflict.heads))
    return matches[0]


def _resolve(database: Database, conflict: Conflict, body: dict, deleted: bool, index_sessions) -> str:
    revision_id = new_id()
    with database.write() as tx:  # on PostgreSQL it waits for merges into the record
        current = history(tx, conflict.record_type, conflict.record_id)
        named = {parent for entry in current for parent in entry.parents}
        heads = sorted(entry.id for entry in current if entry.id not in named)
        if heads != sorted(h.revision_id for h in conflict.heads):
            raise ResolutionError("El conflicto cambió mientras se resolvía (llegó otra versión). "
                                  "Ábralo de nuevo y vuelva a resolverlo.")
        tx.execute(insert(REVISION), {
            "id": revision_id, "record_type": conflict.record_type, "record_id": conflict.record_id,
            "number": 1 + max(h.number for h in conflict.heads), "device_id": database.device_id,
            "made_at": utcnow(), "deleted": deleted, "body": canonical_json(body)})
        tx.execute(insert(PARENT), [{"revision_id": revision_id, "parent_id": head} for head in heads])
        refreshed = refresh(tx, {conflict.record_type: {conflict.record_id}})
        if index_sessions is not None and refreshed.session_ids:
            index_sessions(tx, sorted(refreshed.session_ids))
    return revision_id


def summary(conflict: Conflict) -> dict:
    """A conflict as plain data (for ``--json`` and the interface)."""
    def version(v: Version | None):
        if v is None:
            return None
        p = v.provenance
        return {"revision_id": v.revision_id, "number": v.number, "device_id": v.device_id,
                "made_at": v.made_at.isoformat(), "deleted": v.deleted, "body": v.body,
                "source": {"device_label": p.device_label, "assistant": p.assistant_name, "file": p.file_name,
                           "sequence": p.sequence, "merged_at": p.merged_at.isoformat() if p.merged_at else None}}

    return {"id": conflict.record_id, "record_type": conflict.record_type, "winner_id": conflict.winner_id,
            "fields": conflict.differing_fields, "heads": [version(h) for h in conflict.heads],
            "ancestor": version(conflict.ancestor)}

