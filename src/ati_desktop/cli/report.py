"""``ati report``: the departmental record's reports, on screen, as JSON, XLSX, CSV or PDF."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import typer

from ati_desktop.actas.report_model import ReportDocument
from ati_desktop.services import report_files
from ati_desktop.services.reports import lookup
from ati_desktop.services.reports.document import build, document
from ati_desktop.services.reports.filters import ReportFilter

from .common import DbOption, opened, parse_day, user_errors

KINDS = ("activity", "coverage", "commitments", "indicators", "advisory")

app = typer.Typer(no_args_is_help=True, help=(
    "Informes del registro para un periodo: activity (actividad), coverage (cobertura), "
    "commitments (compromisos), indicators (indicadores), advisory (bitácora de asesorías)."))


def _command(kind: str):
    def command(
        date_from: str = typer.Option(..., "--from", "--desde", help="Primer día del periodo, AAAA-MM-DD."),
        date_to: str = typer.Option(..., "--to", "--hasta", help="Último día del periodo, AAAA-MM-DD."),
        municipality: str | None = typer.Option(None, "--municipio", "--municipality", help="Código DIVIPOLA."),
        school: str | None = typer.Option(None, "--establecimiento", "--school", help="Código DANE del establecimiento."),
        assistant: str | None = typer.Option(None, "--profesional", "--assistant",
                                             help="Nombre completo o identificador del profesional de apoyo."),
        operation: str | None = typer.Option(None, "--operacion", "--operation", help="Código de la operación."),
        technique: str | None = typer.Option(None, "--tecnica", "--technique", help="Código de la técnica."),
        level: str | None = typer.Option(None, "--nivel", "--level", help="Código del nivel."),
        output: Path | None = typer.Option(None, "-o", "--output", help="Archivo .xlsx, .csv o .pdf."),
        table: str | None = typer.Option(None, "--tabla", "--table", help="Tabla que va al CSV (por defecto, la primera)."),
        as_json: bool = typer.Option(False, "--json", help="Salida JSON (para scripts)."),
        db: Path | None = DbOption,
    ) -> None:
        start, end = parse_day(date_from), parse_day(date_to)
        if output and output.suffix.lower() not in report_files.SUFFIXES:
            typer.secho("Error: el archivo de salida debe terminar en .xlsx, .csv o .pdf.", err=True,
                        fg=typer.colors.RED)
            raise typer.Exit(2)
        with opened(db) as database, user_errors():
            flt = ReportFilter(
                start, end, municipality_code=municipality,
                school_id=lookup.school_id(database, school) if school else None,
                assistant_id=lookup.assistant_id(database, assistant) if assistant else None,
                operation=operation, technique=technique, level=level)
            doc = document(database, build(database, kind, flt))
            if output:
                report_files.write_report(doc, output, table)
                typer.echo(f"Informe guardado en {output}", err=True)
        if as_json:
            typer.echo(json.dumps(_as_json(doc), ensure_ascii=False, indent=2))
        elif not output:
            _print(doc)

    command.__doc__ = {
        "activity": "Sesiones y horas por municipio y mes, operación, técnica y profesional.",
        "coverage": "Establecimientos y sedes con y sin visita; días desde la última visita.",
        "commitments": "Compromisos hechos, cumplidos, parciales, no cumplidos, abiertos y vencidos.",
        "indicators": "Indicadores de monitoreo y seguimiento frente a sus metas.",
        "advisory": "Bitácora de asesorías del periodo.",
    }[kind]
    return command


for _kind in KINDS:
    app.command(_kind)(_command(_kind))


def _print(doc: ReportDocument) -> None:
    typer.echo(f"{doc.title} · {doc.period}")
    for label, value in doc.filters:
        typer.echo(f"  {label}: {value}")
    for figure in doc.figures:
        typer.echo(f"{figure.label:<32} {_shown(figure.value, figure.kind)}")
    if doc.tables and doc.tables[0].rows:
        first = doc.tables[0]
        typer.echo("")
        typer.echo(first.title)
        typer.echo(" | ".join(c.label for c in first.columns))
        for row in first.rows[:50]:
            typer.echo(" | ".join(_shown(v, c.kind) for c, v in zip(first.columns, row)))
        if len(first.rows) > 50:
            typer.echo(f"… {len(first.rows) - 50} filas más (use -o para el informe completo).")


def _shown(value, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "percent":
        return f"{value * 100:.1f} %".replace(".", ",")
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, date):
        return value.strftime("%m/%Y" if kind == "month" else "%d/%m/%Y")
    return str(value)


def _as_json(doc: ReportDocument) -> dict:
    def plain(value):
        return value.isoformat() if isinstance(value, date | datetime) else value

    return {
        "report": doc.kind, "title": doc.title,
        "period": {"from": doc.date_from.isoformat(), "to": doc.date_to.isoformat()},
        "filters": dict(doc.filters),
        "figures": {f.label: f.value for f in doc.figures},
        "tables": [{"key": t.key, "title": t.title, "columns": [c.label for c in t.columns],
                    "rows": [[plain(v) for v in row] for row in t.rows]} for t in doc.tables],
    }
