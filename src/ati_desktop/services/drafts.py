"""Drafts of the session editor: saved every few seconds so a crash loses almost nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlmodel import select

from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Draft


def save_draft(db: Database, key: str, payload: dict[str, Any]) -> None:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    with db.write() as tx:
        draft = tx.get(Draft, key)
        if draft is None:
            tx.add(Draft(key=key, payload=text, updated_at=datetime.now(UTC)))
        elif draft.payload != text:
            draft.payload = text
            draft.updated_at = datetime.now(UTC)


def load_draft(db: Database, key: str) -> dict[str, Any] | None:
    with db.read() as tx:
        draft = tx.get(Draft, key)
        return json.loads(draft.payload) if draft else None


def list_drafts(db: Database) -> list[tuple[str, datetime, dict[str, Any]]]:
    """Unfinished work, newest first: (key, saved at, payload)."""
    with db.read() as tx:
        drafts = tx.exec(select(Draft).order_by(Draft.updated_at.desc()))
        return [(d.key, d.updated_at, json.loads(d.payload)) for d in drafts]


def discard_draft(db: Database, key: str) -> None:
    with db.write() as tx:
        draft = tx.get(Draft, key)
        if draft is not None:
            tx.delete(draft)
