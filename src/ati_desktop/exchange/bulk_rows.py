"""Many rows written straight on the driver's cursor, as plain tuples.

The merge's big writes (revisions, parents, provenance, current rows) go through here: the
statement is built once per table and the values are converted once, column by column, to
what the dialect stores — the very values SQLAlchemy's own types would bind (a test compares
them) — without SQLAlchemy's per-value processing. On PostgreSQL plain appends use ``COPY``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from operator import itemgetter

from sqlalchemy import Date, DateTime, Time
from sqlmodel import Session as DbSession

from ati_desktop.storage.types import UTCDateTime

Convert = Callable[[object], object] | None


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given where UTC is required")
    return value.astimezone(UTC).replace(tzinfo=None)


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


def converter(column, dialect) -> Convert:
    """What turns a column's Python value into the value the driver is given (None: as it is)."""
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


def tuples(tx: DbSession, table, names: Sequence[str], rows: Sequence[dict]) -> list[tuple]:
    """The rows (mappings holding at least ``names``) as driver-ready tuples in that order."""
    dialect = tx.get_bind().dialect
    converters = [(place, convert) for place, name in enumerate(names)
                  if (convert := converter(table.c[name], dialect)) is not None]
    take = itemgetter(*names)
    if len(names) == 1:
        return [(take(row),) if not converters else (converters[0][1](take(row)),) for row in rows]
    if not converters:
        return [take(row) for row in rows]
    converted = []
    for row in rows:
        values = list(take(row))
        for place, convert in converters:
            values[place] = convert(values[place])
        converted.append(tuple(values))
    return converted


def converted(tx: DbSession, table, names: Sequence[str], rows: Sequence[tuple]) -> list[tuple]:
    """Rows already in ``names`` order, with each value converted for the driver."""
    dialect = tx.get_bind().dialect
    converters = [(place, convert) for place, name in enumerate(names)
                  if (convert := converter(table.c[name], dialect)) is not None]
    if not converters:
        return list(rows)
    done = []
    for row in rows:
        values = list(row)
        for place, convert in converters:
            values[place] = convert(values[place])
        done.append(tuple(values))
    return done


def insert(tx: DbSession, table, names: Sequence[str], values: list[tuple]) -> None:
    """Append rows (driver-ready tuples): ``COPY`` on PostgreSQL, one executemany on SQLite."""
    if not values:
        return
    connection = tx.connection()
    quote = connection.dialect.identifier_preparer.quote
    listed = ", ".join(quote(name) for name in names)
    cursor = connection.connection.cursor()
    try:
        if connection.dialect.name == "postgresql":
            with cursor.copy(f"COPY {quote(table.name)} ({listed}) FROM STDIN") as copy:
                for row in values:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in names)
            cursor.executemany(f"INSERT INTO {quote(table.name)} ({listed}) VALUES ({marks})", values)
    finally:
        cursor.close()


def upsert(tx: DbSession, table, names: Sequence[str], values: list[tuple], keys: Sequence[str],
           update: Sequence[str]) -> None:
    """INSERT … ON CONFLICT (keys) DO UPDATE (or DO NOTHING) for driver-ready tuples."""
    if not values:
        return
    connection = tx.connection()
    quote = connection.dialect.identifier_preparer.quote
    mark = "%s" if connection.dialect.name == "postgresql" else "?"
    conflict = (f"DO UPDATE SET {', '.join(f'{quote(n)} = excluded.{quote(n)}' for n in update)}"
                if update else "DO NOTHING")
    statement = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
                 f"VALUES ({', '.join(mark for _ in names)}) "
                 f"ON CONFLICT ({', '.join(quote(k) for k in keys)}) {conflict}")
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(statement, values)
    finally:
        cursor.close()
