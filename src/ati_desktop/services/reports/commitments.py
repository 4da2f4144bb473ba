"""Commitments made in a period and where they stand at its end.

A commitment's state at the end of the period follows from its verifications up to that day
(the latest by date, ties by revision id) and from carry-overs: carried to a later session →
trasladado; else its latest verification → cumplido, parcial or no cumplido; else sin
verificar. Open = neither met nor carried over; overdue = open past its due date. The
compliance rate is met ÷ (made − carried over).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from ati_desktop.domain.reference import CommitmentSide
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Assistant, Commitment, CommitmentVerification, Municipality
from ati_desktop.storage.models import School, Session

from .filters import ReportFilter, code_label, session_conditions


class State(StrEnum):
    CUMPLIDO = "cumplido"
    PARCIAL = "parcial"
    NO_CUMPLIDO = "no_cumplido"
    SIN_VERIFICAR = "sin_verificar"
    TRASLADADO = "trasladado"


@dataclass(frozen=True)
class CommitmentLine:
    """One commitment as the report sees it at the end of the period."""

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
    verifier = aliased(Session)
    ranked = (
        select(CommitmentVerification.commitment_id.label("commitment_id"),
               CommitmentVerification.result.label("result"),
               CommitmentVerification.verified_on.label("verified_on"),
               func.row_number().over(
                   partition_by=CommitmentVerification.commitment_id,
                   order_by=(CommitmentVerification.verified_on.desc(),
                             CommitmentVerification.revision_id.desc())).label("rank"))
        .join(verifier, verifier.id == CommitmentVerification.session_id)
        .where(CommitmentVerification.deleted_at.is_(None), verifier.deleted_at.is_(None),
               CommitmentVerification.verified_on <= flt.date_to)
        .subquery()
    )
    successor, later = aliased(Commitment), aliased(Session)
    carried = (select(successor.id).join(later, later.id == successor.session_id)
               .where(successor.carried_from_id == Commitment.id, successor.deleted_at.is_(None),
                      later.deleted_at.is_(None), later.session_date <= flt.date_to)
               .exists())
    query = (
        select(Commitment.id, Commitment.description, Commitment.responsible, Commitment.side,
               Session.session_date, Commitment.due_date, Session.id, Session.municipality_code,
               Municipality.name, Session.school_id, School.name, Session.assistant_id,
               Assistant.full_name, ranked.c.result, ranked.c.verified_on, carried)
        .join(Session, Session.id == Commitment.session_id)
        .join(Municipality, Municipality.code == Session.municipality_code)
        .outerjoin(School, School.id == Session.school_id)
        .outerjoin(Assistant, Assistant.id == Session.assistant_id)
        .outerjoin(ranked, (ranked.c.commitment_id == Commitment.id) & (ranked.c.rank == 1))
        .where(Commitment.deleted_at.is_(None), *session_conditions(flt))
        .order_by(Session.session_date, Session.id, Commitment.position, Commitment.id)
    )
    with db.read() as tx:
        rows = tx.execute(query).all()
    lines = []
    for (cid, text, who, side, made, due, session_id, town_code, town, school_id, school,
         assistant_id, assistant, result, verified_on, was_carried) in rows:
        state = (State.TRASLADADO if was_carried else State(result) if result else State.SIN_VERIFICAR)
        still_open = state not in (State.CUMPLIDO, State.TRASLADADO)
        overdue = (flt.date_to - due).days if still_open and due and due < flt.date_to else None
        lines.append(CommitmentLine(cid, text, who, side, made, due, session_id, town_code, town,
                                    school_id, school, assistant_id, assistant, state,
                                    verified_on, overdue))
    return lines


def commitments(db: Database, flt: ReportFilter) -> CommitmentReport:
    lines = commitment_lines(db, flt)
    return CommitmentReport(
        filter=flt,
        total=tally("", "Total", lines),
        by_municipality=_grouped(lines, lambda l: l.municipality_code, lambda l: l.municipality),
        by_school=_grouped([l for l in lines if l.school_id], lambda l: l.school_id or "",
                           lambda l: f"{l.school} ({l.municipality})"),
        by_assistant=_grouped(lines, lambda l: l.assistant_id or "",
                              lambda l: l.assistant or "Sin profesional asignado"),
        by_side=_grouped(lines, lambda l: l.side, lambda l: code_label(CommitmentSide, l.side)),
        overdue=sorted((l for l in lines if l.overdue), key=lambda l: (-(l.overdue_days or 0), l.id)),
        lines=lines,
    )


def _grouped(lines: list[CommitmentLine], key: Callable[[CommitmentLine], str],
             label: Callable[[CommitmentLine], str]) -> list[CommitmentTally]:
    groups: dict[str, list[CommitmentLine]] = defaultdict(list)
    for line in lines:
        groups[key(line)].append(line)
    tallies = [tally(k, label(members[0]), members) for k, members in groups.items()]
    return sorted(tallies, key=lambda t: (-t.made, t.label))


def tally(key: str, label: str, lines: list[CommitmentLine]) -> CommitmentTally:
    states = defaultdict(int)
    for line in lines:
        states[line.state] += 1
    return CommitmentTally(
        key, label, made=len(lines), met=states[State.CUMPLIDO], partial=states[State.PARCIAL],
        not_met=states[State.NO_CUMPLIDO], unverified=states[State.SIN_VERIFICAR],
        carried=states[State.TRASLADADO], open=sum(1 for l in lines if l.open),
        overdue=sum(1 for l in lines if l.overdue))
