"""What a merge takes in: revisions and blobs from one source, with where they came from.

A source is a verified export package (:func:`from_package`) or another database's log
(:func:`from_database`: another departmental record, or an assistant's file handed over
as it is).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ati_desktop.storage.database import SQLITE_HEADER, Database
from ati_desktop.storage.errors import StorageError, storage_errors
from ati_desktop.storage.models import AppMeta, Blob, Device, PackageLog
from ati_desktop.storage.revlog import PARENT, RECORD_TYPES, REVISION

from .package import VerifiedPackage
from .package_errors import PackageError
from .revision import TravellingRevision


@dataclass(frozen=True)
class Source:
    """Where a batch of revisions comes from, as the merge log records it."""

    device_id: str
    device_label: str | None = None
    assistant_name: str | None = None
    sequence: int | None = None
    full: bool = True
    file_name: str | None = None
    sha256: str | None = None
    created_at: str | None = None
    public_key: str | None = None  # the device's signing key (base64), for packages
    # A package from the secretariat to the field: "campo", its signer and whom it is for.
    kind: str = "equipo"
    signer_key: str | None = None
    scope: Any = None


@dataclass
class Incoming:
    """Revisions by record type, and the blobs they name (read on demand)."""

    source: Source
    revisions: Mapping[str, Sequence[TravellingRevision]]
    blob_digests: Sequence[str] = ()
    read_blob: Callable[[str], bytes] = field(default=lambda digest: b"", repr=False)
    # Signed receipts a package from the secretariat carries, by device id.
    receipts: Mapping[str, bytes] = field(default_factory=dict)

    def all_revisions(self) -> Iterable[TravellingRevision]:
        for group in self.revisions.values():
            yield from group


def from_package(package: VerifiedPackage) -> Incoming:
    """An opened, verified export package (``exchange.package.open_package``)."""
    manifest = package.manifest
    if manifest.deidentified:
        raise PackageError("«{name}» es un paquete desidentificado (para compartir fuera de la secretaría): "
                           "no se une al registro departamental. No se importó nada.", name=package.path.name)
    return Incoming(
        source=Source(device_id=manifest.device.id, device_label=manifest.device.label,
                      assistant_name=manifest.assistant.name if manifest.assistant else None,
                      sequence=manifest.sequence, full=manifest.full, file_name=package.path.name,
                      sha256=file_sha256(package.path), created_at=manifest.created_at,
                      # The secretariat's key is trusted by import, not by first use.
                      public_key=None if manifest.for_field else manifest.device.public_key,
                      kind=manifest.kind, signer_key=manifest.device.public_key, scope=manifest.scope),
        revisions=package.revisions, blob_digests=list(package.blob_digests()), read_blob=package.blob,
        receipts=package.receipts())


def file_sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def from_database(database: Database, *, since_seq: int = 0, sequence: int | None = None,
                  label: str | None = None) -> Incoming:
    """The log of another database (revisions after ``since_seq`` in its arrival order)."""
    with database.read() as tx:
        rows = tx.execute(select(REVISION).where(REVISION.c.seq > since_seq)
                          .order_by(REVISION.c.seq)).mappings().all()
        parents: dict[str, list[str]] = {}
        for revision_id, parent_id in tx.execute(select(PARENT.c.revision_id, PARENT.c.parent_id)):
            parents.setdefault(revision_id, []).append(parent_id)
        device = tx.get(Device, database.device_id)
        meta = tx.get(AppMeta, "device_id")
        digests = list(tx.scalars(select(Blob.sha256)))
        if sequence is None:
            last = tx.scalars(select(PackageLog.sequence).where(PackageLog.device_id == meta.value,
                                                                PackageLog.direction == "export")
                              .order_by(PackageLog.sequence.desc())).first()
            sequence = (last or 0) + 1
    revisions: dict[str, list[TravellingRevision]] = {}
    for row in rows:
        if row["record_type"] not in RECORD_TYPES:
            continue
        revisions.setdefault(row["record_type"], []).append(TravellingRevision(
            row["record_type"], row["id"], row["record_id"], row["number"], row["device_id"],
            row["made_at"], bool(row["deleted"]), tuple(sorted(parents.get(row["id"], ()))),
            json.loads(row["body"])))

    def read_blob(digest: str) -> bytes:
        with database.read() as tx:
            return tx.get(Blob, digest).data

    return Incoming(Source(device_id=database.device_id, device_label=label or (device.label if device else None),
                           sequence=sequence, full=since_seq == 0,
                           file_name=database.path.name if database.path else None),
                    revisions, digests, read_blob)


def is_database_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


@contextmanager
def database_file(path: Path) -> Iterator[Incoming]:
    """Another database file, read from a private copy: the original is never written."""
    path = Path(path)
    if not is_database_file(path):
        raise StorageError("«{name}» no es una base de datos de ATI Desktop ni un paquete.", name=path.name)
    with tempfile.TemporaryDirectory(prefix="ati-union-") as folder:
        copy = Path(folder) / path.name
        with storage_errors(path):
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                target = sqlite3.connect(copy)
                source.backup(target)
                target.close()
            finally:
                source.close()
        database = Database.open(copy)
        try:
            yield from_database(database)
        finally:
            database.close()
