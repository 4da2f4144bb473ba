"""The whole log as a package's lines, made by SQLite from the stored text: Python only joins bytes.

A revision's body is kept as canonical JSON text, so its package line (:func:`package_line`)
is that text with the revision's other columns around it. On SQLite one ordered scan builds
every line in SQL, as UTF-8 bytes, while the interpreter's lock is free for the threads that
deflate; the same scan reads the digests of the blobs the bodies name. A line whose columns
are not in the usual form (a time not written as SQLAlchemy writes it, two parents or more,
whose order the line fixes) comes out NULL and is made in Python instead, at its place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlmodel import Session as DbSession

from .package_write import LineChunk

_BATCH = 4096  # rows fetched at once
# SQLite's json_quote escapes as the canonical form does (json.dumps without ensure_ascii);
# printf builds each line in one buffer, where || would copy it once per piece.
_LINES = """
    SELECT record_type, seq, <named>, CASE
      WHEN length(made_at) = 26 AND substr(made_at, 11, 1) = ' ' AND substr(made_at, 20, 1) = '.'
           AND (parents.count IS NULL OR parents.count = 1)
      THEN CAST(printf('{"body":%s,"deleted":%s,"device_id":%s,"id":%s,"made_at":"%sT%s+00:00","number":%d,'
                       || '"parents":[%s],"record_id":%s}' || char(10),
                       body, CASE WHEN deleted THEN 'true' ELSE 'false' END, json_quote(device_id), json_quote(id),
                       substr(made_at, 1, 10),
                       CASE WHEN substr(made_at, 20) = '.000000' THEN substr(made_at, 12, 8) ELSE substr(made_at, 12) END,
                       number, CASE WHEN parents.count IS NULL THEN '' ELSE json_quote(parents.parent_id) END,
                       json_quote(record_id)) AS BLOB)
    END
    FROM revision AS r
    LEFT JOIN (SELECT revision_id, count(*) AS count, max(parent_id) AS parent_id FROM revision_parent
               GROUP BY revision_id) AS parents ON parents.revision_id = r.id
    WHERE seq <= ?
    ORDER BY seq"""


def sqlite_lines_apply(tx: DbSession) -> bool:
    """Whether the log's lines can be made in SQL: a SQLite file in UTF-8 (its text is the lines' bytes)."""
    connection = tx.connection()
    return (connection.dialect.name == "sqlite"
            and connection.exec_driver_sql("PRAGMA encoding").scalar_one() == "UTF-8")


def _named(blob_fields: dict[str, list[str]]) -> tuple[str, list[str]]:
    """The SQL of a column giving the digests a revision's body names, separated by spaces, and its
    parameters (digests are hexadecimal: no space in them)."""
    cases, parameters = [], []
    for record_type, fields in blob_fields.items():
        cases.append(f"WHEN ? THEN printf('{' '.join(['%s'] * len(fields))}', "
                     + ", ".join(["json_extract(body, '$.' || ?)"] * len(fields)) + ")")
        parameters += [record_type, *fields]
    return f"CASE record_type {' '.join(cases)} END" if cases else "NULL", parameters


def log_chunks(tx: DbSession, until: int, blob_fields: dict[str, list[str]], blobs: set[str],
               line_of: Callable[[int], str], advance: Callable[[int], None]) -> Iterator[LineChunk]:
    """The lines of every revision up to ``until``, per record type in the log's order, in chunks.

    The digests the bodies name in ``blob_fields`` (fields by record type) are added to ``blobs``
    on the way; ``line_of(seq)`` makes a line SQL leaves to Python; ``advance(n)`` counts the
    revisions done.
    """
    named, parameters = _named(blob_fields)
    cursor = tx.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(_LINES.replace("<named>", named), (*parameters, until))
        while rows := cursor.fetchmany(_BATCH):
            groups: dict[str, list[bytes]] = {}
            for record_type, seq, digests, line in rows:
                if digests:
                    blobs.update(digests.split())
                if line is None:
                    line = (line_of(seq) + "\n").encode("utf-8")
                groups.setdefault(record_type, []).append(line)
            for record_type, lines in groups.items():
                yield LineChunk(record_type, b"".join(lines), len(lines))
            advance(len(rows))
    finally:
        cursor.close()
