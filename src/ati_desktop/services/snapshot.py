"""A session with everything recorded about it, as plain JSON-able data.

Used to keep superseded revisions readable, to open a session in the editor, to print
its acta and to compute the hash that ties a printed acta to its record.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlmodel import Session as DbSession
from sqlmodel import select

from ati_desktop.storage.models import (
    Attendance,
    Campus,
    Commitment,
    CommitmentVerification,
    Evidence,
    IndicatorValue,
    Municipality,
    Participant,
    School,
    Session,
    SessionArea,
    SessionOperation,
)

_SESSION_FIELDS = (
    "id", "revision", "revision_id", "device_id", "status", "level", "municipality_code",
    "school_id", "campus_id", "place", "session_date", "start_time", "end_time", "modality",
    "channel", "technique", "form_id", "form_version", "objective", "scope_guidelines",
    "scope_habits", "scope_products", "conclusions", "observation_session_id",
    "correction_reason", "assistant_id",
)


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _live(tx: DbSession, model, session_id: str) -> list:
    query = select(model).where(model.session_id == session_id, model.deleted_at.is_(None))
    return list(tx.exec(query.order_by(model.position, model.created_at, model.id)))


def session_snapshot(tx: DbSession, row: Session) -> dict[str, Any]:
    data = {name: _plain(getattr(row, name)) for name in _SESSION_FIELDS}
    data["answers"] = json.loads(row.answers)
    data["operations"] = sorted(tx.exec(select(SessionOperation.operation).where(
        SessionOperation.session_id == row.id)))
    data["areas"] = sorted(tx.exec(select(SessionArea.area).where(SessionArea.session_id == row.id)))
    municipality = tx.get(Municipality, row.municipality_code)
    data["municipality_name"] = municipality.name if municipality else None
    school = tx.get(School, row.school_id) if row.school_id else None
    data["school_name"] = school.name if school else None
    data["school_dane_code"] = school.dane_code if school else None
    campus = tx.get(Campus, row.campus_id) if row.campus_id else None
    data["campus_name"] = campus.name if campus else None
    data["attendance"] = [_attendance(tx, a) for a in _live(tx, Attendance, row.id)]
    data["commitments"] = [
        {k: _plain(getattr(c, k)) for k in ("id", "description", "responsible", "side",
                                             "due_date", "status", "participant_id", "carried_from_id")}
        for c in _live(tx, Commitment, row.id)
    ]
    data["verifications"] = [_verification(tx, v) for v in _live(tx, CommitmentVerification, row.id)]
    data["evidence"] = [
        {k: _plain(getattr(e, k)) for k in ("id", "file_name", "media_type", "kind", "caption",
                                             "sha256", "verification_id", "may_show_minors",
                                             "minors_confirmed_at")}
        for e in _live(tx, Evidence, row.id)
    ]
    data["indicators"] = [
        {k: getattr(i, k) for k in ("id", "name", "unit", "target", "value", "note")}
        for i in _live(tx, IndicatorValue, row.id)
    ]
    return data


def _attendance(tx: DbSession, row: Attendance) -> dict[str, Any]:
    person = tx.get(Participant, row.participant_id)
    # Only when given: the snapshots of actas issued without it keep their hash.
    reason = {"unsigned_reason": row.unsigned_reason} if row.unsigned_reason else {}
    return {
        **reason,
        "id": row.id,
        "participant_id": row.participant_id,
        "full_name": person.full_name,
        "role": person.role,
        "id_document": person.id_document,
        "email": person.email,
        "phone": person.phone,
        "role_in_session": row.role_in_session,
        "present": row.present,
        "signature_sha256": row.signature_sha256,
        "signed_at": _plain(row.signed_at),
    }


def _verification(tx: DbSession, row: CommitmentVerification) -> dict[str, Any]:
    commitment = tx.get(Commitment, row.commitment_id)
    origin = tx.get(Session, commitment.session_id)
    return {
        "id": row.id,
        "commitment_id": row.commitment_id,
        "commitment": commitment.description,
        "responsible": commitment.responsible,
        "origin_date": _plain(origin.session_date),
        "result": row.result,
        "note": row.note,
    }


def record_hash(snapshot: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of a snapshot: what a printed acta is checked against."""
    canonical = json.dumps(snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
