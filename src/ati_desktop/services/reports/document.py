"""Each report as a document of key figures, bar charts and tables, for every output."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from ati_desktop.actas.model import ActaHeader
from ati_desktop.actas.report_model import BarChart, Column, Figure, ReportDocument, Table
from ati_desktop.domain.errors import ValidationError
from ati_desktop.domain.reference import CommitmentSide, Level, Operation, Technique
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Assistant, Municipality, School

from .. import settings
from .activity import ActivityReport, Tally
from .advisory import AdvisoryLog
from .commitments import CommitmentReport, CommitmentTally, State
from .coverage import CoverageReport
from .filters import ReportFilter, code_label
from .indicators import IndicatorReport

TITLES = {
    "activity": "Informe de actividad",
    "coverage": "Informe de cobertura",
    "commitments": "Informe de compromisos",
    "indicators": "Indicadores de monitoreo y seguimiento",
    "advisory": "Bitácora de asesorías",
}
STATE_LABELS = {State.CUMPLIDO: "Cumplido", State.PARCIAL: "Parcialmente cumplido",
                State.NO_CUMPLIDO: "No cumplido", State.SIN_VERIFICAR: "Sin verificar",
                State.TRASLADADO: "Trasladado"}


def build(db: Database, kind: str, flt: ReportFilter):
    """The report named ``kind`` (activity, coverage, commitments, indicators, advisory)."""
    from .activity import activity
    from .advisory import advisory_log
    from .commitments import commitments
    from .coverage import coverage
    from .indicators import indicators

    reports = {"activity": activity, "coverage": coverage, "commitments": commitments,
               "indicators": indicators, "advisory": advisory_log}
    if kind not in reports:
        raise ValidationError("No existe el informe «{kind}»; los hay de: {kinds}.", kind=kind,
                              kinds=", ".join(reports))
    return reports[kind](db, flt)


def describe(db: Database, flt: ReportFilter) -> tuple[tuple[str, str], ...]:
    """The filters in words, for the header of every output."""
    found: list[tuple[str, str]] = []
    with db.read() as tx:
        if flt.municipality_code:
            town = tx.get(Municipality, flt.municipality_code)
            found.append(("Municipio", town.name if town else flt.municipality_code))
        if flt.school_id:
            school = tx.get(School, flt.school_id)
            found.append(("Establecimiento", school.name if school else flt.school_id))
        if flt.assistant_id:
            person = tx.execute(select(Assistant.full_name).where(Assistant.id == flt.assistant_id)).scalar()
            found.append(("Profesional de apoyo", person or flt.assistant_id))
    if flt.operation:
        found.append(("Operación", code_label(Operation, flt.operation)))
    if flt.technique:
        found.append(("Técnica", code_label(Technique, flt.technique)))
    if flt.level:
        found.append(("Nivel", code_label(Level, flt.level)))
    return tuple(found)


def header(db: Database, title: str) -> ActaHeader:
    """The actas' controlled-document header, with the report's title."""
    institution = settings.institution(db)
    return ActaHeader(entity=institution.entity, secondary=institution.office,
                      process=institution.process, title=title, code=institution.document_code,
                      version=institution.document_version, approval_date=institution.approval_date,
                      logo=institution.logo_path or None)


def document(db: Database, report, now: datetime | None = None) -> ReportDocument:
    """Any report as a document (``now`` is printed as the time it was generated)."""
    kind, figures, charts, tables = _BUILDERS[type(report)](report)
    return ReportDocument(kind, TITLES[kind], header(db, TITLES[kind]), report.filter.date_from,
                          report.filter.date_to, describe(db, report.filter),
                          now or datetime.now(UTC), tuple(figures), tuple(charts), tuple(tables))


def _tally_chart(key: str, title: str, dimension: str, tallies: list[Tally]) -> BarChart:
    return BarChart(key, title, dimension, tuple(t.label for t in tallies), tuple(t.key for t in tallies),
                    (tuple(float(t.sessions) for t in tallies),), ("Sesiones",))


def _tally_table(key: str, title: str, first: str, tallies: list[Tally]) -> Table:
    return Table(key, title, (Column(first, width=3), Column("Sesiones", "int"), Column("Horas", "hours")),
                 tuple((t.label, t.sessions, t.hours) for t in tallies))


def _activity(report: ActivityReport):
    figures = [Figure("Sesiones", report.sessions), Figure("Horas", report.hours, "hours"),
               Figure("Municipios atendidos", len(report.by_municipality)),
               Figure("Profesionales de apoyo", len([t for t in report.by_assistant if t.key]))]
    charts = [
        _tally_chart("by_month", "Sesiones por mes", "month", report.by_month),
        _tally_chart("by_municipality", "Sesiones por municipio", "municipality", report.by_municipality),
        _tally_chart("by_operation", "Sesiones por operación", "operation", report.by_operation),
        _tally_chart("by_technique", "Sesiones por técnica", "technique", report.by_technique),
    ]
    tables = [
        Table("by_municipality_month", "Sesiones y horas por municipio y mes",
              (Column("Municipio", width=2.5), Column("Código", width=1), Column("Mes", "month"),
               Column("Sesiones", "int"), Column("Horas", "hours")),
              tuple((c.municipality, c.municipality_code, c.month, c.sessions, c.hours)
                    for c in report.by_municipality_month)),
        _tally_table("by_month", "Por mes", "Mes", report.by_month),
        _tally_table("by_municipality", "Por municipio", "Municipio", report.by_municipality),
        _tally_table("by_operation", "Por operación (una sesión cuenta en cada una de sus operaciones)",
                     "Operación", report.by_operation),
        _tally_table("by_technique", "Por técnica", "Técnica", report.by_technique),
        _tally_table("by_assistant", "Por profesional de apoyo", "Profesional de apoyo", report.by_assistant),
    ]
    return "activity", figures, charts, tables


def _coverage(report: CoverageReport):
    figures = [Figure("Establecimientos", report.total_schools),
               Figure("Visitados en el periodo", report.visited),
               Figure("Sin visita en el periodo", report.total_schools - report.visited),
               Figure("Nunca visitados", report.never_visited),
               Figure("Cobertura", report.rate, "percent")]
    towns = [m for m in report.municipalities if m.schools]
    charts = [BarChart("by_municipality", "Cobertura por municipio (establecimientos visitados)",
                       "municipality", tuple(m.name for m in towns), tuple(m.code for m in towns),
                       (tuple(m.rate or 0.0 for m in towns),), ("Cobertura",), "percent")]
    tables = [
        Table("municipalities", "Cobertura por municipio",
              (Column("Municipio", width=2.5), Column("Código"), Column("Establecimientos", "int"),
               Column("Visitados", "int"), Column("Sin visita", "int"), Column("Nunca visitados", "int"),
               Column("Sedes", "int"), Column("Sedes visitadas", "int"), Column("Sesiones", "int"),
               Column("Cobertura", "percent")),
              tuple((m.name, m.code, m.schools, m.visited, m.not_visited, m.never_visited, m.campuses,
                     m.campuses_visited, m.sessions, m.rate) for m in report.municipalities)),
        Table("schools", "Establecimientos",
              (Column("Municipio", width=1.6), Column("Código DANE", width=1.5), Column("Establecimiento", width=3),
               Column("Sedes", "int", 0.7), Column("Sesiones en el periodo", "int"), Column("Última visita", "date"),
               Column("Días desde la última visita", "int")),
              tuple((s.municipality, s.dane_code or "", s.name, s.campuses, s.sessions, s.last_visit,
                     s.days_since_last_visit) for s in report.schools)),
        Table("never_visited", "Establecimientos nunca visitados",
              (Column("Municipio", width=1.6), Column("Código DANE", width=1.5), Column("Establecimiento", width=3)),
              tuple((s.municipality, s.dane_code or "", s.name) for s in report.schools if s.never_visited)),
        Table("campuses", "Sedes",
              (Column("Municipio", width=1.5), Column("Establecimiento", width=2.5), Column("Sede", width=2),
               Column("Código DANE", width=1.5), Column("Sesiones en el periodo", "int"),
               Column("Última visita", "date")),
              tuple((c.municipality, c.school, c.name, c.dane_code or "", c.sessions, c.last_visit)
                    for c in report.campuses)),
    ]
    return "coverage", figures, charts, tables


_TALLY_COLUMNS = (Column("Hechos", "int"), Column("Cumplidos", "int"), Column("Parciales", "int"),
                  Column("No cumplidos", "int"), Column("Sin verificar", "int"), Column("Trasladados", "int"),
                  Column("Abiertos", "int"), Column("Vencidos", "int"), Column("Cumplimiento", "percent"))


def _tally_row(t: CommitmentTally) -> tuple:
    return (t.label, t.made, t.met, t.partial, t.not_met, t.unverified, t.carried, t.open, t.overdue,
            t.compliance)


def _commitments(report: CommitmentReport):
    t = report.total
    figures = [Figure("Compromisos hechos", t.made), Figure("Cumplidos", t.met),
               Figure("Parcialmente cumplidos", t.partial), Figure("No cumplidos", t.not_met),
               Figure("Abiertos", t.open), Figure("Vencidos", t.overdue),
               Figure("Tasa de cumplimiento", t.compliance, "percent")]
    states = [State.CUMPLIDO, State.PARCIAL, State.NO_CUMPLIDO, State.SIN_VERIFICAR, State.TRASLADADO]
    counts = {State.CUMPLIDO: t.met, State.PARCIAL: t.partial, State.NO_CUMPLIDO: t.not_met,
              State.SIN_VERIFICAR: t.unverified, State.TRASLADADO: t.carried}
    charts = [
        BarChart("by_state", "Compromisos por estado al final del periodo", "state",
                 tuple(STATE_LABELS[s] for s in states), tuple(s.value for s in states),
                 (tuple(float(counts[s]) for s in states),), ("Compromisos",)),
        BarChart("by_municipality", "Cumplimiento por municipio", "municipality",
                 tuple(m.label for m in report.by_municipality), tuple(m.key for m in report.by_municipality),
                 (tuple(m.compliance or 0.0 for m in report.by_municipality),), ("Cumplimiento",), "percent"),
    ]
    line_columns = (Column("Hecho el", "date"), Column("Municipio", width=1.4), Column("Establecimiento", width=2),
                    Column("Compromiso", width=3), Column("Responsable", width=1.6), Column("Parte", width=1.1),
                    Column("Fecha límite", "date"), Column("Estado", width=1.2), Column("Verificado el", "date"),
                    Column("Días de vencido", "int"))

    def line_row(line) -> tuple:
        return (line.made_on, line.municipality, line.school or "", line.description, line.responsible,
                code_label(CommitmentSide, line.side), line.due_date, STATE_LABELS[line.state], line.last_verified_on,
                line.overdue_days)

    tables = [
        Table("overdue", "Compromisos vencidos (del más antiguo al más reciente)", line_columns,
              tuple(line_row(line) for line in report.overdue)),
        Table("by_municipality", "Por municipio", (Column("Municipio", width=2.5), *_TALLY_COLUMNS),
              tuple(_tally_row(m) for m in report.by_municipality)),
        Table("by_school", "Por establecimiento", (Column("Establecimiento", width=3), *_TALLY_COLUMNS),
              tuple(_tally_row(m) for m in report.by_school)),
        Table("by_assistant", "Por profesional de apoyo", (Column("Profesional de apoyo", width=2.5), *_TALLY_COLUMNS),
              tuple(_tally_row(m) for m in report.by_assistant)),
        Table("by_side", "Por parte", (Column("Parte", width=2.5), *_TALLY_COLUMNS),
              tuple(_tally_row(m) for m in report.by_side)),
        Table("lines", "Todos los compromisos del periodo", line_columns,
              tuple(line_row(line) for line in report.lines), pdf_limit=0),
    ]
    return "commitments", figures, charts, tables


def _indicators(report: IndicatorReport):
    figures = [Figure("Mediciones", len(report.measurements)), Figure("Indicadores", len(report.summaries)),
               Figure("Metas alcanzadas", sum(s.reached for s in report.summaries))]
    charts = [BarChart("attainment", "Logro medio frente a la meta", "indicator",
                       tuple(s.name for s in report.summaries), tuple(s.name for s in report.summaries),
                       (tuple(min(s.mean_attainment or 0.0, 1.0) for s in report.summaries),), ("Logro",),
                       "percent")]
    tables = [
        Table("summaries", "Indicadores",
              (Column("Indicador", width=3), Column("Unidad"), Column("Mediciones", "int"),
               Column("Con meta", "int"), Column("Meta alcanzada", "int"), Column("Valor medio", "number"),
               Column("Meta media", "number"), Column("Logro medio", "percent"), Column("Último valor", "number"),
               Column("Última meta", "number")),
              tuple((s.name, s.unit or "", s.measurements, s.with_target, s.reached, s.mean_value, s.mean_target,
                     s.mean_attainment, s.latest_value, s.latest_target) for s in report.summaries)),
        Table("measurements", "Mediciones",
              (Column("Fecha", "date"), Column("Municipio", width=1.5), Column("Establecimiento", width=2),
               Column("Indicador", width=2.5), Column("Unidad"), Column("Meta", "number"), Column("Valor", "number"),
               Column("Logro", "percent")),
              tuple((m.session_date, m.municipality, m.school or "", m.name, m.unit or "", m.target, m.value,
                     m.attainment) for m in report.measurements)),
    ]
    return "indicators", figures, charts, tables


def _advisory(report: AdvisoryLog):
    figures = [Figure("Asesorías", len(report.lines)), Figure("Horas", round(report.minutes / 60, 2), "hours")]
    tables = [Table("lines", "Asesorías del periodo",
                    (Column("Fecha", "date"), Column("Hora"), Column("Horas", "hours", 0.7),
                     Column("Municipio", width=1.4), Column("Establecimiento", width=2),
                     Column("Profesional de apoyo", width=1.8), Column("Canal", width=1.3),
                     Column("Objetivo", width=3.5)),
                    tuple((line.session_date, line.start_time.strftime("%H:%M") if line.start_time else "",
                           round(line.minutes / 60, 2), line.municipality, line.school or "", line.assistant or "",
                           line.channel, line.objective) for line in report.lines))]
    return "advisory", figures, [], tables


_BUILDERS = {ActivityReport: _activity, CoverageReport: _coverage, CommitmentReport: _commitments,
             IndicatorReport: _indicators, AdvisoryLog: _advisory}
