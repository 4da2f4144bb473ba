"""The session editor's working copy: a plain-JSON payload, its drafts, and saving it.

The payload holds everything the editor shows, keyed like :func:`queries.load_session`'s
snapshot so an opened session and a restored draft look the same. Files and signatures are
stored as blobs the moment they are attached and referenced by SHA-256, so a draft stays
small enough to be written every second.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from ati_desktop.domain.errors import ValidationError, error_template
from ati_desktop.formspec import FormRegistry
from ati_desktop.storage.blobs import get_blob, put_blobs
from ati_desktop.storage.database import Database
from ati_desktop.domain.ids import new_id

from . import drafts, queries, sessions
from .inputs import (
    AttendanceInput,
    CommitmentInput,
    EvidenceInput,
    IndicatorInput,
    ParticipantInput,
    SessionInput,
    VerificationInput,
)

FORMAT = 1
DRAFT_PREFIX = "sesion-"

_DEFAULTS: dict[str, Any] = {
    "format": FORMAT, "id": None, "revision": 0, "status": "abierta", "correction_reason": None,
    "assistant_id": None,
    "new_correction_reason": None, "level": "institucional", "municipality_code": None,
    "school_id": None, "school_name": "", "campus_id": None, "session_date": None,
    "start_time": None, "end_time": None, "operations": [], "channel": None, "technique": None,
    "place": "", "objective": "", "scope_guidelines": "", "scope_habits": "", "scope_products": "",
    "areas": [], "indicators": [], "form_id": None, "form_version": None, "answers": {},
    "set_aside_answers": {}, "observation_session_id": None, "conclusions": "", "attendance": [],
    "commitments": [], "verifications": [], "evidence": [],
}


class IncompleteSession(ValidationError):
    """Something the editor must have before a save; ``page`` names where to fix it."""

    def __init__(self, template: str, page: str, **params: object) -> None:
        super().__init__(template, **params)
        self.page = page


@dataclass(frozen=True)
class SaveOutcome:
    saved: sessions.SavedSession
    # Participants created by the save, by attendance id, so later saves reuse them.
    participant_ids: dict[str, str]
    status: str


def draft_key_for(session_id: str) -> str:
    """The draft key of a session (new ones get their id before the first save)."""
    return DRAFT_PREFIX + session_id


def new_payload(today: date | None = None) -> dict[str, Any]:
    """The payload of a session not yet saved, with its id already chosen."""
    payload = normalise(None)
    payload["id"] = new_id()
    payload["session_date"] = (today or date.today()).isoformat()
    return payload


def normalise(payload: dict[str, Any] | None) -> dict[str, Any]:
    """A complete payload: missing keys get their defaults; a newer format is refused."""
    payload = dict(payload or {})
    if payload.get("format", FORMAT) > FORMAT:
        raise ValidationError("El borrador fue creado por una versión más reciente de ATI Desktop.")
    return {key: payload.get(key, copy.deepcopy(default)) for key, default in _DEFAULTS.items()}


def payload_from_snapshot(snapshot: dict[str, Any]) -> dict[str, Any]:
    """The editor's payload of a stored session (see :func:`queries.load_session`)."""
    payload = normalise({k: v for k, v in snapshot.items() if k in _DEFAULTS})
    payload["school_name"] = snapshot.get("school_name") or ""
    for key in ("place", "objective", "scope_guidelines", "scope_habits", "scope_products", "conclusions"):
        payload[key] = payload[key] or ""
    for key in ("start_time", "end_time"):
        payload[key] = payload[key][:5] if payload[key] else None
    return payload


def open_session(db: Database, session_id: str) -> dict[str, Any]:
    return payload_from_snapshot(queries.load_session(db, session_id))


def store_file(db: Database, data: bytes) -> str:
    """Keep an attached file or a signature now, so the draft only needs its SHA-256."""
    with db.write() as tx:
        return put_blobs(tx, [data])[data]


def read_files(db: Database, digests: list[str]) -> dict[str, bytes]:
    with db.read() as tx:
        found = {digest: get_blob(tx, digest) for digest in dict.fromkeys(digests)}
    return {digest: data for digest, data in found.items() if data is not None}


def save(db: Database, payload: dict[str, Any], draft_key: str | None, *, close: bool = False,
         forms: FormRegistry | None = None) -> SaveOutcome:
    """Save the payload as the session it describes and drop its draft.

    The answers are checked against their form version by :func:`sessions.save_session`
    (unanswered required questions only stop closing or correcting a session).
    """
    payload = normalise(payload)
    files = read_files(db, _digests(payload))
    data = session_input(payload, files.__getitem__)
    reason = payload["new_correction_reason"] if payload["status"] == "cerrada" else None
    saved = sessions.save_session(db, data, close=close, correction_reason=reason, forms=forms)
    if draft_key:
        drafts.discard_draft(db, draft_key)
    created = {a.id: a.participant.id for a in data.attendance}
    return SaveOutcome(saved, created, "cerrada" if close else payload["status"])


def session_input(payload: dict[str, Any], read_blob: Callable[[str], bytes]) -> SessionInput:
    """The service input of a complete payload; :class:`IncompleteSession` names what is missing."""
    p = normalise(payload)
    if not p["municipality_code"]:
        raise IncompleteSession("Elija el municipio de la sesión.", "identification")
    if not p["operations"]:
        raise IncompleteSession("Marque al menos una operación de asistencia técnica.", "identification")
    if not p["channel"]:
        raise IncompleteSession("Elija la modalidad y el medio de la sesión.", "identification")
    if not p["technique"]:
        raise IncompleteSession("Elija la técnica de la sesión.", "identification")
    if not p["form_id"]:
        raise IncompleteSession("La técnica elegida no tiene formulario disponible.", "development")
    verified = {v["id"] for v in p["verifications"] if v.get("result")}
    return SessionInput(
        id=p["id"], assistant_id=p["assistant_id"], level=p["level"],
        municipality_code=p["municipality_code"],
        session_date=date.fromisoformat(p["session_date"]), channel=p["channel"],
        operations=list(p["operations"]), technique=p["technique"], form_id=p["form_id"],
        form_version=int(p["form_version"]), answers=p["answers"], school_id=p["school_id"],
        campus_id=p["campus_id"], place=_text(p["place"]), start_time=_time(p["start_time"]),
        end_time=_time(p["end_time"]), objective=_text(p["objective"]),
        scope_guidelines=_text(p["scope_guidelines"]), scope_habits=_text(p["scope_habits"]),
        scope_products=_text(p["scope_products"]), areas=list(p["areas"]),
        conclusions=_text(p["conclusions"]), observation_session_id=p["observation_session_id"],
        attendance=[_attendance(a, read_blob) for a in p["attendance"]],
        commitments=[CommitmentInput(
            id=c["id"], description=c.get("description") or "", responsible=c.get("responsible") or "",
            side=c.get("side") or "", due_date=_date(c.get("due_date")),
            participant_id=c.get("participant_id"), carried_from_id=c.get("carried_from_id"),
        ) for c in p["commitments"]],
        verifications=[VerificationInput(
            id=v["id"], commitment_id=v["commitment_id"], result=v["result"], note=_text(v.get("note")),
            evidence=[_evidence(e, read_blob) for e in p["evidence"] if e.get("verification_id") == v["id"]],
        ) for v in p["verifications"] if v.get("result")],
        # Evidence of a commitment left unverified still belongs to the session: never drop a file.
        evidence=[_evidence(e, read_blob) for e in p["evidence"] if e.get("verification_id") not in verified],
        indicators=[_indicator(i) for i in p["indicators"] if (i.get("name") or "").strip()],
    )


def _indicator(item: dict[str, Any]) -> IndicatorInput:
    name = item["name"].strip()
    numbers = {}
    for key, template in (
        ("target", error_template("En el indicador «{name}», la meta «{value}» no es un número.")),
        ("value", error_template("En el indicador «{name}», el valor «{value}» no es un número.")),
    ):
        value = item.get(key)
        if isinstance(value, str):
            raise IncompleteSession(template, "scope", name=name, value=value)
        numbers[key] = value
    return IndicatorInput(id=item["id"], name=name, unit=_text(item.get("unit")),
                          note=_text(item.get("note")), **numbers)


def _attendance(item: dict[str, Any], read_blob) -> AttendanceInput:
    signature = item.get("signature_sha256")
    return AttendanceInput(
        id=item["id"],
        participant=ParticipantInput(
            id=item.get("participant_id"), full_name=item.get("full_name") or "",
            role=_text(item.get("role")), id_document=_text(item.get("id_document")),
            email=_text(item.get("email")), phone=_text(item.get("phone")),
        ),
        present=bool(item.get("present", True)),
        role_in_session=_text(item.get("role_in_session")),
        unsigned_reason=item.get("unsigned_reason") or None,
        signature_png=read_blob(signature) if signature else None,
        signed_at=_datetime(item.get("signed_at")) if signature else None,
    )


def _evidence(item: dict[str, Any], read_blob) -> EvidenceInput:
    return EvidenceInput(
        id=item["id"], file_name=item["file_name"], media_type=item["media_type"],
        data=read_blob(item["sha256"]), kind=item.get("kind") or "documento",
        caption=_text(item.get("caption")), may_show_minors=bool(item.get("may_show_minors")),
        minors_confirmed_at=_datetime(item.get("minors_confirmed_at")),
    )


def _digests(payload: dict[str, Any]) -> list[str]:
    signatures = [a["signature_sha256"] for a in payload["attendance"] if a.get("signature_sha256")]
    return signatures + [e["sha256"] for e in payload["evidence"]]


def _text(value: str | None) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else value


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
