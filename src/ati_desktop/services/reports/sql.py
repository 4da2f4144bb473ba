"""SQL expressions that SQLite and PostgreSQL spell differently, compiled per dialect."""

from __future__ import annotations

from sqlalchemy import Integer, String, type_coerce
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
    # Times are stored as 'HH:MM:SS.ffffff' text: whole minutes straight from the digits, exact
    # and a third cheaper than strftime() (julianday() even gives 2.4999999 hours for 08:00-10:30).
    minutes = "(CAST(substr({0}, 1, 2) AS INTEGER) * 60 + CAST(substr({0}, 4, 2) AS INTEGER))"
    return (f"(CASE WHEN {start} IS NOT NULL AND {end} > {start} "
            f"THEN {minutes.format(end)} - {minutes.format(start)} ELSE 0 END)")


class month_of(FunctionElement):  # noqa: N801 (SQL function style)
    """A date's month as 'YYYY-MM' text."""

    type = String()
    inherit_cache = True
    name = "month_of"


@compiles(month_of, "sqlite")
def _month_sqlite(element, compiler, **kw) -> str:
    (day,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"substr({day}, 1, 7)"  # dates are stored as ISO text


@compiles(month_of, "postgresql")
def _month_postgresql(element, compiler, **kw) -> str:
    (day,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"to_char({day}, 'YYYY-MM')"


@compiles(minutes_between, "postgresql")
def _minutes_postgresql(element, compiler, **kw) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    seconds = f"EXTRACT(EPOCH FROM ({end} - {start}))"
    return (f"(CASE WHEN {start} IS NOT NULL AND {end} > {start} "
            f"THEN CAST({seconds} AS INTEGER) / 60 ELSE 0 END)")


class day_and_text(FunctionElement):  # noqa: N801 (SQL function style)
    """A date as 'YYYY-MM-DD' followed by a text, in one value: a correlated subquery returns one
    column, and asking it twice for two columns doubles its cost."""

    type = String()
    inherit_cache = True
    name = "day_and_text"


@compiles(day_and_text, "sqlite")
def _day_and_text_sqlite(element, compiler, **kw) -> str:
    day, text = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"({day} || {text})"  # dates are stored as ISO text


@compiles(day_and_text, "postgresql")
def _day_and_text_postgresql(element, compiler, **kw) -> str:
    day, text = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"(to_char({day}, 'YYYY-MM-DD') || {text})"


def as_given(column):
    """A column read as the driver gives it (SQLite: dates as ISO text; PostgreSQL: dates),
    without SQLAlchemy's conversion of every value: for a caller that converts each distinct
    value once."""
    return type_coerce(column, String())
