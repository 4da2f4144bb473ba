"""Fresh departmental records on the test's backend, as many as a test needs."""

import uuid

import pytest
from devices import new_device

from ati_desktop.storage.database import Database


@pytest.fixture
def make_record(request, backend, tmp_path):
    """A factory of empty records on ``backend`` (a SQLite file, or a PostgreSQL database)."""
    opened = []

    def make() -> Database:
        if backend == "postgresql":
            server = request.getfixturevalue("pg_server")
            url = server.create_database(migrated=True)
            record = Database.open_url(url)
            opened.append((record, lambda: server.drop_database(url)))
        else:
            record = Database.open(tmp_path / f"registro-{uuid.uuid4().hex[:8]}.sqlite")
            opened.append((record, lambda: None))
        return record

    yield make
    for record, drop in opened:
        record.close()
        drop()


@pytest.fixture
def ana(tmp_path):
    """Ana's laptop: a field device with its own identity."""
    device = new_device(tmp_path, "ana")
    yield device
    device.close()


@pytest.fixture
def record(make_record):
    """One empty departmental record."""
    return make_record()
