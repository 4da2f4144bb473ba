"""One top-level field of JSON text stored in a column, read in SQL on SQLite and PostgreSQL alike."""

from __future__ import annotations

import re

from sqlalchemy import Text, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class JsonField(FunctionElement):
    """The value of a key of a JSON object held as text; NULL when the key is absent or null."""

    type = Text()
    name = "json_field"
    inherit_cache = True


def json_field(column, key: str) -> JsonField:
    """``column``'s JSON object's ``key`` as text (meant for string fields: ids and hashes).

    The key is a bound value, not SQL text, and must be a plain name (a column's).
    """
    if not _KEY.fullmatch(key):
        raise ValueError(f"not a plain JSON key: {key!r}")
    return JsonField(column, literal(key, Text))


@compiles(JsonField, "sqlite")
def _sqlite(element: JsonField, compiler, **kw) -> str:
    column, key = element.clauses
    return f"json_extract({compiler.process(column, **kw)}, '$.' || {compiler.process(key, **kw)})"


@compiles(JsonField, "postgresql")
def _postgresql(element: JsonField, compiler, **kw) -> str:
    column, key = element.clauses
    return f"(CAST({compiler.process(column, **kw)} AS JSON) ->> CAST({compiler.process(key, **kw)} AS TEXT))"
