"""Schema creation and upgrades through Alembic, with a backup before touching old files."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, inspect

from .backup import backup_sqlite
from .errors import SchemaTooNewError, StorageError

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "ati_desktop.storage:migrations")
    return config


@functools.cache  # the scripts ship with the program; reading them takes tens of milliseconds
def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_known(revision: str | None) -> None:
    """Refuse a database stamped with a revision this version does not know."""
    if revision is None:
        return
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        known = None
    if known is None:
        raise SchemaTooNewError(
            "Esta base de datos fue creada con una versión más nueva de ATI Desktop "
            "(esquema {revision}). Actualice el programa para abrirla; no se modificó nada.",
            revision=revision
        )


def upgrade(engine: Engine, db_path: Path | None, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; returns the backup made first, if any."""
    current = current_revision(engine)
    check_known(current)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    if current is None and inspect(engine).get_table_names():
        raise StorageError(
            "El archivo contiene tablas que no son de ATI Desktop; no se modificó. "
            "Elija otro archivo para la base de datos."
        )
    backup = None
    if current is not None and db_path is not None:
        backup = backup_sqlite(engine, db_path, label=f"antes-de-{target}")
        log.info("backup before upgrade %s -> %s at %s", current, target, backup)
    run_migrations(engine, revision)
    return backup


def run_migrations(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on ``engine``, no questions asked."""
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
