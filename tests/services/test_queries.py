"""Paging by key: the same rows as OFFSET paging, in the same order, ties and missing times included."""

from __future__ import annotations

from datetime import date, time

import pytest

from ati_desktop.domain.reference import Operation
from ati_desktop.services.demo import generate_demo
from ati_desktop.services.inputs import SessionInput
from ati_desktop.services import queries
from ati_desktop.services.queries import (
    SessionFilter,
    count_advisories,
    count_sessions,
    list_advisories,
    list_sessions,
    load_session,
)
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import delete_session, save_session
from ati_desktop.storage.database import Database

ALL = 10_000  # more than any filter here matches
WORD = "convivencia"  # in many demo sessions, and in every session added by hand below


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """400 demo sessions; on the date of one of them, sessions without a start time or sharing one."""
    db = Database.open(tmp_path_factory.mktemp("keyset") / "keyset.sqlite")
    generate_demo(db, 400, seed=5)
    busy = list_sessions(db, limit=ALL)[40]
    school = add_school_in_field(db, "Institución Educativa La Inmaculada", "41298")

    def add(start: time | None, operations: list[str], channel: str = "in_situ") -> None:
        save_session(db, SessionInput(
            level="institucional", municipality_code="41298", school_id=school.id,
            session_date=busy.session_date, start_time=start, channel=channel, operations=operations,
            technique="observacion", form_id="observacion", form_version=1,
            objective=f"Comité de {WORD} escolar"))

    for _ in range(3):
        add(None, ["seguimiento"])
    add(None, ["asesoria"], channel="celular")
    add(time(8, 0), ["seguimiento"])
    add(time(8, 0), ["asesoria"], channel="correo")
    add(busy.start_time, ["control"])  # the same day and time as a demo session: only the id tells
    yield db, busy.session_date
    db.close()


def _by_key(flt: SessionFilter, db: Database, size: int) -> list:
    rows, after = [], None
    while page := list_sessions(db, flt, limit=size, after=after):
        rows += page
        after = page[-1].key
        assert len(rows) <= ALL, "a key led back to rows already listed"
    return rows


def _by_offset(flt: SessionFilter, db: Database, size: int) -> list:
    rows = []
    while page := list_sessions(db, flt, len(rows), size):
        rows += page
    return rows


FILTERS = {
    "all": SessionFilter(),
    "municipality": SessionFilter(municipality_code="41298"),
    "operation": SessionFilter(operation=Operation.ASESORIA.value),
    "text": SessionFilter(text=WORD),
    "text and municipality": SessionFilter(text=WORD, municipality_code="41298"),
    "technique and status": SessionFilter(technique="observacion", status="abierta"),
}


# One-row pages only where the filter leaves few rows: hundreds of them would add nothing.
@pytest.mark.parametrize(("name", "size"), [(name, size) for name in FILTERS for size in (7, 50)]
                         + [("operation", 1), ("text and municipality", 1)])
def test_pages_by_key_are_the_pages_by_offset(mixed, name, size):
    db, _day = mixed
    flt = FILTERS[name]
    by_key = _by_key(flt, db, size)
    assert by_key == _by_offset(flt, db, size) == list_sessions(db, flt, limit=ALL)
    assert len(by_key) == count_sessions(db, flt) > 0
    assert len({row.id for row in by_key}) == len(by_key)


def test_a_day_lists_timed_sessions_latest_first_then_untimed_ones_by_id(mixed):
    db, day = mixed
    rows = [row for row in list_sessions(db, limit=ALL) if row.session_date == day]
    timed = [row for row in rows if row.start_time is not None]
    untimed = rows[len(timed):]
    assert len(untimed) == 4 and all(row.start_time is None for row in untimed)
    assert [row.id for row in untimed] == sorted(row.id for row in untimed)
    assert [row.start_time for row in timed] == sorted((row.start_time for row in timed), reverse=True)
    for earlier, later in zip(timed, timed[1:]):
        if earlier.start_time == later.start_time:
            assert earlier.id < later.id
    # Pages of one row cross every tie of the day.
    first = list_sessions(db, limit=ALL).index(rows[0])
    after, crossed = list_sessions(db, limit=ALL)[first - 1].key, []
    for _ in rows:
        crossed += list_sessions(db, limit=1, after=after)
        after = crossed[-1].key
    assert crossed == rows


def test_after_and_offset_together_skip_rows_past_the_key(mixed):
    db, _day = mixed
    rows = list_sessions(db, limit=30)
    assert list_sessions(db, offset=5, limit=10, after=rows[9].key) == rows[15:25]


def test_the_advisory_log_lists_asesorias_with_channel_and_objective(mixed):
    db, day = mixed
    wanted = list_sessions(db, SessionFilter(operation=Operation.ASESORIA.value), limit=ALL)
    entries, after = [], None
    while page := list_advisories(db, after=after, limit=7):
        entries += page
        after = page[-1].key
        assert len(entries) <= ALL, "a key led back to rows already listed"
    assert [e.id for e in entries] == [row.id for row in wanted]
    assert count_advisories(db) == len(entries) > 2
    for entry in entries:
        full = load_session(db, entry.id)
        assert Operation.ASESORIA.value in full["operations"]
        assert (entry.session_date, entry.channel, entry.objective) == (
            date.fromisoformat(full["session_date"]), full["channel"], (full["objective"] or "").strip())
    by_hand = [e for e in entries if e.session_date == day and e.school == "Institución Educativa La Inmaculada"]
    assert [(e.start_time, e.channel) for e in by_hand] == [(time(8, 0), "correo"), (None, "celular")]
    assert by_hand[0].municipality == "Garzón" and by_hand[0].objective == f"Comité de {WORD} escolar"


def test_a_deleted_asesoria_leaves_the_log(db, make_session):
    kept = save_session(db, make_session(operations=["asesoria"], channel="celular"))
    gone = save_session(db, make_session(operations=["asesoria"], channel="correo"))
    save_session(db, make_session())
    delete_session(db, gone.id)
    assert [e.id for e in list_advisories(db)] == [kept.id]
    assert count_advisories(db) == 1


@pytest.mark.parametrize("few_matches", [0, 10**6], ids=["walking the date index", "sorting the matches"])
def test_a_plain_search_lists_what_a_filtered_one_lists_newest_first(mixed, monkeypatch, few_matches):
    """FTS5 answers a search without other filters by itself; the filtered path is the oracle."""
    db, _day = mixed
    monkeypatch.setattr(queries, "FEW_MATCHES", few_matches)
    every_date = SessionFilter(text=WORD, date_from=date(2000, 1, 1))
    expected = list_sessions(db, every_date, limit=ALL)
    assert 30 < len(expected) < count_sessions(db)
    assert _by_key(SessionFilter(text=WORD), db, 7) == expected
    assert count_sessions(db, SessionFilter(text=WORD)) == count_sessions(db, every_date) == len(expected)
    assert [row for row in list_sessions(db, limit=ALL) if row in expected] == expected


def test_a_deleted_session_is_neither_counted_nor_listed_by_a_search(db, make_session):
    kept = save_session(db, make_session(objective="Seguimiento al plan de lectura"))
    gone = save_session(db, make_session(objective="Seguimiento al plan de lectura en la sede rural"))
    delete_session(db, gone.id)
    assert [row.id for row in list_sessions(db, SessionFilter(text="lectura"))] == [kept.id]
    assert count_sessions(db, SessionFilter(text="lectura")) == 1


def test_words_of_one_or_two_letters_match_whole_words_only(db, make_session):
    save_session(db, make_session(objective="Reunión con el PMI y la profesora de inglés"))
    assert count_sessions(db, SessionFilter(text="pm")) == 0
    assert count_sessions(db, SessionFilter(text="pmi")) == 1
    assert count_sessions(db, SessionFilter(text="la")) == 1
    assert count_sessions(db, SessionFilter(text="profe")) == 1


def test_a_municipality_counts_its_sessions_not_deleted_within_the_dates(db, make_session):
    """A municipality's count (dates or not) is every session of it less the deleted ones."""
    days = [date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 17), date(2026, 11, 24)]
    saved = [save_session(db, make_session(session_date=day)) for day in days]
    save_session(db, make_session(municipality_code="41001", school_id=None, level="municipal"))
    delete_session(db, saved[1].id)
    delete_session(db, saved[3].id)
    town = SessionFilter(municipality_code="41298")
    assert count_sessions(db, town) == len(list_sessions(db, town, limit=ALL)) == 2
    november = SessionFilter(municipality_code="41298", date_from=days[1], date_to=days[2])
    assert count_sessions(db, november) == len(list_sessions(db, november, limit=ALL)) == 1
    assert count_sessions(db, SessionFilter(municipality_code="41298", date_from=days[3])) == 0
