"""``ati archive``: move the photos and signatures of old sessions the secretariat confirmed to a file."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ati_desktop.services import archive

from .common import DbOption, opened, user_errors

app = typer.Typer(no_args_is_help=True, help=(
    "Archivo de datos antiguos: las fotos y firmas de sesiones cerradas y antiguas que la Secretaría "
    "confirmó haber recibido pasan a un archivo verificado y liberan espacio."))

MonthsOption = typer.Option(archive.DEFAULT_MONTHS, "--meses", "--months", min=1, max=240,
                            help="Sesiones de hace más de estos meses.")


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",")


@app.command("preview")
def preview(months: int = MonthsOption, db: str | None = DbOption,
            as_json: bool = typer.Option(False, "--json", help="Resultado en JSON.")) -> None:
    """Muestra qué se archivaría, sin escribir nada."""
    with opened(db) as database, user_errors():
        work = archive.plan(database, months)
    if as_json:
        typer.echo(json.dumps({"cutoff": work.cutoff.isoformat(), "has_receipt": work.has_receipt,
                               "confirmed": work.confirmed, "sessions": [s.id for s in work.sessions],
                               "blobs": len(work.blobs), "bytes": work.size}, ensure_ascii=False, indent=1))
    elif not work.has_receipt:
        typer.echo("Este equipo aún no ha importado un acuse de la Secretaría: no hay nada confirmado que archivar.")
    elif not work.blobs:
        typer.echo(f"No hay fotos ni firmas de sesiones cerradas antes del {work.cutoff:%d/%m/%Y} "
                   "que la Secretaría haya confirmado.")
    else:
        typer.echo(f"Se archivarían las fotos y firmas de {len(work.sessions)} sesiones cerradas antes del "
                   f"{work.cutoff:%d/%m/%Y} ({len(work.blobs)} archivos, {_mb(work.size)} MB). Las sesiones, "
                   "sus compromisos y las huellas de sus actas siguen en este equipo.")


@app.command("run")
def run(months: int = MonthsOption,
        output: Path | None = typer.Option(None, "-o", "--output", help="Archivo que se escribe (por defecto, "
                                           "en la carpeta «archivos» junto a la base de datos)."),
        db: str | None = DbOption) -> None:
    """Escribe y verifica el archivo, y solo entonces libera el espacio en este equipo."""
    with opened(db, write=True) as database, user_errors():
        result = archive.run(database, months, output)
    compacted = "" if result.compacted else " (el archivo de la base de datos no se pudo compactar ahora; el " \
                                            "espacio se reutiliza al guardar)"
    typer.echo(f"Archivadas las fotos y firmas de {result.sessions} sesiones en {result.path}; "
               f"{_mb(result.freed)} MB liberados{compacted}. Guarde una copia de ese archivo.")


@app.command("restore")
def restore(file: Path = typer.Argument(..., help="El archivo escrito por «ati archive run»."),
            db: str | None = DbOption) -> None:
    """Devuelve a este equipo las fotos y firmas de un archivo (para corregir o exportar todo)."""
    with opened(db, write=True) as database, user_errors():
        count = archive.restore(database, file)
    typer.echo(f"{count} fotos y firmas devueltas desde {file}.")


@app.command("list")
def list_(db: str | None = DbOption) -> None:
    """Los archivos de datos antiguos escritos desde este equipo."""
    with opened(db) as database, user_errors():
        entries = archive.archives(database)
    if not entries:
        typer.echo("Este equipo no ha archivado datos.")
    for entry in entries:
        typer.echo(f"{entry['file']}: {len(entry['sessions'])} sesiones, {entry['blobs']} fotos y firmas "
                   f"({entry['created_at'][:10]})")
