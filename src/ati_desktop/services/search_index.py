"""Keeps the full-text index of sessions (SQLite FTS5) in step with saves.

The index holds exactly the sessions not deleted: a save adds or replaces the session's entry,
a deletion removes it. Plain text searches count their matches from the index alone, so
anything that writes or deletes session rows keeps it so (through :func:`update` and
:func:`remove`).
"""

from __future__ import annotations

import json

from sqlalchemy import select, text
from sqlmodel import Session as DbSession

from ati_desktop.storage.models import School, Session
from ati_desktop.storage.search_keys import search_rowid

# Shorter words match whole words only: a prefix of one or two letters matches most of the
# index, and FTS5 merges every word it covers before answering (a quarter of a second for "d"
# over 100,000 sessions).
PREFIX_MIN_LETTERS = 3


def _flatten(value) -> list[str]:
    if isinstance(value, dict):
        return [part for v in value.values() for part in _flatten(v)]
    if isinstance(value, list):
        return [part for v in value for part in _flatten(v)]
    return [str(value)] if isinstance(value, str) else []


def body_for(tx: DbSession, row: Session, school_name: str | None = None) -> str:
    """The indexed text of a session row; ``school_name`` when the caller has read it already."""
    if school_name is None and row.school_id:
        school_name = tx.execute(select(School.name).where(School.id == row.school_id)).scalar_one_or_none()
    return search_body(row.place, school_name, row.objective,
                       row.scope_guidelines, row.scope_habits, row.scope_products,
                       row.conclusions, row.answers)


def search_body(place: str | None, school_name: str | None, objective: str | None,
                scope_guidelines: str | None, scope_habits: str | None,
                scope_products: str | None, conclusions: str | None, answers_json: str) -> str:
    """The indexed text of a session from its plain values (bulk loaders call this directly)."""
    parts = [place, school_name, objective, scope_guidelines, scope_habits, scope_products,
             conclusions]
    parts += _flatten(json.loads(answers_json))
    return " ".join(p for p in parts if p)


def _is_sqlite(tx: DbSession) -> bool:
    return tx.get_bind().dialect.name == "sqlite"


def update(tx: DbSession, row: Session, school_name: str | None = None) -> None:
    """Index a saved session (``school_name``: its school's, if the caller has it)."""
    if not _is_sqlite(tx):
        return
    tx.connection().exec_driver_sql("INSERT OR REPLACE INTO session_search (rowid, session_id, body) "
                                    "VALUES (?, ?, ?)", (search_rowid(row.id), row.id, body_for(tx, row, school_name)))


def remove(tx: DbSession, session_id: str) -> None:
    if _is_sqlite(tx):
        tx.execute(text("DELETE FROM session_search WHERE rowid = :key"), {"key": search_rowid(session_id)})


def refresh_sessions(tx: DbSession, session_ids: list[str]) -> None:
    """Re-index many sessions at once (after a merge): live ones indexed, deleted ones removed.

    SQLite builds the bodies itself (:data:`_INDEX_BODIES`); the rare rows whose answers it
    could read differently from :func:`search_body` are built here instead (:data:`_ODD`).
    """
    if not _is_sqlite(tx):
        return
    connection = tx.connection()
    ids = json.dumps(session_ids)
    odd = connection.exec_driver_sql(_ODD, (ids,)).all()
    connection.exec_driver_sql("DELETE FROM session_search WHERE rowid IN "
                               "(SELECT search_rowid(value) FROM json_each(?))", (ids,))
    connection.exec_driver_sql(_INDEX_BODIES, (ids, json.dumps([row[0] for row in odd])))
    if odd:
        connection.exec_driver_sql("INSERT INTO session_search (rowid, session_id, body) VALUES (?, ?, ?)",
                                   sorted((search_rowid(row[0]), row[0], search_body(*row[1:])) for row in odd))


# search_body in SQL: the non-empty parts, each after a space, then the first space cut.
_PARTS = ("s.place", "sc.name", "s.objective", "s.scope_guidelines", "s.scope_habits", "s.scope_products",
          "s.conclusions")
_BODY = ("substr(" + " || ".join(f"CASE WHEN {part} <> '' THEN ' ' || {part} ELSE '' END" for part in _PARTS)
         + " || coalesce((SELECT ' ' || group_concat(t.value, ' ') FROM json_tree(s.answers) AS t "
           "WHERE t.type = 'text' AND t.value <> ''), ''), 2)")

# The rows whose body SQLite builds as search_body does: text values only (Python joins no
# number, and reads a blob of answers as its UTF-8), no NUL character anywhere (SQLite's text
# functions stop there), and answers its JSON functions read as json.loads does, string for
# string in document order: valid JSON (so neither NaN nor Infinity), no surrogate escape
# (SQLite decodes a lone one to invalid UTF-8) and no key twice in an object (json.loads keeps
# the last value only).
_PLAIN = ("CASE WHEN typeof(s.answers) = 'text' AND json_valid(s.answers) = 1 "
          "AND instr(s.answers, '\\u0000') = 0 AND s.answers NOT GLOB '*\\u[dD][89a-fA-F]*' "
          + "".join(f"AND typeof({part}) IN ('text', 'null') " for part in _PARTS)
          + "".join(f"AND instr(coalesce({column}, ''), char(0)) = 0 " for column in ("s.answers", *_PARTS))
          + "THEN NOT EXISTS (SELECT 1 FROM json_tree(s.answers) AS t WHERE t.parent IS NOT NULL "
            "GROUP BY t.parent, t.key HAVING count(*) > 1) ELSE 0 END")

_LIVE_IN = ("FROM session AS s LEFT JOIN school AS sc ON sc.id = s.school_id "
            "WHERE s.id IN (SELECT value FROM json_each(?)) AND s.deleted_at IS NULL")

_ODD = (f"SELECT s.id, s.place, sc.name, s.objective, s.scope_guidelines, s.scope_habits, "
        f"s.scope_products, s.conclusions, s.answers {_LIVE_IN} AND NOT ({_PLAIN})")

# In rowid order: FTS5 writes its pending terms out as a new segment whenever a rowid comes
# lower than the one before, so hash-ordered rowids would make a segment of every few rows.
_INDEX_BODIES = (f"INSERT INTO session_search (rowid, session_id, body) "
                 f"SELECT search_rowid(s.id), s.id, {_BODY} {_LIVE_IN} "
                 f"AND s.id NOT IN (SELECT value FROM json_each(?)) ORDER BY 1")


def match_query(user_text: str) -> str | None:
    """An FTS5 query matching every word typed (as a prefix from three letters on), with FTS
    syntax neutralised."""
    words = [w.replace('"', "") for w in user_text.split()]
    words = [w for w in words if w]
    return " ".join(f'"{w}"*' if len(w) >= PREFIX_MIN_LETTERS else f'"{w}"'
                    for w in words) if words else None
