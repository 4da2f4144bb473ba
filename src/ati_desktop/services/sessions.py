"""Recording sessions: save with their child rows, close, correct with a new revision."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, insert
from sqlmodel import Session as DbSession
from sqlmodel import select

from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.domain.reference import Channel, CommitmentStatus, SessionStatus, VerificationResult
from ati_desktop.formspec import FormRegistry, check_answers
from ati_desktop.storage.blobs import put_blobs
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import (
    AppMeta,
    Attendance,
    Commitment,
    CommitmentVerification,
    Evidence,
    IndicatorValue,
    Participant,
    Session,
    SessionArea,
    SessionOperation,
    SessionRevision,
)
from ati_desktop.storage.types import new_id

from . import search_index, snapshot
from .inputs import EvidenceInput, SessionInput
from .validation import check_answers_for, check_session_input, installed_forms


@dataclass(frozen=True)
class SavedSession:
    id: str
    revision: int
    revision_id: str


def save_session(
    db: Database,
    data: SessionInput,
    *,
    close: bool = False,
    correction_reason: str | None = None,
    forms: FormRegistry | None = None,
) -> SavedSession:
    """Validate and store a session with all its rows in one transaction.

    The technique's answers are checked against the form version they were filled with
    (``forms`` defaults to the installed forms; required answers only when closing or
    correcting). A closed session is only changed through
    a correction (``correction_reason``): the revision it replaces is kept as a snapshot.
    """
    check_answers_for(forms or installed_forms(), data, complete=close or correction_reason is not None)
    with db.write() as tx, tx.no_autoflush:
        check_session_input(tx, data)
        if data.assistant_id is None:
            meta = tx.get(AppMeta, "assistant_id")
            data.assistant_id = meta.value if meta else None
        now = datetime.now(UTC)
        row = tx.get(Session, data.id) if data.id else None
        is_new = row is None
        if row is None:
            row = Session(id=data.id or new_id(), device_id=db.device_id, created_at=now,
                          updated_at=now, **_columns(data))
        else:
            _start_new_revision(tx, row, correction_reason, now)
            for name, value in _columns(data).items():
                setattr(row, name, value)
            row.updated_at = now
        if close:
            row.status = SessionStatus.CERRADA
            row.closed_at = now
        if is_new:
            # One plain insert; the object stays outside the ORM session, only read from here on.
            tx.execute(insert(Session.__table__), [row.model_dump()])
        else:
            tx.flush()
        _replace_codes(tx, row.id, data, is_new)
        _store_children(tx, db.device_id, row, data, now, is_new)
        search_index.update(tx, row)
        return SavedSession(row.id, row.revision, row.revision_id)


def close_session(db: Database, session_id: str, forms: FormRegistry | None = None) -> SavedSession:
    """Mark a session final (its form fully answered): later changes need a correction."""
    with db.write() as tx:
        row = _get(tx, session_id)
        if row.status == SessionStatus.CERRADA:
            return SavedSession(row.id, row.revision, row.revision_id)
        form = (forms or installed_forms()).get(row.form_id, row.form_version)
        check_answers(form, json.loads(row.answers))
        now = datetime.now(UTC)
        row.new_revision(now)
        row.status = SessionStatus.CERRADA
        row.closed_at = now
        return SavedSession(row.id, row.revision, row.revision_id)


def delete_session(db: Database, session_id: str) -> None:
    """Soft-delete: the row stays so the deletion travels to the departmental record."""
    with db.write() as tx:
        row = _get(tx, session_id)
        now = datetime.now(UTC)
        row.new_revision(now)
        row.deleted_at = now
        search_index.remove(tx, row.id)


def revisions(db: Database, session_id: str) -> list[SessionRevision]:
    """Superseded revisions of a session, oldest first."""
    with db.read() as tx:
        query = select(SessionRevision).where(SessionRevision.session_id == session_id)
        return list(tx.exec(query.order_by(SessionRevision.revision)))


def _get(tx: DbSession, session_id: str) -> Session:
    row = tx.get(Session, session_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("No existe la sesión {session_id}.", session_id=session_id)
    return row


def _start_new_revision(tx, row: Session, reason: str | None, now) -> None:
    if row.deleted_at is not None:
        raise NotFoundError("La sesión {session_id} fue eliminada.", session_id=row.id)
    if row.status == SessionStatus.CERRADA:
        if not (reason and reason.strip()):
            raise ValidationError(
                "La sesión está cerrada. Para corregirla indique el motivo de la corrección; "
                "la versión anterior se conservará."
            )
        tx.add(SessionRevision(
            session_id=row.id,
            revision=row.revision,
            revision_id=row.revision_id,
            device_id=row.device_id,
            snapshot=json.dumps(snapshot.session_snapshot(tx, row), ensure_ascii=False, sort_keys=True),
            superseded_at=now,
            reason=row.correction_reason,
        ))
        row.correction_reason = reason.strip()
    row.new_revision(now)


def _columns(data: SessionInput) -> dict:
    channel = Channel(data.channel)
    return {
        "assistant_id": data.assistant_id,
        "level": data.level,
        "municipality_code": data.municipality_code,
        "school_id": data.school_id,
        "campus_id": data.campus_id,
        "place": data.place,
        "session_date": data.session_date,
        "start_time": data.start_time,
        "end_time": data.end_time,
        "modality": channel.modality.value,
        "channel": channel.value,
        "technique": data.technique,
        "form_id": data.form_id,
        "form_version": data.form_version,
        "answers": json.dumps(data.answers, ensure_ascii=False, sort_keys=True),
        "objective": data.objective,
        "scope_guidelines": data.scope_guidelines,
        "scope_habits": data.scope_habits,
        "scope_products": data.scope_products,
        "conclusions": data.conclusions,
        "observation_session_id": data.observation_session_id,
    }


def _replace_codes(tx: DbSession, session_id: str, data: SessionInput, is_new: bool) -> None:
    if not is_new:
        tx.execute(delete(SessionOperation.__table__).where(SessionOperation.session_id == session_id))
        tx.execute(delete(SessionArea.__table__).where(SessionArea.session_id == session_id))
    operations = [{"session_id": session_id, "operation": op} for op in dict.fromkeys(data.operations)]
    areas = [{"session_id": session_id, "area": area} for area in dict.fromkeys(data.areas)]
    tx.execute(insert(SessionOperation.__table__), operations)
    if areas:
        tx.execute(insert(SessionArea.__table__), areas)


def _sync_rows(tx, device_id, model, session_id: str, wanted: list[tuple[str | None, dict]], now,
               is_new: bool) -> None:
    """Upsert child rows by id; rows no longer wanted are soft-deleted, never lost.

    New rows go in as one multi-row insert: a save stays a handful of statements.
    """
    existing = {} if is_new else {
        r.id: r for r in tx.exec(select(model).where(model.session_id == session_id))}
    inserts = []
    for position, (row_id, values) in enumerate(wanted):
        values = {**values, "position": position}
        row = existing.pop(row_id, None) if row_id else None
        if row is None:
            inserts.append({**_new_synced(device_id, now, row_id), "session_id": session_id, **values})
        elif row.deleted_at is not None or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.deleted_at = None
            row.new_revision(now)
    if inserts:
        tx.execute(insert(model.__table__), inserts)
    for row in existing.values():
        if row.deleted_at is None:
            row.new_revision(now)
            row.deleted_at = now


def _new_synced(device_id: str, now: datetime, row_id: str | None = None) -> dict:
    return {"id": row_id or new_id(), "device_id": device_id, "revision": 1, "revision_id": new_id(),
            "base_revision_id": None, "created_at": now, "updated_at": now, "deleted_at": None}


def _store_children(tx: DbSession, device_id: str, session: Session, data: SessionInput, now,
                    is_new: bool) -> None:
    for item in [*data.evidence, *(e for v in data.verifications for e in v.evidence)]:
        _check_minors(item)
    digests = put_blobs(tx, [a.signature_png for a in data.attendance if a.signature_png]
                        + [e.data for e in data.evidence]
                        + [e.data for v in data.verifications for e in v.evidence])
    _store_participants(tx, device_id, session, [a.participant for a in data.attendance], now)
    attendance = []
    for item in data.attendance:
        signature = digests[item.signature_png] if item.signature_png else None
        attendance.append((item.id, {
            "participant_id": item.participant.id,
            "present": item.present,
            "role_in_session": item.role_in_session,
            "signature_sha256": signature,
            "signed_at": (item.signed_at or now) if signature else None,
        }))
    _sync_rows(tx, device_id, Attendance, session.id, attendance, now, is_new)
    _sync_rows(tx, device_id, Commitment, session.id, [(c.id, {
        "description": c.description.strip(),
        "responsible": c.responsible.strip(),
        "side": c.side,
        "due_date": c.due_date,
        "participant_id": c.participant_id,
        "carried_from_id": c.carried_from_id,
    }) for c in data.commitments], now, is_new)
    _store_verifications(tx, device_id, session, data, now, is_new)
    _sync_rows(tx, device_id, IndicatorValue, session.id, [(i.id, {
        "name": i.name, "unit": i.unit, "target": i.target, "value": i.value, "note": i.note,
    }) for i in data.indicators], now, is_new)
    evidence = [(e.id, _evidence_values(e, digests, None)) for e in data.evidence]
    for verification in data.verifications:
        evidence += [(e.id, _evidence_values(e, digests, verification.id)) for e in verification.evidence]
    _sync_rows(tx, device_id, Evidence, session.id, evidence, now, is_new)
    for commitment in data.commitments:
        if commitment.carried_from_id:
            _set_commitment_status(tx, commitment.carried_from_id, CommitmentStatus.TRASLADADO, now)


def _store_verifications(tx, device_id, session: Session, data: SessionInput, now, is_new: bool) -> None:
    for verification in data.verifications:
        verification.id = verification.id or new_id()
    wanted = {v.commitment_id for v in data.verifications}
    known = set(tx.scalars(select(Commitment.id).where(Commitment.id.in_(wanted)))) if wanted else set()
    if wanted - known:
        raise ValidationError("Se verificó un compromiso que no existe.")
    _sync_rows(tx, device_id, CommitmentVerification, session.id, [(v.id, {
        "commitment_id": v.commitment_id,
        "verified_on": session.session_date,
        "result": v.result,
        "note": v.note,
    }) for v in data.verifications], now, is_new)
    for verification in data.verifications:
        met = verification.result == VerificationResult.CUMPLIDO
        status = CommitmentStatus.CUMPLIDO if met else CommitmentStatus.ABIERTO
        _set_commitment_status(tx, verification.commitment_id, status, now)


def _set_commitment_status(tx, commitment_id: str, status: CommitmentStatus, now) -> None:
    commitment = tx.get(Commitment, commitment_id)
    if commitment is None or commitment.status == status:
        return
    commitment.new_revision(now)
    commitment.status = status
    commitment.closed_at = None if status == CommitmentStatus.ABIERTO else now


def _check_minors(item: EvidenceInput) -> None:
    if item.may_show_minors and item.minors_confirmed_at is None:
        raise ValidationError(
            "La evidencia «{file_name}» puede mostrar menores de edad (datos sensibles, "
            "Ley 1581 de 2012): confirme que cuenta con la autorización antes de conservarla.",
            file_name=item.file_name
        )


def _evidence_values(item: EvidenceInput, digests: dict[bytes, str], verification_id: str | None) -> dict:
    return {
        "verification_id": verification_id,
        "sha256": digests[item.data],
        "file_name": item.file_name,
        "media_type": item.media_type,
        "kind": item.kind,
        "caption": item.caption,
        "may_show_minors": item.may_show_minors,
        "minors_confirmed_at": item.minors_confirmed_at,
    }


def _store_participants(tx, device_id: str, session: Session, people: list, now) -> None:
    """Check the participants picked from the list exist; insert the new ones (ids filled in)."""
    picked = {p.id for p in people if p.id}
    if picked:
        found = set(tx.scalars(select(Participant.id).where(Participant.id.in_(picked))))
        missing = [p.full_name for p in people if p.id and p.id not in found]
        if missing:
            raise ValidationError("El participante «{participant}» no existe.", participant=missing[0])
    new = []
    for person in people:
        if person.id:
            continue
        row = {**_new_synced(device_id, now), "school_id": session.school_id,
               "full_name": person.full_name.strip(), "role": person.role,
               "id_document": person.id_document, "email": person.email, "phone": person.phone}
        person.id = row["id"]
        new.append(row)
    if new:
        tx.execute(insert(Participant.__table__), new)
