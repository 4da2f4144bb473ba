"""Indicators measured in monitoreo and seguimiento sessions, against their targets."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ati_desktop.domain.reference import Operation
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import IndicatorValue, Municipality, School, Session, SessionOperation

from .filters import ReportFilter, session_conditions

MEASURING = (Operation.MONITOREO.value, Operation.SEGUIMIENTO.value)


@dataclass(frozen=True)
class Measurement:
    session_id: str
    session_date: date
    municipality: str
    school: str | None
    name: str
    unit: str | None
    target: float | None
    value: float | None

    @property
    def attainment(self) -> float | None:
        """Value ÷ target, when both are known and the target is not zero."""
        if self.value is None or not self.target:
            return None
        return self.value / self.target

    @property
    def reached(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value >= self.target


@dataclass(frozen=True)
class IndicatorSummary:
    """All measurements of one indicator (same name and unit) in the period."""

    name: str
    unit: str | None
    measurements: int
    with_target: int
    reached: int
    mean_value: float | None
    mean_target: float | None
    mean_attainment: float | None
    latest_value: float | None
    latest_target: float | None


@dataclass(frozen=True)
class IndicatorReport:
    filter: ReportFilter
    summaries: list[IndicatorSummary]  # by name
    measurements: list[Measurement]  # by date


def indicators(db: Database, flt: ReportFilter) -> IndicatorReport:
    measuring = select(SessionOperation.session_id).where(SessionOperation.operation.in_(MEASURING))
    query = (
        select(Session.id, Session.session_date, Municipality.name, School.name, IndicatorValue.name,
               IndicatorValue.unit, IndicatorValue.target, IndicatorValue.value)
        .join(Session, Session.id == IndicatorValue.session_id)
        .join(Municipality, Municipality.code == Session.municipality_code)
        .outerjoin(School, School.id == Session.school_id)
        .where(IndicatorValue.deleted_at.is_(None), Session.id.in_(measuring), *session_conditions(flt))
        .order_by(Session.session_date, Session.start_time, Session.id, IndicatorValue.position,
                  IndicatorValue.id)
    )
    with db.read() as tx:
        measurements = [Measurement(*row) for row in tx.execute(query).all()]
    groups: dict[tuple[str, str | None], list[Measurement]] = defaultdict(list)
    for m in measurements:
        groups[(m.name.strip(), (m.unit or "").strip() or None)].append(m)
    summaries = [_summary(name, unit, items) for (name, unit), items in groups.items()]
    summaries.sort(key=lambda s: (s.name.casefold(), s.unit or ""))
    return IndicatorReport(flt, summaries, measurements)


def _summary(name: str, unit: str | None, items: list[Measurement]) -> IndicatorSummary:
    values = [m.value for m in items if m.value is not None]
    targets = [m.target for m in items if m.target is not None]
    ratios = [m.attainment for m in items if m.attainment is not None]
    judged = [m for m in items if m.reached is not None]
    latest = items[-1]  # measurements come in date order
    return IndicatorSummary(
        name, unit, len(items), len(judged), sum(1 for m in judged if m.reached),
        _mean(values), _mean(targets), _mean(ratios), latest.value, latest.target)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
