"""What every ``ati`` command shares: the ``--db`` option and user-facing errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import typer

from ati_desktop.domain.errors import AtiError
from ati_desktop.domain.municipalities import find_municipality
from ati_desktop.paths import resolve_db_path
from ati_desktop.exchange.record import open_record
from ati_desktop.storage.database import Database
from ati_desktop.storage.errors import storage_errors

DbOption = typer.Option(
    None, "--db", envvar="ATI_DB", help="Archivo de la base de datos (por defecto, la del usuario)."
)

log = logging.getLogger("ati_desktop.cli")


def parse_day(value: str | None) -> date | None:
    """A date option given as AAAA-MM-DD; a malformed one ends the command (exit 2)."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        typer.secho(f"Error: la fecha «{value}» debe tener la forma AAAA-MM-DD.", err=True, fg=typer.colors.RED)
        raise typer.Exit(2) from None


def municipality_code(value: str | None) -> str | None:
    """The DIVIPOLA code of a ``--municipio`` given by name (any accents) or code; unknown ends (exit 2)."""
    if not value:
        return None
    found = find_municipality(value)
    if found is None:
        typer.secho(f"Error: «{value}» no es un municipio del Huila (escriba su nombre o su código DIVIPOLA).",
                    err=True, fg=typer.colors.RED)
        raise typer.Exit(2)
    return found.code


@contextmanager
def user_errors() -> Iterator[None]:
    """Show errors the user can act on as a Spanish message and exit 1, without a traceback.

    Environment errors (disk full, read-only or missing folder, database server) count too.
    """
    try:
        with storage_errors():
            yield
    except AtiError as exc:
        typer.secho(f"Error: {exc.message}", err=True, fg=typer.colors.RED)
        raise typer.Exit(1) from None


@contextmanager
def opened(db_path: str | Path | None, *, write: bool = False) -> Iterator[Database]:
    """The database of ``--db``: a file, a ``sqlite:///`` URL or a server URL.

    For writing a file is created if missing; a command that only reads never creates a
    database, and keeps working while the desktop app (or a writing command) has it open.
    """
    with user_errors():
        database = open_target(db_path, write=write)
        try:
            yield database
        finally:
            database.close()


def open_target(target: str | Path | None, *, write: bool = True) -> Database:
    """A database from a path or a SQLAlchemy URL (``postgresql+psycopg://…`` for a shared record)."""
    if target is not None and "://" in str(target):
        return open_record(str(target))
    path = resolve_db_path(target)
    return Database.open(path) if write else Database.open_for_reading(path)
