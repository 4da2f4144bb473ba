"""The shared departmental record on a real PostgreSQL server: created by the same migrations."""

import pytest
from pg import both_databases
from sqlalchemy import text

from ati_desktop.storage.migrate import current_revision, head_revision


def test_throw_away_server_is_postgresql_on_a_unix_socket(pg_server):
    from ati_desktop.storage.database import Database

    url = pg_server.create_database()
    assert "host=/" in url  # a socket folder, no TCP port
    database = Database.open_url(url)  # an empty database: the migrations create the schema
    try:
        with database.engine.connect() as connection:
            assert connection.dialect.name == "postgresql"
            assert connection.execute(text("SHOW fsync")).scalar() == "off"
            assert connection.execute(text("SHOW jit")).scalar() == "off"  # the record's own setting
            assert connection.execute(text("SELECT count(*) FROM municipality")).scalar() == 37
        assert current_revision(database.engine) == head_revision()
    finally:
        database.close()
        pg_server.drop_database(url)


def test_each_test_gets_its_own_empty_database(pg_server):
    first, second = pg_server.create_database(), pg_server.create_database()
    try:
        assert first != second
    finally:
        pg_server.drop_database(first)
        pg_server.drop_database(second)


@both_databases
def test_db_fixture_opens_each_backend(db, backend):
    assert db.engine.dialect.name == backend
    assert current_revision(db.engine) == head_revision()


def test_copies_of_the_migrated_template_get_their_own_device(pg_server):
    from ati_desktop.storage.database import Database

    urls = [pg_server.create_database(migrated=True) for _ in range(2)]
    databases = [Database.open_url(url) for url in urls]
    try:
        assert databases[0].device_id != databases[1].device_id
    finally:
        for database, url in zip(databases, urls):
            database.close()
            pg_server.drop_database(url)


@pytest.mark.parametrize("name", ["sqlite"])
def test_unmarked_tests_stay_on_sqlite(db, name):
    assert db.engine.dialect.name == name


def test_missing_server_fails_in_ci_and_is_skipped_elsewhere(monkeypatch):
    from pg import unavailable

    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="required in CI"):
        unavailable("no initdb")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        unavailable("no initdb")


def test_migrations_build_exactly_the_models_schema_on_postgresql(pg_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    from ati_desktop.storage import models  # noqa: F401  (registers the tables)
    from ati_desktop.storage.engine import make_engine

    engine = make_engine(pg_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            assert compare_metadata(context, SQLModel.metadata) == []
    finally:
        engine.dispose()
