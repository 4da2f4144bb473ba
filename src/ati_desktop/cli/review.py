"""``ati review``: the sessions waiting for the supervisor's review, and the decision on one."""

from __future__ import annotations

import json

import typer

from ati_desktop.services import reviews, settings
from ati_desktop.services.reviews import QueueEntry, QueueFilter

from .common import municipality_code, opened, parse_day, user_errors
from .merge import RecordOption

app = typer.Typer(no_args_is_help=True, help=(
    "Revisión de las sesiones cerradas: las que esperan revisión y la decisión del supervisor "
    "(aprobada, con observaciones, rechazada)."))


@app.command("list")
def list_(
    state: str | None = typer.Option(None, "--estado", "--state", help=(
        "Lista las sesiones cerradas en ese estado (recibida, aprobada, con_observaciones, rechazada); "
        "sin él, las que esperan revisión.")),
    municipality: str | None = typer.Option(None, "--municipio", "--municipality",
                                            help="Nombre o código DIVIPOLA del municipio."),
    date_from: str | None = typer.Option(None, "--desde", "--from", help="Primer día, AAAA-MM-DD."),
    date_to: str | None = typer.Option(None, "--hasta", "--to", help="Último día, AAAA-MM-DD."),
    as_json: bool = typer.Option(False, "--json", help="Salida JSON (para scripts)."),
    db: str | None = RecordOption,
) -> None:
    """Sesiones que esperan revisión (o las de un estado), la más antigua primero."""
    code, start, end = municipality_code(municipality), parse_day(date_from), parse_day(date_to)
    with opened(db) as database, user_errors():
        flt = QueueFilter(start, end, municipality_code=code)
        entries = (reviews.review_queue(database, flt) if state is None
                   else reviews.sessions_in_state(database, state, flt))
    if as_json:
        typer.echo(json.dumps([_as_json(entry) for entry in entries], ensure_ascii=False, indent=1))
        return
    if not entries:
        typer.echo("No hay sesiones que esperen revisión." if state is None
                   else f"No hay sesiones cerradas en estado «{reviews.state_label(state)}».")
    for entry in entries:
        typer.echo(_line(entry))


def _line(entry: QueueEntry) -> str:
    review = entry.review
    state = review.label + (" · corregida después" if review.corrected_since else "")
    place = entry.school or entry.municipality
    line = (f"{entry.session_id}  {entry.session_date:%d/%m/%Y}  {entry.municipality} · {place} · "
            f"{entry.technique} · {entry.assistant or '—'} · {state}")
    if review.comment:
        line += f"\n    «{review.comment}» ({review.reviewer}, {review.reviewed_at:%d/%m/%Y})"
    return line


def _as_json(entry: QueueEntry) -> dict:
    review = entry.review
    return {"session_id": entry.session_id, "date": entry.session_date.isoformat(),
            "municipality": entry.municipality, "school": entry.school, "assistant": entry.assistant,
            "technique": entry.technique, "state": review.state, "state_label": review.label,
            "comment": review.comment, "reviewer": review.reviewer,
            "reviewed_at": review.reviewed_at.isoformat() if review.reviewed_at else None,
            "corrected_since": review.corrected_since}


@app.command("set")
def set_(
    session_id: str = typer.Argument(..., help="Identificador de la sesión (como lo da «ati review list»)."),
    state: str = typer.Option(..., "--estado", "--state", help="aprobada, con_observaciones o rechazada."),
    comment: str | None = typer.Option(None, "--comentario", "--comment", help=(
        "Lo que el profesional de apoyo debe corregir (obligatorio con con_observaciones y rechazada).")),
    reviewer: str | None = typer.Option(None, "--revisor", "--reviewer",
                                        help="Quién revisa (por defecto, el nombre del perfil)."),
    db: str | None = RecordOption,
) -> None:
    """Registra la decisión sobre una sesión cerrada; viaja con los paquetes como cualquier registro."""
    with opened(db, write=True) as database, user_errors():
        decision = reviews.set_review(database, session_id.strip(), state, comment,
                                      reviewer if reviewer is not None else settings.profile(database).full_name)
    typer.echo(f"Sesión {decision.session_id}: {reviews.state_label(decision.state)} "
               f"(revisó {decision.reviewer}).")
