"""Thousands of ids bound as one parameter: a JSON array on SQLite, an array on PostgreSQL.

``IN :ids`` with an expanding parameter makes SQLAlchemy render and bind one placeholder
per id on every execution; the merge's set-based queries name hundreds of ids each, so they
bind the whole set once instead (SQLite reads it with ``json_each``, both use the index).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlmodel import Session as DbSession


def _postgresql(tx: DbSession) -> bool:
    return tx.get_bind().dialect.name == "postgresql"


def among(tx: DbSession, expression: str, name: str = "ids") -> str:
    """SQL that is true when ``expression`` is one of the ids bound as ``:name``."""
    if _postgresql(tx):
        return f"{expression} = ANY(CAST(:{name} AS text[]))"
    return f"{expression} IN (SELECT value FROM json_each(:{name}))"


def bound(tx: DbSession, ids: Iterable[str]) -> object:
    """The value to bind for ``among``."""
    return list(ids) if _postgresql(tx) else json.dumps(list(ids))
