"""Commitments made in a period and where they stand at its end.

A commitment's state at the end of the period follows from its verifications up to that day
(the latest by date, ties by revision id) and from carry-overs: carried to a later session →
trasladado; else its latest verification → cumplido, parcial or no cumplido; else sin
verificar. Open = neither met nor carried over; overdue = open past its due date. The
compliance rate is met ÷ (made − carried over).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from ati_desktop.domain.reference import CommitmentSide
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Assistant, Commitment, CommitmentVerification, Municipality
from ati_desktop.storage.models import School, Session

from ati_desktop.domain.collector import collector_paused
from .filters import ReportFilter, code_label, session_conditions
from .sql import as_given, day_and_text


class State(StrEnum):
    CUMPLIDO = "cumplido"
    PARCIAL = "parcial"
    NO_CUMPLIDO = "no_cumplido"
    SIN_VERIFICAR = "sin_verificar"
    TRASLADADO = "trasladado"


class CommitmentLine(NamedTuple):
    """One commitment as the report sees it at the end of the period (a named tuple: a year
    holds some 50,000 lines, and one is built eight times faster than a frozen dataclass)."""

    id: str
    description: str
    responsible: str
    side: str
    made_on: date
    due_date: date | None
    session_id: str
    municipality_code: str
    municipality: str
    school_id: str | None
    school: str | None
    assistant_id: str | None
    assistant: str | None
    state: State
    last_verified_on: date | None
    overdue_days: int | None  # days past due at the end of the period, when open and overdue

    @property
    def open(self) -> bool:
        return self.state not in (State.CUMPLIDO, State.TRASLADADO)

    @property
    def overdue(self) -> bool:
        return self.overdue_days is not None


@dataclass(frozen=True)
class CommitmentTally:
    """Figures of the commitments of one group (a municipality, a school, an assistant, a side)."""

    key: str
    label: str
    made: int = 0
    met: int = 0
    partial: int = 0
    not_met: int = 0
    unverified: int = 0
    carried: int = 0
    open: int = 0
    overdue: int = 0

    @property
    def compliance(self) -> float | None:
        """Met ÷ (made − carried over); None when nothing is left to comply with."""
        due = self.made - self.carried
        return self.met / due if due else None


@dataclass(frozen=True)
class CommitmentReport:
    filter: ReportFilter
    total: CommitmentTally
    by_municipality: list[CommitmentTally]
    by_school: list[CommitmentTally]
    by_assistant: list[CommitmentTally]
    by_side: list[CommitmentTally]
    overdue: list[CommitmentLine]  # oldest due date first
    lines: list[CommitmentLine]  # every commitment made in the period, in date order


def commitment_lines(db: Database, flt: ReportFilter) -> list[CommitmentLine]:
    """Every commitment made in the period by the filtered sessions, with its state."""
    with collector_paused():
        return _build(db, flt)[0]


# What a tally groups by, with the labels: municipality code and name, school id and name,
# assistant id and name, side, state, overdue.
_Grain = tuple[str, str, str | None, str | None, str | None, str | None, str, State, bool]


def _build(db: Database, flt: ReportFilter) -> tuple[list[CommitmentLine], Counter[_Grain]]:
    """The lines, and how many of them fall in each grain, in order of first appearance."""
    with db.read() as tx:
        rows = tx.connection().execute(_lines_query(flt)).all()  # Core rows: no ORM bookkeeping per row
        carried = set(tx.execute(_carried_query(flt)).scalars())
        towns = dict(tx.execute(select(Municipality.code, Municipality.name)).all())
        schools = dict(tx.execute(select(School.id, School.name)).all())
        assistants = dict(tx.execute(select(Assistant.id, Assistant.full_name)).all())
    end = flt.date_to
    # Dates, verdicts and lateness repeat across lines (a few hundred days against 50,000
    # lines): each is worked out once, from the value the driver gave.
    days: dict = {}
    verdicts: dict[str | None, tuple[date | None, State]] = {None: (None, State.SIN_VERIFICAR)}
    lateness: dict[date | None, int | None] = {None: None}
    lines: list[CommitmentLine] = []
    grains: Counter[_Grain] = Counter()
    new_line, add_line = tuple.__new__, lines.append
    for cid, text, who, side, made, due, session_id, town_code, school_id, assistant_id, latest in rows:
        made = days.get(made) or days.setdefault(made, _day(made))
        due = days.get(due) or days.setdefault(due, _day(due)) if due is not None else None
        verified_on, state = verdicts.get(latest) or verdicts.setdefault(latest, _verdict(latest))
        if cid in carried:
            state = State.TRASLADADO
        if state is State.CUMPLIDO or state is State.TRASLADADO:
            overdue = None
        elif due in lateness:
            overdue = lateness[due]
        else:
            overdue = lateness[due] = (end - due).days if due < end else None
        town, school, assistant = towns.get(town_code, town_code), schools.get(school_id), assistants.get(assistant_id)
        add_line(new_line(CommitmentLine, (cid, text, who, side, made, due, session_id, town_code, town, school_id,
                                           school, assistant_id, assistant, state, verified_on, overdue)))
        grains[(town_code, town, school_id, school, assistant_id, assistant, side, state, overdue is not None)] += 1
    return lines, grains


def _day(value) -> date:
    """A date from the driver: ISO text from SQLite, a date already from PostgreSQL."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _verdict(latest: str) -> tuple[date, State]:
    """The day and state of a 'YYYY-MM-DDresult' verification."""
    return _day(latest[:10]), State(latest[10:])


def _lines_query(flt: ReportFilter):
    """The period's commitments in date order, each with its latest verification up to the
    period's end ('YYYY-MM-DDresult', or None).

    The latest verification is on the commitment's row (``last_verified_on``, kept by
    storage.derived); only a commitment verified again after the period's end has its
    verifications looked up, one seek on a small partial index (0007). Names are joined in
    Python: a few hundred municipalities, schools and assistants against tens of thousands of
    lines (every session's municipality is there: it is a foreign key).
    """
    return (
        select(Commitment.id, Commitment.description, Commitment.responsible, Commitment.side,
               as_given(Session.session_date), as_given(Commitment.due_date), Session.id, Session.municipality_code,
               Session.school_id, Session.assistant_id, _latest(flt))
        .join(Session, Session.id == Commitment.session_id)
        .where(Commitment.deleted_at.is_(None), *session_conditions(flt))
        .order_by(Session.session_date, Session.id, Commitment.position, Commitment.id)
    )


def _latest(flt: ReportFilter):
    """A commitment's latest verification up to the period's end, 'YYYY-MM-DDresult' or None."""
    # A verification counts only while its session does; deleted sessions are few, so the
    # statement lists them once instead of looking up the session of every verification.
    gone = aliased(Session)
    deleted_sessions = select(gone.id).where(gone.deleted_at.is_not(None))
    earlier = (select(day_and_text(CommitmentVerification.verified_on, CommitmentVerification.result))
               .where(CommitmentVerification.commitment_id == Commitment.id,
                      CommitmentVerification.deleted_at.is_(None),
                      CommitmentVerification.session_id.not_in(deleted_sessions),
                      CommitmentVerification.verified_on <= flt.date_to)
               .order_by(CommitmentVerification.verified_on.desc(), CommitmentVerification.revision_id.desc())
               .limit(1)
               .scalar_subquery())
    return case((Commitment.last_verified_on <= flt.date_to,
                 day_and_text(Commitment.last_verified_on, Commitment.last_result)),
                (Commitment.last_verified_on.is_not(None), earlier))


def _carried_query(flt: ReportFilter):
    """Commitments carried over to a live commitment of a live session by the period's end.
    Carry-overs are few: one walk of their partial index (0007) instead of a lookup per line;
    the session is a correlated check, so the planner cannot start from the sessions instead."""
    successor, later = aliased(Commitment), aliased(Session)
    live_session = (select(later.id).where(later.id == successor.session_id, later.deleted_at.is_(None),
                                           later.session_date <= flt.date_to).exists())
    return (select(successor.carried_from_id)
            .where(successor.carried_from_id.is_not(None), successor.deleted_at.is_(None), live_session))


def commitment_total(db: Database, flt: ReportFilter) -> CommitmentTally:
    """The figures of all the period's commitments, counted by the database: for a caller
    that needs no line, such as the Tablero's tiles."""
    counts = _Counts()
    with db.read() as tx:
        rows = tx.execute(_total_query(flt)).all()
    for was_carried, result, late, count in rows:
        state = State.TRASLADADO if was_carried else State(result) if result else State.SIN_VERIFICAR
        counts.add(state, bool(late) and state is not State.CUMPLIDO and state is not State.TRASLADADO, count)
    return counts.tally("", "Total")


def _total_query(flt: ReportFilter):
    """How many of the period's commitments there are by carried over, latest result and past
    due at the period's end."""
    carried = Commitment.id.in_(_carried_query(flt))
    result = func.substr(_latest(flt), 11)  # after 'YYYY-MM-DD'
    late = Commitment.due_date < flt.date_to
    grains = (select(carried.label("carried"), result.label("result"), late.label("late"))
              .join(Session, Session.id == Commitment.session_id)
              .where(Commitment.deleted_at.is_(None), *session_conditions(flt))
              .subquery())
    return (select(grains.c.carried, grains.c.result, grains.c.late, func.count())
            .group_by(grains.c.carried, grains.c.result, grains.c.late))


def commitments(db: Database, flt: ReportFilter) -> CommitmentReport:
    # The pause covers the tallies and the sorting too: with tens of thousands of new lines in
    # its youngest generation, a collection there would walk them all, several times.
    with collector_paused():
        return _report(db, flt)


def _report(db: Database, flt: ReportFilter) -> CommitmentReport:
    lines, grains = _build(db, flt)
    # The groupings add up the grains' counts. Grains come in order of first appearance, so each
    # group is labelled from its first line and keeps its place among equals, as in line order.
    total, towns, schools, people, sides = _Counts(), {}, {}, {}, {}
    for (town_code, town, school_id, school, assistant_id, assistant, side, state, late), count in grains.items():
        total.add(state, late, count)
        _group(towns, town_code, lambda: town).add(state, late, count)
        if school_id:
            _group(schools, school_id, lambda: f"{school} ({town})").add(state, late, count)
        _group(people, assistant_id or "", lambda: assistant or "Sin profesional asignado").add(state, late, count)
        _group(sides, side, lambda: code_label(CommitmentSide, side)).add(state, late, count)
    return CommitmentReport(
        filter=flt,
        total=total.tally("", "Total"),
        by_municipality=_sorted(towns),
        by_school=_sorted(schools),
        by_assistant=_sorted(people),
        by_side=_sorted(sides),
        overdue=sorted((l for l in lines if l.overdue_days is not None), key=lambda l: (-l.overdue_days, l.id)),
        lines=lines,
    )


class _Counts:
    """Commitments of one group by state, and how many of them are overdue."""

    __slots__ = ("label", "states", "overdue")

    def __init__(self, label: str = "") -> None:
        self.label = label
        self.states: dict[State, int] = defaultdict(int)
        self.overdue = 0

    def add(self, state: State, late: bool, count: int) -> _Counts:
        self.states[state] += count
        self.overdue += count if late else 0
        return self

    def tally(self, key: str, label: str) -> CommitmentTally:
        s = self.states
        made = sum(s.values())
        return CommitmentTally(
            key, label, made=made, met=s[State.CUMPLIDO], partial=s[State.PARCIAL],
            not_met=s[State.NO_CUMPLIDO], unverified=s[State.SIN_VERIFICAR], carried=s[State.TRASLADADO],
            open=made - s[State.CUMPLIDO] - s[State.TRASLADADO], overdue=self.overdue)

    def add_lines(self, lines: list[CommitmentLine]) -> _Counts:
        for state, count in Counter(l.state for l in lines).items():
            self.states[state] += count
        self.overdue += sum(1 for l in lines if l.overdue_days is not None)
        return self


def _group(groups: dict[str, _Counts], key: str, label: Callable[[], str]) -> _Counts:
    found = groups.get(key)
    if found is None:
        found = groups[key] = _Counts(label())
    return found


def _sorted(groups: dict[str, _Counts]) -> list[CommitmentTally]:
    return sorted((counts.tally(key, counts.label) for key, counts in groups.items()),
                  key=lambda t: (-t.made, t.label))


def tally(key: str, label: str, lines: list[CommitmentLine]) -> CommitmentTally:
    return _Counts().add_lines(lines).tally(key, label)
