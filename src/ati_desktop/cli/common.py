"""What every ``ati`` command shares: the ``--db`` option and user-facing errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import typer

from ati_desktop.domain.errors import AtiError
from ati_desktop.paths import resolve_db_path
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
def opened(db_path: Path | None, *, write: bool = False) -> Iterator[Database]:
    """The database of ``--db``: for writing (created if missing) or only for reading.

    A command that only reads never creates a database, and keeps working while the desktop
    app (or a writing command) has the database open.
    """
    with user_errors():
        path = resolve_db_path(db_path)
        database = Database.open(path) if write else Database.open_for_reading(path)
        try:
            yield database
        finally:
            database.close()
