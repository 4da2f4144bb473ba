"""Activity figures of the known record, worked out from its plain description."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date

from pg import both_databases
from report_record import ASSISTANTS, PERIOD, VISITS, period, record  # noqa: F401 (fixtures)

pytestmark = both_databases


def _counted(**only):
    start, end = PERIOD
    return [v for v in VISITS if not v.deleted and start <= v.day <= end
            and all(getattr(v, k) == value for k, value in only.items())]


def _by(visits, key):
    sessions, minutes = Counter(), Counter()
    for visit in visits:
        for k in key(visit):
            sessions[k] += 1
            minutes[k] += visit.minutes
    return {k: (sessions[k], minutes[k]) for k in sessions}


def test_totals_and_groupings(record, period):
    from ati_desktop.services.reports.activity import activity

    db, built = record
    report = activity(db, period)
    visits = _counted()
    assert report.sessions == len(visits) == 6
    assert report.minutes == sum(v.minutes for v in visits) == 645
    assert report.hours == 10.75
    assert {(c.municipality_code, c.month): (c.sessions, c.minutes) for c in report.by_municipality_month} == \
        _by(visits, lambda v: [(v.municipality, v.day.replace(day=1))])
    assert {t.key: (t.sessions, t.minutes) for t in report.by_operation} == _by(visits, lambda v: v.operations)
    assert {t.key: (t.sessions, t.minutes) for t in report.by_technique} == _by(visits, lambda v: [v.technique])
    assert {t.key: (t.sessions, t.minutes) for t in report.by_municipality} == \
        _by(visits, lambda v: [v.municipality])
    by_assistant = _by(visits, lambda v: [built.assistants[v.assistant]])
    assert {t.key: (t.sessions, t.minutes) for t in report.by_assistant} == by_assistant
    names = {t.key: t.label for t in report.by_assistant}
    assert names == {built.assistants[k]: name for k, name in ASSISTANTS.items()}
    assert [t.key for t in report.by_month] == ["2026-10", "2026-11"]
    assert {t.label for t in report.by_municipality} == {"Garzón", "La Plata", "Neiva"}


def test_filters_narrow_the_sessions(record, period):
    from ati_desktop.services.reports.activity import activity

    db, built = record
    garzon = activity(db, replace(period, municipality_code="41298"))
    assert garzon.sessions == len(_counted(municipality="41298"))
    beto = activity(db, replace(period, assistant_id=built.assistants["beto"]))
    assert beto.sessions == len(_counted(assistant="beto"))
    seguimiento = activity(db, replace(period, operation="seguimiento"))
    assert seguimiento.sessions == len([v for v in _counted() if "seguimiento" in v.operations])
    reunion = activity(db, replace(period, technique="reunion", level="institucional"))
    assert reunion.minutes == sum(v.minutes for v in _counted(technique="reunion", level="institucional"))
    school = activity(db, replace(period, school_id=built.schools["241298000001"]))
    assert school.sessions == len(_counted(school="241298000001"))
    october = activity(db, replace(period, date_to=date(2026, 10, 31)))
    assert october.sessions == len([v for v in _counted() if v.day.month == 10])
