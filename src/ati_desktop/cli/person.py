"""``ati person``: answer a data subject's request — find, report, erase (Ley 1581 de 2012)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path

import typer

from ati_desktop.services.personal_data import find as finder
from ati_desktop.services.personal_data import report

from .common import DbOption, opened, user_errors

app = typer.Typer(help="Datos personales de una persona (Ley 1581 de 2012).", no_args_is_help=True)

WHY = {"cedula": "por cédula", "nombre": "por nombre"}


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value))


@app.command("find")
def find(
    query: str = typer.Argument(..., help="Cédula (con o sin puntos) o nombre, sin importar tildes."),
    as_json: bool = typer.Option(False, "--json", help="Salida JSON (para scripts)."),
    db: Path | None = DbOption,
) -> None:
    """Busca a una persona y muestra todo lo que el registro guarda de ella."""
    with opened(db) as database, user_errors():
        people = finder.find(database, query)
    if as_json:
        typer.echo(json.dumps([dataclasses.asdict(p) for p in people], ensure_ascii=False, indent=2,
                              default=_plain))
        return
    if not people:
        typer.echo(f"Nadie coincide con «{query}».")
        raise typer.Exit(1)
    for person in people:
        held = person.holdings
        kind = "Coincide" if person.exact else f"Se parece ({person.score:.0f} %)"
        typer.echo(f"{kind} {WHY[person.by]}: {' / '.join(held.names)}  ID {held.ids[0]}")
        for record in held.records:
            typer.echo(f"  registro {record.id}  {record.full_name}  doc. {record.id_document or '—'}  "
                       f"{record.school or ''}")
        typer.echo(f"  sesiones {len(held.session_ids)} · asistencias {len(held.appearances)} · "
                   f"firmas {len(held.signatures)} · compromisos {len(held.commitments)} · "
                   f"evidencias {len(held.evidence)} · menciones en texto {len(held.mentions)}")


@app.command("report")
def report_(
    person_id: str = typer.Argument(..., help="Identificador de la persona (ver «ati person find»)."),
    output: Path = typer.Option(..., "-o", "--output", help="Archivo PDF."),
    db: Path | None = DbOption,
) -> None:
    """Genera el informe para el titular: qué se guarda, para qué, desde cuándo y a dónde fue."""
    with opened(db) as database, user_errors():
        output.write_bytes(report.render(database, person_id))
    typer.echo(f"Informe guardado en {output}")
