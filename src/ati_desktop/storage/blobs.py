"""Content-addressed file store: each distinct content is kept once, keyed by its SHA-256."""

from __future__ import annotations

import hashlib

from sqlmodel import Session

from .models import Blob


def put_blob(session: Session, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
    return digest


def get_blob(session: Session, digest: str) -> bytes | None:
    blob = session.get(Blob, digest)
    return blob.data if blob else None
