"""The review of sessions: decisions, the queue and each session's state, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pg import both_databases

from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.domain.ids import new_id
from ati_desktop.services import reviews
from ati_desktop.services.reviews import QueueFilter, review_of, review_queue, set_review
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import save_session
from ati_desktop.storage import revlog

T0 = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
REMARK = "Falta la firma de la rectora en el acta."


def _assistant(db, name: str) -> str:
    assistant_id = new_id()
    with db.write() as tx:
        revlog.write_local(tx, db.device_id, [revlog.Change("assistant", assistant_id, {"full_name": name})])
    return assistant_id


def _closed(db, make_session, day: date, **overrides):
    data = make_session(session_date=day, **overrides)
    saved = save_session(db, data, close=True)
    data.id = saved.id
    return data


def _correct(db, data, reason="Se agregó la firma que faltaba"):
    data.objective = f"{data.objective} (corregido)"
    return save_session(db, data, correction_reason=reason)


def _queue_ids(db, flt=QueueFilter()):
    return [entry.session_id for entry in review_queue(db, flt)]


@both_databases
def test_the_queue_holds_closed_sessions_oldest_first_until_decided_and_again_after_a_correction(db, make_session):
    days = [date(2026, 11, 9), date(2026, 10, 2), date(2026, 11, 1), date(2026, 10, 20)]
    closed = {day: _closed(db, make_session, day) for day in days}
    save_session(db, make_session(session_date=date(2026, 9, 1)))  # open: nothing to review yet
    # What each session's latest decision is, and whether a correction came after it: kept by hand.
    expected: dict[str, tuple[str, bool]] = {data.id: ("recibida", False) for data in closed.values()}

    def waiting() -> list[str]:
        return [closed[day].id for day in sorted(days)
                if expected[closed[day].id][0] == "recibida" or expected[closed[day].id][1]]

    assert _queue_ids(db) == waiting() == [closed[day].id for day in sorted(days)]

    approved, observed, rejected = closed[days[0]], closed[days[1]], closed[days[2]]
    set_review(db, approved.id, "aprobada", None, "Luz Marina Vargas", now=T0)
    expected[approved.id] = ("aprobada", False)
    set_review(db, observed.id, "con_observaciones", REMARK, "Luz Marina Vargas", now=T0)
    expected[observed.id] = ("con_observaciones", False)
    set_review(db, rejected.id, "rechazada", "La sesión no corresponde al establecimiento.", "Luz Marina Vargas",
               now=T0)
    expected[rejected.id] = ("rechazada", False)
    assert _queue_ids(db) == waiting() == [closed[days[3]].id]

    state = review_of(db, observed.id)
    assert (state.state, state.comment, state.reviewer, state.reviewed_at) == \
        ("con_observaciones", REMARK, "Luz Marina Vargas", T0)
    assert state.open_remark and not state.corrected_since and state.label == "Con observaciones"

    _correct(db, observed)  # the correction answers the remark: the session waits again
    expected[observed.id] = ("con_observaciones", True)
    assert _queue_ids(db) == waiting() == [observed.id, closed[days[3]].id]
    [entry] = [e for e in review_queue(db) if e.session_id == observed.id]
    assert entry.review.corrected_since and not entry.review.open_remark and entry.review.comment == REMARK
    assert entry.municipality == "Garzón" and entry.school == "Institución Educativa Simón Bolívar"

    _correct(db, approved)  # an approval stays an approval, but what it judged changed: it waits again
    expected[approved.id] = ("aprobada", True)
    assert waiting() == [observed.id, closed[days[3]].id, approved.id]
    assert _queue_ids(db) == waiting()

    set_review(db, observed.id, "aprobada", None, "Luz Marina Vargas", now=T0 + timedelta(days=1))
    expected[observed.id] = ("aprobada", False)
    assert _queue_ids(db) == waiting() == [closed[days[3]].id, approved.id]
    assert {key: (review_of(db, key).state, review_of(db, key).corrected_since) for key in expected} == expected
    for state in ("recibida", "aprobada", "con_observaciones", "rechazada"):
        assert [e.session_id for e in reviews.sessions_in_state(db, state)] == \
            [closed[day].id for day in sorted(days) if expected[closed[day].id][0] == state], state
    with pytest.raises(ValidationError, match="desconocido"):
        reviews.sessions_in_state(db, "pendiente")


@both_databases
def test_the_latest_decision_counts_by_time_then_by_id_and_history_keeps_them_all(db, make_session):
    data = _closed(db, make_session, date(2026, 11, 3))
    later = set_review(db, data.id, "con_observaciones", REMARK, "Luz Marina Vargas", now=T0 + timedelta(hours=2))
    earlier = set_review(db, data.id, "aprobada", None, "Jairo Ortiz", now=T0)  # arrives later, decided earlier
    assert review_of(db, data.id).state == "con_observaciones"

    tied = [set_review(db, data.id, state, "Revisado en el comité.", "Comité", now=T0 + timedelta(hours=3))
            for state in ("aprobada", "rechazada", "con_observaciones")]
    winner = max(tied, key=lambda decision: decision.id)
    assert review_of(db, data.id).state == winner.state

    history = reviews.history(db, data.id)
    assert [d.id for d in history] == [earlier.id, later.id, *sorted(d.id for d in tied)]
    assert {d.session_revision_id for d in history} == {earlier.session_revision_id}
    assert history[0].reviewed_at == T0 and history[0].comment is None and history[0].reviewer == "Jairo Ortiz"


@both_databases
def test_the_queue_filters_by_municipality_school_assistant_technique_and_period(db, make_session, school):
    other_school = add_school_in_field(db, "Institución Educativa San Andrés", "41396", "241396000003")
    ana, beto = _assistant(db, "Ana Lucía Ruiz"), _assistant(db, "Beto Díaz Cabrera")
    plan = [  # (day, municipality, school, assistant, technique)
        (date(2026, 10, 5), "41298", school.id, ana, "reunion"),
        (date(2026, 10, 20), "41298", school.id, beto, "entrevista"),
        (date(2026, 11, 10), "41396", other_school.id, beto, "reunion"),
        (date(2026, 11, 25), "41396", other_school.id, ana, "taller"),
    ]
    ids = [_closed(db, make_session, day, municipality_code=town, school_id=place, assistant_id=who,
                   technique=technique).id
           for day, town, place, who, technique in plan]

    def expect(keep) -> list[str]:
        return [key for key, row in zip(ids, plan) if keep(*row)]

    cases = [
        (QueueFilter(municipality_code="41396"), lambda d, m, s, a, t: m == "41396"),
        (QueueFilter(school_id=school.id), lambda d, m, s, a, t: s == school.id),
        (QueueFilter(assistant_id=beto), lambda d, m, s, a, t: a == beto),
        (QueueFilter(technique="reunion"), lambda d, m, s, a, t: t == "reunion"),
        (QueueFilter(date_from=date(2026, 10, 20), date_to=date(2026, 11, 10)),
         lambda d, m, s, a, t: date(2026, 10, 20) <= d <= date(2026, 11, 10)),
        (QueueFilter(date_from=date(2026, 10, 6), assistant_id=ana), lambda d, m, s, a, t: d >= date(2026, 10, 6)
         and a == ana),
    ]
    for flt, keep in cases:
        assert _queue_ids(db, flt) == expect(keep), flt
    assert [e.assistant for e in review_queue(db)] == ["Ana Lucía Ruiz", "Beto Díaz Cabrera", "Beto Díaz Cabrera",
                                                       "Ana Lucía Ruiz"]
    with pytest.raises(ValidationError, match="antes de empezar"):
        QueueFilter(date_from=date(2026, 11, 1), date_to=date(2026, 10, 1))


@both_databases
def test_a_decision_is_refused_with_a_clear_message_and_writes_nothing(db, make_session):
    data = _closed(db, make_session, date(2026, 11, 3))
    open_session = save_session(db, make_session())
    refusals = [
        ((data.id, "con_observaciones", "  ", "Luz Marina Vargas"), ValidationError, "comentario"),
        ((data.id, "rechazada", None, "Luz Marina Vargas"), ValidationError, "comentario"),
        ((data.id, "recibida", None, "Luz Marina Vargas"), ValidationError, "desconocida"),
        ((data.id, "aprobadisima", None, "Luz Marina Vargas"), ValidationError, "desconocida"),
        ((data.id, "aprobada", None, "   "), ValidationError, "quién revisa"),
        ((data.id, "aprobada", None, "x" * 161), ValidationError, "160 caracteres"),
        ((open_session.id, "aprobada", None, "Luz Marina Vargas"), ValidationError, "cerradas"),
        ((new_id(), "aprobada", None, "Luz Marina Vargas"), NotFoundError, "No existe la sesión"),
    ]
    for args, error, words in refusals:
        with pytest.raises(error, match=words):
            set_review(db, *args)
    assert reviews.history(db, data.id) == []
    assert review_of(db, data.id).state == "recibida"
    assert review_of(db, open_session.id).state == "recibida"
    with pytest.raises(NotFoundError):
        review_of(db, new_id())


@both_databases
def test_the_session_list_filters_the_remarks_still_to_answer(db, make_session):
    from ati_desktop.services.queries import SessionFilter, count_sessions, list_sessions

    sessions = {key: _closed(db, make_session, date(2026, 11, day))
                for key, day in (("observed", 3), ("rejected", 4), ("answered", 5), ("approved", 6), ("waiting", 7))}
    save_session(db, make_session(session_date=date(2026, 11, 8)))  # open
    for key, state in (("observed", "con_observaciones"), ("rejected", "rechazada"), ("answered", "rechazada"),
                       ("approved", "aprobada")):
        set_review(db, sessions[key].id, state, "Revise el acta.", "Luz Marina Vargas", now=T0)
    _correct(db, sessions["answered"])
    set_review(db, sessions["approved"].id, "con_observaciones", "Falta una firma.", "Jairo Ortiz",
               now=T0 - timedelta(days=1))  # an older remark: the approval is the latest decision

    flt = SessionFilter(remarks=True)
    expected = [sessions[key].id for key in ("rejected", "observed")]  # newest first
    assert [row.id for row in list_sessions(db, flt)] == expected
    assert count_sessions(db, flt) == 2
    assert count_sessions(db, SessionFilter(remarks=True, municipality_code="41298", date_from=date(2026, 11, 4))) == 1
