"""``ati acta``: print actas as PDF and check a PDF against the record."""

from __future__ import annotations

from pathlib import Path

import typer
import typer.core

from ati_desktop.services import actas, files
from ati_desktop.services.published_forms import registry_for

from .common import DbOption, municipality_code, opened, parse_day, user_errors


class _DefaultToPrint(typer.core.TyperGroup):
    """``ati acta SESSION_ID …`` prints; ``ati acta verify FILE`` checks."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["print", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=_DefaultToPrint, no_args_is_help=True,
                  help="Actas en PDF: ati acta SESION -o acta.pdf | ati acta --establecimiento DANE -o CARPETA | "
                       "ati acta verify ACTA.pdf")


@app.command("print")
def print_(
    session_id: str | None = typer.Argument(None, help="Identificador de la sesión."),
    # Spanish names first; the English ones of earlier versions keep working in scripts.
    output: Path = typer.Option(..., "-o", "--salida", "--output", help="Archivo PDF, o carpeta para un lote."),
    school: str | None = typer.Option(None, "--establecimiento", "--school",
                                      help="Código DANE del establecimiento (lote)."),
    date_from: str | None = typer.Option(None, "--desde", "--from", help="Desde AAAA-MM-DD (lote)."),
    date_to: str | None = typer.Option(None, "--hasta", "--to", help="Hasta AAAA-MM-DD (lote)."),
    municipality: str | None = typer.Option(None, "--municipio", "--municipality",
                                            help="Municipio, por nombre o código DIVIPOLA (lote)."),
    db: Path | None = DbOption,
) -> None:
    """Genera el acta de una sesión, o las de un establecimiento y periodo."""
    first, last = parse_day(date_from), parse_day(date_to)
    with opened(db) as database, user_errors():
        forms = registry_for(database)
        if session_id:
            files.write_whole(output, actas.render_session(database, forms, session_id))
            typer.echo(f"Acta guardada en {output}")
            return
        ids = actas.sessions_for_batch(database, school, first, last, municipality_code(municipality))
        if not ids:
            typer.echo("No hay sesiones con esos criterios.")
            raise typer.Exit(1)
        if output.suffix.lower() == ".pdf":
            files.write_whole(output, actas.render_batch(database, forms, ids, merge_into_one=True)[0])
            typer.echo(f"{len(ids)} actas guardadas en {output}")
            return
        files.make_folder(output)
        for session_id_, pdf in zip(ids, actas.render_batch(database, forms, ids, merge_into_one=False)):
            name = actas.acta_file_name(actas.current_record(database, session_id_))
            files.write_whole(output / name, pdf)
        typer.echo(f"{len(ids)} actas guardadas en {output}")


@app.command("verify")
def verify(file: Path = typer.Argument(..., help="El PDF a verificar."), db: str | None = DbOption) -> None:
    """Dice si un PDF es el acta vigente de una sesión del registro, sin modificaciones."""
    if not file.is_file():
        typer.secho(f"Error: no existe el archivo {file}.", err=True, fg=typer.colors.RED)
        raise typer.Exit(1)
    with opened(db) as database, user_errors():
        verdict = actas.verify_pdf(database, registry_for(database), file.read_bytes())
    typer.secho(verdict.message, fg=typer.colors.GREEN if verdict.matches else typer.colors.RED)
    if not verdict.matches:
        raise typer.Exit(1)
