"""Damaged database files: whatever bytes are changed, opening is refused with a message or works."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ati_desktop.services.queries import count_sessions
from ati_desktop.storage.database import Database, diagnose
from ati_desktop.storage.errors import StorageError

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """The bytes of a real database with a school, closed."""
    from ati_desktop.services.schools import add_school_in_field

    path = tmp_path_factory.mktemp("pristine") / "ati.sqlite"
    database = Database.open(path)
    for n in range(20):
        add_school_in_field(database, f"Institución Educativa {n}", "41298", f"2412980001{n:02d}")
    database.close()
    return path.read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=64)),
                        min_size=1, max_size=4))
def test_a_changed_file_is_refused_with_a_message_or_opens(tmp_path, pristine, changes):
    data = bytearray(pristine)
    for offset, chunk in changes:
        start = offset % len(data)
        data[start:start + len(chunk)] = chunk
    path = tmp_path / "cambiada.sqlite"
    path.write_bytes(bytes(data))
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    diagnose(path) if _readable_schema(path) else None
    try:
        database = Database.open_for_reading(path)
    except StorageError as error:
        assert error.message
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "refused, so untouched"
        return
    try:
        count_sessions(database)
    except StorageError as error:
        assert error.message
    finally:
        database.close()


def _readable_schema(path) -> bool:
    """diagnose() raises only for files that are not ours; damage is a finding."""
    try:
        diagnose(path)
    except StorageError as error:
        assert error.message
        return False
    return True


@pytest.mark.parametrize("size", [0, 1, 100, 4096])
def test_truncated_files(tmp_path, pristine, size):
    path = tmp_path / "cortada.sqlite"
    path.write_bytes(pristine[:size])
    try:
        Database.open_for_reading(path).close()
    except StorageError as error:
        assert error.message
    assert path.stat().st_size == size
    assert sqlite3.sqlite_version
