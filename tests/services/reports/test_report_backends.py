"""The same record gives the same reports, figure for figure, on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

from report_record import PERIOD, build

KINDS = ("activity", "coverage", "commitments", "indicators", "advisory")


def _documents(db, tmp_path):
    from ati_desktop.services.reports.document import build as build_report
    from ati_desktop.services.reports.document import document
    from ati_desktop.services.reports.filters import ReportFilter

    built = build(db, tmp_path)
    keys = {**{v: f"school:{k}" for k, v in built.schools.items()},
            **{v: f"assistant:{k}" for k, v in built.assistants.items()}}
    found = {}
    for flt in (ReportFilter(*PERIOD), ReportFilter(*PERIOD, municipality_code="41298", operation="seguimiento")):
        for kind in KINDS:
            doc = document(db, build_report(db, kind, flt))
            # Ids differ between the two records; what they name may not.
            tables = [(t.key, [tuple(keys.get(v, v) for v in row) for row in t.rows]) for t in doc.tables]
            charts = [replace(c, keys=tuple(keys.get(k, k) for k in c.keys)) for c in doc.charts]
            found[(kind, flt.municipality_code)] = (doc.figures, charts, tables)
    return found


def test_sqlite_and_postgresql_agree(tmp_path, pg_url):
    from ati_desktop.storage.database import Database

    sqlite = Database.open(tmp_path / "ati.sqlite")
    postgresql = Database.open_url(pg_url)
    try:
        (tmp_path / "pg").mkdir()
        on_sqlite, on_postgresql = _documents(sqlite, tmp_path), _documents(postgresql, tmp_path / "pg")
    finally:
        sqlite.close()
        postgresql.close()
    assert on_sqlite.keys() == on_postgresql.keys()
    for key in on_sqlite:
        assert on_sqlite[key] == on_postgresql[key], key
    assert on_sqlite[("activity", None)][0][0].value == 6
