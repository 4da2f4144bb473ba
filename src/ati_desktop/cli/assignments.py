"""``ati assignments``: the schools each assistant looks after, in the departmental record."""

from __future__ import annotations

import json
from dataclasses import asdict

import typer

from ati_desktop.services import assignments

from .common import opened, parse_day, user_errors
from .merge import RecordOption

app = typer.Typer(help="Asignación de establecimientos a los asistentes (registro departamental).",
                  no_args_is_help=True)
AssistantOption = typer.Option(..., "--assistant", "--asistente", help="Identificador o nombre del asistente.")
SchoolsOption = typer.Option(..., "--school", "--establecimiento",
                             help="Código DANE del establecimiento; se puede repetir.")


@app.command("add")
def add(assistant: str = AssistantOption, schools: list[str] = SchoolsOption,
        starts: str | None = typer.Option(None, "--from", "--desde", help="Desde (AAAA-MM-DD)."),
        ends: str | None = typer.Option(None, "--to", "--hasta", help="Hasta (AAAA-MM-DD)."),
        db: str | None = RecordOption) -> None:
    """Asigna establecimientos a un asistente: su paquete para el campo los llevará."""
    with opened(db, write=True) as record, user_errors():
        assistant_id = assignments.find_assistant(record, assistant)
        changed = assignments.assign(record, assistant_id, schools, starts_on=parse_day(starts),
                                     ends_on=parse_day(ends))
    typer.echo(f"{changed} asignaciones nuevas o cambiadas ({len(schools) - changed} ya estaban así).")


@app.command("remove")
def remove(assistant: str = AssistantOption, schools: list[str] = SchoolsOption,
           db: str | None = RecordOption) -> None:
    """Quita establecimientos de la asignación de un asistente."""
    with opened(db, write=True) as record, user_errors():
        changed = assignments.unassign(record, assignments.find_assistant(record, assistant), schools)
    typer.echo(f"{changed} asignaciones quitadas.")


@app.command("list")
def list_(assistant: str | None = typer.Option(None, "--assistant", "--asistente",
                                              help="Solo las de este asistente (identificador o nombre)."),
          as_json: bool = typer.Option(False, "--json", help="Resultado en JSON."),
          db: str | None = RecordOption) -> None:
    """Lista los establecimientos asignados, por asistente y municipio."""
    with opened(db) as record, user_errors():
        assistant_id = assignments.find_assistant(record, assistant) if assistant else None
        rows = assignments.assigned_schools(record, assistant_id)
    if as_json:
        typer.echo(json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=1, default=str))
        return
    if not rows:
        typer.echo("No hay establecimientos asignados.")
    for row in rows:
        typer.echo(f"{row.assistant_name} ({row.assistant_id[:8]}): {row.school_name} "
                   f"[{row.dane_code or 'sin código'}], {row.municipality}")
