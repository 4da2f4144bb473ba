"""The supervisor's review of closed sessions: decisions, the queue of what waits, each session's state.

A decision is a travelling record of its own (``review``), never an edit of an earlier one, so
decisions made at the secretariat and elsewhere never conflict. A session's review state is its
latest decision by ``reviewed_at``, ties by id; a closed session without one is «Recibida». A
decision names the session revision it judged: when the session's current revision is another
one, a correction came after it, and the session waits in the queue again: an answered remark
needs a new decision, and an approval judged content that has changed since (as ODK Central
marks an edited submission).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import aliased

from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.domain.ids import new_id
from ati_desktop.domain.reference import SessionStatus
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Assistant, Municipality, School, Session, SessionReview

from . import limits
from .session_rows import SessionRow


class ReviewState(StrEnum):
    RECIBIDA = "recibida"
    APROBADA = "aprobada"
    CON_OBSERVACIONES = "con_observaciones"
    RECHAZADA = "rechazada"

    @property
    def label(self) -> str:
        return {"recibida": "Recibida", "aprobada": "Aprobada", "con_observaciones": "Con observaciones",
                "rechazada": "Rechazada"}[self.value]

    @property
    def is_remark(self) -> bool:
        """A decision that asks the assistant for a correction (and so needs a comment)."""
        return self in (ReviewState.CON_OBSERVACIONES, ReviewState.RECHAZADA)


DECISIONS = (ReviewState.APROBADA, ReviewState.CON_OBSERVACIONES, ReviewState.RECHAZADA)
_REMARKS = [state.value for state in DECISIONS if state.is_remark]


def state_label(code: str) -> str:
    """The Spanish label of a state, or the code itself when a newer version made it."""
    try:
        return ReviewState(code).label
    except ValueError:
        return code


@dataclass(frozen=True)
class Decision:
    """One decision on a session, as it was recorded."""

    id: str
    session_id: str
    session_revision_id: str
    state: str
    comment: str | None
    reviewer: str
    reviewed_at: datetime


@dataclass(frozen=True)
class Review:
    """A session's review state: its latest decision (none: «Recibida») and whether a correction came after."""

    session_id: str
    state: str
    comment: str | None = None
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    corrected_since: bool = False  # the session's current revision is not the one reviewed

    @property
    def label(self) -> str:
        return state_label(self.state)

    @property
    def open_remark(self) -> bool:
        """Remarks the assistant has not answered with a correction yet."""
        return self.state in _REMARKS and not self.corrected_since


@dataclass(frozen=True)
class QueueFilter:
    """Which waiting sessions the queue lists (both ends of the period included)."""

    date_from: date | None = None
    date_to: date | None = None
    municipality_code: str | None = None
    school_id: str | None = None
    assistant_id: str | None = None
    technique: str | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValidationError("El periodo termina ({date_to}) antes de empezar ({date_from}).",
                                  date_from=self.date_from.isoformat(), date_to=self.date_to.isoformat())


@dataclass(frozen=True)
class QueueEntry:
    """A session waiting for review, with what the queue shows of it."""

    session_id: str
    session_date: date
    municipality: str
    school: str | None
    assistant: str | None
    technique: str
    closed_at: datetime | None
    review: Review


def _latest():
    """The latest live decision on the session of the outer query: by time, ties by id."""
    return (select(SessionReview.id)
            .where(SessionReview.session_id == Session.id, SessionReview.deleted_at.is_(None))
            .order_by(SessionReview.reviewed_at.desc(), SessionReview.id.desc())
            .limit(1).correlate(Session).scalar_subquery())


def open_remarks():
    """SQL condition on :class:`Session`: its latest decision is a remark no correction answered yet."""
    latest = aliased(SessionReview)
    # Sessions that ever had a remark first: few, so the latest decision is looked up for few.
    remarked = select(SessionReview.session_id).where(SessionReview.state.in_(_REMARKS),
                                                      SessionReview.deleted_at.is_(None))
    return and_(Session.id.in_(remarked),
                select(latest.id).where(latest.id == _latest(), latest.state.in_(_REMARKS),
                                        latest.session_revision_id == Session.revision_id).exists())


def _review(session_id: str, revision_id: str, latest) -> Review:
    if latest is None or latest.id is None:
        return Review(session_id, ReviewState.RECIBIDA.value)
    return Review(session_id, latest.state, latest.comment, latest.reviewer, latest.reviewed_at,
                  latest.session_revision_id != revision_id)


def set_review(db: Database, session_id: str, state: str, comment: str | None, reviewer: str,
               now: datetime | None = None) -> Decision:
    """Record a decision on a closed session's current revision; remarks need a comment."""
    try:
        decided = ReviewState(state)
    except ValueError:
        decided = None
    if decided not in DECISIONS:
        raise ValidationError("Decisión de revisión desconocida: «{state}». Use aprobada, con_observaciones "
                              "o rechazada.", state=state)
    comment = (comment or "").strip() or None
    reviewer = " ".join((reviewer or "").split())
    if decided.is_remark and not comment:
        raise ValidationError("Escriba el comentario de la revisión: una sesión «{label}» vuelve al profesional "
                              "de apoyo con lo que debe corregir.", label=decided.label)
    if not reviewer:
        raise ValidationError("Indique quién revisa la sesión.")
    now = now or datetime.now(UTC)
    review_id = new_id()
    with db.write() as tx:
        row = tx.get(Session, session_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("No existe la sesión {session_id}.", session_id=session_id)
        if row.status != SessionStatus.CERRADA:
            raise ValidationError("Solo se revisan sesiones cerradas: la sesión del {day} sigue abierta.",
                                  day=f"{row.session_date:%d/%m/%Y}")
        values = {"session_id": session_id, "session_revision_id": row.revision_id, "state": decided.value,
                  "comment": comment, "reviewer": reviewer, "reviewed_at": now}
        change = revlog.Change("review", review_id, values)
        limits.check([change])
        revlog.write_local(tx, db.device_id, [change], now, known={"review": {}})
    return Decision(review_id, session_id, values["session_revision_id"], decided.value, comment, reviewer, now)


def reviews_of(db: Database, session_ids: Iterable[str]) -> dict[str, Review]:
    """The review state of each session named that exists (closed or not)."""
    ids = list(dict.fromkeys(session_ids))
    latest = aliased(SessionReview)
    found: dict[str, Review] = {}
    with db.read() as tx:
        for start in range(0, len(ids), revlog.CHUNK):
            query = (select(Session.id, Session.revision_id, latest)
                     .outerjoin(latest, latest.id == _latest())
                     .where(Session.id.in_(ids[start:start + revlog.CHUNK]), Session.deleted_at.is_(None)))
            for session_id, revision_id, decision in tx.execute(query).all():
                found[session_id] = _review(session_id, revision_id, decision)
    return found


def with_reviews(db: Database, rows: list[SessionRow]) -> list[SessionRow]:
    """Rows of the session list, each closed one that was decided on carrying its review."""
    found = reviews_of(db, [row.id for row in rows if row.status == SessionStatus.CERRADA.value])
    return [replace(row, review=found[row.id]) if row.id in found and found[row.id].state != ReviewState.RECIBIDA
            else row for row in rows]


def review_of(db: Database, session_id: str) -> Review:
    """A session's review state; «Recibida» while no decision is recorded."""
    found = reviews_of(db, [session_id]).get(session_id)
    if found is None:
        raise NotFoundError("No existe la sesión {session_id}.", session_id=session_id)
    return found


def review_queue(db: Database, flt: QueueFilter = QueueFilter()) -> list[QueueEntry]:
    """Closed sessions waiting for review, oldest first: never decided, or corrected since the latest decision."""
    return _closed_sessions(db, flt, None)


def sessions_in_state(db: Database, state: str, flt: QueueFilter = QueueFilter()) -> list[QueueEntry]:
    """Closed sessions whose review state is ``state`` («recibida»: never decided), oldest first."""
    try:
        return _closed_sessions(db, flt, ReviewState(state))
    except ValueError:
        raise ValidationError("Estado de revisión desconocido: «{state}». Use recibida, aprobada, "
                              "con_observaciones o rechazada.", state=state) from None


def _closed_sessions(db: Database, flt: QueueFilter, state: ReviewState | None) -> list[QueueEntry]:
    latest = aliased(SessionReview)
    if state is None:
        which = or_(latest.id.is_(None), latest.session_revision_id != Session.revision_id)
    elif state is ReviewState.RECIBIDA:
        which = latest.id.is_(None)
    else:
        which = latest.state == state.value
    query = (select(Session.id, Session.session_date, Municipality.name, School.name, Assistant.full_name,
                    Session.technique, Session.closed_at, Session.revision_id, latest)
             .join(Municipality, Municipality.code == Session.municipality_code)
             .outerjoin(School, School.id == Session.school_id)
             .outerjoin(Assistant, Assistant.id == Session.assistant_id)
             .outerjoin(latest, latest.id == _latest())
             .where(Session.deleted_at.is_(None), Session.status == SessionStatus.CERRADA.value, which))
    if flt.date_from:
        query = query.where(Session.session_date >= flt.date_from)
    if flt.date_to:
        query = query.where(Session.session_date <= flt.date_to)
    for column, value in ((Session.municipality_code, flt.municipality_code), (Session.school_id, flt.school_id),
                          (Session.assistant_id, flt.assistant_id), (Session.technique, flt.technique)):
        if value:
            query = query.where(column == value)
    query = query.order_by(Session.session_date, Session.start_time.nulls_last(), Session.id)
    with db.read() as tx:
        rows = tx.execute(query).all()
    return [QueueEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _review(r[0], r[7], r[8])) for r in rows]


def history(db: Database, session_id: str) -> list[Decision]:
    """Every decision on a session, oldest first (ties by id)."""
    r = SessionReview
    query = (select(r.id, r.session_id, r.session_revision_id, r.state, r.comment, r.reviewer, r.reviewed_at)
             .where(r.session_id == session_id, r.deleted_at.is_(None)).order_by(r.reviewed_at, r.id))
    with db.read() as tx:
        return [Decision(*row) for row in tx.execute(query).all()]
