"""``ati person``: answer a data subject's request — find, report, erase, the register (Ley 1581)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import typer

from ati_desktop.paths import resolve_db_path
from ati_desktop.services.personal_data import erase as erasing
from ati_desktop.services.personal_data import find as finder
from ati_desktop.services.personal_data import register, report
from ati_desktop.services.personal_data.deadlines import RequestKind
from ati_desktop.services.personal_data.register import RequestState
from ati_desktop.storage.database import Database

from .common import DbOption, opened, parse_day, user_errors

app = typer.Typer(help="Datos personales de una persona (Ley 1581 de 2012).", no_args_is_help=True)


@contextmanager
def for_writing(db_path: Path | None) -> Iterator[Database]:
    """The database of ``--db`` opened for writing (created if missing), for erasures and requests."""
    with user_errors():
        database = Database.open(resolve_db_path(db_path))
        try:
            yield database
        finally:
            database.close()


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


@app.command("erase")
def erase(
    person_id: str = typer.Argument(..., help="Identificador de la persona (ver «ati person find»)."),
    request: str = typer.Option(..., "--request", help="Referencia (radicado) de la solicitud de supresión."),
    evidence: list[str] = typer.Option([], "--evidence", help="Otra evidencia en que aparece (repetible)."),
    all_photos: bool = typer.Option(False, "--all-photos", help="Todas las fotos de sus sesiones."),
    handled_by: str | None = typer.Option(None, "--handled-by", help="Quién atiende la solicitud."),
    yes: bool = typer.Option(False, "--yes", help="No pedir confirmación."),
    db: Path | None = DbOption,
) -> None:
    """Suprime los datos personales de una persona en todo el registro (no se puede deshacer)."""
    with for_writing(db) as database, user_errors():
        held = finder.holdings(database, person_id)
        if not yes:
            typer.confirm(f"Se suprimirán nombre, documento, contacto, firma y fotos de "
                          f"{' / '.join(held.names)} en {len(held.session_ids)} sesiones. ¿Continuar?",
                          abort=True)
        result = erasing.erase_person(database, person_id, request, handled_by=handled_by,
                                      evidence_ids=tuple(evidence), all_photos=all_photos)
    typer.echo(f"Datos suprimidos (solicitud {request}): {result.revisions} revisiones, "
               f"{result.rows} registros y {result.blobs_deleted} archivos.")
    for away in result.archives_away:
        typer.echo(f"El archivo de datos antiguos «{away}» no está conectado y todavía guarda lo suprimido: "
                   "conéctelo y restáurelo (ati archive restore) para completar la supresión.")


requests_app = typer.Typer(help="Registro de solicitudes de titulares (consultas y reclamos).",
                           no_args_is_help=True)
app.add_typer(requests_app, name="requests")


@requests_app.command("add")
def request_add(
    kind: str = typer.Argument(..., help="consulta, rectificacion o supresion."),
    reference: str = typer.Argument(..., help="Referencia (número de radicado)."),
    received: str | None = typer.Option(None, "--received", help="Fecha de recibo AAAA-MM-DD (hoy)."),
    person_id: str | None = typer.Option(None, "--person", help="Identificador de la persona."),
    handled_by: str | None = typer.Option(None, "--handled-by", help="Quién la atiende."),
    db: Path | None = DbOption,
) -> None:
    """Registra una solicitud recibida y calcula su fecha límite en días hábiles."""
    with for_writing(db) as database, user_errors():
        request_id = register.record_request(database, kind, reference, parse_day(received) or date.today(),
                                             participant_id=person_id, handled_by=handled_by)
        view = next(v for v in register.list_requests(database) if v.id == request_id)
    typer.echo(f"Solicitud {reference} registrada: responder a más tardar el {view.due_on:%d/%m/%Y}.")


@requests_app.command("list")
def request_list(
    as_json: bool = typer.Option(False, "--json", help="Salida JSON (para scripts)."),
    open_only: bool = typer.Option(False, "--open", help="Solo las que siguen abiertas."),
    db: Path | None = DbOption,
) -> None:
    """Las solicitudes, las abiertas primero por fecha límite; las vencidas se señalan."""
    with opened(db) as database, user_errors():
        views = register.list_requests(database, open_only=open_only)
    if as_json:
        typer.echo(json.dumps([dataclasses.asdict(v) for v in views], ensure_ascii=False, indent=2,
                              default=_plain))
        return
    for v in views:
        flag = "VENCIDA " if v.overdue else ""
        typer.echo(f"{v.reference:<16} {RequestKind(v.kind).label:<24} recibida {v.received_on:%d/%m/%Y}  "
                   f"límite {v.due_on:%d/%m/%Y}  {flag}{RequestState(v.state).label}  {v.handled_by or ''}")
    typer.echo(f"{len(views)} solicitudes, {sum(v.overdue for v in views)} vencidas.")
