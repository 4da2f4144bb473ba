"""Columns derived from other records, never revisions of their own.

A commitment's status follows from the records about it: a live commitment carried over from
it makes it «trasladado»; otherwise its latest live verification (by the verifying session's
date, ties by the verification's revision id: never a clock) says «cumplido» or leaves it
«abierto». Verifications made on different devices are separate records, so they never
conflict; every device that holds the same records derives the same status.

The row also keeps the date and result of the latest live verification as the reports order
them: by the verification's own date (``verified_on``, its session's date when saved), ties
by revision id (``last_verified_on``, ``last_result``; migration 0008).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, select, update
from sqlmodel import Session as DbSession

from ati_desktop.domain.reference import CommitmentStatus, VerificationResult

from .models import Commitment, CommitmentVerification, Session

CHUNK = 500


def refresh_commitments(tx: DbSession, commitment_ids: Iterable[str]) -> None:
    """Recompute the status, closing time and latest verification of these commitments from
    their records."""
    ids = [i for i in dict.fromkeys(commitment_ids) if i]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        _refresh(tx, chunk)
        tx.execute(_last_verification().where(Commitment.__table__.c.id.in_(chunk)))


def refresh_last_verifications(tx: DbSession) -> None:
    """Recompute the latest verification of every verified commitment, in one statement (for
    rows written in bulk, such as the demo's)."""
    v = CommitmentVerification.__table__
    verified = select(v.c.id).where(v.c.commitment_id == Commitment.__table__.c.id).exists()
    tx.execute(_last_verification().where(verified))


def _last_verification():
    """UPDATE of ``last_verified_on`` and ``last_result`` from each row's own verifications."""
    c, v, s = Commitment.__table__, CommitmentVerification.__table__, Session.__table__

    def latest(column):
        return (select(column).select_from(v.join(s, s.c.id == v.c.session_id))
                .where(v.c.commitment_id == c.c.id, v.c.deleted_at.is_(None), s.c.deleted_at.is_(None))
                .order_by(v.c.verified_on.desc(), v.c.revision_id.desc())
                .limit(1)
                .scalar_subquery())

    return update(c).values(last_verified_on=latest(v.c.verified_on), last_result=latest(v.c.result))


def _refresh(tx: DbSession, ids: list[str]) -> None:
    c, v, s = Commitment.__table__, CommitmentVerification.__table__, Session.__table__
    latest: dict[str, tuple] = {}
    for commitment_id, day, revision_id, result, made_at in tx.execute(
            select(v.c.commitment_id, s.c.session_date, v.c.revision_id, v.c.result, v.c.updated_at)
            .join(s, s.c.id == v.c.session_id)
            .where(v.c.commitment_id.in_(ids), v.c.deleted_at.is_(None), s.c.deleted_at.is_(None))):
        key = (day, revision_id)
        if commitment_id not in latest or key > latest[commitment_id][0]:
            latest[commitment_id] = (key, result, made_at)
    carried: dict[str, object] = {}
    carrier = c.alias("carrier")
    for origin_id, made_at in tx.execute(
            select(carrier.c.carried_from_id, carrier.c.created_at)
            .join(s, s.c.id == carrier.c.session_id)
            .where(carrier.c.carried_from_id.in_(ids), carrier.c.deleted_at.is_(None),
                   s.c.deleted_at.is_(None))):
        if origin_id not in carried or made_at < carried[origin_id]:
            carried[origin_id] = made_at
    changes = []
    for commitment_id, status, closed_at in tx.execute(select(c.c.id, c.c.status, c.c.closed_at)
                                                       .where(c.c.id.in_(ids))):
        if commitment_id in carried:
            wanted = (CommitmentStatus.TRASLADADO.value, carried[commitment_id])
        elif commitment_id in latest and latest[commitment_id][1] == VerificationResult.CUMPLIDO.value:
            wanted = (CommitmentStatus.CUMPLIDO.value, latest[commitment_id][2])
        else:
            wanted = (CommitmentStatus.ABIERTO.value, None)
        if (status, closed_at) != wanted:
            changes.append({"b_id": commitment_id, "b_status": wanted[0], "b_closed_at": wanted[1]})
    if changes:
        tx.execute(update(c).where(c.c.id == bindparam("b_id"))
                   .values(status=bindparam("b_status"), closed_at=bindparam("b_closed_at")), changes)
