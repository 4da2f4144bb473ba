"""SQLAlchemy engines with the durability settings the field needs.

SQLite runs in WAL mode with ``synchronous=FULL`` (a returned save survives a power cut),
foreign keys on, a busy timeout, and no automatic checkpoints inside saves. pysqlite's own transaction handling is turned off so
that writes start with ``BEGIN IMMEDIATE``: the write lock is taken up front, never half-way
through a save.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from .search_keys import search_rowid

BUSY_TIMEOUT_MS = 5000
WAL_KEEP_BYTES = 4 * 1024 * 1024
IMMEDIATE = {"sqlite_begin": "IMMEDIATE"}


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """An engine for a SQLite file or any SQLAlchemy URL (PostgreSQL for a shared record)."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    )
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def _configure_sqlite(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see _begin_sqlite
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


def _begin_sqlite(connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
