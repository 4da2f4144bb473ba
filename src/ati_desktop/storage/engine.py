"""SQLAlchemy engines with the durability and safety settings the field needs.

SQLite runs in WAL mode with ``synchronous=FULL`` (a returned save survives a power cut),
foreign keys on, a busy timeout, and no automatic checkpoints inside saves. pysqlite's own
transaction handling is turned off so that writes start with ``BEGIN IMMEDIATE``: the write
lock is taken up front, never half-way through a save. On PostgreSQL every write transaction
takes one advisory lock first (``WRITE_LOCK``), so a supervisor resolving a conflict or setting a
review waits for a merge into the same record, as the SQLite file's write lock makes it wait.

Every SQLite connection is also hardened against a file from outside: ``trusted_schema`` off
(functions with side effects are not run from views or triggers) and SQLite's defensive mode
(no writes to the schema or to shadow tables through SQL). Readers open the file read-only,
so closing them never checkpoints or deletes the log a writer is using.
"""

from __future__ import annotations

import ctypes
import sqlite3
import sys
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.pool import QueuePool

from .search_keys import search_rowid

BUSY_TIMEOUT_MS = 5000
WAL_KEEP_BYTES = 4 * 1024 * 1024
IMMEDIATE = {"sqlite_begin": "IMMEDIATE"}
WRITE_LOCK = 0x41544930  # "ATI0": the one advisory lock of a shared PostgreSQL record
SQLITE_DBCONFIG_DEFENSIVE = 1010
# The record's statements are many and short. PostgreSQL compiles (JIT) any whose estimate
# passes jit_above_cost, as a merge's UPDATE of commitments does (each subquery counted per
# row): 40–50 ms of compiling, each time, to save microseconds.
POSTGRESQL_OPTIONS = "-c jit=off"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def read_only_uri(path: Path, *, immutable: bool) -> str:
    """A URI that opens ``path`` read-only; ``immutable`` also skips the -wal/-shm files.

    Immutable is only right when no writer can be at work (no log beside the file and the lock
    file free): then nothing is created beside a file on a read-only stick.
    """
    uri = f"file:{quote(str(Path(path).absolute()))}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def make_engine(url: str) -> Engine:
    """An engine for a SQLite file or any SQLAlchemy URL (PostgreSQL for a shared record)."""
    if not url.startswith("sqlite"):
        if make_url(url).get_backend_name() == "postgresql":
            return create_engine(url, pool_pre_ping=True, connect_args={"options": POSTGRESQL_OPTIONS})
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    )
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def make_read_only_engine(path: Path, *, immutable: bool) -> Engine:
    """An engine that can only read the SQLite file at ``path`` and leaves it as it is."""
    uri = read_only_uri(path, immutable=immutable)
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                        check_same_thread=False),
        poolclass=QueuePool,  # "sqlite://" alone would mean one shared in-memory connection
    )
    event.listen(engine, "connect", _configure_reader)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def harden(connection: sqlite3.Connection) -> None:
    """Neither the schema nor SQL can make this connection do what our code did not ask."""
    connection.execute("PRAGMA trusted_schema=OFF")
    _enable_defensive(connection)


def _enable_defensive(connection: sqlite3.Connection) -> None:
    if hasattr(connection, "setconfig"):  # Python 3.12+
        connection.setconfig(SQLITE_DBCONFIG_DEFENSIVE, True)
        return
    if sys.implementation.name != "cpython":
        return
    # Python 3.11 lacks setconfig: call sqlite3_db_config on the connection's handle, the first
    # field after the object header of CPython's connection struct.
    library = ctypes.CDLL("sqlite3.dll" if sys.platform == "win32" else _sqlite_module_file())
    handle = ctypes.c_void_p.from_address(id(connection) + object.__basicsize__).value
    library.sqlite3_db_config(ctypes.c_void_p(handle), ctypes.c_int(SQLITE_DBCONFIG_DEFENSIVE),
                              ctypes.c_int(1), None)


def _sqlite_module_file() -> str:
    import _sqlite3

    return _sqlite3.__file__


def _configure_sqlite(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see _begin_sqlite
    harden(dbapi_connection)
    dbapi_connection.create_function("search_rowid", 1, search_rowid, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # A checkpoint inside a save would stall that save on an fsync of the whole log; the
    # Database checkpoints when the log outgrows its limit, when idle and on close instead.
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    # Once checkpointed, the log restarts and its file is cut back to this size, so the
    # file's size tells how much is waiting to be checkpointed (see Database.write).
    cursor.execute(f"PRAGMA journal_size_limit={WAL_KEEP_BYTES}")
    cursor.close()


def _configure_reader(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    harden(dbapi_connection)
    dbapi_connection.create_function("search_rowid", 1, search_rowid, deterministic=True)
    dbapi_connection.execute("PRAGMA query_only=ON")


def _begin_sqlite(connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
