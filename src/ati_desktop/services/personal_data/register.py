"""The register of data subjects' requests and of the authorisations people gave.

Both are travelling records: a request received at the secretariat and one received by an
assistant in the field end up in the same departmental register, and an authorisation
collected on a laptop proves itself wherever the evidence it covers goes. A request keeps no
name or document of its own: it points to the person's record, so an erasure leaves it
standing (the law asks to prove the request was answered) without keeping what it erased.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select

from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.domain.ids import new_id
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Authorisation, DataRequest, Participant

from .deadlines import RequestKind, due_date, is_working_day
from .find import same_person


class RequestState(StrEnum):
    RECIBIDA = "recibida"
    EN_TRAMITE = "en_tramite"
    RESPONDIDA = "respondida"
    RECHAZADA = "rechazada"

    @property
    def label(self) -> str:
        return {"recibida": "Recibida", "en_tramite": "En trámite", "respondida": "Respondida",
                "rechazada": "Rechazada"}[self.value]

    @property
    def closed(self) -> bool:
        return self in (RequestState.RESPONDIDA, RequestState.RECHAZADA)


class AuthorisationKind(StrEnum):
    TRATAMIENTO = "tratamiento_datos"
    FOTOS_MENORES = "fotos_menores"
    IMAGEN = "uso_imagen"

    @property
    def label(self) -> str:
        return {"tratamiento_datos": "Tratamiento de datos personales",
                "fotos_menores": "Fotografías que pueden mostrar menores",
                "uso_imagen": "Uso de la imagen"}[self.value]


@dataclass(frozen=True)
class RequestView:
    """A request as the register shows it; ``overdue`` when open past its due date."""

    id: str
    kind: str
    reference: str
    participant_id: str | None
    person: str | None
    received_on: date
    due_on: date
    extended: bool
    state: str
    handled_by: str | None
    answered_on: date | None
    notes: str | None
    overdue: bool
    working_days_left: int


@dataclass(frozen=True)
class AuthorisationView:
    id: str
    kind: str
    participant_id: str | None
    session_id: str | None
    evidence_id: str | None
    granted_by: str | None
    granted_on: date
    collected_by: str
    revoked_on: date | None
    note: str | None


def _text(value: str | None, limit: int) -> str | None:
    value = (value or "").strip() or None
    if value and len(value) > limit:
        raise ValidationError("El texto «{start}…» es demasiado largo: admite como máximo {limit} caracteres.",
                              start=value[:30], limit=limit)
    return value


def record_request(db: Database, kind: str, reference: str, received_on: date, *,
                   participant_id: str | None = None, handled_by: str | None = None,
                   notes: str | None = None) -> str:
    """Register a request as received; its due date follows from its kind (working days)."""
    try:
        kind = RequestKind(kind).value
    except ValueError:
        raise ValidationError("Tipo de solicitud desconocido: «{kind}».", kind=kind) from None
    reference = _text(reference, 60)
    if not reference:
        raise ValidationError("Indique la referencia (número de radicado) de la solicitud.")
    request_id = new_id()
    with db.write() as tx:
        if participant_id is not None and tx.get(Participant, participant_id) is None:
            raise NotFoundError("No hay ninguna persona con el identificador {id}.", id=participant_id)
        if tx.scalar(select(DataRequest.id).where(DataRequest.reference == reference,
                                                  DataRequest.deleted_at.is_(None))):
            raise ValidationError("Ya hay una solicitud con la referencia «{reference}».", reference=reference)
        revlog.write_local(tx, db.device_id, [revlog.Change("data_request", request_id, {
            "kind": kind, "reference": reference, "participant_id": participant_id,
            "received_on": received_on, "due_on": due_date(kind, received_on), "extended": False,
            "state": RequestState.RECIBIDA.value, "handled_by": _text(handled_by, 160),
            "answered_on": None, "notes": _text(notes, 4000)})])
    return request_id


def update_request(db: Database, request_id: str, *, state: str | None = None,
                   handled_by: str | None = None, answered_on: date | None = None,
                   notes: str | None = None, extended: bool | None = None) -> None:
    """Move a request along: its state, who handles it, the answer's date, an extension."""
    with db.write() as tx:
        row = tx.get(DataRequest, request_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("No existe la solicitud {id}.", id=request_id)
        values: dict = {}
        if state is not None:
            values["state"] = RequestState(state).value
            if RequestState(state).closed and answered_on is None and row.answered_on is None:
                values["answered_on"] = date.today()
        if handled_by is not None:
            values["handled_by"] = _text(handled_by, 160)
        if answered_on is not None:
            values["answered_on"] = answered_on
        if notes is not None:
            values["notes"] = _text(notes, 4000)
        if extended is not None:
            values["extended"] = extended
            values["due_on"] = due_date(row.kind, row.received_on, extended)
        revlog.write_local(tx, db.device_id, [revlog.Change("data_request", request_id, values)])


def find_request(db: Database, reference: str) -> str | None:
    with db.read() as tx:
        return tx.scalar(select(DataRequest.id).where(DataRequest.reference == reference.strip(),
                                                      DataRequest.deleted_at.is_(None)))


def _working_days(start: date, end: date) -> int:
    """Working days after ``start`` up to ``end`` (negative when ``end`` is before)."""
    sign, (low, high) = (1, (start, end)) if end >= start else (-1, (end, start))
    days, day = 0, low
    while day < high:
        day = date.fromordinal(day.toordinal() + 1)
        days += is_working_day(day)
    return sign * days


def list_requests(db: Database, today: date | None = None, open_only: bool = False,
                  participant_ids: list[str] | None = None) -> list[RequestView]:
    """Requests, open ones with the nearest due date first, then the answered ones."""
    today = today or date.today()
    query = select(DataRequest, Participant.full_name).outerjoin(
        Participant, Participant.id == DataRequest.participant_id).where(DataRequest.deleted_at.is_(None))
    if participant_ids is not None:
        query = query.where(DataRequest.participant_id.in_(participant_ids))
    with db.read() as tx:
        rows = tx.execute(query).all()
    views = []
    for row, person in rows:
        closed = RequestState(row.state).closed
        if open_only and closed:
            continue
        views.append(RequestView(row.id, row.kind, row.reference, row.participant_id, person,
                                 row.received_on, row.due_on, row.extended, row.state, row.handled_by,
                                 row.answered_on, row.notes, overdue=not closed and today > row.due_on,
                                 working_days_left=0 if closed else _working_days(today, row.due_on)))
    return sorted(views, key=lambda v: (RequestState(v.state).closed, v.due_on, v.reference))


def overdue_requests(db: Database, today: date | None = None) -> list[RequestView]:
    return [v for v in list_requests(db, today, open_only=True) if v.overdue]


def record_authorisation(db: Database, kind: str, granted_on: date, collected_by: str, *,
                         participant_id: str | None = None, session_id: str | None = None,
                         evidence_id: str | None = None, granted_by: str | None = None,
                         note: str | None = None) -> str:
    """Keep an authorisation with its date and who collected it (Decreto 1377 de 2013)."""
    try:
        kind = AuthorisationKind(kind).value
    except ValueError:
        raise ValidationError("Tipo de autorización desconocido: «{kind}».", kind=kind) from None
    collected_by = _text(collected_by, 160)
    if not collected_by:
        raise ValidationError("Indique quién recogió la autorización.")
    if participant_id is None and not (granted_by or "").strip():
        raise ValidationError("Indique quién otorgó la autorización.")
    authorisation_id = new_id()
    with db.write() as tx:
        if participant_id is not None and tx.get(Participant, participant_id) is None:
            raise NotFoundError("No hay ninguna persona con el identificador {id}.", id=participant_id)
        revlog.write_local(tx, db.device_id, [revlog.Change("authorisation", authorisation_id, {
            "kind": kind, "participant_id": participant_id, "session_id": session_id,
            "evidence_id": evidence_id, "granted_by": _text(granted_by, 160),
            "granted_on": granted_on, "collected_by": collected_by, "revoked_on": None,
            "note": _text(note, 4000)})])
    return authorisation_id


def revoke_authorisation(db: Database, authorisation_id: str, revoked_on: date) -> None:
    with db.write() as tx:
        row = tx.get(Authorisation, authorisation_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("No existe la autorización {id}.", id=authorisation_id)
        revlog.write_local(tx, db.device_id, [revlog.Change("authorisation", authorisation_id,
                                                            {"revoked_on": revoked_on})])


def authorisations_of(db: Database, participant_id: str) -> list[AuthorisationView]:
    """The authorisations given by the person (any of their records), oldest first."""
    with db.read() as tx:
        ids = [p.id for p in same_person(tx, participant_id)]
        rows = tx.scalars(select(Authorisation).where(Authorisation.participant_id.in_(ids),
                                                      Authorisation.deleted_at.is_(None))
                          .order_by(Authorisation.granted_on, Authorisation.id)).all()
    return [AuthorisationView(r.id, r.kind, r.participant_id, r.session_id, r.evidence_id, r.granted_by,
                              r.granted_on, r.collected_by, r.revoked_on, r.note) for r in rows]
