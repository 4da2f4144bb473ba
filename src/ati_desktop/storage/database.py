"""The open database: engine, schema check and upgrade, device identity, transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from . import instance
from .engine import IMMEDIATE, make_engine, sqlite_url
from .errors import StorageError, storage_errors
from .instance import Identity
from .migrate import check_known, upgrade
from .models import AppMeta, Device
from .types import new_id


class DeviceIdentityError(StorageError):
    """The file is a copy (or a restored older state): its device must be settled before writing."""

SQLITE_HEADER = b"SQLite format 3\x00"
WAL_LIMIT_BYTES = 64 * 1024 * 1024


def _wal_size(path: Path) -> int:
    try:
        return Path(f"{path}-wal").stat().st_size
    except FileNotFoundError:
        return 0


class Database:
    """One database (a SQLite file, or a URL for a shared departmental record)."""

    def __init__(self, url: str, path: Path | None = None) -> None:
        self.url = url
        self.path = path
        self.engine = make_engine(url)
        self.last_backup: Path | None = None
        self._device_id: str | None = None
        self.identity = Identity.OWN

    @classmethod
    def open(cls, path: Path, *, device_label: str | None = None) -> Database:
        """Open (creating or upgrading) the SQLite file at ``path``.

        A file from a newer version is refused before anything is written to it.
        """
        path = Path(path)
        _check_file(path)
        with storage_errors():
            path.parent.mkdir(parents=True, exist_ok=True)
            database = cls(sqlite_url(path), path)
            database.last_backup = upgrade(database.engine, path)
            database._ensure_device(device_label)
        return database

    @classmethod
    def open_url(cls, url: str) -> Database:
        """Open a database given as a SQLAlchemy URL (e.g. a shared PostgreSQL record)."""
        database = cls(url)
        with storage_errors():
            upgrade(database.engine, None)
            database._ensure_device(None)
        return database

    @property
    def device_id(self) -> str:
        assert self._device_id is not None
        return self._device_id

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work in one ``BEGIN IMMEDIATE`` transaction, committed on success.

        Refused while the file's device is in question (see :mod:`.instance`): nothing is
        written under a device id that another file may also be writing under.
        """
        if self.identity is not Identity.OWN:
            raise DeviceIdentityError(
                "Esta base de datos es una copia de otro archivo o una copia restaurada: antes de guardar, "
                "elija si este equipo continúa como un equipo nuevo o si es el mismo equipo de siempre "
                "(ati db nuevo-equipo / ati db mismo-equipo).")
        with self._write() as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with storage_errors():
            with Session(self.engine.execution_options(**IMMEDIATE), expire_on_commit=False) as session:
                with session.begin():
                    yield session
            if self.path is not None and _wal_size(self.path) > WAL_LIMIT_BYTES:
                self.checkpoint()

    def checkpoint(self, mode: str = "PASSIVE") -> None:
        """Copy the write-ahead log into the database file (SQLite only).

        Saves no longer checkpoint on their own (see engine.py); this runs when the log
        outgrows its limit, when the app is idle, and on close.
        """
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")

    @contextmanager
    def read(self) -> Iterator[Session]:
        with storage_errors(), Session(self.engine) as session:
            yield session

    def close(self) -> None:
        try:
            self.checkpoint("TRUNCATE")
        except DBAPIError:
            pass  # another process holds the database; it will checkpoint on its own close
        self.engine.dispose()

    def _ensure_device(self, label: str | None) -> None:
        """Read (or create) this file's device, and tell whether the file is that device's own."""
        marker = None
        with self._write() as session:
            meta = session.get(AppMeta, "device_id")
            if meta is None:
                meta = AppMeta(key="device_id", value=new_id())
                session.add(meta)
                session.add(Device(id=meta.value, label=label or "Equipo local"))
            self._device_id = meta.value
            if self.path is not None:
                marker = self._check_instance(session)
        if marker is not None:
            instance.write_marker(*marker)

    def _check_instance(self, session: Session) -> tuple[str, Path, int] | None:
        found = session.get(AppMeta, "instance_id")
        counter = session.get(AppMeta, "instance_generation")
        if found is None or counter is None:
            return self._new_instance(session)
        seen = session.get(AppMeta, "instance_seen_at")
        self.identity = instance.judge(self._where(), found.value, int(counter.value),
                                       seen.value if seen else None)
        if self.identity is not Identity.OWN:
            return None
        counter.value = str(int(counter.value) + 1)
        self._set(session, "instance_seen_at", instance.here(self._where()))
        return found.value, self._where(), int(counter.value)

    def _new_instance(self, session: Session) -> tuple[str, Path, int]:
        instance_id = new_id()
        for key, value in (("instance_id", instance_id), ("instance_generation", "1"),
                           ("instance_seen_at", instance.here(self._where()))):
            self._set(session, key, value)
        self.identity = Identity.OWN
        return instance_id, self._where(), 1

    @staticmethod
    def _set(session: Session, key: str, value: str) -> None:
        row = session.get(AppMeta, key)
        if row is None:
            session.add(AppMeta(key=key, value=value))
        else:
            row.value = value

    def _where(self) -> Path:
        assert self.path is not None
        return self.path.resolve()

    def confirm_same_device(self) -> None:
        """The file is this device's own after all (moved by its user, say): go on as before."""
        with self._write() as session:
            self.identity = Identity.OWN
            marker = self._new_instance(session)
        instance.write_marker(*marker)

    def continue_as_new_device(self, label: str | None = None) -> str:
        """From now on this file writes as a new device; what it holds keeps its origin."""
        with self._write() as session:
            device_id = new_id()
            session.get(AppMeta, "device_id").value = device_id
            session.add(Device(id=device_id, label=label or "Equipo local"))
            marker = self._new_instance(session) if self.path is not None else None
        self._device_id = device_id
        self.identity = Identity.OWN
        if marker is not None:
            instance.write_marker(*marker)
        return device_id


def _check_file(path: Path) -> None:
    """Refuse foreign or too-new files by reading them read-only, before any write."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise StorageError(
                "El archivo «{name}» no es una base de datos de ATI Desktop. "
                "Elija otro archivo; este no se modificó.", name=path.name
            )
    # Without a pending WAL, "immutable" reads without creating -wal/-shm files beside it.
    mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
    with storage_errors():
        connection = sqlite3.connect(f"file:{path}?mode={mode}", uri=True)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            row = None
        finally:
            connection.close()
    check_known(row[0] if row else None)
