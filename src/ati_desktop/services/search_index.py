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
    """Re-index many sessions at once (after a merge): live ones indexed, deleted ones removed."""
    if not _is_sqlite(tx):
        return
    s, school = Session.__table__, School.__table__
    for start in range(0, len(session_ids), 500):
        chunk = session_ids[start:start + 500]
        rows = tx.execute(select(s.c.id, s.c.deleted_at, s.c.place, school.c.name, s.c.objective,
                                 s.c.scope_guidelines, s.c.scope_habits, s.c.scope_products,
                                 s.c.conclusions, s.c.answers)
                          .select_from(s.outerjoin(school, school.c.id == s.c.school_id))
                          .where(s.c.id.in_(chunk))).all()
        tx.execute(text("DELETE FROM session_search WHERE rowid = :key"),
                   [{"key": search_rowid(session_id)} for session_id in chunk])
        live = [{"key": search_rowid(row[0]), "id": row[0], "body": search_body(*row[2:])}
                for row in rows if row[1] is None]
        if live:
            tx.execute(text("INSERT INTO session_search (rowid, session_id, body) VALUES (:key, :id, :body)"),
                       live)


def match_query(user_text: str) -> str | None:
    """An FTS5 query matching every word typed (as a prefix from three letters on), with FTS
    syntax neutralised."""
    words = [w.replace('"', "") for w in user_text.split()]
    words = [w for w in words if w]
    return " ".join(f'"{w}"*' if len(w) >= PREFIX_MIN_LETTERS else f'"{w}"'
                    for w in words) if words else None
