"""Consistent copies of a live SQLite database through SQLite's backup API."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from ati_desktop.paths import backups_dir


def backup_to(engine: Engine, target: Path) -> Path:
    """Copy the database behind ``engine`` into ``target`` (a new SQLite file)."""
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)
        finally:
            destination.close()
    finally:
        raw.close()
    return target


def backup_sqlite(engine: Engine, db_path: Path, label: str) -> Path:
    """A timestamped backup in the ``copias`` folder next to the database."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir(db_path) / f"{db_path.stem}-{label}-{stamp}.sqlite"
    return backup_to(engine, target)
