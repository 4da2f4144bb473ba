"""Erasures applied to a database: current rows, every revision of the log, drafts, blobs.

An erasure is a travelling record (type ``erasure``) holding only ids and salted digests
(see :mod:`.redaction`) and signed by the device that made it. Where it is made, and in
every database a package carries it to, :func:`apply` redacts each revision body that holds
the person's data — ids, numbers and the parent graph untouched, so merging stays exact —
refreshes the current rows those revisions head, the full-text index and the drafts, and
deletes the blobs (signature, photos) nothing refers to any more. A merge calls
:func:`apply_on_arrival` so revisions that arrive later, from a package written before the
erasure, are redacted as they land. :func:`compact` then moves the bytes out of the file.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import bindparam, delete, func, select, text, update
from sqlmodel import Session as DbSession

from . import revlog
from .blobs import put_blobs
from .models import Attendance, Blob, Draft, Erasure, Evidence
from .redaction import PLACEHOLDER, Target, redact_body, redact_person_mappings, redact_text
from .search_keys import search_rowid

log = logging.getLogger(__name__)

REVISION = revlog.REVISION
# Participants first: a record found by its cédula joins the target before its attendance.
ORDER = ("participant",)
BATCH = 1000
SIGNED_FIELDS = ("erased_on", "reference", "request_id", "salt", "signer_key", "targets")


def signed_text(body: dict[str, Any]) -> bytes:
    """What an erasure's signature covers: its body without the signature itself."""
    return revlog.canonical_json({k: body.get(k) for k in SIGNED_FIELDS}).encode("utf-8")


def is_authentic(body: dict[str, Any]) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(body["signer_key"]))
        key.verify(bytes.fromhex(body["signature"]), signed_text(body))
        return True
    except (InvalidSignature, ValueError, KeyError, TypeError):
        return False


def target_of(body: dict[str, Any]) -> Target:
    targets = body["targets"] if isinstance(body["targets"], dict) else json.loads(body["targets"])
    return Target(salt=body["salt"], erased_on=str(body["erased_on"]),
                  participant_ids=set(targets.get("participant_ids", ())),
                  document_digests=set(targets.get("document_digests", ())),
                  name_digests=set(targets.get("name_digests", ())),
                  evidence_ids=set(targets.get("evidence_ids", ())),
                  released_blobs=set(targets.get("blobs", ())))


@dataclass
class Applied:
    """What an application of erasures changed (for messages and tests)."""

    revisions: int = 0
    rows: int = 0
    blobs_deleted: int = 0
    refused: list[str] = field(default_factory=list)


def erasures(tx: DbSession) -> tuple[list[tuple[str, Target]], list[str]]:
    """The authentic erasures held (id, target), and the ids of those whose signature fails."""
    table = Erasure.__table__
    found, refused = [], []
    for row in tx.execute(select(table).where(table.c.deleted_at.is_(None))).mappings():
        body = revlog.body_of("erasure", row)
        body["signature"] = row["signature"]
        if is_authentic(body):
            found.append((row["id"], target_of(body)))
        else:
            refused.append(row["id"])
            log.warning("erasure %s has no valid signature: not applied", row["id"])
    return found, refused


def apply(tx: DbSession, target: Target, since_seq: int | None = None) -> Applied:
    """Redact the person of ``target`` in revisions (those after ``since_seq``, or all)."""
    applied = Applied()
    touched: dict[str, set[str]] = {}
    types = [*ORDER, *(t for t in revlog.RECORD_TYPES if t not in ORDER and t != "erasure")]
    for record_type in types:
        query = select(REVISION.c.seq, REVISION.c.record_id, REVISION.c.body).where(
            REVISION.c.record_type == record_type)
        if since_seq is not None:
            query = query.where(REVISION.c.seq > since_seq)
        changed = []
        for seq, record_id, body_text in tx.execute(query.order_by(REVISION.c.seq)).yield_per(BATCH):
            body = json.loads(body_text)
            new = redact_body(record_type, record_id, body, target)
            if new is not body:
                changed.append({"b_seq": seq, "v_body": revlog.canonical_json(new)})
                touched.setdefault(record_type, set()).add(record_id)
        for start in range(0, len(changed), BATCH):
            tx.execute(update(REVISION).where(REVISION.c.seq == bindparam("b_seq"))
                       .values(body=bindparam("v_body")), changed[start:start + BATCH])
        applied.revisions += len(changed)
    if touched.get("evidence"):
        put_blobs(tx, [PLACEHOLDER])  # what the redacted evidence rows point to
    for record_type, ids in touched.items():
        applied.rows += _refresh_rows(tx, record_type, ids)
    _redact_search_index(tx, touched.get("session", set()) | _acta_sessions(tx, touched.get("acta", set())),
                         target)
    _redact_drafts(tx, target)
    applied.blobs_deleted = _delete_released_blobs(tx, target.released_blobs)
    return applied


def apply_all(tx: DbSession, since_seq: int | None = None, new_erasures: set[str] = frozenset()) -> Applied:
    """Apply every authentic erasure held: all revisions for ``new_erasures``, else those
    after ``since_seq`` (a merge's arrivals)."""
    total = Applied()
    held, total.refused = erasures(tx)
    for erasure_id, target in held:
        applied = apply(tx, target, None if erasure_id in new_erasures else since_seq)
        total.revisions += applied.revisions
        total.rows += applied.rows
        total.blobs_deleted += applied.blobs_deleted
    return total


def apply_on_arrival(tx: DbSession, first_seq: int) -> Applied:
    """After a merge added revisions from ``first_seq`` on: redact them, and apply the
    erasures that came with them to everything already held."""
    arrived = set(tx.scalars(select(REVISION.c.record_id).where(REVISION.c.record_type == "erasure",
                                                                 REVISION.c.seq >= first_seq)))
    return apply_all(tx, since_seq=first_seq - 1, new_erasures=arrived)


def _refresh_rows(tx: DbSession, record_type: str, ids: set[str]) -> int:
    """Current rows whose shown revision was redacted take the redacted body's values."""
    table = revlog.RECORD_TYPES[record_type].table
    rows = revlog.current_rows(tx, record_type, ids)
    shown = {row["revision_id"]: record_id for record_id, row in rows.items()}
    count = 0
    for start in range(0, len(shown), BATCH):
        chunk = list(shown)[start:start + BATCH]
        for revision_id, body_text in tx.execute(select(REVISION.c.id, REVISION.c.body)
                                                 .where(REVISION.c.id.in_(chunk))):
            values = revlog.row_of(record_type, json.loads(body_text))
            tx.execute(update(table).where(table.c.id == shown[revision_id]).values(values))
            count += 1
    return count


def _acta_sessions(tx: DbSession, acta_ids: set[str]) -> set[str]:
    if not acta_ids:
        return set()
    table = revlog.RECORD_TYPES["acta"].table
    return set(tx.scalars(select(table.c.session_id).where(table.c.id.in_(acta_ids))))


def _redact_search_index(tx: DbSession, session_ids: set[str], target: Target) -> None:
    """The full-text index holds the sessions' words: redact them there too (SQLite)."""
    if tx.get_bind().dialect.name != "sqlite" or not session_ids:
        return
    for session_id in session_ids:
        key = search_rowid(session_id)
        body = tx.execute(text("SELECT body FROM session_search WHERE rowid = :key"), {"key": key}).scalar()
        if body is not None and (new := redact_text(body, target)) != body:
            tx.execute(text("UPDATE session_search SET body = :body WHERE rowid = :key"),
                       {"body": new, "key": key})
    # Merge every segment into one, so the old entries are dropped and not just masked.
    tx.execute(text("INSERT INTO session_search (session_search) VALUES ('optimize')"))


def _redact_drafts(tx: DbSession, target: Target) -> None:
    for key, payload in tx.execute(select(Draft.key, Draft.payload)).all():
        data = json.loads(payload)
        new = redact_person_mappings(data, target)
        if new != data:
            tx.execute(update(Draft.__table__).where(Draft.key == key)
                       .values(payload=json.dumps(new, ensure_ascii=False, sort_keys=True)))


def _delete_released_blobs(tx: DbSession, candidates: set[str]) -> int:
    """Delete the person's blobs that no current row, revision or draft refers to."""
    if not candidates:
        return 0
    held = set(tx.scalars(select(Blob.sha256).where(Blob.sha256.in_(candidates))))
    if not held:
        return 0
    used = set(tx.scalars(select(Attendance.signature_sha256).where(Attendance.signature_sha256.in_(held))))
    used |= set(tx.scalars(select(Evidence.sha256).where(Evidence.sha256.in_(held))))
    for sha in held - used:
        in_log = tx.scalar(select(func.count()).select_from(REVISION).where(
            REVISION.c.record_type.in_(("attendance", "evidence", "acta")), REVISION.c.body.contains(sha)))
        in_drafts = tx.scalar(select(func.count()).select_from(Draft.__table__).where(Draft.payload.contains(sha)))
        if in_log or in_drafts:
            used.add(sha)
    gone = held - used
    if gone:
        tx.execute(delete(Blob.__table__).where(Blob.sha256.in_(gone)))
    return len(gone)


def compact(db) -> None:
    """Move erased bytes out of the files: checkpoint the log, rebuild the file, empty the log.

    On SQLite, VACUUM rewrites every page (free pages that still held old rows go) and the
    TRUNCATE checkpoints leave a write-ahead log of zero bytes. On PostgreSQL, VACUUM FULL
    rewrites the tables that held the person's data.
    """
    db.finish_checkpoint()  # a checkpoint beside these would leave the log as it is
    raw = db.engine.raw_connection()
    try:
        if db.engine.dialect.name == "sqlite":
            # Outside any transaction: the raw connection runs in autocommit (see engine.py).
            cursor = raw.cursor()
            for statement in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"):
                cursor.execute(statement)
            cursor.close()
        else:
            raw.driver_connection.autocommit = True
            tables = ", ".join(["revision", "blob", "draft", *(t.table.name for t in revlog.RECORD_TYPES.values())])
            raw.driver_connection.execute(f"VACUUM FULL {tables}")
    finally:
        raw.close()


def erased_on(tx: DbSession, participant_ids: set[str], evidence_ids: set[str]) -> list[str]:
    """ISO dates of the erasures that took data of these participants or evidence."""
    dates = set()
    for day, targets in tx.execute(select(Erasure.erased_on, Erasure.targets)
                                   .where(Erasure.deleted_at.is_(None))).all():
        named = json.loads(targets)
        if set(named.get("participant_ids", ())) & participant_ids or set(named.get("evidence_ids", ())) & evidence_ids:
            dates.add(day.isoformat())
    return sorted(dates)
