"""Is this file's schema exactly what our migrations make? Checked before anything runs on it.

A SQLite file from outside can carry views and triggers of its own: a trigger runs inside the
app's writes, a view can loop forever. The expected schema is not written down here: it is
derived by running the migrations up to the file's revision on a scratch database, so every new
migration is covered the day it is added. FTS5's shadow tables come along that way too.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

from .errors import StorageError

# SQLite's own bookkeeping, made by ANALYZE / PRAGMA optimize or AUTOINCREMENT, not by us.
SQLITE_INTERNAL_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})
# How many foreign objects a refusal names; the rest are counted.
NAMED_IN_MESSAGE = 5

SchemaObject = tuple[str, str, str, str]  # type, name, table, normalised SQL

_SPACES = re.compile(r"\s+")


def schema_of(connection: sqlite3.Connection) -> frozenset[SchemaObject]:
    """Every table, index, view and trigger of the main database, SQL normalised for spacing."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        (kind, name, table, _SPACES.sub(" ", sql or "").strip())
        for kind, name, table, sql in rows if name not in SQLITE_INTERNAL_TABLES
    )


@lru_cache(maxsize=8)
def expected_schema(revision: str) -> frozenset[SchemaObject]:
    """What the migrations make up to ``revision``, derived in this process (and kept on disk)."""
    schema = _derive(revision)
    cache = _cache_path(revision)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_name(f".{cache.name}.{os.getpid()}.part")
        temporary.write_text(json.dumps(sorted(schema)), encoding="utf-8")
        os.replace(temporary, cache)
    except OSError:
        pass  # a read-only data folder only costs the derivation next time
    return schema


def _cached_schema(revision: str) -> frozenset[SchemaObject] | None:
    """The schema derived by an earlier run, if kept: a fast path only, never a reason to refuse.

    Deriving takes a few tenths of a second (Alembic and the migrations) at every start; the
    cache's name carries a digest of the migrations' source, so a changed or added migration
    is never answered from an old cache, and a file that does not match it is checked again
    against a fresh derivation.
    """
    try:
        items = json.loads(_cache_path(revision).read_text(encoding="utf-8"))
        return frozenset(tuple(item) for item in items)
    except (OSError, ValueError, TypeError):
        return None


def _cache_path(revision: str) -> Path:
    from ati_desktop.paths import data_dir

    versions = Path(__file__).with_name("migrations") / "versions"
    digest = hashlib.sha256()
    for source in sorted(versions.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return data_dir() / "cache" / f"schema-{revision}-{digest.hexdigest()[:16]}.json"


def _derive(revision: str) -> frozenset[SchemaObject]:
    """Run the migrations up to ``revision`` on a scratch database and read its schema."""
    from .engine import make_engine, sqlite_url
    from .migrate import run_migrations

    with tempfile.TemporaryDirectory(prefix="ati-schema-") as folder:
        path = Path(folder) / "expected.sqlite"
        engine = make_engine(sqlite_url(path))
        try:
            run_migrations(engine, revision)
        finally:
            engine.dispose()
        connection = sqlite3.connect(path)
        try:
            return schema_of(connection)
        finally:
            connection.close()


def check_schema(connection: sqlite3.Connection, revision: str, file_name: str) -> None:
    """Refuse a file whose schema differs from the migrations' (foreign or missing objects)."""
    actual = schema_of(connection)
    if actual == _cached_schema(revision):
        return
    expected = expected_schema(revision)
    foreign = sorted(actual - expected, key=lambda o: (o[0], o[1]))
    if foreign:
        named = ", ".join(f"{_KINDS.get(kind, kind)} «{name}»" for kind, name, _t, _s in foreign[:NAMED_IN_MESSAGE])
        more = len(foreign) - NAMED_IN_MESSAGE
        raise StorageError(
            "El archivo «{name}» tiene objetos que ATI Desktop no creó ({objects}{more}); por "
            "seguridad no se abrió ni se modificó. Si es una copia de otra persona, pídale una "
            "copia hecha con «ati db backup».",
            name=file_name, objects=named, more=f" y {more} más" if more > 0 else "")
    if expected - actual:
        raise StorageError(
            "Al archivo «{name}» le faltan tablas o índices de ATI Desktop: está incompleto o "
            "dañado; no se abrió ni se modificó. Restaure una copia de seguridad.", name=file_name)


_KINDS = {"table": "tabla", "index": "índice", "view": "vista", "trigger": "disparador"}
