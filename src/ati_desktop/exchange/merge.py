"""Merging revisions from packages into a record: exact, idempotent, in any order.

A merge only adds to the revision log the revisions it does not hold yet (with their
parents and where they came from), stores the blobs they name, and recomputes the current
rows of the records it touched (``exchange.current``). Holding a revision twice changes
nothing, and the log is a set: merging twice is merging once, and packages merged in any
order give the same record. Each package is merged whole in one transaction, or not at all;
on PostgreSQL, merges into the same record take turns on a transaction lock, so two
supervisors merging at once both land without doubling or losing anything. See docs/merge.md.
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, insert, select, text
from sqlmodel import Session as DbSession

from ati_desktop.domain.errors import AtiError
from ati_desktop.domain.ids import derived_id, same_as_id
from ati_desktop.storage import erasure
from ati_desktop.storage.database import Database
from ati_desktop.storage.merge_models import KnownDevice, MergeLog, RevisionSource
from ati_desktop.storage.models import Blob, PackageLog, Participant, SameAs
from ati_desktop.storage.revlog import PARENT, RECORD_TYPES, REVISION, canonical_json, row_of
from ati_desktop.storage.types import utcnow

from . import bulk_rows, table_statistics
from .current import Known, Refreshed, chunks, refresh, upsert
from .id_sets import among, bound, one_of
from .incoming import Incoming, Source

# Links found by the merge (same cédula on two devices) are made by no device and carry no
# time of their own, so every record that finds them makes the very same revision.
LINK_DEVICE = derived_id("device:merge-link")
LINK_TIME = datetime(2000, 1, 1, tzinfo=UTC)

REVISION_COLUMNS = ("id", "record_type", "record_id", "number", "device_id", "made_at", "deleted", "body")
SOURCE = RevisionSource.__table__

Progress = Callable[[str, int, int], None]


class MergeError(AtiError):
    """A package that cannot be merged as it is; nothing of it was written."""


@dataclass
class PackageReport:
    """What merging one package did (or would do, in a dry run), by record."""

    file_name: str | None
    device_id: str
    sequence: int | None
    revisions: int = 0
    revisions_new: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicting: int = 0
    waiting: int = 0
    merge_id: str | None = None
    dry_run: bool = False
    # Revisions and blobs redacted on arrival by the erasures this record holds or received.
    redacted: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.revisions_new)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Plan:
    rows: list[tuple] = field(default_factory=list)  # new revisions, in REVISION_COLUMNS order
    parents: list[tuple] = field(default_factory=list)  # (revision id, parent id)
    known: dict[str, dict[str, Known]] = field(default_factory=dict)
    touched: dict[str, set[str]] = field(default_factory=dict)
    # Per record type, the touched records the log held no revision of, that get only one.
    unlogged: dict[str, set[str]] = field(default_factory=dict)
    records: set[tuple[str, str]] = field(default_factory=set)
    total: int = 0


class _DryRun(Exception):
    def __init__(self, report: PackageReport) -> None:
        super().__init__("dry run")
        self.report = report


def merge_package(database: Database, incoming: Incoming, *, dry_run: bool = False,
                  progress: Progress | None = None,
                  index_sessions: Callable[[DbSession, list[str]], None] | None = None) -> PackageReport:
    """Merge one source whole, in one transaction; ``dry_run`` computes the report and undoes it."""
    try:
        with database.write() as tx:  # on PostgreSQL it waits for other writes into the record
            report = _merge(tx, database.device_id, incoming, progress or (lambda *_: None), index_sessions)
            report.dry_run = dry_run
            if dry_run:
                raise _DryRun(report)
    except _DryRun as done:
        return done.report
    if report.redacted:
        # Erased data that arrived (or was already here) must leave the file, not only the rows.
        erasure.compact(database)
    return report


def _merge(tx: DbSession, record_device: str, incoming: Incoming, progress: Progress,
           index_sessions) -> PackageReport:
    source = incoming.source
    report = PackageReport(source.file_name, source.device_id, source.sequence)
    _remember_device(tx, source)
    plan = _plan(tx, incoming)
    report.revisions = plan.total
    report.revisions_new = len(plan.rows)
    progress("revisions", 0, len(plan.rows))
    now = utcnow()
    if not plan.rows:
        # Every revision is held already: nothing is written, so no row, conflict or wait changes.
        report.unchanged = len(plan.records)
        _note_received(tx, source, now)
        return report
    first_seq = (tx.scalar(select(func.max(REVISION.c.seq))) or 0) + 1
    merge_id = _log(tx, record_device, incoming, now)
    _store_blobs(tx, incoming)
    for done, chunk in enumerate(chunks(plan.rows, 2000), start=1):
        bulk_rows.insert(tx, REVISION, REVISION_COLUMNS, bulk_rows.converted(tx, REVISION, REVISION_COLUMNS, chunk))
        bulk_rows.insert(tx, SOURCE, ("revision_id", "merge_id"), [(row[0], merge_id) for row in chunk])
        progress("revisions", min(done * 2000, len(plan.rows)), len(plan.rows))
    for chunk in chunks(plan.parents, 2000):
        bulk_rows.insert(tx, PARENT, ("revision_id", "parent_id"), chunk)
    table_statistics.gather_once(tx, (REVISION.name, SOURCE.name, PARENT.name))
    progress("records", 0, 1)
    refreshed = refresh(tx, plan.touched, plan.known, plan.unlogged)
    links = _link_same_people(tx, refreshed.written.get("participant", set()))
    if links:
        tx.execute(insert(RevisionSource.__table__), [{"revision_id": revision_id, "merge_id": merge_id}
                                                      for revision_id in sorted(links.values())])
        refreshed.absorb(refresh(tx, {"same_as": set(links)}))
    if index_sessions is not None and refreshed.session_ids:
        index_sessions(tx, sorted(refreshed.session_ids))
    erased = erasure.apply_on_arrival(tx, first_seq)
    report.redacted = erased.revisions + erased.blobs_deleted
    progress("records", 1, 1)
    _count(report, plan, refreshed)
    table_statistics.gather_once(tx, (RECORD_TYPES[name].table.name for name, ids in refreshed.written.items() if ids))
    report.merge_id = merge_id
    _finish_log(tx, merge_id, report)
    _note_received(tx, source, now)
    return report


def trusted_keys(database: Database) -> dict[str, bytes]:
    """The signing key of every device this record has merged packages from."""
    table = KnownDevice.__table__
    with database.read() as tx:
        return {device_id: base64.b64decode(key)
                for device_id, key in tx.execute(select(table.c.device_id, table.c.public_key))}


def _remember_device(tx: DbSession, source: Source) -> None:
    """A device's first package introduces its key; a package signed with another is refused."""
    if not source.public_key:
        return
    table = KnownDevice.__table__
    held = tx.scalar(select(table.c.public_key).where(table.c.device_id == source.device_id))
    if held is None:
        tx.execute(insert(table), {"device_id": source.device_id, "public_key": source.public_key,
                                   "label": source.device_label, "first_seen": utcnow()})
    elif held != source.public_key:
        raise MergeError("El paquete dice venir del equipo «{label}», pero está firmado con otra clave que la "
                         "de sus paquetes anteriores. No se importó nada; confirme con el asistente.",
                         label=source.device_label or source.device_id)


def _plan(tx: DbSession, incoming: Incoming) -> _Plan:
    """The revisions of the source that this record does not hold yet, checked against it."""
    plan = _Plan()
    seen: dict[str, object] = {}
    for revision in incoming.all_revisions():
        plan.total += 1
        if revision.record_type not in RECORD_TYPES:
            raise MergeError("El paquete trae registros de un tipo que esta versión no conoce («{type}»). "
                             "Actualice ATI Desktop; no se importó nada.", type=revision.record_type[:40])
        earlier = seen.get(revision.id)
        if earlier is not None and _identity(earlier) != _identity(revision):
            raise _mismatch(revision.id)
        seen[revision.id] = revision
        plan.records.add((revision.record_type, revision.record_id))
    held: dict[str, tuple] = {}
    ids = sorted(seen)
    query = text(f"SELECT id, record_type, record_id, number, deleted FROM revision WHERE {among(tx, 'id')}")
    for chunk in chunks(ids):
        for revision_id, record_type, record_id, number, deleted in tx.execute(query, {"ids": bound(chunk)}).all():
            held[revision_id] = (record_type, record_id, number, bool(deleted))
    for revision_id in ids:
        revision = seen[revision_id]
        if revision_id in held:
            if held[revision_id] != _identity(revision):
                raise _mismatch(revision_id)
            continue
        try:
            values = row_of(revision.record_type, revision.body)
        except (TypeError, ValueError, AttributeError):
            raise MergeError("El paquete trae un registro con datos inválidos ({type} {id}); no se importó nada.",
                             type=revision.record_type, id=revision.record_id[:36]) from None
        plan.rows.append((revision.id, revision.record_type, revision.record_id, revision.number,
                          revision.device_id, revision.made_at, revision.deleted, canonical_json(revision.body)))
        plan.parents.extend((revision.id, parent) for parent in sorted(set(revision.parents)))
        plan.known.setdefault(revision.record_type, {})[revision.id] = Known(revision, values)
        plan.touched.setdefault(revision.record_type, set()).add(revision.record_id)
    plan.unlogged = _unlogged(tx, plan.known)
    return plan


def _unlogged(tx: DbSession, known: dict[str, dict[str, Known]]) -> dict[str, set[str]]:
    """Per record type, the records that get one new revision and of which the log holds none
    (asked before the new revisions are written: such probes find nothing, and cost little)."""
    unlogged = {}
    for record_type, revisions in known.items():
        arrivals = Counter(entry.revision.record_id for entry in revisions.values())
        once = sorted(record_id for record_id, count in arrivals.items() if count == 1)
        query = text(f"SELECT DISTINCT record_id FROM revision WHERE record_type = :record_type "
                     f"AND {among(tx, 'record_id')}")
        logged: set[str] = set()
        for chunk in chunks(once):
            logged.update(tx.execute(query, {"record_type": record_type, "ids": bound(chunk)}).scalars())
        unlogged[record_type] = set(once) - logged
    return unlogged


def _identity(revision) -> tuple:
    return (revision.record_type, revision.record_id, revision.number, bool(revision.deleted))


def _mismatch(revision_id: str) -> MergeError:
    return MergeError("El paquete trae la revisión {id} con un contenido distinto del que ya tiene el "
                      "registro departamental: el paquete está alterado. No se importó nada.", id=revision_id[:36])


def _store_blobs(tx: DbSession, incoming: Incoming) -> None:
    digests = sorted(set(incoming.blob_digests))
    held: set[str] = set()
    for chunk in chunks(digests):
        held.update(tx.scalars(select(Blob.sha256).where(one_of(tx, Blob.sha256, chunk))))
    now = utcnow()
    for digest in digests:
        if digest not in held:
            data = incoming.read_blob(digest)
            tx.execute(insert(Blob.__table__), {"sha256": digest, "size": len(data), "data": data, "created_at": now})


def _count(report: PackageReport, plan: _Plan, refreshed: Refreshed) -> None:
    """Each record of the package: conflicting or waiting (if the package touched it), else
    new, updated or unchanged by the revision its row showed before the merge and shows now."""
    for record_type, record_id in plan.records:
        touched = record_id in plan.touched.get(record_type, ())
        before = refreshed.shown_before.get(record_type, {})
        after = refreshed.shown_after.get(record_type, {})
        if touched and record_id in refreshed.conflicting.get(record_type, ()):
            report.conflicting += 1
        elif touched and record_id in refreshed.waiting.get(record_type, ()):
            report.waiting += 1
        elif record_id not in before:
            report.unchanged += 1  # no refresh looked at it: its row is as it was
        elif before[record_id] is None and after[record_id] is not None:
            report.new += 1
        elif before[record_id] != after[record_id]:
            report.updated += 1
        else:
            report.unchanged += 1


def _log(tx: DbSession, record_device: str, incoming: Incoming, now: datetime) -> str:
    source = incoming.source
    row = MergeLog(merged_at=now, merged_by=record_device, file_name=(source.file_name or "")[:255] or None,
                   sha256=source.sha256, device_id=source.device_id, device_label=source.device_label,
                   assistant_name=source.assistant_name, sequence=source.sequence, full=source.full,
                   package_created_at=source.created_at)
    tx.execute(insert(MergeLog.__table__), row.model_dump())
    return row.id


def _finish_log(tx: DbSession, merge_id: str, report: PackageReport) -> None:
    table = MergeLog.__table__
    tx.execute(table.update().where(table.c.id == merge_id).values(
        revisions=report.revisions, revisions_new=report.revisions_new, records_new=report.new,
        records_updated=report.updated, records_unchanged=report.unchanged,
        records_conflicting=report.conflicting, records_waiting=report.waiting))


def _note_received(tx: DbSession, source, now: datetime) -> None:
    """The package's number among its device's packages, for the list of what is missing."""
    if source.sequence is None:
        return
    upsert(tx, PackageLog.__table__, [{
        "device_id": source.device_id, "sequence": source.sequence, "direction": "import",
        "created_at": now, "file_name": (source.file_name or "")[:255] or None, "sha256": source.sha256,
    }], ["device_id", "sequence", "direction"], [])


def _link_same_people(tx: DbSession, participant_ids: set[str]) -> dict[str, str]:
    """Link every pair of people with the same cédula: the same links, whatever the order.

    Returns the links made (link record id → its revision id).
    """
    if not participant_ids:
        return {}
    p = Participant.__table__
    keys: set[str] = set()
    for chunk in chunks(sorted(participant_ids)):
        keys.update(k for k in tx.scalars(select(p.c.document_key).where(one_of(tx, p.c.id, chunk))) if k)
    groups: dict[str, list[str]] = {}
    for chunk in chunks(sorted(keys)):
        for record_id, key in tx.execute(select(p.c.id, p.c.document_key).where(one_of(tx, p.c.document_key, chunk))):
            groups.setdefault(key, []).append(record_id)
    pairs = {}
    for ids in groups.values():
        ids.sort()
        for i, low in enumerate(ids):
            for high in ids[i + 1:]:
                pairs[same_as_id("participant", high, low)] = (high, low)
    # A device may have linked a pair the other way round: that link counts too.
    reverse = {link_id: same_as_id("participant", low, high) for link_id, (high, low) in pairs.items()}
    held: set[str] = set()
    candidates = sorted(set(pairs) | set(reverse.values()))
    for chunk in chunks(candidates):
        held.update(tx.scalars(select(SameAs.id).where(one_of(tx, SameAs.id, chunk))))
        held.update(tx.scalars(select(REVISION.c.record_id).where(REVISION.c.record_type == "same_as",
                                                                  one_of(tx, REVISION.c.record_id, chunk))))
    rows = [{"id": derived_id("revision:" + link_id), "record_type": "same_as", "record_id": link_id,
             "number": 1, "device_id": LINK_DEVICE, "made_at": LINK_TIME, "deleted": False,
             "body": canonical_json({"record_type": "participant", "record_id": high, "same_as_id": low})}
            for link_id, (high, low) in sorted(pairs.items())
            if link_id not in held and reverse[link_id] not in held]
    for chunk in chunks(rows):
        tx.execute(insert(REVISION), chunk)
    return {row["record_id"]: row["id"] for row in rows}


def merge_all(database: Database, sources: Iterable[Incoming], **options) -> list[PackageReport]:
    """Merge several sources, each in its own transaction (one refused leaves the others)."""
    return [merge_package(database, source, **options) for source in sources]

