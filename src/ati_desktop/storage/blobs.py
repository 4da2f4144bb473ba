"""Content-addressed file store: each distinct content is kept once, keyed by its SHA-256.

A blob whose bytes were moved to an archive file (``services.archive``) keeps its row, its
digest and its size, with empty bytes: every record naming it stays valid. Storing the same
content again puts its bytes back.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import update
from sqlmodel import Session

from ati_desktop.domain.errors import AtiError

from .driver_sql import insert_rows, marks, rows
from .models import Blob
from .types import utcnow


class ArchivedBlobError(AtiError):
    """The bytes asked for are in an archive file, not in the working database."""


def is_archived(size: int, length: int | None) -> bool:
    """A row whose content had bytes and holds none now: its bytes are in an archive file."""
    return size > 0 and not length


def put_blobs(session: Session, contents: list[bytes]) -> dict[bytes, str]:
    """Store several contents at once; returns each content's digest."""
    digests = {data: hashlib.sha256(data).hexdigest() for data in contents}
    if not digests:
        return digests
    wanted = list(set(digests.values()))
    stored = {digest: is_archived(size, length) for digest, size, length in rows(
        session, f"SELECT sha256, size, length(data) FROM blob WHERE sha256 IN ({marks(len(wanted))})", wanted)}
    missing = {digest: data for data, digest in digests.items() if digest not in stored}
    now = utcnow()
    insert_rows(session, Blob.__table__, [{"sha256": digest, "size": len(data), "data": data, "created_at": now}
                                          for digest, data in missing.items()])
    for data, digest in digests.items():
        if stored.get(digest):  # archived: the same content attached again brings its bytes back
            session.execute(update(Blob.__table__).where(Blob.sha256 == digest).values(data=data))
    return digests


def get_blob(session: Session, digest: str) -> bytes | None:
    blob = session.get(Blob, digest)
    if blob is not None and is_archived(blob.size, len(blob.data)):
        raise ArchivedBlobError(
            "Las fotos y firmas de esta sesión se archivaron para liberar espacio. Para verlas o corregir la "
            "sesión, restaure su archivo (Archivo › Archivar datos antiguos… › Restaurar un archivo…, o «ati "
            "archive restore ARCHIVO»).")
    return blob.data if blob else None
