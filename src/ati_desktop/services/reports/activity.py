"""Activity: sessions and hours by municipality and month, operation, technique and assistant."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ati_desktop.domain.reference import Operation, Technique
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Assistant, Municipality, Session, SessionOperation

from .filters import ReportFilter, code_label, session_conditions
from .sql import minutes_between, month_of


@dataclass(frozen=True)
class Tally:
    """Sessions and their recorded time for one key (a month, a technique, an assistant …)."""

    key: str
    label: str
    sessions: int
    minutes: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


@dataclass(frozen=True)
class MonthCell:
    """Sessions of one municipality in one month (``month`` is its first day)."""

    municipality_code: str
    municipality: str
    month: date
    sessions: int
    minutes: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


@dataclass(frozen=True)
class ActivityReport:
    """A session with several operations counts once under each of them in ``by_operation``."""

    filter: ReportFilter
    sessions: int
    minutes: int
    by_municipality_month: list[MonthCell]
    by_month: list[Tally]
    by_municipality: list[Tally]
    by_operation: list[Tally]
    by_technique: list[Tally]
    by_assistant: list[Tally]

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


def activity(db: Database, flt: ReportFilter) -> ActivityReport:
    """Counts of the sessions in the period that match the filters (deleted ones never count)."""
    minutes = minutes_between(Session.start_time, Session.end_time)
    month = month_of(Session.session_date)
    # One pass over the sessions at the finest grain; every other grouping adds these up.
    grain = (
        select(Session.municipality_code, month, Session.technique, Session.assistant_id,
               func.count(), func.sum(minutes))
        .where(*session_conditions(flt))
        .group_by(Session.municipality_code, month, Session.technique, Session.assistant_id)
    )
    operations = (
        select(SessionOperation.operation, func.count(), func.sum(minutes))
        .select_from(Session)
        .join(SessionOperation, SessionOperation.session_id == Session.id)
        .where(*session_conditions(flt))
        .group_by(SessionOperation.operation)
    )
    with db.read() as tx:
        rows = tx.execute(grain).all()
        by_operation = tx.execute(operations).all()
        names = dict(tx.execute(select(Municipality.code, Municipality.name)).all())
        assistant_ids = {row[3] for row in rows if row[3]}
        assistants = dict(tx.execute(select(Assistant.id, Assistant.full_name)
                                     .where(Assistant.id.in_(assistant_ids))).all()) if assistant_ids else {}

    cells: dict[tuple[str, date], list[int]] = defaultdict(lambda: [0, 0])
    months: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    towns: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    techniques: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    people: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for code, month_key, technique, assistant, count, spent in rows:
        first = date(int(month_key[:4]), int(month_key[5:7]), 1)
        for bucket in (cells[(code, first)], months[first], towns[code], techniques[technique],
                       people[assistant or ""]):
            bucket[0] += count
            bucket[1] += int(spent or 0)

    def tallies(groups, label) -> list[Tally]:
        return sorted((Tally(str(k), label(k), v[0], v[1]) for k, v in groups.items()),
                      key=lambda t: (-t.sessions, t.label))

    return ActivityReport(
        filter=flt,
        sessions=sum(v[0] for v in towns.values()),
        minutes=sum(v[1] for v in towns.values()),
        by_municipality_month=[MonthCell(code, names.get(code, code), first, v[0], v[1])
                               for (code, first), v in sorted(cells.items(),
                                                              key=lambda i: (names.get(i[0][0], ""), i[0][1]))],
        by_month=[Tally(first.isoformat()[:7], first.strftime("%Y-%m"), v[0], v[1])
                  for first, v in sorted(months.items())],
        by_municipality=tallies(towns, lambda code: names.get(code, code)),
        by_operation=sorted((Tally(op, code_label(Operation, op), count, int(spent or 0)) for op, count, spent in by_operation),
                            key=lambda t: (-t.sessions, t.key)),
        by_technique=tallies(techniques, lambda code: code_label(Technique, code)),
        by_assistant=tallies(people, lambda key: assistants.get(key, "Sin profesional asignado")
                             if key else "Sin profesional asignado"),
    )

