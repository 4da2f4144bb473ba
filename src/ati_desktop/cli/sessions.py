"""``ati sessions``: listing sessions for supervisors and scripts."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ati_desktop.domain.reference import Operation, SessionStatus, Technique
from ati_desktop.services.queries import SessionFilter, count_sessions, list_sessions

from .common import DbOption, municipality_code, opened, parse_day

app = typer.Typer(help="Sesiones de asistencia técnica.", no_args_is_help=True)


def _labels(codes: str) -> str:
    return ", ".join(Operation(c).label for c in codes.split(",") if c)


@app.command("list")
def list_(
    as_json: bool = typer.Option(False, "--json", help="Salida JSON (para scripts)."),
    municipality: str | None = typer.Option(None, "--municipio",
                                            help="Nombre (con o sin tildes) o código DIVIPOLA."),
    text: str | None = typer.Option(None, "--buscar", help="Texto a buscar."),
    date_from: str | None = typer.Option(None, "--desde", help="AAAA-MM-DD"),
    date_to: str | None = typer.Option(None, "--hasta", help="AAAA-MM-DD"),
    limit: int = typer.Option(1000, "--limite", "--límite", min=1, help="Cuántas sesiones mostrar como máximo."),
    db: Path | None = DbOption,
) -> None:
    """Lista las sesiones, de la más reciente a la más antigua."""
    flt = SessionFilter(municipality_code=municipality_code(municipality), text=text,
                        date_from=parse_day(date_from), date_to=parse_day(date_to))
    with opened(db) as database:
        rows = list_sessions(database, flt, limit=limit)
        total = count_sessions(database, flt)
    if as_json:
        typer.echo(json.dumps([{
            "id": r.id, "date": r.session_date.isoformat(), "municipality": r.municipality,
            "school": r.school, "operations": [c for c in r.operations.split(",") if c],
            "technique": r.technique, "status": r.status, "revision": r.revision,
        } for r in rows], ensure_ascii=False, indent=2))
        return
    for r in rows:
        typer.echo(f"{r.id}  {r.session_date:%d/%m/%Y}  {r.municipality:<22} {(r.school or '—')[:40]:<40} "
                   f"{Technique(r.technique).label:<18} {SessionStatus(r.status).label:<8} {_labels(r.operations)}")
    typer.echo(f"{len(rows)} de {total} sesiones.")
