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


def _visit(db, built, day, *, verifications=(), carried=(), deleted=False):
    """One more session of the record at IE La Jagua: verifying and carrying over commitments."""
    from ati_desktop.services.inputs import CommitmentInput, SessionInput, VerificationInput
    from ati_desktop.services.sessions import delete_session, save_session

    saved = save_session(db, SessionInput(
        level="institucional", municipality_code="41298", session_date=day, channel="in_situ",
        operations=["seguimiento"], technique="reunion", form_id="reunion", form_version=1, answers={},
        school_id=built.schools["241298000002"], assistant_id=built.assistants["beto"],
        objective="Seguimiento", verifications=[VerificationInput(built.commitments[k], r) for k, r in verifications],
        commitments=[CommitmentInput(f"Sigue {k}", "Responsable", "asistido", None,
                                     carried_from_id=built.commitments[k]) for k in carried]))
    if deleted:
        delete_session(db, saved.id)
    return saved.id


def test_latest_live_verification_and_live_carry_overs_decide(record):
    """A deleted session's verification or carry-over does not count; of two verifications on
    one day the later revision decides; a carried-over commitment keeps its last verification
    (read from the commitment's row since 0008: these cases were not in the record)."""
    from sqlmodel import select

    from ati_desktop.services.reports.commitments import State, commitments
    from ati_desktop.services.reports.filters import ReportFilter
    from ati_desktop.storage.models import CommitmentVerification

    db, built = record
    _visit(db, built, date(2026, 12, 4), verifications=(("k2", "parcial"),))
    _visit(db, built, date(2026, 12, 9), verifications=(("k2", "cumplido"),), carried=("k3",), deleted=True)
    _visit(db, built, date(2026, 12, 10), verifications=(("k0", "no_cumplido"),))
    _visit(db, built, date(2026, 12, 10), verifications=(("k0", "parcial"),))
    with db.read() as tx:
        same_day = tx.exec(select(CommitmentVerification.revision_id, CommitmentVerification.result)
                           .where(CommitmentVerification.commitment_id == built.commitments["k0"],
                                  CommitmentVerification.verified_on == date(2026, 12, 10))).all()
    later_revision = max(same_day)[1]

    report = commitments(db, ReportFilter(date(2026, 9, 1), date(2026, 12, 31)))
    lines = {line.id: line for line in report.lines}
    k0, k1, k2, k3 = (lines[built.commitments[k]] for k in ("k0", "k1", "k2", "k3"))
    assert (k2.state, k2.last_verified_on) == (State.PARCIAL, date(2026, 12, 4))
    assert (k3.state, k3.last_verified_on) == (State.NO_CUMPLIDO, date(2026, 11, 18))
    assert (k0.state.value, k0.last_verified_on) == (later_revision, date(2026, 12, 10))
    assert (k1.state, k1.last_verified_on) == (State.TRASLADADO, date(2026, 11, 3))
    # The deleted session's own carry-over line is not a commitment of the record either.
    assert len(report.lines) == 6 and report.total.carried == 1


def test_tallies_add_up_the_lines(record):
    """Every grouping is the lines counted again, in the order of first appearance among equals."""
    from ati_desktop.services.reports.commitments import CommitmentTally, commitments, tally
    from ati_desktop.services.reports.filters import ReportFilter

    db, _built = record
    report = commitments(db, ReportFilter(date(2026, 9, 1), date(2026, 12, 31)))

    def expected(key, label) -> list[CommitmentTally]:
        groups: dict[str, list] = {}
        for line in report.lines:
            if key(line) is not None:
                groups.setdefault(key(line), []).append(line)
        return sorted((tally(k, label(members[0]), members) for k, members in groups.items()),
                      key=lambda t: (-t.made, t.label))

    assert report.total == tally("", "Total", report.lines)
    assert report.by_municipality == expected(lambda l: l.municipality_code, lambda l: l.municipality)
    assert report.by_school == expected(lambda l: l.school_id, lambda l: f"{l.school} ({l.municipality})")
    assert report.by_assistant == expected(lambda l: l.assistant_id or "", lambda l: l.assistant)
    assert [t.key for t in report.by_side] == [t.key for t in expected(lambda l: l.side, lambda l: l.side)]
    assert sum(t.made for t in report.by_side) == report.total.made == len(report.lines)
    assert sum(t.open for t in report.by_assistant) == sum(1 for l in report.lines if l.open)


@pytest.mark.parametrize("end", [PERIOD[1], date(2026, 12, 31)])
def test_the_total_counted_by_the_database_is_the_lines_counted(record, period, end):
    """The Tablero's figures, counted in SQL, are those of the report's lines; the period that
    ends in November has a commitment verified again after its end (k5, on 2 December)."""
    from ati_desktop.services.reports.commitments import commitment_total, commitments

    db, _built = record
    flt = replace(period, date_to=end)
    assert commitment_total(db, flt) == commitments(db, flt).total
