"""Exporting this device's revision log as a package: what travels, and the record of deliveries.

By default a package carries every revision of the log since this device's previous package
(edits, verifications, deletions alike); ``full`` carries the whole log. Either way it is
closed under references: the revision the device holds of every record a carried revision
points to travels too, transitively, with every blob they name. Exporting reads the log in
one transaction and never changes a record; only the delivery is noted in ``package_log``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import Integer, Text, func, insert, select, type_coerce
from sqlmodel import Session as DbSession

from ati_desktop import __version__
from ati_desktop.domain.errors import AtiError
from ati_desktop.storage.database import Database
from ati_desktop.storage.json_fields import json_field
from ati_desktop.storage.merge_models import RevisionSource
from ati_desktop.storage.migrate import head_revision
from ati_desktop.storage.models import AppMeta, Assistant, Blob, Device, PackageLog
from ati_desktop.storage.revlog import PARENT, RECORD_TYPES, REVISION

from .keys import device_key
from .package_json import dumps
from .package_deidentify import Deidentifier
from .package_log_lines import log_chunks, sqlite_lines_apply
from .package_write import PackageHeader, WrittenPackage, write_package

EXPORT = "export"
_CHUNK = 500
PACKAGE_LOG = PackageLog.__table__
BLOB = Blob.__table__


class ExportCancelled(AtiError):
    """The user stopped the export; nothing was written."""


class NothingToExport(AtiError):
    """No revision since the previous package."""


@dataclass(frozen=True)
class ExportStatus:
    """The last delivery of this device and how many revisions wait for the next one."""

    last_sequence: int | None
    last_at: datetime | None
    last_file: str | None
    waiting: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    sequence: int
    revisions: int
    sessions: int
    blobs: int
    encrypted: bool
    deidentified: bool


def references() -> dict[str, list[tuple[str, str]]]:
    """Per record type, its body fields that name another record (type) or a blob (``"blob"``)."""
    by_table = {kind.table.name: name for name, kind in RECORD_TYPES.items()}
    found: dict[str, list[tuple[str, str]]] = {}
    for name, kind in RECORD_TYPES.items():
        for column in kind.table.columns:
            for foreign_key in column.foreign_keys:
                target = foreign_key.column.table.name
                if column.name in kind.columns and (target in by_table or target == BLOB.name):
                    found.setdefault(name, []).append((column.name, by_table.get(target, "blob")))
    return found


def last_export(tx: DbSession, device_id: str):
    """The package_log row of this device's latest export, or None."""
    return tx.execute(select(PACKAGE_LOG).where(PACKAGE_LOG.c.device_id == device_id,
                                                PACKAGE_LOG.c.direction == EXPORT)
                      .order_by(PACKAGE_LOG.c.sequence.desc()).limit(1)).mappings().first()


def _made_here():
    """Revisions this database made itself, not received in a merge (a package from the
    secretariat brings other devices' work, which need not travel back)."""
    return REVISION.c.id.not_in(select(RevisionSource.__table__.c.revision_id))


def export_status(db: Database) -> ExportStatus:
    with db.read() as tx:
        last = last_export(tx, db.device_id)
        since = last["last_revision_seq"] or 0 if last else 0
        waiting = tx.execute(select(func.count()).select_from(REVISION)
                             .where(REVISION.c.seq > since, _made_here())).scalar_one()
    if last is None:
        return ExportStatus(None, None, None, waiting)
    return ExportStatus(last["sequence"], last["created_at"], last["file_name"], waiting)


class LogRow(NamedTuple):
    """One revision of the log as it is read for a package: the body as the log's canonical text,
    the time and the flag as the database hands them back (text and 0/1 on SQLite; a naive UTC
    time and a boolean on PostgreSQL), since the package line writes them as text anyway."""

    id: str
    record_type: str
    record_id: str
    number: int
    device_id: str
    made_at: datetime | str
    deleted: bool | int
    body: str


@dataclass
class _Selection:
    rows: dict[str, LogRow]  # by revision id, in the log's order within each record type
    parents: dict[str, list[str]]
    blobs: set[str]


# The time and the flag without their column types: converting them row by row costs more than
# the rest of reading the log, and :func:`package_line` only needs their text.
_COLUMNS = (REVISION.c.id, REVISION.c.record_type, REVISION.c.record_id, REVISION.c.number, REVISION.c.device_id,
            type_coerce(REVISION.c.made_at, Text), type_coerce(REVISION.c.deleted, Integer), REVISION.c.body)


def read_rows(tx: DbSession, condition) -> list[LogRow]:
    """The revisions matching ``condition``, in the log's order, fetched at once."""
    return list(map(LogRow._make, tx.execute(select(*_COLUMNS).where(condition).order_by(REVISION.c.seq)).all()))


# json.loads without arguments, less its per-call checks of the argument's type and encoding.
_decode_body = json.JSONDecoder().decode


def pointed_to(row: LogRow, references: dict[str, list[tuple[str, str]]], blobs: set[str],
                wanted: dict[str, set[str]]) -> None:
    """Note the records and blobs ``row``'s body names."""
    fields = references.get(row.record_type)
    if not fields and row.record_type != "same_as":
        return
    body = _decode_body(row.body)
    for field, target in fields or ():
        value = body.get(field)
        if value:
            (blobs if target == "blob" else wanted.setdefault(target, set())).add(value)
    if row.record_type == "same_as" and body.get("record_type") in RECORD_TYPES:
        wanted.setdefault(body["record_type"], set()).update(
            value for value in (body.get("record_id"), body.get("same_as_id")) if value)


def _named_blobs(tx: DbSession, condition) -> set[str]:
    """The blobs the revisions matching ``condition`` name, their fields read in SQL."""
    found: set[str] = set()
    for record_type, fields in references().items():
        for field, target in fields:
            if target == "blob":
                found.update(tx.scalars(select(json_field(REVISION.c.body, field)).distinct()
                                        .where(condition, REVISION.c.record_type == record_type)))
    return {digest for digest in found if digest}


def _parents(tx: DbSession, ids: list[str] | None) -> dict[str, list[str]]:
    """The parents of the revisions ``ids``, or of every revision (None)."""
    parents: dict[str, list[str]] = {}
    query = select(PARENT.c.revision_id, PARENT.c.parent_id)
    chunks = [query] if ids is None else [query.where(PARENT.c.revision_id.in_(ids[start:start + _CHUNK]))
                                          for start in range(0, len(ids), _CHUNK)]
    for chunk in chunks:
        for revision_id, parent_id in tx.execute(chunk).all():
            parents.setdefault(revision_id, []).append(parent_id)
    return parents


def _select(tx: DbSession, since: int, until: int) -> _Selection:
    """The revisions since ``since``, then transitively what they point to, at the revision held."""
    condition = (REVISION.c.seq > since) & (REVISION.c.seq <= until)
    if since == 0:
        # The whole log travels, so the revision every record holds is in it already: only the
        # blobs remain to be found, and reading two fields in SQL costs far less than decoding
        # every body.
        return _Selection({row.id: row for row in read_rows(tx, condition)}, _parents(tx, None),
                          _named_blobs(tx, condition))
    fields = references()
    rows = {row.id: row for row in read_rows(tx, condition & _made_here())}
    blobs: set[str] = set()
    pending = list(rows.values())
    while pending:
        wanted: dict[str, set[str]] = {}
        for row in pending:
            pointed_to(row, fields, blobs, wanted)
        pending = []
        for record_type, ids in wanted.items():
            table = RECORD_TYPES[record_type].table
            ordered = sorted(ids)
            for start in range(0, len(ordered), _CHUNK):
                held = tx.execute(select(table.c.revision_id).where(table.c.id.in_(ordered[start:start + _CHUNK])))
                missing = [revision_id for (revision_id,) in held if revision_id not in rows]
                for row in read_rows(tx, REVISION.c.id.in_(missing)) if missing else ():
                    rows[row.id] = row
                    pending.append(row)
    return _Selection(rows, _parents(tx, list(rows)), blobs)


def _plain(text: str) -> bool:
    """Whether ``text`` goes into JSON as it is: no quote, backslash or control character to escape."""
    return text.isprintable() and '"' not in text and "\\" not in text


_quoted = '"{}"'.format


@functools.lru_cache(maxsize=1024)  # one write gives all its revisions the same time
def _utc_text(made_at: datetime | str) -> str:
    """A time of the log as ``datetime.isoformat`` writes it in UTC; the log stores UTC without a zone."""
    moment = datetime.fromisoformat(made_at) if isinstance(made_at, str) else made_at
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return f"{moment.isoformat()}+00:00"


def package_line(row: LogRow, body: str, parents: list[str]) -> str:
    """The package's canonical line, built around the log's canonical body text as it is."""
    # Identifiers (the usual case) need no escaping: checked for the whole line at once.
    text = _quoted if _plain(row.id + row.record_id + row.device_id + "".join(parents)) else dumps
    listed = ",".join(map(text, sorted(parents)))
    return (f'{{"body":{body},"deleted":{"true" if row.deleted else "false"},"device_id":{text(row.device_id)},'
            f'"id":{text(row.id)},"made_at":"{_utc_text(row.made_at)}","number":{int(row.number)},'
            f'"parents":[{listed}],"record_id":{text(row.record_id)}}}')


def _lines(selection: _Selection, deidentifier: Deidentifier | None) -> dict[str, Iterator[str]]:
    by_type: dict[str, list[LogRow]] = {}
    for row in selection.rows.values():
        by_type.setdefault(row.record_type, []).append(row)

    def lines(record_type: str, rows: list[LogRow]) -> Iterator[str]:
        for row in rows:
            body = row.body
            if deidentifier is not None:
                changed = deidentifier.body(record_type, row.record_id, json.loads(body))
                if changed is None:
                    continue
                body = dumps(changed)
            yield package_line(row, body, selection.parents.get(row.id, []))

    return {record_type: lines(record_type, rows) for record_type, rows in by_type.items()}


def read_blobs(tx: DbSession, digests: list[str]) -> Iterator[tuple[str, bytes]]:
    for start in range(0, len(digests), 50):  # 50 photos of a few MB at most in memory
        for digest, data in tx.execute(select(BLOB.c.sha256, BLOB.c.data)
                                       .where(BLOB.c.sha256.in_(digests[start:start + 50]))):
            yield digest, data


def _assistant(tx: DbSession) -> tuple[str | None, str | None]:
    meta = tx.get(AppMeta, "assistant_id")
    row = tx.get(Assistant, meta.value) if meta else None
    return (row.id, row.full_name) if row else (None, None)


class _Progress:
    """Counts what is written, tells ``progress`` now and then, and stops on a cancel."""

    def __init__(self, total: int, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled

    def advance(self, count: int = 1) -> None:
        """``count`` more items done; a cancel asked for meanwhile (or on this report) stops here."""
        before = self.done
        self.done += count
        if self._progress is not None and (before == 0 or self.done // 200 > before // 200
                                           or self.done == self.total):
            self._progress(self.done, self.total)
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("Exportación cancelada: no se escribió ningún archivo.")


def _line_at(tx: DbSession, seq: int) -> str:
    """The package line of the revision ``seq``, made in Python."""
    [row] = read_rows(tx, REVISION.c.seq == seq)
    return package_line(row, row.body, _parents(tx, [row.id]).get(row.id, []))


def _blob_fields() -> dict[str, list[str]]:
    """Per record type, its body fields that name a blob."""
    found = {kind: [name for name, target in fields if target == "blob"] for kind, fields in references().items()}
    return {kind: names for kind, names in found.items() if names}


def _found_blobs(tx: DbSession, digests: set[str], counter: _Progress, found_late: bool) -> Iterator[tuple[str, bytes]]:
    """The blobs ``digests``, read when the package comes to them: by then the scan that makes the
    lines in SQL has found them (``found_late``), and the progress counts them from then on."""
    if found_late:
        counter.total += len(digests)
    yield from read_blobs(tx, sorted(digests))


def _whole_log_counts(tx: DbSession) -> tuple[int, int]:
    """How many revisions and how many sessions the whole log holds (both counted on an index)."""
    revisions = tx.execute(select(func.count()).select_from(REVISION)).scalar_one()
    sessions = tx.execute(select(func.count(func.distinct(REVISION.c.record_id)))
                          .where(REVISION.c.record_type == "session")).scalar_one()
    return revisions, sessions


def export_package(db: Database, target: Path, *, full: bool = False, encrypt_to: X25519PublicKey | None = None,
                   deidentify: bool = False, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the next package of this device to ``target``, verified; note it as delivered."""
    key = device_key(db.device_id)
    with db.read() as tx:
        last = last_export(tx, db.device_id)
        since = 0 if full or last is None else (last["last_revision_seq"] or 0)
        until = tx.execute(select(func.max(REVISION.c.seq))).scalar_one() or 0
        # The whole log, as it is: its lines are made in SQL where the database can.
        in_sql = since == 0 and not deidentify and until > 0 and sqlite_lines_apply(tx)
        selection = None
        blobs: set[str] = set()  # found by the scan that makes the lines, when in SQL
        if in_sql:
            count, sessions = _whole_log_counts(tx)  # ``until`` is the log's last revision
        else:
            selection = _select(tx, since, until) if until > since else None
            count = len(selection.rows) if selection else 0
            sessions = len({row.record_id for row in selection.rows.values() if row.record_type == "session"}
                           ) if selection else 0
            blobs = selection.blobs if selection else set()
        if not count:
            if last is None:
                raise NothingToExport("No hay nada que exportar: este equipo aún no ha registrado ninguna sesión.")
            raise NothingToExport("No hay cambios desde el último paquete (nº {sequence}). Para entregar todo el "
                                  "registro otra vez, exporte «todo».", sequence=last["sequence"])
        deidentifier = Deidentifier(key) if deidentify else None
        assistant_id, assistant_name = _assistant(tx)
        device = tx.get(Device, db.device_id)
        sequence = (last["sequence"] + 1) if last else 1
        header = PackageHeader(
            device_id=db.device_id,
            device_label=deidentifier.label(device.label) if deidentifier else (device.label if device else ""),
            assistant_id=assistant_id,
            assistant_name=(deidentifier.pseudonym("assistant", assistant_id) if deidentifier and assistant_id
                            else assistant_name),
            sequence=sequence, full=full or last is None, deidentified=deidentify,
            log_range=(since + 1, until), schema_version=head_revision(), app_version=__version__)
        counter = _Progress(count + (0 if deidentify else len(blobs)), progress, cancelled)
        if selection is None:
            revisions = log_chunks(tx, until, _blob_fields(), blobs, functools.partial(_line_at, tx), counter.advance)
        else:
            revisions = _lines(selection, deidentifier)
        written = write_package(target, header, revisions,
                                iter(()) if deidentify else _found_blobs(tx, blobs, counter, in_sql),
                                signing_key=key, encrypt_to=encrypt_to, on_item=counter.advance)
    if not deidentify:
        _note_delivery(db, written, since, until)
    counts = written.manifest.counts
    return ExportResult(written.path, written.size, sequence, sum(counts.values()), sessions,
                        written.manifest.blobs, written.encrypted, deidentify)


def _note_delivery(db: Database, written: WrittenPackage, since: int, until: int) -> None:
    with db.write() as tx:
        tx.execute(insert(PACKAGE_LOG), [{
            "device_id": db.device_id, "sequence": written.manifest.sequence, "direction": EXPORT,
            "first_revision_seq": since + 1, "last_revision_seq": until, "created_at": datetime.now(UTC),
            "file_name": written.path.name, "sha256": written.sha256}])
