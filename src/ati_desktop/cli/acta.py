"""``ati acta``: print actas as PDF and check a PDF against the record."""

from __future__ import annotations

from pathlib import Path

import typer
import typer.core

from ati_desktop.formspec import load_registry
from ati_desktop.services import actas

from .common import DbOption, opened, parse_day, user_errors


class _DefaultToPrint(typer.core.TyperGroup):
    """``ati acta SESSION_ID …`` prints; ``ati acta verify FILE`` checks."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["print", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=_DefaultToPrint, no_args_is_help=True,
                  help="Actas en PDF: ati acta SESION -o acta.pdf | ati acta --school DANE -o CARPETA | ati acta verify ACTA.pdf")


@app.command("print")
def print_(
    session_id: str | None = typer.Argument(None, help="Identificador de la sesión."),
    output: Path = typer.Option(..., "-o", "--output", help="Archivo PDF, o carpeta para un lote."),
    school: str | None = typer.Option(None, "--school", help="Código DANE del establecimiento (lote)."),
    municipality: str | None = typer.Option(None, "--municipio", "--municipality",
                                            help="Código DIVIPOLA del municipio (lote)."),
    date_from: str | None = typer.Option(None, "--from", help="Desde AAAA-MM-DD (lote)."),
    date_to: str | None = typer.Option(None, "--to", help="Hasta AAAA-MM-DD (lote)."),
    db: Path | None = DbOption,
) -> None:
    """Genera el acta de una sesión, o las de un establecimiento y periodo."""
    with opened(db) as database, user_errors():
        forms = load_registry()
        if session_id:
            output.write_bytes(actas.render_session(database, forms, session_id))
            typer.echo(f"Acta guardada en {output}")
            return
        ids = actas.sessions_for_batch(database, school, parse_day(date_from), parse_day(date_to), municipality)
        if not ids:
            typer.echo("No hay sesiones con esos criterios.")
            raise typer.Exit(1)
        if output.suffix.lower() == ".pdf":
            output.write_bytes(actas.render_batch(database, forms, ids, merge_into_one=True)[0])
            typer.echo(f"{len(ids)} actas guardadas en {output}")
            return
        output.mkdir(parents=True, exist_ok=True)
        for session_id_, pdf in zip(ids, actas.render_batch(database, forms, ids, merge_into_one=False)):
            name = actas.acta_file_name(actas.current_record(database, session_id_))
            (output / name).write_bytes(pdf)
        typer.echo(f"{len(ids)} actas guardadas en {output}")


@app.command("verify")
def verify(file: Path = typer.Argument(..., help="El PDF a verificar."), db: Path | None = DbOption) -> None:
    """Dice si un PDF es el acta vigente de una sesión del registro, sin modificaciones."""
    if not file.is_file():
        typer.secho(f"Error: no existe el archivo {file}.", err=True, fg=typer.colors.RED)
        raise typer.Exit(1)
    with opened(db) as database, user_errors():
        verdict = actas.verify_pdf(database, load_registry(), file.read_bytes())
    typer.secho(verdict.message, fg=typer.colors.GREEN if verdict.matches else typer.colors.RED)
    if not verdict.matches:
        raise typer.Exit(1)
