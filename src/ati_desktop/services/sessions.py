"""Recording sessions: save with their child rows, close, correct with a new revision."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete
from sqlmodel import Session as DbSession
from sqlmodel import select

from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.domain.reference import Channel, CommitmentStatus, SessionStatus, VerificationResult
from ati_desktop.formspec import FormRegistry, check_answers
from ati_desktop.storage.blobs import put_blob
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
    with db.write() as tx:
        check_session_input(tx, data)
        if data.assistant_id is None:
            meta = tx.get(AppMeta, "assistant_id")
            data.assistant_id = meta.value if meta else None
        now = datetime.now(UTC)
        row = tx.get(Session, data.id) if data.id else None
        if row is None:
            row = Session(id=data.id or new_id(), device_id=db.device_id, created_at=now, **_columns(data))
            tx.add(row)
        else:
            _start_new_revision(tx, db.device_id, row, correction_reason, now)
            for name, value in _columns(data).items():
                setattr(row, name, value)
        row.updated_at = now
        if close:
            row.status = SessionStatus.CERRADA
            row.closed_at = now
        tx.flush()
        _replace_codes(tx, row.id, data)
        _store_children(tx, db.device_id, row, data, now)
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
        _bump(row, db.device_id, now)
        row.status = SessionStatus.CERRADA
        row.closed_at = now
        return SavedSession(row.id, row.revision, row.revision_id)


def delete_session(db: Database, session_id: str) -> None:
    """Soft-delete: the row stays so the deletion travels to the departmental record."""
    with db.write() as tx:
        row = _get(tx, session_id)
        now = datetime.now(UTC)
        _bump(row, db.device_id, now)
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
        raise NotFoundError(f"No existe la sesión {session_id}.")
    return row


def _start_new_revision(tx, device_id, row: Session, reason: str | None, now) -> None:
    if row.deleted_at is not None:
        raise NotFoundError(f"La sesión {row.id} fue eliminada.")
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
    _bump(row, device_id, now)


def _bump(row, device_id: str, now: datetime) -> None:
    """Advance a synced row to a new revision that remembers the one it came from."""
    row.base_revision_id = row.revision_id
    row.revision_id = new_id()
    row.revision += 1
    row.updated_at = now


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


def _replace_codes(tx: DbSession, session_id: str, data: SessionInput) -> None:
    tx.exec(delete(SessionOperation).where(SessionOperation.session_id == session_id))
    tx.exec(delete(SessionArea).where(SessionArea.session_id == session_id))
    tx.add_all([SessionOperation(session_id=session_id, operation=op) for op in dict.fromkeys(data.operations)])
    tx.add_all([SessionArea(session_id=session_id, area=area) for area in dict.fromkeys(data.areas)])


def _sync_rows(tx, device_id, model, session_id: str, wanted: list[tuple[str | None, dict]], now) -> list:
    """Upsert child rows by id; rows no longer wanted are soft-deleted, never lost."""
    existing = {r.id: r for r in tx.exec(select(model).where(model.session_id == session_id))}
    kept = []
    for position, (row_id, values) in enumerate(wanted):
        values = {**values, "position": position}
        row = existing.pop(row_id, None) if row_id else None
        if row is None:
            row = model(id=row_id or new_id(), device_id=device_id, session_id=session_id,
                        created_at=now, updated_at=now, **values)
            tx.add(row)
        elif row.deleted_at is not None or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.deleted_at = None
            _bump(row, device_id, now)
        kept.append(row)
    for row in existing.values():
        if row.deleted_at is None:
            _bump(row, device_id, now)
            row.deleted_at = now
    return kept


def _store_children(tx: DbSession, device_id: str, session: Session, data: SessionInput, now) -> None:
    attendance = []
    for item in data.attendance:
        participant_id = _participant(tx, device_id, session, item.participant, now)
        signature = put_blob(tx, item.signature_png) if item.signature_png else None
        attendance.append((item.id, {
            "participant_id": participant_id,
            "present": item.present,
            "role_in_session": item.role_in_session,
            "signature_sha256": signature,
            "signed_at": (item.signed_at or now) if signature else None,
        }))
    _sync_rows(tx, device_id, Attendance, session.id, attendance, now)
    _sync_rows(tx, device_id, Commitment, session.id, [(c.id, {
        "description": c.description.strip(),
        "responsible": c.responsible.strip(),
        "side": c.side,
        "due_date": c.due_date,
        "participant_id": c.participant_id,
        "carried_from_id": c.carried_from_id,
    }) for c in data.commitments], now)
    _store_verifications(tx, device_id, session, data, now)
    _sync_rows(tx, device_id, IndicatorValue, session.id, [(i.id, {
        "name": i.name, "unit": i.unit, "target": i.target, "value": i.value, "note": i.note,
    }) for i in data.indicators], now)
    evidence = [(e.id, _evidence_values(tx, e, None)) for e in data.evidence]
    for verification in data.verifications:
        evidence += [(e.id, _evidence_values(tx, e, verification.id)) for e in verification.evidence]
    _sync_rows(tx, device_id, Evidence, session.id, evidence, now)
    for commitment in data.commitments:
        if commitment.carried_from_id:
            _set_commitment_status(tx, device_id, commitment.carried_from_id, CommitmentStatus.TRASLADADO, now)


def _store_verifications(tx, device_id, session: Session, data: SessionInput, now) -> None:
    for verification in data.verifications:
        verification.id = verification.id or new_id()
    rows = _sync_rows(tx, device_id, CommitmentVerification, session.id, [(v.id, {
        "commitment_id": v.commitment_id,
        "verified_on": session.session_date,
        "result": v.result,
        "note": v.note,
    }) for v in data.verifications], now)
    for row in rows:
        if tx.get(Commitment, row.commitment_id) is None:
            raise ValidationError("Se verificó un compromiso que no existe.")
        status = CommitmentStatus.CUMPLIDO if row.result == VerificationResult.CUMPLIDO else CommitmentStatus.ABIERTO
        _set_commitment_status(tx, device_id, row.commitment_id, status, now)


def _set_commitment_status(tx, device_id, commitment_id: str, status: CommitmentStatus, now) -> None:
    commitment = tx.get(Commitment, commitment_id)
    if commitment is None or commitment.status == status:
        return
    _bump(commitment, device_id, now)
    commitment.status = status
    commitment.closed_at = None if status == CommitmentStatus.ABIERTO else now


def _evidence_values(tx, item: EvidenceInput, verification_id: str | None) -> dict:
    if item.may_show_minors and item.minors_confirmed_at is None:
        raise ValidationError(
            f"La evidencia «{item.file_name}» puede mostrar menores de edad (datos sensibles, "
            "Ley 1581 de 2012): confirme que cuenta con la autorización antes de conservarla."
        )
    return {
        "verification_id": verification_id,
        "sha256": put_blob(tx, item.data),
        "file_name": item.file_name,
        "media_type": item.media_type,
        "kind": item.kind,
        "caption": item.caption,
        "may_show_minors": item.may_show_minors,
        "minors_confirmed_at": item.minors_confirmed_at,
    }


def _participant(tx, device_id: str, session: Session, person, now) -> str:
    if person.id:
        if tx.get(Participant, person.id) is None:
            raise ValidationError(f"El participante «{person.full_name}» no existe.")
        return person.id
    row = Participant(
        device_id=device_id, created_at=now, updated_at=now, school_id=session.school_id,
        full_name=person.full_name.strip(), role=person.role, id_document=person.id_document,
        email=person.email, phone=person.phone,
    )
    tx.add(row)
    person.id = row.id
    return row.id
