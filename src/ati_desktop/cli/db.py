"""``ati db``: create, check and back up the local database."""

from __future__ import annotations

from pathlib import Path

import typer

from ati_desktop.paths import resolve_db_path
from ati_desktop.services.database import confirm_same_device, continue_as_new_device, device_status
from ati_desktop.storage.backup import backup_to
from ati_desktop.storage.database import diagnose
from ati_desktop.storage.migrate import current_revision, head_revision

from .common import DbOption, opened, user_errors

app = typer.Typer(help="Base de datos local.", no_args_is_help=True)

# integrity_check lists at most this many findings; more say nothing new to the user.
SHOWN_FINDINGS = 10


@app.command("init")
def init(db: Path | None = DbOption) -> None:
    """Crea la base de datos (o la actualiza al esquema actual)."""
    with opened(db, write=True) as database:
        typer.echo(f"Base de datos lista: {database.path} (esquema {current_revision(database.engine)})")
        if database.last_backup:
            typer.echo(f"Copia de seguridad previa a la actualización: {database.last_backup}")


@app.command("check")
def check(db: Path | None = DbOption) -> None:
    """Revisa la integridad del archivo y el estado de las migraciones (sin modificarlo)."""
    path = resolve_db_path(db)
    with user_errors():
        diagnosis = diagnose(path)
    typer.echo(f"Archivo: {path}")
    if diagnosis.integrity == ["ok"]:
        typer.echo("Integridad: correcta")
    else:
        typer.secho("Integridad: el archivo está dañado. Restaure la copia de seguridad más reciente "
                    "(carpeta «copias» junto a la base de datos).", fg=typer.colors.RED)
        for finding in diagnosis.integrity[:SHOWN_FINDINGS]:
            typer.echo(f"  - {finding}")
    typer.echo(f"Claves foráneas: {'correctas' if not diagnosis.foreign_key_problems else f'{diagnosis.foreign_key_problems} problemas'}")
    typer.echo(f"Esquema: {diagnosis.revision or 'ilegible'} (actual: {head_revision()})")
    if not diagnosis.healthy:
        raise typer.Exit(1)


@app.command("backup")
def backup(target: Path = typer.Argument(..., help="Archivo de destino."), db: Path | None = DbOption) -> None:
    """Copia la base de datos en caliente, con la API de copias de SQLite."""
    if target.exists():
        typer.secho(f"Error: {target} ya existe; elija otro nombre.", err=True, fg=typer.colors.RED)
        raise typer.Exit(1)
    with opened(db) as database, user_errors():
        backup_to(database.engine, target)
        typer.echo(f"Copia guardada en {target}")


@app.command("equipo")
def device(db: Path | None = DbOption) -> None:
    """Muestra con qué equipo escribe esta base y si es una copia por resolver."""
    with opened(db, write=True) as database:
        status = device_status(database)
        typer.echo(f"Equipo: {status.device_id}")
        if status.in_question:
            kind = "una copia restaurada" if status.restored else "una copia de otro archivo"
            typer.echo(f"Esta base es {kind}. Elija «ati db nuevo-equipo» (lo recomendado para una copia) "
                       "o «ati db mismo-equipo» (si solo movió el archivo).")
            raise typer.Exit(1)
        typer.echo("Esta base es la del equipo: puede guardar.")


@app.command("nuevo-equipo")
def new_device(db: Path | None = DbOption) -> None:
    """Continúa con esta base como un equipo nuevo (para una copia o una restauración)."""
    with opened(db, write=True) as database:
        status = continue_as_new_device(database)
        typer.echo(f"Desde ahora esta base escribe como el equipo nuevo {status.device_id}.")


@app.command("mismo-equipo")
def same_device(db: Path | None = DbOption) -> None:
    """Confirma que esta base es la del equipo de siempre (por ejemplo, si solo se movió)."""
    with opened(db, write=True) as database:
        status = confirm_same_device(database)
        typer.echo(f"Confirmado: esta base sigue siendo la del equipo {status.device_id}.")
