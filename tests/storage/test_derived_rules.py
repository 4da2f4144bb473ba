"""The derived columns of commitments follow the module's rules for any state of their records.

The rules are written out here once more, in Python over the rows read back (``expected``), and
the statements of storage.derived must give the same columns on SQLite and PostgreSQL.
"""

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pg import both_databases
from sqlalchemy import select, update

from ati_desktop.services.inputs import CommitmentInput, VerificationInput
from ati_desktop.services.sessions import save_session
from ati_desktop.storage import derived
from ati_desktop.storage.derived import refresh_commitments, refresh_touched_commitments
from ati_desktop.storage.models import Commitment, CommitmentVerification, Session

pytestmark = both_databases

C, V, S = Commitment.__table__, CommitmentVerification.__table__, Session.__table__
CARRIERS = VERIFYING = 3
days = st.sampled_from([date(2026, 11, day) for day in (1, 2, 3)])
moments = st.sampled_from([datetime(2026, 11, 1, hour, minute, tzinfo=UTC) for hour in (8, 9) for minute in (0, 30)])
# Revision ids that sort differently by code point and by a language's collation.
revision_ids = st.text("aAzZ-_é09", min_size=1, max_size=5)


@pytest.fixture
def records(db, make_session):
    """Ids of 7 sessions, 6 commitments (3 made in the first session, 1 in each of the next 3)
    and 18 verifications (each of the last 3 sessions verifies every commitment)."""
    first = make_session(commitments=[CommitmentInput(f"Compromiso {n}", "María Fernanda Perdomo", "asistido")
                                      for n in range(3)])
    sessions = [first] + [make_session() for _ in range(CARRIERS)]
    for made in sessions:
        save_session(db, made)
    commitments = [c.id for made in sessions for c in made.commitments]
    for _ in range(VERIFYING):
        made = make_session(operations=["verificacion_compartida"], commitments=[],
                            verifications=[VerificationInput(i, "parcial", "Visita") for i in commitments])
        save_session(db, made)
        sessions.append(made)
    verifications = [v.id for made in sessions for v in made.verifications]
    return [made.id for made in sessions], commitments, verifications


def states(records):
    sessions, commitments, verifications = records
    session = st.fixed_dictionaries({"session_date": days, "deleted_at": st.none() | moments})
    verification = st.fixed_dictionaries({
        "deleted_at": st.none() | moments, "result": st.sampled_from(["cumplido", "parcial", "no_cumplido"]),
        "verified_on": days, "updated_at": moments})

    def commitment(index):
        others = st.sampled_from([i for n, i in enumerate(commitments) if n != index])
        return st.fixed_dictionaries({
            "deleted_at": st.none() | moments, "created_at": moments, "carried_from_id": st.none() | others,
            "status": st.sampled_from(["abierto", "cumplido", "trasladado", "cancelado"]),
            "closed_at": st.none() | moments, "last_verified_on": st.none() | days,
            "last_result": st.none() | st.just("parcial")})

    return st.tuples(st.lists(session, min_size=len(sessions), max_size=len(sessions)),
                     st.tuples(*[commitment(n) for n in range(len(commitments))]),
                     st.lists(verification, min_size=len(verifications), max_size=len(verifications)),
                     st.lists(revision_ids, min_size=len(verifications), max_size=len(verifications), unique=True))


def expected(tx):
    """The derived columns of every commitment, by the rules, from the rows as they are."""
    live_days = {i: day for i, day, gone in tx.execute(select(S.c.id, S.c.session_date, S.c.deleted_at)) if gone is None}
    verifications = [row for row in tx.execute(select(V.c.commitment_id, V.c.session_id, V.c.revision_id, V.c.result,
                                                      V.c.verified_on, V.c.updated_at, V.c.deleted_at))
                     if row.deleted_at is None and row.session_id in live_days]
    commitments = tx.execute(select(C.c.id, C.c.session_id, C.c.carried_from_id, C.c.created_at, C.c.deleted_at)).all()
    derived = {}
    for commitment in commitments:
        own = [v for v in verifications if v.commitment_id == commitment.id]
        carriers = [c.created_at for c in commitments if c.carried_from_id == commitment.id
                    and c.deleted_at is None and c.session_id in live_days]
        by_session = max(own, key=lambda v: (live_days[v.session_id], v.revision_id), default=None)
        by_own_date = max(own, key=lambda v: (v.verified_on, v.revision_id), default=None)
        if carriers:
            status = ("trasladado", min(carriers))
        elif by_session is not None and by_session.result == "cumplido":
            status = ("cumplido", by_session.updated_at)
        else:
            status = ("abierto", None)
        derived[commitment.id] = (*status, *((by_own_date.verified_on, by_own_date.result) if by_own_date else
                                             (None, None)))
    return derived


def derived_columns(tx):
    return {row[0]: tuple(row[1:]) for row in tx.execute(select(C.c.id, C.c.status, C.c.closed_at,
                                                                C.c.last_verified_on, C.c.last_result))}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_status_closing_and_latest_verification_follow_the_rules(db, records, data):
    sessions, commitments, verifications = records
    session_rows, commitment_rows, verification_rows, revisions = data.draw(states(records))
    with db.write() as tx:
        for record_id, values in zip(sessions, session_rows, strict=True):
            tx.execute(update(S).where(S.c.id == record_id).values(**values))
        for record_id, values in zip(commitments, commitment_rows, strict=True):
            tx.execute(update(C).where(C.c.id == record_id).values(**values))
        for record_id, values, revision_id in zip(verifications, verification_rows, revisions, strict=True):
            tx.execute(update(V).where(V.c.id == record_id).values(**values, revision_id=revision_id))
        refresh_commitments(tx, commitments)
        assert derived_columns(tx) == expected(tx)
        tx.rollback()


def test_a_merge_refreshes_the_commitments_its_records_bear_on(db, records, monkeypatch):
    sessions, commitments, verifications = records

    def refreshed(commitment_ids=(), verification_ids=(), session_ids=()):
        """The commitments recomputed («cancelado» is never a derived status)."""
        tx.execute(update(C).values(status="cancelado"))
        refresh_touched_commitments(tx, commitment_ids, verification_ids, session_ids)
        return sorted(tx.scalars(select(C.c.id).where(C.c.status != "cancelado")))

    with db.write() as tx:
        tx.execute(update(C).where(C.c.id == commitments[3]).values(carried_from_id=commitments[0]))
        assert refreshed([commitments[3]]) == sorted(commitments[i] for i in (0, 3))
        assert refreshed(verification_ids=[verifications[1]]) == [commitments[1]]
        assert refreshed(session_ids=[sessions[1]]) == sorted(commitments[i] for i in (0, 3))
        assert refreshed(session_ids=[sessions[0], sessions[2]]) == sorted(commitments[i] for i in (0, 1, 2, 4))
        assert refreshed(session_ids=[sessions[-1]]) == sorted(commitments)
        assert refreshed([commitments[5]], [verifications[1]], [sessions[1]]) == sorted(commitments[i]
                                                                                       for i in (0, 1, 3, 5))
        assert refreshed(["no-such-commitment"]) == []
        monkeypatch.setattr(derived, "CHUNK", 1)  # lists of different lengths, chunk by chunk
        assert refreshed([commitments[5]], [], [sessions[0], sessions[2]]) == sorted(commitments[i]
                                                                                    for i in (0, 1, 2, 4, 5))
        tx.rollback()
