"""The bitácora de asesorías of a period: every asesoría session, oldest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select

from ati_desktop.domain.reference import Channel, Operation
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Assistant, Municipality, School, Session, SessionOperation

from .filters import ReportFilter, code_label, session_conditions
from .sql import minutes_between


@dataclass(frozen=True)
class AdvisoryLine:
    session_id: str
    session_date: date
    start_time: time | None
    minutes: int
    municipality: str
    school: str | None
    assistant: str | None
    channel: str
    objective: str


@dataclass(frozen=True)
class AdvisoryLog:
    filter: ReportFilter
    lines: list[AdvisoryLine]

    @property
    def minutes(self) -> int:
        return sum(line.minutes for line in self.lines)


def advisory_log(db: Database, flt: ReportFilter) -> AdvisoryLog:
    advisories = select(SessionOperation.session_id).where(
        SessionOperation.operation == Operation.ASESORIA.value)
    query = (
        select(Session.id, Session.session_date, Session.start_time,
               minutes_between(Session.start_time, Session.end_time), Municipality.name, School.name,
               Assistant.full_name, Session.channel, Session.objective)
        .join(Municipality, Municipality.code == Session.municipality_code)
        .outerjoin(School, School.id == Session.school_id)
        .outerjoin(Assistant, Assistant.id == Session.assistant_id)
        .where(Session.id.in_(advisories), *session_conditions(flt))
        .order_by(Session.session_date, Session.start_time, Session.id)
    )
    with db.read() as tx:
        rows = tx.execute(query).all()
    return AdvisoryLog(flt, [
        AdvisoryLine(r[0], r[1], r[2], int(r[3] or 0), r[4], r[5], r[6], code_label(Channel, r[7]),
                     (r[8] or "").strip()) for r in rows])
