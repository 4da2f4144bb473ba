"""Thousands of ids bound as one parameter: a JSON array, read by the database itself.

``IN :ids`` with an expanding parameter makes SQLAlchemy render and bind one placeholder
per id on every execution (and psycopg then parse them all back); the merge's set-based
queries name thousands of ids each, so they bind the whole set once as JSON text instead.
SQLite reads it with ``json_each``, PostgreSQL with ``json_array_elements_text``; both then
use the column's index. (A PostgreSQL ``text[]`` parameter would do too, but psycopg
quotes its elements one by one in Python, a cost JSON text does not have.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import JSON, Text, bindparam, cast, func, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session as DbSession


def _postgresql(tx: DbSession) -> bool:
    return tx.get_bind().dialect.name == "postgresql"


def among(tx: DbSession, expression: str, name: str = "ids") -> str:
    """SQL that is true when ``expression`` is one of the ids bound as ``:name``."""
    if _postgresql(tx):
        return f"{expression} IN (SELECT json_array_elements_text(CAST(:{name} AS json)))"
    return f"{expression} IN (SELECT value FROM json_each(:{name}))"


def bound(ids: Iterable[str]) -> str:
    """The value to bind for ``among`` (the same on both databases)."""
    return json.dumps(list(ids))


def one_of(tx: DbSession, column, ids: Iterable[str]) -> ColumnElement[bool]:
    """``column IN ids`` as an expression, with the ids bound once as JSON text."""
    listed = bindparam(None, json.dumps(list(ids)), type_=Text, unique=True)
    if _postgresql(tx):
        elements = func.json_array_elements_text(cast(listed, JSON))
    else:
        elements = func.json_each(listed)
    return column.in_(select(elements.table_valued("value").c.value))
