"""Coverage of the known record: visited, not visited and never visited schools and campuses."""

from __future__ import annotations

from dataclasses import replace

from pg import both_databases
from report_record import CATALOGUE, PERIOD, VISITS, period, record  # noqa: F401 (fixtures)

pytestmark = both_databases

CERTIFIED = {"41001", "41551"}


def _catalogue():
    lines = [line.split(",") for line in CATALOGUE.strip().splitlines()[1:]]
    schools = {dane: town for dane, _name, town, _c, _cn in lines if town not in CERTIFIED}
    campuses = {campus: dane for dane, _n, town, campus, _cn in lines if campus and town not in CERTIFIED}
    return schools, campuses


def _visits_until(end, key):
    found: dict[str, list] = {}
    for visit in VISITS:
        if not visit.deleted and visit.day <= end and key(visit):
            found.setdefault(key(visit), []).append(visit.day)
    return found


def test_schools_campuses_and_municipalities(record, period):
    from ati_desktop.services.reports.coverage import coverage

    db, built = record
    report = coverage(db, period)
    start, end = PERIOD
    schools, campuses = _catalogue()
    visits = _visits_until(end, lambda v: v.school)
    by_id = {s.school_id: s for s in report.schools}
    assert set(by_id) == {built.schools[dane] for dane in schools}
    for dane in schools:
        row, days = by_id[built.schools[dane]], visits.get(dane, [])
        assert row.sessions == sum(1 for d in days if d >= start), dane
        assert row.last_visit == (max(days) if days else None), dane
        assert row.days_since_last_visit == ((end - max(days)).days if days else None), dane
    assert report.never_visited == sum(1 for dane in schools if dane not in visits) == 1
    assert report.visited == sum(1 for dane in schools if any(d >= start for d in visits.get(dane, [])))
    assert report.rate == report.visited / len(schools)

    campus_visits = _visits_until(end, lambda v: v.campus)
    assert {c.campus_id: c.sessions for c in report.campuses} == {
        built.campuses[c]: sum(1 for d in campus_visits.get(c, []) if d >= start) for c in campuses}

    assert len(report.municipalities) == 35
    towns = {m.code: m for m in report.municipalities}
    assert "41001" not in towns and "41551" not in towns
    for code in set(schools.values()):
        mine = [dane for dane, town in schools.items() if town == code]
        assert towns[code].schools == len(mine)
        assert towns[code].visited == sum(1 for dane in mine if by_id[built.schools[dane]].visited)
        assert towns[code].never_visited == sum(1 for dane in mine if dane not in visits)
    assert towns["41298"].campuses == 2 and towns["41298"].campuses_visited == 1
    assert towns["41020"].schools == 0 and towns["41020"].rate is None


def test_filters_change_what_counts_as_a_visit(record, period):
    from ati_desktop.services.reports.coverage import coverage

    db, built = record
    ana = coverage(db, replace(period, assistant_id=built.assistants["ana"]))
    visited_by_ana = {v.school for v in VISITS if v.assistant == "ana" and not v.deleted
                      and PERIOD[0] <= v.day <= PERIOD[1] and v.school}
    assert {s.school_id for s in ana.schools if s.visited} == {built.schools[d] for d in visited_by_ana}
    garzon = coverage(db, replace(period, municipality_code="41298"))
    assert [m.code for m in garzon.municipalities] == ["41298"]
    assert {s.municipality_code for s in garzon.schools} == {"41298"}
