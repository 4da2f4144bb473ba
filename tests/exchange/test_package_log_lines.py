"""The whole log's lines made in SQL are, byte for byte, the lines package_line makes in Python."""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from sqlalchemy import func, select

from ati_desktop.exchange import package_export
from ati_desktop.exchange.package_log_lines import log_chunks, sqlite_lines_apply
from ati_desktop.services.inputs import AttendanceInput, EvidenceInput, ParticipantInput
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.revlog import REVISION

ODD_REVISIONS = [
    # id, made_at as stored: one JSON must escape, a time without a fraction, a merge of two parents
    ('rev"con\\comillas\x01', "2026-11-03 15:00:00.000000", []),
    ("rev-sin-fraccion", "2026-11-03 15:00:00", ["rev-b", "rev-a"]),
    ("rev-un-padre", "2026-11-03 15:00:00.250000", ['padre"raro']),
]


def _add_odd_revisions(db) -> None:
    with db.write() as tx:
        connection = tx.connection()
        for revision_id, made_at, parents in ODD_REVISIONS:
            connection.exec_driver_sql(
                "INSERT INTO revision (id, record_type, record_id, number, device_id, made_at, deleted, body) "
                "VALUES (?, 'school', 'escuela\u00f1', 2, ?, ?, 1, '{\"name\":\"Sede \u00d1\"}')",
                (revision_id, db.device_id, made_at))
            for parent in parents:
                connection.exec_driver_sql("INSERT INTO revision_parent (revision_id, parent_id) VALUES (?, ?)",
                                           (revision_id, parent))


def test_lines_made_in_sql_are_the_lines_made_in_python(db, make_session):
    save_session(db, make_session(
        attendance=[AttendanceInput(ParticipantInput("Rosalba Quintero", "Docente", "1075234987"),
                                    signature_png=b"\x89PNG firma", signed_at=datetime(2026, 11, 3, 15, tzinfo=UTC))],
        evidence=[EvidenceInput("taller.jpg", "image/jpeg", b"\xff\xd8 foto", kind="foto")]))
    _add_odd_revisions(db)
    with db.read() as tx:
        assert sqlite_lines_apply(tx)
        until = tx.execute(select(func.max(REVISION.c.seq))).scalar_one()
        selection = package_export._select(tx, 0, until)
        in_python = {kind: "".join(line + "\n" for line in lines).encode()
                     for kind, lines in package_export._lines(selection, None).items()}
        counted: list[int] = []
        in_sql: dict[str, list[bytes]] = {}
        blobs: set[str] = set()
        for chunk in log_chunks(tx, until, package_export._blob_fields(), blobs,
                                functools.partial(package_export._line_at, tx), counted.append):
            assert chunk.data.count(b"\n") == chunk.lines
            in_sql.setdefault(chunk.record_type, []).append(chunk.data)
    assert {kind: b"".join(chunks) for kind, chunks in in_sql.items()} == in_python
    assert list(in_sql) == list(in_python) and sum(counted) == len(selection.rows)
    assert blobs == selection.blobs and len(blobs) == 2  # the photo and the signature
    assert b'"id":"rev\\"con\\\\comillas\\u0001"' in in_python["school"]
    assert b'"made_at":"2026-11-03T15:00:00+00:00","number":2,"parents":["rev-a","rev-b"]' in in_python["school"]
