"""Statements sent through the database driver: plain SQL with positional parameters.

A save runs a dozen small statements; building each as a SQLAlchemy Core or ORM statement
costs more than SQLite spends running it. The writes here send the statements Core would send,
many rows at once, with each value converted as its column type binds it (:func:`converter`)
and the column defaults filled in, so the stored values are exactly those of a Core ``insert``
or ``update``. :func:`rows` runs a short read of plain values (text and numbers: no conversion).
Everything runs on the transaction's connection, through SQLAlchemy's execution events, on
SQLite and PostgreSQL alike (``?`` marks become the driver's own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, Date, DateTime, Table, Time
from sqlalchemy.engine import Connection, Dialect
from sqlmodel import Session as DbSession

from .types import UTCDateTime

Converter = Callable[[Any], Any] | None


def insert_rows(tx: DbSession, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that all name the same columns; columns left out get their defaults."""
    if not rows:
        return
    connection = tx.connection()
    given = tuple(rows[0])
    sql, names, converters, defaults = _insert(connection.dialect, table, given)
    values = [tuple(_converted(converters, [row[n] for n in names] + [d() for d in defaults]))
              for row in rows]
    _run(connection, sql, values)


def update_rows(tx: DbSession, table: Table, key: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Set the other columns of each row where ``key`` equals the row's; all rows name the same columns."""
    if not rows:
        return
    connection = tx.connection()
    names = tuple(name for name in rows[0] if name != key)
    sql, converters = _update(connection.dialect, table, key, names)
    values = [tuple(_converted(converters, [row[n] for n in names] + [row[key]])) for row in rows]
    _run(connection, sql, values)


def delete_where_in(tx: DbSession, table: Table, column: str, values: Iterable[Any]) -> None:
    """Delete the rows whose ``column`` is one of ``values`` (a short list)."""
    values = list(values)
    if not values:
        return
    connection = tx.connection()
    dialect = connection.dialect
    mark = mark_of(dialect)
    quote = dialect.identifier_preparer
    convert = converter(table.c[column], dialect)
    sql = (f"DELETE FROM {quote.format_table(table)} WHERE {quote.quote(column)} "
           f"IN ({', '.join([mark] * len(values))})")
    connection.exec_driver_sql(sql, tuple(_converted([convert] * len(values), values)))


def rows(tx: DbSession, sql: str, parameters: Sequence[Any] = ()) -> list[tuple]:
    """The rows of a read written with ``?`` marks, whose columns need no conversion."""
    connection = tx.connection()
    return connection.exec_driver_sql(_marked(connection.dialect, sql), tuple(parameters)).all()


def marks(count: int) -> str:
    """``?, ?, …``: the marks of an ``IN (…)`` list of ``count`` values."""
    return ", ".join(["?"] * count)


@lru_cache(maxsize=256)
def _marked(dialect: Dialect, sql: str) -> str:
    return sql if mark_of(dialect) == "?" else sql.replace("?", mark_of(dialect))


def _run(connection: Connection, sql: str, values: list[tuple]) -> None:
    # One row is one execute; several are one executemany (as Core sends them).
    connection.exec_driver_sql(sql, values[0] if len(values) == 1 else values)


def _converted(converters: Sequence[Converter], values: Sequence[Any]) -> list[Any]:
    return [value if convert is None or value is None else convert(value)
            for convert, value in zip(converters, values)]


@lru_cache(maxsize=256)
def _insert(dialect: Dialect, table: Table, given: tuple[str, ...]):
    quote = dialect.identifier_preparer
    defaults, defaulted = [], []
    for column in table.columns:
        if column.name not in given and column.default is not None:
            defaulted.append(column.name)
            defaults.append(default_of(column))
    names = [*given, *defaulted]
    sql = (f"INSERT INTO {quote.format_table(table)} ({', '.join(quote.quote(n) for n in names)}) "
           f"VALUES ({', '.join([mark_of(dialect)] * len(names))})")
    return sql, given, [converter(table.c[n], dialect) for n in names], defaults


@lru_cache(maxsize=256)
def _update(dialect: Dialect, table: Table, key: str, names: tuple[str, ...]):
    quote, mark = dialect.identifier_preparer, mark_of(dialect)
    sql = (f"UPDATE {quote.format_table(table)} SET "
           f"{', '.join(f'{quote.quote(n)}={mark}' for n in names)} WHERE {quote.quote(key)} = {mark}")
    return sql, [converter(table.c[n], dialect) for n in (*names, key)]


def default_of(column: Column) -> Callable[[], Any]:
    """What computes the model's default of ``column`` (which has one), as an INSERT that leaves it out would."""
    default = column.default
    if default.is_scalar:
        return lambda: default.arg
    if default.is_callable:
        return lambda: default.arg(None)  # SQLAlchemy wraps argument-less callables to take a context
    raise ValueError(f"column {column} has a default these writes cannot compute")


# Writes in bulk meet the same instant several times (a revision's time is also its row's
# creation and update time); the conversion depends on the instant alone, so equal values
# (equal instants) may share one result.
INSTANTS_CACHED = 16384


@lru_cache(maxsize=INSTANTS_CACHED)
def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given where UTC is required")
    return value.astimezone(UTC).replace(tzinfo=None)


@lru_cache(maxsize=INSTANTS_CACHED)
def _sqlite_utc(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given where UTC is required")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _sqlite_datetime(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _sqlite_date(value: date | None) -> str | None:
    return None if value is None else date(value.year, value.month, value.day).isoformat()


def _sqlite_time(value: time | None) -> str | None:
    return None if value is None else value.replace(tzinfo=None).isoformat("microseconds")


def converter(column: Column, dialect: Dialect) -> Converter:
    """What turns a column's Python value into the value the driver is given (None: as it is).

    The times and dates are converted here, not by their SQLAlchemy types: the same values
    (a test compares them), without a type decorator's cost per value on big writes.
    """
    kind = column.type
    sqlite = dialect.name == "sqlite"
    if isinstance(kind, UTCDateTime):
        return _sqlite_utc if sqlite else _utc
    if sqlite and isinstance(kind, DateTime):
        return _sqlite_datetime
    if sqlite and isinstance(kind, Date):
        return _sqlite_date
    if sqlite and isinstance(kind, Time):
        return _sqlite_time
    return kind.dialect_impl(dialect).bind_processor(dialect)


def mark_of(dialect: Dialect) -> str:
    """The parameter mark of the dialect's driver: ``?`` or ``%s``."""
    if dialect.paramstyle == "qmark":
        return "?"
    if dialect.paramstyle in ("format", "pyformat"):
        return "%s"
    raise ValueError(f"unsupported parameter style {dialect.paramstyle}")
