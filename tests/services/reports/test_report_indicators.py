"""Indicators of monitoreo and seguimiento sessions, and the bitácora de asesorías."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pg import both_databases
from report_record import PERIOD, VISITS, period, record  # noqa: F401 (fixtures)

pytestmark = both_databases


def _counted():
    return [v for v in VISITS if not v.deleted and PERIOD[0] <= v.day <= PERIOD[1]]


def test_indicators_against_targets(record, period):
    from ati_desktop.services.reports.indicators import indicators

    db, _built = record
    report = indicators(db, period)
    measured = [(v, i) for v in _counted() if {"monitoreo", "seguimiento"} & set(v.operations)
                for i in v.indicators]
    assert [(m.name, m.target, m.value) for m in report.measurements] == \
        [(name, target, value) for _v, (name, _u, target, value) in measured]
    by_name = {s.name: s for s in report.summaries}
    for name in {i[0] for _v, i in measured}:
        mine = [i for _v, i in measured if i[0] == name]
        summary = by_name[name]
        assert summary.measurements == len(mine)
        assert summary.reached == sum(1 for i in mine if i[3] >= i[2])
        assert summary.mean_value == pytest.approx(sum(i[3] for i in mine) / len(mine))
        assert summary.mean_attainment == pytest.approx(sum(i[3] / i[2] for i in mine) / len(mine))
        assert summary.latest_value == mine[-1][3]
    assert by_name["Docentes con planeación"].reached == 1


def test_advisory_log(record, period):
    from ati_desktop.services.reports.advisory import advisory_log

    db, built = record
    log = advisory_log(db, period)
    expected = [v for v in _counted() if "asesoria" in v.operations]
    assert [line.session_id for line in log.lines] == [built.sessions[v.key] for v in expected]
    assert log.lines[0].channel == "Conexión remota"
    assert log.minutes == sum(v.minutes for v in expected)
    assert advisory_log(db, replace(period, assistant_id=built.assistants["ana"])).lines == []
