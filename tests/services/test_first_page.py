"""The first page read early with sqlite3 is the first page the list shows once the database is open."""

from __future__ import annotations

from datetime import time

import pytest

from ati_desktop.services.demo import generate_demo
from ati_desktop.services.first_page import newest_sessions
from ati_desktop.services.queries import list_sessions
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import delete_session, save_session
from ati_desktop.storage.database import Database


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    db = Database.open(tmp_path_factory.mktemp("first") / "record.sqlite")
    generate_demo(db, 300, seed=3)
    yield db
    db.close()


def test_the_early_page_is_the_lists_first_page_deletions_and_untimed_sessions_included(record, make_session):
    newest = list_sessions(record, limit=1)[0]
    school = add_school_in_field(record, "Institución Educativa El Jardín", "41298")
    for start in (None, None, time(7, 0), newest.start_time):
        save_session(record, make_session(school_id=school.id, session_date=newest.session_date,
                                          start_time=start, end_time=None))
    delete_session(record, list_sessions(record, limit=5)[2].id)
    for limit in (1, 7, 200):
        assert newest_sessions(record.path, limit) == list_sessions(record, limit=limit)
    assert any(row.start_time is None for row in newest_sessions(record.path, 200))


def test_nothing_is_read_early_from_a_missing_empty_or_foreign_file(tmp_path):
    assert newest_sessions(tmp_path / "nueva.sqlite", 200) is None
    assert not (tmp_path / "nueva.sqlite").exists()  # never created by the early read
    (tmp_path / "notas.sqlite").write_text("no es una base de datos")
    assert newest_sessions(tmp_path / "notas.sqlite", 200) is None
    fresh = Database.open(tmp_path / "vacia.sqlite")
    assert newest_sessions(fresh.path, 200) == []
    fresh.close()
