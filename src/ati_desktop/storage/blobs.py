"""Content-addressed file store: each distinct content is kept once, keyed by its SHA-256."""

from __future__ import annotations

import hashlib

from sqlalchemy import insert
from sqlmodel import Session, select

from .models import Blob
from .types import utcnow


def put_blobs(session: Session, contents: list[bytes]) -> dict[bytes, str]:
    """Store several contents at once; returns each content's digest."""
    digests = {data: hashlib.sha256(data).hexdigest() for data in contents}
    if not digests:
        return digests
    stored = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(set(digests.values())))))
    missing = {digest: data for data, digest in digests.items() if digest not in stored}
    if missing:
        session.execute(insert(Blob.__table__), [
            {"sha256": digest, "size": len(data), "data": data, "created_at": utcnow()}
            for digest, data in missing.items()])
    return digests


def get_blob(session: Session, digest: str) -> bytes | None:
    blob = session.get(Blob, digest)
    return blob.data if blob else None
