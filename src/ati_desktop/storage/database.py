"""The open database: engine, file checks, lock, schema upgrade, device identity, transactions.

Before anything else runs on a SQLite file, it is read through a read-only connection: a file
that is not a SQLite database, has tables of another program, comes from a newer version, or
whose schema differs from what the migrations made (a view or trigger of its own) is refused
and left byte-for-byte as it was. Nothing but SQLite opens the file: reading it any other way
in this process would drop SQLite's locks (see file_lock.py).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from . import file_lock, instance
from .engine import IMMEDIATE, WRITE_LOCK, harden, make_engine, make_read_only_engine, read_only_uri, sqlite_url
from .errors import DamagedDatabaseError, StorageError, storage_errors
from .instance import Identity
from .migrate import check_known, head_revision, upgrade
from .models import AppMeta, Device
from .schema_check import check_schema
from .types import new_id

SQLITE_HEADER = b"SQLite format 3\x00"  # how a file from outside is told to be SQLite at all
WAL_LIMIT_BYTES = 64 * 1024 * 1024
DEFAULT_DEVICE_LABEL = "Equipo local"  # a device nobody named

log = logging.getLogger(__name__)


class DeviceIdentityError(StorageError):
    """The file is a copy (or a restored older state): its device must be settled before writing."""


def _wal_size(path: Path) -> int:
    try:
        return Path(f"{path}-wal").stat().st_size
    except FileNotFoundError:
        return 0


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found."""

    revision: str | None
    quick_check: list[str] | None = None  # SQLite's findings when asked for; ["ok"] if sound


class Database:
    """One database (a SQLite file, or a URL for a shared departmental record)."""

    def __init__(self, url: str, path: Path | None = None, *, engine: Engine | None = None,
                 read_only: bool = False, lock: Path | None = None) -> None:
        self.url = url
        self.path = path
        self.engine = engine if engine is not None else make_engine(url)
        self.read_only = read_only
        self.last_backup: Path | None = None
        self._device_id: str | None = None
        self._lock = lock
        self._checkpointer: threading.Thread | None = None
        self.identity = Identity.OWN

    @classmethod
    def open(cls, path: Path, *, device_label: str | None = None, quick_check: bool = False) -> Database:
        """Open for writing (creating or upgrading) the SQLite file at ``path``.

        A foreign, damaged (with ``quick_check``) or too-new file is refused before anything is
        written to it; a database another process is writing raises ``DatabaseInUseError``.
        """
        path = Path(path)
        with storage_errors():
            if path.exists() and path.stat().st_size:
                state = inspect_file(path, immutable=not Path(f"{path}-wal").exists(),
                                     quick_check=quick_check)
                _refuse_damage(path, state)
            _check_writable(path)
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = file_lock.acquire_writer(path)
        try:
            with storage_errors():
                database = cls(sqlite_url(path), path, lock=lock)
                database.last_backup = upgrade(database.engine, path)
                database._ensure_device(device_label)
        except BaseException:
            file_lock.release(lock)
            raise
        return database

    @classmethod
    def open_for_reading(cls, path: Path) -> Database:
        """Open an existing SQLite file only to read it: nothing is created, written or left behind."""
        path = Path(path)
        if not path.is_file():
            raise StorageError(
                "No existe la base de datos «{path}». Revise la opción --db (o ATI_DB); no se "
                "creó nada.", path=str(path))
        lock, writer_active = file_lock.acquire_reader(path)
        try:
            with storage_errors():
                immutable = not writer_active and not Path(f"{path}-wal").exists()
                state = inspect_file(path, immutable=immutable)
                if state.revision is None:
                    raise StorageError("El archivo «{name}» está vacío: no es una base de datos de "
                                       "ATI Desktop.", name=path.name)
                if state.revision != head_revision():
                    raise StorageError(
                        "La base de datos «{name}» es de una versión anterior de ATI Desktop. "
                        "Ábrala una vez con el programa (o «ati db init») para actualizarla.",
                        name=path.name)
                database = cls(sqlite_url(path), path, lock=lock, read_only=True,
                               engine=make_read_only_engine(path, immutable=immutable))
                with database.read() as session:
                    meta = session.get(AppMeta, "device_id")
                    database._device_id = meta.value if meta else None
        except BaseException:
            file_lock.release(lock)
            raise
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
        if self.read_only:
            raise RuntimeError("write() on a database opened for reading")
        with storage_errors():
            with Session(self.engine.execution_options(**IMMEDIATE), expire_on_commit=False) as session:
                with session.begin():
                    if self.engine.dialect.name == "postgresql":
                        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
                    yield session
            if self.path is not None and _wal_size(self.path) > WAL_LIMIT_BYTES:
                self._checkpoint_in_background()

    def checkpoint(self, mode: str = "PASSIVE") -> None:
        """Copy the write-ahead log into the database file (SQLite only), once any checkpoint
        running in the background is done.

        Saves never checkpoint inside their transaction (see engine.py): a save after which the
        log has outgrown its limit starts a background checkpoint; this one runs when asked
        (the app idle, a compaction) and on close.
        """
        self.finish_checkpoint()
        if self.engine.dialect.name == "sqlite" and not self.read_only:
            with self.engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")

    def finish_checkpoint(self) -> None:
        """Wait for the background checkpoint, if one runs (before the file is read alone or rebuilt)."""
        if self._checkpointer is not None:
            self._checkpointer.join()
            self._checkpointer = None

    def _checkpoint_in_background(self) -> None:
        """Checkpoint the outgrown log on a thread of its own, so the save that filled it returns now.

        A passive checkpoint copies pages of committed saves only and never holds the write
        lock: the next saves commit beside it, each durable in the log as before. One runs at a
        time; a save that finds one running leaves the rest of the log to the next request.
        """
        if self._checkpointer is not None and self._checkpointer.is_alive():
            return
        self._checkpointer = threading.Thread(target=self._passive_checkpoint, name="wal-checkpoint", daemon=True)
        self._checkpointer.start()

    def _passive_checkpoint(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except DBAPIError:
            # The log keeps every committed save; the next save past the limit asks again.
            log.warning("background checkpoint failed", exc_info=True)

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
        file_lock.release(self._lock)
        self._lock = None

    def _ensure_device(self, label: str | None) -> None:
        """Read (or create) this file's device, and tell whether the file is that device's own."""
        marker = None
        with self._write() as session:
            meta = session.get(AppMeta, "device_id")
            if meta is None:
                meta = AppMeta(key="device_id", value=new_id())
                session.add(meta)
                session.add(Device(id=meta.value, label=label or DEFAULT_DEVICE_LABEL))
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
            session.add(Device(id=device_id, label=label or DEFAULT_DEVICE_LABEL))
            marker = self._new_instance(session) if self.path is not None else None
        self._device_id = device_id
        self.identity = Identity.OWN
        if marker is not None:
            instance.write_marker(*marker)
        return device_id


def inspect_file(path: Path, *, immutable: bool, quick_check: bool = False,
                 integrity_check: bool = False) -> FileState:
    """Read an existing file read-only and refuse it unless it is one of our databases.

    Raises :class:`StorageError` (foreign, too new, other schema) or
    :class:`DamagedDatabaseError` (SQLite cannot read its schema).
    """
    connection = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
    try:
        harden(connection)
        try:
            return _inspect(connection, path, quick_check, integrity_check)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if "not a database" in str(exc) or "file is encrypted" in str(exc):
                raise StorageError("El archivo «{name}» no es una base de datos de ATI Desktop. "
                                   "Elija otro archivo; este no se modificó.", name=path.name) from exc
            raise DamagedDatabaseError(
                "La base de datos «{name}» está dañada: SQLite no puede leer su estructura "
                "({reason}). No se modificó; restaure la copia de seguridad más reciente.",
                name=path.name, reason=str(exc)) from exc
    finally:
        connection.close()


def _inspect(connection: sqlite3.Connection, path: Path, quick_check: bool, integrity_check: bool) -> FileState:
    """The checks of :func:`inspect_file` on its open read-only connection."""
    tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    if "alembic_version" not in tables:
        if tables:
            raise StorageError(
                "El archivo «{name}» contiene tablas que no son de ATI Desktop; no se "
                "modificó. Elija otro archivo para la base de datos.", name=path.name)
        return FileState(None)
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = row[0] if row else None
    check_known(revision)
    if revision is not None:
        check_schema(connection, revision, path.name)
    findings = None
    if quick_check or integrity_check:
        pragma = "integrity_check" if integrity_check else "quick_check"
        findings = [r[0] for r in connection.execute(f"PRAGMA {pragma}")]
    return FileState(revision, findings)


def _refuse_damage(path: Path, state: FileState) -> None:
    if state.quick_check is not None and state.quick_check != ["ok"]:
        raise DamagedDatabaseError(
            "La base de datos «{name}» está dañada ({finding}). No se abrió para no empeorarla; "
            "restaure la copia de seguridad más reciente.", name=path.name,
            finding=state.quick_check[0])


def _check_writable(path: Path) -> None:
    """Refuse a read-only file or folder before SQLite leaves a -wal or -shm file beside it."""
    if path.exists() and not os.access(path, os.W_OK):
        raise StorageError(
            "La base de datos «{path}» es de solo lectura (o está en un medio protegido): puede "
            "consultarse, pero no modificarse. Cópiela a una carpeta suya para trabajar en ella.",
            path=str(path))
    folder = next((p for p in [path.parent, *path.parent.parents] if p.exists()), None)
    if folder is not None and not os.access(folder, os.W_OK):
        raise StorageError(
            "No se puede escribir en la carpeta «{path}» (solo lectura o sin permiso). Elija otra "
            "carpeta para la base de datos.", path=str(folder))


@dataclass(frozen=True)
class Diagnosis:
    """What ``ati db check`` reports: SQLite's integrity findings, foreign keys, schema revision."""

    revision: str | None
    integrity: list[str]
    foreign_key_problems: int

    @property
    def healthy(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_key_problems and self.revision == head_revision()


def diagnose(path: Path) -> Diagnosis:
    """Check an existing file read-only; damage is a finding, never an exception.

    A foreign file or one from a newer version still raises :class:`StorageError`.
    """
    path = Path(path)
    if not path.is_file():
        raise StorageError("No existe la base de datos «{path}». Revise la opción --db (o ATI_DB); "
                           "no se creó nada.", path=str(path))
    lock, writer_active = file_lock.acquire_reader(path)
    try:
        immutable = not writer_active and not Path(f"{path}-wal").exists()
        try:
            state = inspect_file(path, immutable=immutable, integrity_check=True)
        except DamagedDatabaseError as exc:
            return Diagnosis(None, [exc.message], 0)
        except sqlite3.DatabaseError as exc:  # integrity_check itself stopped on the damage
            return Diagnosis(None, [str(exc)], 0)
        connection = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
        try:
            harden(connection)
            foreign = len(connection.execute("PRAGMA foreign_key_check").fetchall())
        except sqlite3.DatabaseError as exc:
            return Diagnosis(state.revision, [*_real(state.quick_check), str(exc)], 0)
        finally:
            connection.close()
        return Diagnosis(state.revision, state.quick_check or ["ok"], foreign)
    finally:
        file_lock.release(lock)


def _real(findings: list[str] | None) -> list[str]:
    return [f for f in findings or [] if f != "ok"]
