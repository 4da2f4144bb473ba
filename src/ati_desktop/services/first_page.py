"""The newest sessions, read with the standard library's ``sqlite3`` while the program is still
loading its database layer.

Importing SQLAlchemy, SQLModel and the migrations, then checking the schema, takes about half a
second on a field laptop; the list's first page is one indexed query of a few milliseconds.
Read straight from the file, read-only, it lets the window show rows as soon as it is painted,
while the database is opened (checked, upgraded if needed) behind it; the list then takes its
rows from the open database as always. Anything unexpected — no file yet, a schema this query
does not fit, a locked or damaged file — gives None: the list simply waits for the database.
"""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

from .session_rows import SessionRow

# The columns and order of queries.list_sessions without filters (newest first; a session
# without a start time after the timed ones of its day; then by id).
_NEWEST = """
SELECT s.id, s.session_date, m.name, sc.name,
       (SELECT group_concat(o.operation, ',') FROM session_operation AS o WHERE o.session_id = s.id),
       s.technique, s.status, s.revision, s.start_time
FROM session AS s
JOIN municipality AS m ON m.code = s.municipality_code
LEFT OUTER JOIN school AS sc ON sc.id = s.school_id
WHERE s.deleted_at IS NULL
ORDER BY s.session_date DESC, s.start_time DESC, s.id
LIMIT ?
"""


def newest_sessions(path: Path, limit: int) -> list[SessionRow] | None:
    """The first ``limit`` rows of the unfiltered list, or None when they cannot be read now."""
    try:
        if not Path(path).is_file():
            return None
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=0.2)
        try:
            rows = connection.execute(_NEWEST, (limit,)).fetchall()
        finally:
            connection.close()
        return [SessionRow(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4] or "", r[5], r[6], r[7],
                           time.fromisoformat(r[8]) if r[8] else None) for r in rows]
    except (sqlite3.Error, OSError, ValueError, TypeError):
        return None
