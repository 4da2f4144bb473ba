"""The upgrade to 0008 gives the commitments already there their latest verification."""

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import text

from ati_desktop.storage.database import Database

DATA = Path(__file__).parent / "data" / "schema_0002"


def test_the_upgrade_fills_each_commitment_with_its_latest_verification(tmp_path):
    path = tmp_path / "ati.sqlite"
    shutil.copyfile(DATA / "ati-0002.sqlite", path)
    old = sqlite3.connect(path)
    try:
        commitments = [row[0] for row in old.execute("SELECT id FROM commitment")]
        checks = old.execute("SELECT commitment_id, verified_on, result FROM commitment_verification "
                             "WHERE deleted_at IS NULL").fetchall()
    finally:
        old.close()
    expected = dict.fromkeys(commitments, (None, None))
    for commitment_id, day, result in sorted(checks, key=lambda check: check[1]):
        expected[commitment_id] = (date.fromisoformat(day), result)
    assert sum(1 for found in expected.values() if found[0]) == 2

    database = Database.open(path)
    try:
        with database.engine.connect() as c:
            rows = c.execute(text("SELECT id, last_verified_on, last_result FROM commitment")).all()
    finally:
        database.close()
    assert {cid: (date.fromisoformat(day) if day else None, result) for cid, day, result in rows} == expected
