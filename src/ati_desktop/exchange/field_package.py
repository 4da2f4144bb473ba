"""Packages from the secretariat to the field: what an assistant needs to go on working.

A field package is written from the departmental record in the same container as the export
packages (signed manifest, seal, optional encryption), signed with the secretariat's signing
key, and says whom it is for (manifest ``kind`` "campo" and ``scope``). It holds, each record
with **every revision of its history**, so a three-way comparison in the field always finds
the common ancestor:

- the school catalogue (schools, campuses), the assistants and the forms in force;
- the assignments of the assistant, or of the schools in scope;
- for the schools in scope: their people, their sessions with attendance, commitments and
  their verifications, evidence, indicators, actas and reviews; for the municipalities in
  scope, also the sessions held at no school (municipal meetings);
- every erasure, so a person erased at the secretariat is erased in the field too;

and then, transitively, every record and blob those name. The field merges it with the same
engine as the record (``exchange.merge``); only packages signed by a key the user imported
(``exchange.keys.trusted_signing_keys``) are accepted.
"""

from __future__ import annotations

import base64
import hmac
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import func, insert, or_, select
from sqlmodel import Session as DbSession

from ati_desktop import __version__
from ati_desktop.domain.errors import AtiError
from ati_desktop.storage.database import Database
from ati_desktop.storage.migrate import head_revision
from ati_desktop.storage.models import Assignment, Assistant, PackageLog, Participant, School
from ati_desktop.storage.revlog import PARENT, RECORD_TYPES, REVISION

from .keys import fingerprint, trusted_signing_keys
from .merge_log import received_by_device
from .package import VerifiedPackage
from .package_errors import PackageError
from .package_export import LogRow, package_line, pointed_to, read_blobs, read_rows, references
from .package_format import receipt_member
from .package_write import PackageHeader, write_package
from .receipts import receipt_bytes

FIELD_DIRECTION = "field"
_CHUNK = 500
# Travel whole to every assistant: the catalogue, who is who, the forms in force, erasures.
EVERYWHERE = ("school", "campus", "assistant", "form", "erasure")
# Children of a session, found by their ``session_id``.
SESSION_CHILDREN = ("attendance", "commitment", "evidence", "indicator", "acta", "review", "authorisation")


class FieldScopeError(AtiError):
    """A field package for someone the record does not know."""


@dataclass(frozen=True)
class FieldScope:
    """Whom a field package is for: an assistant (their assigned schools and the schools of
    their sessions), and/or every school of some municipalities, and/or some schools."""

    assistant_id: str | None = None
    municipalities: tuple[str, ...] = ()
    school_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldPackageResult:
    path: Path
    size: int
    sequence: int
    revisions: int
    schools: int
    sessions: int
    blobs: int
    encrypted: bool


def _ids(tx: DbSession, column, values: Iterable[str]) -> set[str]:
    """Ids of the rows of ``column``'s table whose ``column`` is one of ``values``."""
    ordered = sorted(set(values))
    found: set[str] = set()
    table = column.table
    for start in range(0, len(ordered), _CHUNK):
        found.update(tx.scalars(select(table.c.id).where(column.in_(ordered[start:start + _CHUNK]))))
    return found


def scope_schools(tx: DbSession, scope: FieldScope) -> set[str]:
    """The schools a scope covers."""
    schools = set(scope.school_ids)
    if scope.municipalities:
        schools |= _ids(tx, School.__table__.c.municipality_code, scope.municipalities)
    if scope.assistant_id:
        assignment = Assignment.__table__
        schools.update(tx.scalars(select(assignment.c.school_id).where(
            assignment.c.assistant_id == scope.assistant_id, assignment.c.deleted_at.is_(None))))
        session = RECORD_TYPES["session"].table
        schools.update(s for s in tx.scalars(select(session.c.school_id).distinct().where(
            session.c.assistant_id == scope.assistant_id)) if s)
    return schools


def _records(tx: DbSession, scope: FieldScope, schools: set[str]) -> dict[str, set[str]]:
    """Per record type, the ids of the records the package starts from (before references)."""
    table = {name: kind.table for name, kind in RECORD_TYPES.items()}
    wanted: dict[str, set[str]] = {}
    sessions = _ids(tx, table["session"].c.school_id, schools)
    # Sessions held at no school (municipal or departmental ones) travel with their municipality.
    sessions |= _ids(tx, table["session"].c.municipality_code, scope.municipalities)
    wanted["session"] = sessions
    for name in SESSION_CHILDREN:
        wanted[name] = _ids(tx, table[name].c.session_id, sessions)
    wanted["verification"] = (_ids(tx, table["verification"].c.session_id, sessions)
                              | _ids(tx, table["verification"].c.commitment_id, wanted["commitment"]))
    wanted["participant"] = _ids(tx, Participant.__table__.c.school_id, schools)
    assignment = Assignment.__table__
    wanted["assignment"] = _ids(tx, assignment.c.school_id, schools)
    if scope.assistant_id:
        wanted["assignment"] |= _ids(tx, assignment.c.assistant_id, [scope.assistant_id])
    return wanted


def _history(tx: DbSession, record_type: str, ids: set[str]) -> Iterator[LogRow]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield from read_rows(tx, (REVISION.c.record_type == record_type)
                             & REVISION.c.record_id.in_(ordered[start:start + _CHUNK]))


def _select(tx: DbSession, scope: FieldScope, schools: set[str]) -> tuple[dict[str, LogRow], set[str]]:
    """Every revision of the records in scope and, transitively, of every record they name."""
    wanted = _records(tx, scope, schools)
    for record_type in EVERYWHERE:
        wanted[record_type] = set(tx.scalars(select(REVISION.c.record_id).distinct()
                                             .where(REVISION.c.record_type == record_type)))
    # A link between two records travels with either of them.
    same_as = RECORD_TYPES["same_as"].table
    linked = sorted(set().union(*wanted.values()))
    for start in range(0, len(linked), _CHUNK):
        chunk = linked[start:start + _CHUNK]
        wanted.setdefault("same_as", set()).update(tx.scalars(select(same_as.c.id).where(
            or_(same_as.c.record_id.in_(chunk), same_as.c.same_as_id.in_(chunk)))))
    fields = references()
    rows: dict[str, LogRow] = {}
    held: dict[str, set[str]] = {}
    blobs: set[str] = set()
    while wanted:
        pending: list[LogRow] = []
        for record_type, ids in wanted.items():
            new = ids - held.setdefault(record_type, set())
            held[record_type] |= new
            for row in _history(tx, record_type, new):
                rows[row.id] = row
                pending.append(row)
        wanted = {}
        for row in pending:
            pointed_to(row, fields, blobs, wanted)
    return rows, blobs


def _parents(tx: DbSession, ids: list[str]) -> dict[str, list[str]]:
    parents: dict[str, list[str]] = {}
    for start in range(0, len(ids), _CHUNK):
        for revision_id, parent_id in tx.execute(select(PARENT.c.revision_id, PARENT.c.parent_id)
                                                 .where(PARENT.c.revision_id.in_(ids[start:start + _CHUNK]))):
            parents.setdefault(revision_id, []).append(parent_id)
    return parents


def _lines(rows: dict[str, LogRow], parents: dict[str, list[str]]) -> dict[str, Iterator[str]]:
    by_type: dict[str, list[LogRow]] = {}
    for row in rows.values():
        by_type.setdefault(row.record_type, []).append(row)
    return {record_type: (package_line(row, row.body, parents.get(row.id, [])) for row in group)
            for record_type, group in by_type.items()}


def _assistant(tx: DbSession, assistant_id: str | None) -> dict | None:
    if assistant_id is None:
        return None
    row = tx.get(Assistant, assistant_id)
    if row is None:
        raise FieldScopeError("El registro no tiene un asistente con el identificador «{id}».", id=assistant_id[:36])
    return {"id": row.id, "name": row.full_name}


def _receipts(record: Database, rows: dict[str, LogRow], key: Ed25519PrivateKey) -> dict[str, bytes]:
    """Receipts for the devices whose work the package carries: they learn what arrived."""
    present = {row.device_id for row in rows.values()}
    devices = [d for d in received_by_device(record) if d.device_id in present]
    return {receipt_member(device_id): data for device_id, data in receipt_bytes(record, devices, key).items()}


def write_field_package(record: Database, target: Path, scope: FieldScope, *, signing_key: Ed25519PrivateKey,
                        label: str = "Secretaría de Educación", encrypt_to: X25519PublicKey | None = None,
                        progress: Callable[[int, int], None] | None = None) -> FieldPackageResult:
    """Write a field package for ``scope`` from the departmental record, verified; note it."""
    with record.read() as tx:
        assistant = _assistant(tx, scope.assistant_id)
        # No school in scope yet still sends the catalogue and the forms: what a new assistant needs.
        schools = scope_schools(tx, scope)
        rows, blobs = _select(tx, scope, schools)
        parents = _parents(tx, list(rows))
        log = PackageLog.__table__
        last = tx.scalar(select(func.max(log.c.sequence)).where(log.c.device_id == record.device_id,
                                                                log.c.direction == FIELD_DIRECTION))
        sequence = (last or 0) + 1
        header = PackageHeader(
            device_id=record.device_id, device_label=label, assistant_id=None, assistant_name=None,
            sequence=sequence, full=True, deidentified=False, log_range=None,
            schema_version=head_revision(), app_version=__version__,
            field_scope={"assistant": assistant, "municipalities": sorted(set(scope.municipalities)),
                         "schools": len(schools)})
        digests = sorted(blobs)
        total = len(rows) + len(digests)
        done = 0

        def on_item() -> None:
            nonlocal done
            done += 1
            if progress is not None and (done == 1 or done % 500 == 0 or done == total):
                progress(done, total)

        written = write_package(target, header, _lines(rows, parents), read_blobs(tx, digests),
                                signing_key=signing_key, encrypt_to=encrypt_to, on_item=on_item,
                                extra_members=_receipts(record, rows, signing_key))
    with record.write() as tx:
        tx.execute(insert(log), [{
            "device_id": record.device_id, "sequence": sequence, "direction": FIELD_DIRECTION,
            "created_at": datetime.now(UTC), "file_name": written.path.name, "sha256": written.sha256}])
    sessions = len({row.record_id for row in rows.values() if row.record_type == "session"})
    return FieldPackageResult(written.path, written.size, sequence, len(rows), len(schools), sessions,
                              len(digests), written.encrypted)


def check_signer(package: VerifiedPackage) -> None:
    """Refuse a field package not signed by a secretariat key this user imported."""
    if not package.manifest.for_field:
        return
    key = base64.b64decode(package.manifest.device.public_key)
    if not any(hmac.compare_digest(key, trusted) for trusted in trusted_signing_keys()):
        raise PackageError("El paquete dice venir de «{label}», pero está firmado con una clave que este equipo no "
                           "reconoce como de la Secretaría (huella {fingerprint}). No se importó nada. Importe la "
                           "clave de firma de la secretaría (ati keys import secretaria-firma.pub) después de "
                           "comparar su huella por teléfono.", label=package.manifest.device.label,
                           fingerprint=fingerprint(key))
