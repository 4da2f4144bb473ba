"""Where ATI Desktop keeps its files: one place, overridable for tests and demos."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "ATI Desktop"
APP_AUTHOR = "Gobernacion del Huila"
DB_ENV = "ATI_DB"
DATA_DIR_ENV = "ATI_DATA_DIR"

_dirs = PlatformDirs(APP_NAME, APP_AUTHOR)


def data_dir() -> Path:
    """The user data directory (``ATI_DATA_DIR`` overrides it, for tests and demos)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(_dirs.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The local database: ``ATI_DB`` if set, else ``ati.sqlite`` in the data directory."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "ati.sqlite"


def resolve_db_path(explicit: str | os.PathLike[str] | None) -> Path:
    """An explicit ``--db`` wins over ``ATI_DB``, which wins over the default."""
    return Path(explicit) if explicit else default_db_path()


def backups_dir(db_path: Path) -> Path:
    """Backups sit next to the database they protect, so they travel with it."""
    path = db_path.parent / "copias"
    path.mkdir(parents=True, exist_ok=True)
    return path
