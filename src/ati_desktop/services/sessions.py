"""Recording sessions: save with their child rows, close, correct, delete, read their history.

Every write goes through the revision log (``storage.revlog``): one save is one transaction
that appends a revision for each record it changes (the session with its operations and areas,
its children, new participants) and nothing for what it leaves as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlmodel import Session as DbSession

from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.domain.ids import document_key, new_id
from ati_desktop.domain.order import order_keys
from ati_desktop.domain.reference import Channel, SessionStatus
from ati_desktop.formspec import FormRegistry, check_answers
from ati_desktop.storage import driver_sql, revlog
from ati_desktop.storage.blobs import put_blobs
from ati_desktop.storage.database import Database
from ati_desktop.storage.derived import refresh_commitments
from ati_desktop.storage.models import Device, Participant
from ati_desktop.storage.revlog import Change

from . import acta_records, limits, search_index
from .inputs import EvidenceInput, SessionInput
from .published_forms import registry_for, registry_in
from .validation import check_answers_for, check_session_input

# Child record types of a session, in the order a save writes them.
CHILDREN = ("attendance", "commitment", "verification", "indicator", "evidence")


@dataclass(frozen=True)
class SavedSession:
    id: str
    revision: int
    revision_id: str


@dataclass(frozen=True)
class Edition:
    """An issued acta of a session that a later correction replaced, as it was printed."""

    edition: int
    revision: int
    revision_id: str
    replaced_at: datetime | None
    reason: str | None
    snapshot: dict[str, Any]


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
    (``forms`` defaults to the database's, bundled and published; required answers only when closing or
    correcting). A closed session is only changed through a correction
    (``correction_reason``), which issues a new edition of its acta; the earlier ones stay.
    """
    with db.write() as tx, tx.no_autoflush:
        check_answers_for(forms or registry_in(tx), data, complete=close or correction_reason is not None)
        _check_child_ids(data)
        school_name = check_session_input(tx, data)
        if data.assistant_id is None:
            meta = driver_sql.rows(tx, "SELECT value FROM app_meta WHERE key = ?", ("assistant_id",))
            data.assistant_id = meta[0][0] if meta else None
        now = datetime.now(UTC)
        known = revlog.current_rows(tx, "session", [data.id])
        row = known.get(data.id)
        values = {**_columns(data), **_status(row, close, correction_reason, now)}
        children = _children_of(tx, data.id) if row is not None else {kind: {} for kind in CHILDREN}
        changes = [Change("session", data.id, values)]
        changes += _participant_changes(tx, data)
        changes += _child_changes(tx, data, children, now)
        limits.check(changes)
        # Children of this session and fresh participants are all the rows there are to know.
        written = revlog.write_local(tx, db.device_id, changes, now,
                                     known={"session": known, "participant": {}, **children})
        _refresh_derived(tx, written)
        head = next((w for w in written if w.record_type == "session"), None)
        if head is not None:
            search_index.update(tx, SimpleNamespace(id=data.id, **revlog.row_of("session", head.body)), school_name)
        saved = (SavedSession(data.id, head.number, head.revision_id) if head is not None
                 else SavedSession(data.id, row["revision"], row["revision_id"]))
        if written and values["status"] == SessionStatus.CERRADA:
            # The first close issues the original acta; each correction, its next edition.
            was_closed = row is not None and row["status"] == SessionStatus.CERRADA
            acta_records.issue(tx, db.device_id, data.id, saved.revision_id, now,
                               values["correction_reason"] if was_closed else None)
        return saved


def close_session(db: Database, session_id: str, forms: FormRegistry | None = None) -> SavedSession:
    """Mark a session final (its form fully answered): later changes need a correction."""
    forms = forms or registry_for(db)
    with db.write() as tx:
        row = _get(tx, session_id)
        if row["status"] == SessionStatus.CERRADA:
            return SavedSession(session_id, row["revision"], row["revision_id"])
        form = forms.get(row["form_id"], row["form_version"])
        check_answers(form, json.loads(row["answers"]))
        now = datetime.now(UTC)
        values = {**row, "status": SessionStatus.CERRADA.value, "closed_at": now}
        [head] = revlog.write_local(tx, db.device_id, [Change("session", session_id, values)], now,
                                    known={"session": {session_id: row}})
        acta_records.issue(tx, db.device_id, session_id, head.revision_id, now, None)
        return SavedSession(session_id, head.number, head.revision_id)


def delete_session(db: Database, session_id: str) -> None:
    """Soft-delete a session and its children in one step; the deletions travel like edits."""
    with db.write() as tx:
        row = _get(tx, session_id)
        children = _children_of(tx, session_id)
        changes = [Change("session", session_id, deleted=True)]
        changes += [Change(kind, child_id, deleted=True)
                    for kind, rows in children.items() for child_id, child in rows.items()
                    if child["deleted_at"] is None]
        written = revlog.write_local(tx, db.device_id, changes, known={"session": {session_id: row}, **children})
        _refresh_derived(tx, written)
        search_index.remove(tx, session_id)


@dataclass(frozen=True)
class HistoryEntry:
    """One revision of a session: who made it, when, and what it was."""

    revision: int
    revision_id: str
    parents: tuple[str, ...]
    device_id: str
    device_label: str | None
    made_at: datetime
    deleted: bool
    status: str
    correction_reason: str | None
    edition: int | None  # the acta edition this revision issued, if any


def history(db: Database, session_id: str) -> list[HistoryEntry]:
    """Every revision of a session, oldest first, naming the device that made each one."""
    with db.read() as tx:
        entries = revlog.history(tx, "session", session_id)
        labels = dict(tx.execute(select(Device.id, Device.label)).all())
        editions = {a.session_revision_id: a.edition for a in acta_records.editions(tx, session_id)}
    return [HistoryEntry(e.number, e.id, e.parents, e.device_id, labels.get(e.device_id), e.made_at, e.deleted,
                         e.body["status"], e.body["correction_reason"], editions.get(e.id))
            for e in entries]


def revisions(db: Database, session_id: str) -> list[Edition]:
    """The editions of a session's acta that corrections replaced, oldest first."""
    with db.read() as tx:
        return [Edition(a.edition, a.revision, a.session_revision_id, a.replaced_at, a.reason, a.snapshot)
                for a in acta_records.editions(tx, session_id)[:-1]]


def _get(tx: DbSession, session_id: str) -> dict[str, Any]:
    row = revlog.current_rows(tx, "session", [session_id]).get(session_id)
    if row is None or row["deleted_at"] is not None:
        raise NotFoundError("No existe la sesión {session_id}.", session_id=session_id)
    return row


def _check_child_ids(data: SessionInput) -> None:
    children = [*data.attendance, *data.commitments, *data.verifications, *data.indicators, *data.evidence,
                *(e for v in data.verifications for e in v.evidence)]
    if not data.id or any(not child.id for child in children):
        raise ValidationError("Cada fila de la sesión necesita su identificador, elegido una sola vez.")


def _status(row: dict | None, close: bool, reason: str | None, now: datetime) -> dict[str, Any]:
    """Status, closing time and correction reason of the revision a save makes."""
    if row is None:
        closed = close
        return {"status": (SessionStatus.CERRADA if closed else SessionStatus.ABIERTA).value,
                "closed_at": now if closed else None, "correction_reason": None}
    if row["deleted_at"] is not None:
        raise NotFoundError("La sesión {session_id} fue eliminada.", session_id=row["id"])
    if row["status"] == SessionStatus.CERRADA:
        if not (reason and reason.strip()):
            raise ValidationError(
                "La sesión está cerrada. Para corregirla indique el motivo de la corrección; "
                "la versión anterior se conservará."
            )
        return {"status": row["status"], "closed_at": row["closed_at"], "correction_reason": reason.strip()}
    return {"status": (SessionStatus.CERRADA if close else SessionStatus.ABIERTA).value,
            "closed_at": now if close else None, "correction_reason": row["correction_reason"]}


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
        "answers": revlog.canonical_json(data.answers),
        "objective": data.objective,
        "scope_guidelines": data.scope_guidelines,
        "scope_habits": data.scope_habits,
        "scope_products": data.scope_products,
        "conclusions": data.conclusions,
        "observation_session_id": data.observation_session_id,
        "operations": list(data.operations),
        "areas": list(data.areas),
    }


def _children_of(tx: DbSession, session_id: str) -> dict[str, dict[str, dict]]:
    """Every child row of a session (deleted ones too), by record type and id."""
    found = {}
    for kind in CHILDREN:
        table = revlog.RECORD_TYPES[kind].table
        found[kind] = {row["id"]: dict(row) for row in
                       tx.execute(select(table).where(table.c.session_id == session_id)).mappings()}
    return found


def _child_changes(tx: DbSession, data: SessionInput, children: dict[str, dict[str, dict]],
                   now: datetime) -> list[Change]:
    for item in [*data.evidence, *(e for v in data.verifications for e in v.evidence)]:
        _check_minors(item)
    digests = put_blobs(tx, [a.signature_png for a in data.attendance if a.signature_png]
                        + [e.data for e in data.evidence]
                        + [e.data for v in data.verifications for e in v.evidence])
    wanted: dict[str, list[tuple[str, dict]]] = {kind: [] for kind in CHILDREN}
    for item in data.attendance:
        signature = digests[item.signature_png] if item.signature_png else None
        previous = children["attendance"].get(item.id)
        signed_at = item.signed_at or (previous["signed_at"] if previous and previous["signature_sha256"] == signature
                                       else None) or now
        wanted["attendance"].append((item.id, {
            "participant_id": item.participant.id,
            "present": item.present and item.unsigned_reason != "no_asistio",
            "unsigned_reason": None if signature else item.unsigned_reason,
            "role_in_session": item.role_in_session, "signature_sha256": signature,
            "signed_at": signed_at if signature else None,
        }))
    for c in data.commitments:
        wanted["commitment"].append((c.id, {
            "description": c.description.strip(), "responsible": c.responsible.strip(), "side": c.side,
            "due_date": c.due_date, "participant_id": c.participant_id, "carried_from_id": c.carried_from_id,
        }))
    _check_verified(tx, data)
    for v in data.verifications:
        wanted["verification"].append((v.id, {
            "commitment_id": v.commitment_id, "verified_on": data.session_date, "result": v.result,
            "note": v.note,
        }))
    for i in data.indicators:
        wanted["indicator"].append((i.id, {
            "name": i.name, "unit": i.unit, "target": i.target, "value": i.value, "note": i.note,
        }))
    wanted["evidence"] = [(e.id, _evidence_values(e, digests, None)) for e in data.evidence]
    for verification in data.verifications:
        wanted["evidence"] += [(e.id, _evidence_values(e, digests, verification.id))
                               for e in verification.evidence]
    changes = []
    for kind in CHILDREN:
        existing = children[kind]
        live = {i: r["position"] for i, r in existing.items() if r["deleted_at"] is None}
        keys = order_keys([item_id for item_id, _ in wanted[kind]], live)
        for item_id, values in wanted[kind]:
            changes.append(Change(kind, item_id, {**values, "session_id": data.id, "position": keys[item_id]}))
        kept = {item_id for item_id, _ in wanted[kind]}
        changes += [Change(kind, item_id, deleted=True) for item_id in live if item_id not in kept]
    return changes


def _check_verified(tx: DbSession, data: SessionInput) -> None:
    wanted = {v.commitment_id for v in data.verifications}
    table = revlog.RECORD_TYPES["commitment"].table
    known = set(tx.scalars(select(table.c.id).where(table.c.id.in_(wanted)))) if wanted else set()
    if wanted - known:
        raise ValidationError("Se verificó un compromiso que no existe.")


def _refresh_derived(tx: DbSession, written: list[revlog.Written]) -> None:
    """Commitments whose verifications or carry-overs this save touched get their status anew."""
    touched = set()
    for item in written:
        for body in (item.body, item.previous or {}):
            if item.record_type == "verification":
                touched.add(body.get("commitment_id"))
            elif item.record_type == "commitment":
                touched.add(body.get("carried_from_id"))
    refresh_commitments(tx, touched)


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


def _participant_changes(tx: DbSession, data: SessionInput) -> list[Change]:
    """Check the participants picked from the list exist; find or create the new ones.

    A new person whose cédula is already known (digits compared) is that participant, not
    a second record of the same person.
    """
    people = [a.participant for a in data.attendance]
    table = Participant.__table__
    picked = [*{p.id: None for p in people if p.id}]
    if picked:
        found = {person_id for person_id, in driver_sql.rows(
            tx, f"SELECT id FROM participant WHERE id IN ({driver_sql.marks(len(picked))}) AND deleted_at IS NULL",
            picked)}
        missing = [p.full_name for p in people if p.id and p.id not in found]
        if missing:
            raise ValidationError("El participante «{participant}» no existe.", participant=missing[0])
    keys = {document_key(p.id_document) for p in people if not p.id} - {None}
    known: dict[str, str] = {}
    if keys:
        rows = tx.execute(select(table.c.document_key, table.c.id, table.c.school_id)
                          .where(table.c.document_key.in_(keys), table.c.deleted_at.is_(None))
                          .order_by(table.c.created_at, table.c.id)).all()
        # The person as known at this school, else the first one recorded anywhere.
        for key, person_id, school_id in rows:
            known.setdefault(key, person_id)
        for key, person_id, school_id in rows:
            if school_id == data.school_id and school_id is not None:
                known[key] = person_id
                keys.discard(key)
    changes, made = [], {}
    for person in people:
        if person.id:
            continue
        key = document_key(person.id_document)
        if key and (key in known or key in made):
            person.id = known.get(key) or made[key]
            continue
        person.id = new_id()
        if key:
            made[key] = person.id
        changes.append(Change("participant", person.id, {
            "school_id": data.school_id, "full_name": person.full_name.strip(), "role": person.role,
            "id_document": person.id_document, "email": person.email, "phone": person.phone}))
    return changes
