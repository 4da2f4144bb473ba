"""Commitments of the known record: states at the period's end, rates, overdue with age."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pg import both_databases
from report_record import PERIOD, VISITS, period, record  # noqa: F401 (fixtures)

pytestmark = both_databases


def _expected_states(start, end):
    """Each commitment made in the period, with its state and days overdue at ``end``."""
    live = [v for v in VISITS if not v.deleted and v.day <= end]
    states = {}
    for visit in live:
        if not start <= visit.day:
            continue
        for promise in visit.commitments:
            carried = any(p.carried_from == promise.key for v in live for p in v.commitments)
            checks = sorted((v.day, result) for v in live for key, result in v.verifications
                            if key == promise.key)
            state = "trasladado" if carried else checks[-1][1] if checks else "sin_verificar"
            open_ = state not in ("cumplido", "trasladado")
            late = (end - promise.due).days if open_ and promise.due and promise.due < end else None
            states[promise.key] = (state, late, promise.side, visit)
    return states


@pytest.mark.parametrize("end", [PERIOD[1], date(2026, 12, 31)])
def test_states_rates_and_overdue(record, period, end):
    from ati_desktop.services.reports.commitments import commitments

    db, built = record
    report = commitments(db, replace(period, date_to=end))
    expected = _expected_states(PERIOD[0], end)
    keys = {cid: key for key, cid in built.commitments.items()}
    assert {keys[line.id]: (line.state.value, line.overdue_days) for line in report.lines} == \
        {key: (state, late) for key, (state, late, _s, _v) in expected.items()}
    values = list(expected.values())
    total = report.total
    assert total.made == len(values)
    assert total.met == sum(1 for s in values if s[0] == "cumplido")
    assert total.partial == sum(1 for s in values if s[0] == "parcial")
    assert total.not_met == sum(1 for s in values if s[0] == "no_cumplido")
    assert total.carried == sum(1 for s in values if s[0] == "trasladado")
    assert total.open == sum(1 for s in values if s[0] not in ("cumplido", "trasladado"))
    assert total.overdue == sum(1 for s in values if s[1] is not None)
    assert total.compliance == total.met / (total.made - total.carried)
    assert [keys[line.id] for line in report.overdue] == \
        sorted((k for k, s in expected.items() if s[1] is not None), key=lambda k: -expected[k][1])
    sides = {t.key: (t.made, t.open) for t in report.by_side}
    assert sides == {side: (sum(1 for s in values if s[2] == side),
                            sum(1 for s in values if s[2] == side and s[0] not in ("cumplido", "trasladado")))
                     for side in {s[2] for s in values}}
    towns = {t.key: t.made for t in report.by_municipality}
    assert towns == {town: sum(1 for s in values if s[3].municipality == town) for town in {s[3].municipality for s in values}}
    people = {t.key: t.made for t in report.by_assistant}
    assert people == {built.assistants[a]: sum(1 for s in values if s[3].assistant == a)
                      for a in {s[3].assistant for s in values}}
    schools = {t.key: t.overdue for t in report.by_school}
    assert schools == {built.schools[d]: sum(1 for s in values if s[3].school == d and s[1] is not None)
                       for d in {s[3].school for s in values}}


def test_figures_at_the_end_of_november(record, period):
    """The same figures, spelled out: nothing met yet, four of five still open, three overdue."""
    from ati_desktop.services.reports.commitments import commitments

    db, _built = record
    total = commitments(db, period).total
    assert (total.made, total.met, total.not_met, total.unverified, total.carried, total.open,
            total.overdue) == (5, 0, 1, 3, 1, 4, 3)
    assert total.compliance == 0
