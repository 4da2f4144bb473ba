"""Consistent copies of a live SQLite database through SQLite's backup API, and the way back."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from ati_desktop.paths import backups_dir

from .engine import read_only_uri
from .errors import StorageError, storage_errors


def backup_to(engine: Engine, target: Path) -> Path:
    """Copy the database behind ``engine`` into ``target`` (a new SQLite file).

    The copy is made under a temporary name in the target's folder and renamed when complete:
    a full disk or a read-only folder gives a :class:`StorageError` naming the place and leaves
    no partial copy.
    """
    target = Path(target)
    with storage_errors(target):
        handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".part", dir=target.parent)
        os.close(handle)
        try:
            raw = engine.raw_connection()
            try:
                destination = sqlite3.connect(temporary)
                try:
                    raw.driver_connection.backup(destination)
                    destination.execute("PRAGMA journal_mode=DELETE")  # a copy is one file
                finally:
                    destination.close()
            finally:
                raw.close()
            with open(temporary, "rb+") as written:
                os.fsync(written.fileno())
            os.replace(temporary, target)
        except BaseException:
            for leftover in (temporary, f"{temporary}-journal", f"{temporary}-wal", f"{temporary}-shm"):
                Path(leftover).unlink(missing_ok=True)
            raise
    return target


def backup_sqlite(engine: Engine, db_path: Path, label: str) -> Path:
    """A timestamped backup in the ``copias`` folder next to the database."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir(db_path) / f"{db_path.stem}-{label}-{stamp}.sqlite"
    return backup_to(engine, target)


def latest_backup(db_path: Path) -> Path | None:
    """The newest backup of ``db_path`` in its ``copias`` folder, if there is one."""
    folder = Path(db_path).parent / "copias"
    if not folder.is_dir():
        return None
    copies = sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite"), key=lambda p: p.stat().st_mtime)
    return copies[-1] if copies else None


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of a damaged ``db_path``; the damaged file is kept aside, renamed.

    Returns where the damaged file went. Nothing is deleted: the secretariat may want to try
    to recover more from it.
    """
    db_path = Path(db_path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.stem}-danada-{stamp}{db_path.suffix}")
    with storage_errors(db_path):
        if not backup.is_file():
            raise StorageError("No se encontró la copia de seguridad «{path}».", path=str(backup))
        os.replace(db_path, aside)
        for suffix in ("-wal", "-shm"):
            if Path(f"{db_path}{suffix}").exists():
                os.replace(f"{db_path}{suffix}", f"{aside}{suffix}")
        source = sqlite3.connect(read_only_uri(backup, immutable=True), uri=True)
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{db_path.stem}-", suffix=".part", dir=db_path.parent)
            os.close(handle)
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)
            finally:
                destination.close()
            os.replace(temporary, db_path)
        finally:
            source.close()
    return aside
