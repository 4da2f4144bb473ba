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
from functools import cache

from sqlalchemy import bindparam, case, func, or_, select, union, update
from sqlmodel import Session as DbSession

from ati_desktop.domain.reference import CommitmentStatus, VerificationResult

from .models import Commitment, CommitmentVerification, Session

CHUNK = 500


def refresh_commitments(tx: DbSession, commitment_ids: Iterable[str]) -> None:
    """Recompute the status, closing time and latest verification of these commitments from
    their records: one statement per chunk of them."""
    ids = [i for i in dict.fromkeys(commitment_ids) if i]
    statement = _derived(tx.get_bind().dialect.name, touched=False)
    for start in range(0, len(ids), CHUNK):
        tx.execute(statement, {"ids": ids[start:start + CHUNK]})


def refresh_touched_commitments(tx: DbSession, commitment_ids: Iterable[str], verification_ids: Iterable[str],
                                session_ids: Iterable[str]) -> None:
    """Recompute the commitments these written records bear on: the commitments themselves,
    those the verifications verify, those made or verified in the sessions, and the commitments
    each of these is carried from. One statement per chunk of each list (a commitment that two
    chunks bear on is recomputed twice, to the same values)."""
    lists = {name: sorted(set(ids)) for name, ids in (("commitments", commitment_ids),
                                                      ("verifications", verification_ids),
                                                      ("sessions", session_ids))}
    statement = _derived(tx.get_bind().dialect.name, touched=True)
    for start in range(0, max(map(len, lists.values())), CHUNK):
        tx.execute(statement, {name: ids[start:start + CHUNK] for name, ids in lists.items()})


def refresh_last_verifications(tx: DbSession) -> None:
    """Recompute the latest verification of every verified commitment, in one statement (for
    rows written in bulk, such as the demo's)."""
    c, v = Commitment.__table__, CommitmentVerification.__table__
    verified = select(v.c.id).where(v.c.commitment_id == c.c.id).exists()
    tx.execute(update(c).values(last_verified_on=_latest_verification(c, v.c.verified_on),
                                last_result=_latest_verification(c, v.c.result)).where(verified))


def _latest_verification(c, column):
    """``column`` of the latest live verification of commitment ``c`` by its own date, ties by
    revision id."""
    v, s = CommitmentVerification.__table__, Session.__table__
    return (select(column).select_from(v.join(s, s.c.id == v.c.session_id))
            .where(v.c.commitment_id == c.c.id, v.c.deleted_at.is_(None), s.c.deleted_at.is_(None))
            .order_by(v.c.verified_on.desc(), v.c.revision_id.desc())
            .limit(1)
            .scalar_subquery())


def _touched():
    """The ids of the commitments that ``:commitments``, ``:verifications`` and ``:sessions``
    (expanding lists) bear on, and of those they are carried from."""
    c, v = Commitment.__table__, CommitmentVerification.__table__
    sessions = bindparam("sessions", expanding=True)
    direct = union(select(c.c.id).where(c.c.id.in_(bindparam("commitments", expanding=True))),
                   select(v.c.commitment_id).where(v.c.id.in_(bindparam("verifications", expanding=True))),
                   select(c.c.id).where(c.c.session_id.in_(sessions)),
                   select(v.c.commitment_id).where(v.c.session_id.in_(sessions))).cte("touched")
    carried = select(c.c.carried_from_id).where(c.c.id.in_(select(direct.c.id)))
    return select(direct.c.id).union(carried)


@cache
def _derived(dialect: str, touched: bool):
    """UPDATE of the derived columns of the commitments in ``:ids`` (an expanding list), or of
    those :func:`_touched` lists; built once, as building it costs more than running it on a chunk."""
    c, v, s = Commitment.__table__, CommitmentVerification.__table__, Session.__table__
    row = c.alias("row")
    carrier, carrier_session = c.alias("carrier"), s.alias("carrier_session")
    carried_at = (select(func.min(carrier.c.created_at))
                  .select_from(carrier.join(carrier_session, carrier_session.c.id == carrier.c.session_id))
                  .where(carrier.c.carried_from_id == row.c.id, carrier.c.deleted_at.is_(None),
                         carrier_session.c.deleted_at.is_(None))
                  .scalar_subquery())
    # Its latest live verification by the session's date, ties by revision id compared as
    # Python compares text (code points: PostgreSQL's "C" collation), if that one says «cumplido»
    # (its updated_at is never null, so null means not closed by a verification).
    revision_id = v.c.revision_id.collate("C") if dialect == "postgresql" else v.c.revision_id
    done_at = (select(case((v.c.result == VerificationResult.CUMPLIDO.value, v.c.updated_at)))
               .select_from(v.join(s, s.c.id == v.c.session_id))
               .where(v.c.commitment_id == row.c.id, v.c.deleted_at.is_(None), s.c.deleted_at.is_(None))
               .order_by(s.c.session_date.desc(), revision_id.desc())
               .limit(1)
               .scalar_subquery())
    wanted = (select(row.c.id, carried_at.label("carried_at"), done_at.label("done_at"),
                     _latest_verification(row, v.c.verified_on).label("verified_on"),
                     _latest_verification(row, v.c.result).label("result"))
              .where(row.c.id.in_(_touched() if touched else bindparam("ids", expanding=True)))
              .cte("wanted")
              .prefix_with("MATERIALIZED"))  # each subquery once per row, not once per use
    status = case((wanted.c.carried_at.is_not(None), CommitmentStatus.TRASLADADO.value),
                  (wanted.c.done_at.is_not(None), CommitmentStatus.CUMPLIDO.value),
                  else_=CommitmentStatus.ABIERTO.value)
    pairs = ((c.c.status, status), (c.c.closed_at, func.coalesce(wanted.c.carried_at, wanted.c.done_at)),
             (c.c.last_verified_on, wanted.c.verified_on), (c.c.last_result, wanted.c.result))
    # Only rows that change are written (the others would be rewritten with their own values).
    return (update(c).where(c.c.id == wanted.c.id, or_(*(now.is_distinct_from(then) for now, then in pairs)))
            .values({now: then for now, then in pairs}))
