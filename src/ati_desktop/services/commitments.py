"""Following commitments across visits: pending per school, overdue at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ati_desktop.domain.reference import CommitmentStatus
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Commitment, CommitmentVerification, Session


@dataclass(frozen=True)
class PendingCommitment:
    id: str
    description: str
    responsible: str
    side: str
    due_date: date | None
    origin_session_id: str
    origin_date: date
    last_result: str | None
    overdue: bool


def pending_commitments(db: Database, school_id: str, today: date | None = None) -> list[PendingCommitment]:
    """Open commitments born at a school, oldest due date first."""
    today = today or date.today()
    # The latest verification by the verifying session's date, ties by revision id: never a clock.
    verifying = Session.__table__.alias("verifying")
    last_result = (
        select(CommitmentVerification.result)
        .join(verifying, verifying.c.id == CommitmentVerification.session_id)
        .where(CommitmentVerification.commitment_id == Commitment.id,
               CommitmentVerification.deleted_at.is_(None), verifying.c.deleted_at.is_(None))
        .order_by(verifying.c.session_date.desc(), CommitmentVerification.revision_id.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(Commitment.id, Commitment.description, Commitment.responsible, Commitment.side,
               Commitment.due_date, Session.id, Session.session_date, last_result)
        .join(Session, Session.id == Commitment.session_id)
        .where(Session.school_id == school_id, Session.deleted_at.is_(None),
               Commitment.deleted_at.is_(None), Commitment.status == CommitmentStatus.ABIERTO)
        .order_by(Commitment.due_date.is_(None), Commitment.due_date, Session.session_date)
    )
    with db.read() as tx:
        rows = tx.execute(query).all()
    return [PendingCommitment(*row, overdue=bool(row[4] and row[4] < today)) for row in rows]


def overdue_count(db: Database, today: date | None = None) -> int:
    """Open commitments past their due date, of sessions that still exist."""
    today = today or date.today()
    query = (select(func.count()).select_from(Commitment)
             .join(Session, Session.id == Commitment.session_id)
             .where(Session.deleted_at.is_(None), Commitment.deleted_at.is_(None),
                    Commitment.status == CommitmentStatus.ABIERTO, Commitment.due_date < today))
    with db.read() as tx:
        return tx.execute(query).scalar_one()


@dataclass(frozen=True)
class VerificationEntry:
    id: str
    session_id: str
    session_date: date
    result: str
    note: str | None
    device_id: str


def history(db: Database, commitment_id: str) -> list[VerificationEntry]:
    """Every live verification of a commitment, oldest first (ties by revision id)."""
    v = CommitmentVerification
    query = (select(v.id, v.session_id, Session.session_date, v.result, v.note, v.device_id)
             .join(Session, Session.id == v.session_id)
             .where(v.commitment_id == commitment_id, v.deleted_at.is_(None), Session.deleted_at.is_(None))
             .order_by(Session.session_date, v.revision_id))
    with db.read() as tx:
        return [VerificationEntry(*row) for row in tx.execute(query).all()]
