"""SQL expressions that SQLite and PostgreSQL spell differently, compiled per dialect."""

from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement


class minutes_between(FunctionElement):  # noqa: N801 (SQL function style)
    """Whole minutes from a start time to an end time of the same day; 0 when either is missing
    or the end is not after the start."""

    type = Integer()
    inherit_cache = True
    name = "minutes_between"


@compiles(minutes_between, "sqlite")
def _minutes_sqlite(element, compiler, **kw) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    # strftime('%s') reads a time of day as seconds of 2000-01-01: exact integers, no julian
    # day rounding (julianday() gives 2.4999999 hours for 08:00-10:30).
    seconds = f"(CAST(strftime('%s', {end}) AS INTEGER) - CAST(strftime('%s', {start}) AS INTEGER))"
    return f"(CASE WHEN {start} IS NOT NULL AND {end} > {start} THEN {seconds} / 60 ELSE 0 END)"


@compiles(minutes_between, "postgresql")
def _minutes_postgresql(element, compiler, **kw) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    seconds = f"EXTRACT(EPOCH FROM ({end} - {start}))"
    return (f"(CASE WHEN {start} IS NOT NULL AND {end} > {start} "
            f"THEN CAST({seconds} AS INTEGER) / 60 ELSE 0 END)")
