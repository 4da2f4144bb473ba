"""Issued actas, frozen: what each edition printed, kept as a travelling record of its own.

Closing a session issues edition 1 (the original); each correction of the closed session
issues the next one. An edition holds the session's snapshot with the names of its school,
municipality and participants as they were, the header settings and the renderer version, so
renaming a school or changing the header later never changes what an issued acta was.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session as DbSession

from ati_desktop.actas import RENDERER_VERSION
from ati_desktop.domain.ids import new_id
from ati_desktop.storage import revlog
from ati_desktop.storage.models import ActaRecord, Assistant, Session, Setting

from . import settings
from .snapshot import record_hash, session_snapshot


@dataclass(frozen=True)
class IssuedActa:
    id: str
    session_id: str
    edition: int
    session_revision_id: str
    reason: str | None
    issued_at: datetime
    replaced_at: datetime | None
    record_hash: str
    content: dict[str, Any]

    @property
    def snapshot(self) -> dict[str, Any]:
        return self.content["snapshot"]

    @property
    def revision(self) -> int:
        return self.snapshot["revision"]


def content_for(tx: DbSession, snapshot: dict[str, Any]) -> dict[str, Any]:
    """Everything an acta of ``snapshot`` prints besides the snapshot, as it is now."""
    stored = tx.get(Setting, "institution")
    institution = settings.Institution(**{
        k: v for k, v in (json.loads(stored.value) if stored else {}).items()
        if k in settings.Institution.__dataclass_fields__})
    assistant = tx.get(Assistant, snapshot["assistant_id"]) if snapshot.get("assistant_id") else None
    linked = snapshot.get("observation_session_id")
    linked_row = tx.get(Session, linked) if linked else None
    return {
        "snapshot": snapshot,
        "institution": asdict(institution),
        "assistant_name": assistant.full_name if assistant else None,
        "observation_date": linked_row.session_date.isoformat() if linked_row else None,
        "renderer_version": RENDERER_VERSION,
    }


def issue(tx: DbSession, device_id: str, session_id: str, session_revision_id: str, now: datetime,
          reason: str | None) -> None:
    """Freeze the acta of the session as it stands in this transaction: its next edition."""
    row = tx.get(Session, session_id, populate_existing=True)
    snapshot = session_snapshot(tx, row)
    table = ActaRecord.__table__
    last = tx.execute(select(table.c.edition).where(table.c.session_id == session_id,
                                                    table.c.deleted_at.is_(None))
                      .order_by(table.c.edition.desc()).limit(1)).scalar()
    values = {"session_id": session_id, "edition": (last or 0) + 1,
              "session_revision_id": session_revision_id, "reason": reason,
              "content": content_for(tx, snapshot), "record_hash": record_hash(snapshot), "issued_at": now}
    revlog.write_local(tx, device_id, [revlog.Change("acta", new_id(), values)], now, known={"acta": {}})


def editions(tx: DbSession, session_id: str) -> list[IssuedActa]:
    """The issued actas of a session, oldest edition first; each knows when it was replaced."""
    table = ActaRecord.__table__
    rows = tx.execute(select(table).where(table.c.session_id == session_id, table.c.deleted_at.is_(None))
                      .order_by(table.c.edition, table.c.issued_at, table.c.id)).mappings().all()
    issued = []
    for index, row in enumerate(rows):
        replaced = rows[index + 1]["issued_at"] if index + 1 < len(rows) else None
        issued.append(IssuedActa(row["id"], row["session_id"], row["edition"], row["session_revision_id"],
                                 row["reason"], row["issued_at"], replaced, row["record_hash"],
                                 json.loads(row["content"])))
    return issued
