"""The Tablero: key figures, charts and the coverage of each municipality, and what lies behind.

Every figure and every bar names a :class:`Drill`: the sessions, commitments or schools it
counts, which :func:`drill` lists.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select

from ati_desktop.actas.report_model import BarChart, Column, Figure, Table
from ati_desktop.domain.municipalities import municipalities
from ati_desktop.domain.reference import Operation, Technique
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Assistant, Municipality, School, Session, SessionOperation

from .activity import activity
from .commitments import State, commitment_lines, commitment_total
from .coverage import coverage
from .document import STATE_LABELS
from .filters import ReportFilter, code_label, session_conditions

DRILL_LIMIT = 1000
CHART_TOWNS = 12


@dataclass(frozen=True)
class Drill:
    """What a click asks to see: ``kind`` sessions, commitments or schools, narrowed by
    ``dimension`` = ``key`` (month 2026-10, municipality 41298, state vencido, …)."""

    kind: str
    dimension: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class Tile:
    figure: Figure
    drill: Drill


@dataclass(frozen=True)
class Shade:
    """A municipality on the map: its sessions and coverage in the period."""

    code: str
    name: str
    certified: bool
    sessions: int
    schools: int
    visited: int

    @property
    def coverage(self) -> float | None:
        return self.visited / self.schools if self.schools else None


@dataclass(frozen=True)
class Dashboard:
    filter: ReportFilter
    tiles: tuple[Tile, ...]
    charts: tuple[tuple[BarChart, str], ...]  # each chart with the drill kind of its bars
    shades: dict[str, Shade]


@dataclass(frozen=True)
class DrillResult:
    title: str
    table: Table
    session_ids: tuple[str | None, ...]  # the session each row opens
    total: int  # rows there are (the table holds up to DRILL_LIMIT)


def dashboard(db: Database, flt: ReportFilter) -> Dashboard:
    work = activity(db, flt)
    reach = coverage(db, flt)
    total = commitment_total(db, flt)
    tiles = (
        Tile(Figure("Sesiones", work.sessions), Drill("sessions")),
        Tile(Figure("Horas", work.hours, "hours"), Drill("sessions")),
        Tile(Figure("Establecimientos visitados", reach.visited), Drill("schools", "visited", "yes")),
        Tile(Figure("Cobertura", reach.rate, "percent"), Drill("schools", "visited", "no")),
        Tile(Figure("Nunca visitados", reach.never_visited), Drill("schools", "visited", "never")),
        Tile(Figure("Compromisos abiertos", total.open), Drill("commitments", "open", "yes")),
        Tile(Figure("Compromisos vencidos", total.overdue), Drill("commitments", "overdue", "yes")),
        Tile(Figure("Cumplimiento", total.compliance, "percent"), Drill("commitments")),
    )
    states = [State.CUMPLIDO, State.PARCIAL, State.NO_CUMPLIDO, State.SIN_VERIFICAR, State.TRASLADADO]
    counts = {State.CUMPLIDO: total.met, State.PARCIAL: total.partial, State.NO_CUMPLIDO: total.not_met,
              State.SIN_VERIFICAR: total.unverified, State.TRASLADADO: total.carried}
    # The map shows every municipality; the charts name the busiest and the least covered.
    busiest = work.by_municipality[:CHART_TOWNS]
    towns = sorted((m for m in reach.municipalities if m.schools),
                   key=lambda m: (m.rate or 0.0, m.name))[:CHART_TOWNS]
    charts = (
        (BarChart("by_month", "Sesiones por mes", "month", tuple(t.label for t in work.by_month),
                  tuple(t.key for t in work.by_month), (tuple(float(t.sessions) for t in work.by_month),),
                  ("Sesiones",)), "sessions"),
        (BarChart("by_municipality", "Municipios con más sesiones", "municipality",
                  tuple(t.label for t in busiest), tuple(t.key for t in busiest),
                  (tuple(float(t.sessions) for t in busiest),), ("Sesiones",)), "sessions"),
        (BarChart("by_state", "Compromisos por estado", "state", tuple(STATE_LABELS[s] for s in states),
                  tuple(s.value for s in states), (tuple(float(counts[s]) for s in states),),
                  ("Compromisos",)), "commitments"),
        (BarChart("coverage", "Municipios con menor cobertura", "municipality", tuple(m.name for m in towns),
                  tuple(m.code for m in towns), (tuple(m.rate or 0.0 for m in towns),), ("Cobertura",),
                  "percent"), "schools"),
    )
    if flt.municipality_code:  # the map keeps the whole department around the one chosen
        department = replace(flt, municipality_code=None)
        work, reach = activity(db, department), coverage(db, department)
    sessions = {t.key: t.sessions for t in work.by_municipality}
    reached = {m.code: m for m in reach.municipalities}
    shades = {}
    for town in municipalities():
        cover = reached.get(town.code)
        shades[town.code] = Shade(town.code, town.name, town.certified_in_education, sessions.get(town.code, 0),
                                  cover.schools if cover else 0, cover.visited if cover else 0)
    return Dashboard(flt, tiles, charts, shades)


def drill(db: Database, flt: ReportFilter, what: Drill) -> DrillResult:
    """The rows behind a figure or a bar, within the dashboard's period and filters."""
    if what.kind == "sessions":
        return _sessions(db, _narrowed(flt, what))
    if what.kind == "commitments":
        return _commitments(db, flt, what)
    return _schools(db, flt, what)


def _narrowed(flt: ReportFilter, what: Drill) -> ReportFilter:
    if what.dimension == "month" and what.key:
        year, month = (int(part) for part in what.key.split("-"))
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
        return replace(flt, date_from=max(flt.date_from, first),
                       date_to=min(flt.date_to, date.fromordinal(last)))
    field = {"municipality": "municipality_code", "operation": "operation", "technique": "technique",
             "assistant": "assistant_id"}.get(what.dimension or "")
    return replace(flt, **{field: what.key}) if field else flt


_SESSION_COLUMNS = (Column("Fecha", "date"), Column("Municipio", width=1.4), Column("Establecimiento", width=2.4),
                    Column("Técnica", width=1.2), Column("Operaciones", width=2), Column("Profesional de apoyo", width=1.6),
                    Column("Horas", "hours", 0.6))


def _sessions(db: Database, flt: ReportFilter) -> DrillResult:
    from .sql import minutes_between

    operations = (select(func.aggregate_strings(SessionOperation.operation, ","))
                  .where(SessionOperation.session_id == Session.id).scalar_subquery())
    query = (select(Session.id, Session.session_date, Municipality.name, School.name, Session.technique,
                    operations, Assistant.full_name, minutes_between(Session.start_time, Session.end_time))
             .join(Municipality, Municipality.code == Session.municipality_code)
             .outerjoin(School, School.id == Session.school_id)
             .outerjoin(Assistant, Assistant.id == Session.assistant_id)
             .where(*session_conditions(flt))
             .order_by(Session.session_date.desc(), Session.start_time.desc().nulls_last(), Session.id)
             .limit(DRILL_LIMIT))
    with db.read() as tx:
        rows = tx.execute(query).all()
        total = tx.execute(select(func.count()).select_from(Session).where(*session_conditions(flt))).scalar_one()
    shown = tuple((r[1], r[2], r[3] or "", code_label(Technique, r[4]),
                   ", ".join(code_label(Operation, op) for op in sorted((r[5] or "").split(",")) if op),
                   r[6] or "", round((r[7] or 0) / 60, 2)) for r in rows)
    return DrillResult("Sesiones", Table("sessions", "Sesiones", _SESSION_COLUMNS, shown),
                       tuple(r[0] for r in rows), total)


def _commitments(db: Database, flt: ReportFilter, what: Drill) -> DrillResult:
    lines = commitment_lines(db, flt)
    if what.dimension == "state" and what.key:
        lines = [line for line in lines if line.state.value == what.key]
    elif what.dimension == "overdue":
        lines = sorted((line for line in lines if line.overdue), key=lambda l: -(l.overdue_days or 0))
    elif what.dimension == "open":
        lines = [line for line in lines if line.open]
    elif what.dimension == "municipality" and what.key:
        lines = [line for line in lines if line.municipality_code == what.key]
    columns = (Column("Hecho el", "date"), Column("Municipio", width=1.3), Column("Establecimiento", width=2),
               Column("Compromiso", width=3), Column("Responsable", width=1.5), Column("Fecha límite", "date"),
               Column("Estado", width=1.2), Column("Días de vencido", "int", 0.8))
    shown = tuple((l.made_on, l.municipality, l.school or "", l.description, l.responsible, l.due_date,
                   STATE_LABELS[l.state], l.overdue_days) for l in lines[:DRILL_LIMIT])
    return DrillResult("Compromisos", Table("commitments", "Compromisos", columns, shown),
                       tuple(l.session_id for l in lines[:DRILL_LIMIT]), len(lines))


def _schools(db: Database, flt: ReportFilter, what: Drill) -> DrillResult:
    if what.dimension == "municipality" and what.key:
        flt = replace(flt, municipality_code=what.key)
    schools = coverage(db, flt).schools
    if what.dimension == "visited":
        keep = {"yes": lambda s: s.visited, "no": lambda s: not s.visited,
                "never": lambda s: s.never_visited}[what.key or "yes"]
        schools = [s for s in schools if keep(s)]
    columns = (Column("Municipio", width=1.4), Column("Código DANE", width=1.3), Column("Establecimiento", width=3),
               Column("Sesiones en el periodo", "int"), Column("Última visita", "date"),
               Column("Días desde la última visita", "int"))
    shown = tuple((s.municipality, s.dane_code or "", s.name, s.sessions, s.last_visit, s.days_since_last_visit)
                  for s in schools[:DRILL_LIMIT])
    return DrillResult("Establecimientos", Table("schools", "Establecimientos", columns, shown),
                       tuple(None for _ in shown), len(schools))
