"""Many rows written straight on the driver's cursor, as plain tuples.

The merge's big writes (revisions, parents, provenance, current rows) go through here: the
statement is built once per table and the values are converted once, column by column, to
what the dialect stores — the very values SQLAlchemy's own types would bind (a test compares
them) — without SQLAlchemy's per-value processing. On PostgreSQL plain appends use ``COPY``.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from sqlmodel import Session as DbSession

from ati_desktop.storage.driver_sql import converter, mark_of


def tuples(tx: DbSession, table, names: Sequence[str], rows: Sequence[dict]) -> list[tuple]:
    """The rows (mappings holding at least ``names``) as driver-ready tuples in that order."""
    take = itemgetter(*names)
    ordered = [(take(row),) for row in rows] if len(names) == 1 else [take(row) for row in rows]
    return converted(tx, table, names, ordered)


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
    mark = mark_of(connection.dialect)
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
