"""A corrected session's history as a reader sees it: each kept revision, the device that made it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from ati_desktop.storage.database import DEFAULT_DEVICE_LABEL, Database
from ati_desktop.storage.models import Session

from . import queries, sessions


@dataclass(frozen=True)
class RevisionShown:
    """One revision in the history: the replaced ones oldest first, the current one last."""

    revision: int
    replaced_at: datetime | None  # None for the current revision
    reason: str | None  # the correction that made it; None for the original record
    made_here: bool  # made on this device (the interface says «este equipo»)
    device_label: str | None  # the name of the other device that made it, if it was given one
    observation_date: date | None  # the observation a reflective dialogue follows, if any
    snapshot: dict[str, Any]


def revision_history(db: Database, session_id: str) -> list[RevisionShown]:
    current = queries.load_session(db, session_id)
    replaced = sessions.revisions(db, session_id)
    made_by = {entry.revision_id: entry for entry in sessions.history(db, session_id)}
    kept = [(edition.snapshot, edition.revision_id, edition.replaced_at, edition.reason) for edition in replaced]
    kept.append((current, current["revision_id"], None, current.get("correction_reason")))
    linked = {snapshot["observation_session_id"] for snapshot, *_ in kept if snapshot.get("observation_session_id")}
    with db.read() as tx:
        days = dict(tx.execute(select(Session.id, Session.session_date).where(Session.id.in_(linked))).all()) \
            if linked else {}
    shown = []
    for snapshot, revision_id, replaced_at, reason in kept:
        entry = made_by.get(revision_id)
        device = entry.device_id if entry else snapshot.get("device_id")
        label = entry.device_label if entry else None
        shown.append(RevisionShown(
            revision=snapshot["revision"], replaced_at=replaced_at, reason=reason,
            made_here=device == db.device_id, device_label=None if label == DEFAULT_DEVICE_LABEL else label,
            observation_date=days.get(snapshot.get("observation_session_id")), snapshot=snapshot))
    return shown
