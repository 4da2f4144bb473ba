"""Following commitments across visits: pending per school, overdue at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

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
    last_result = (
        select(CommitmentVerification.result)
        .where(CommitmentVerification.commitment_id == Commitment.id,
               CommitmentVerification.deleted_at.is_(None))
        .order_by(CommitmentVerification.verified_on.desc(), CommitmentVerification.updated_at.desc())
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
    today = today or date.today()
    query = select(Commitment.id).where(
        Commitment.deleted_at.is_(None), Commitment.status == CommitmentStatus.ABIERTO,
        Commitment.due_date < today)
    with db.read() as tx:
        return len(tx.execute(query).all())


def history(db: Database, commitment_id: str) -> list[CommitmentVerification]:
    """Every verification of a commitment, oldest first."""
    query = (select(CommitmentVerification)
             .where(CommitmentVerification.commitment_id == commitment_id,
                    CommitmentVerification.deleted_at.is_(None))
             .order_by(CommitmentVerification.verified_on))
    with db.read() as tx:
        return list(tx.scalars(query))
