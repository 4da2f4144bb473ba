"""Opening, upgrading and refusing database files."""

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from ati_desktop.storage.database import Database
from ati_desktop.storage.engine import make_engine, sqlite_url
from ati_desktop.storage.errors import SchemaTooNewError, StorageError
from ati_desktop.storage.migrate import current_revision, head_revision, upgrade


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_at_head_with_durable_settings(tmp_path):
    database = Database.open(tmp_path / "nueva.sqlite")
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() > 0
        assert connection.execute(text("SELECT count(*) FROM municipality")).scalar() == 37
    assert database.last_backup is None


def test_device_id_is_stable_across_openings(tmp_path):
    path = tmp_path / "a.sqlite"
    first = Database.open(path).device_id
    assert Database.open(path).device_id == first


def test_old_schema_upgrades_with_its_data_and_leaves_a_backup(tmp_path):
    path = tmp_path / "antigua.sqlite"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, path, revision="0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO session (id, device_id, revision, revision_id, created_at, updated_at, level, "
            "municipality_code, session_date, modality, channel, technique, form_id, form_version, "
            "answers, objective, status) VALUES ('s-1', 'd-1', 1, 'r-1', '2025-01-01 00:00:00', "
            "'2025-01-01 00:00:00', 'municipal', '41298', '2025-01-01', 'presencial', 'in_situ', "
            "'reunion', 'reunion', 1, '{}', 'Socialización del Plan de Mejoramiento', 'abierta')"))
    engine.dispose()

    database = Database.open(path)

    assert current_revision(database.engine) == head_revision()
    assert database.last_backup is not None and database.last_backup.exists()
    with sqlite3.connect(database.last_backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT count(*) FROM session").fetchone() == (1,)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT objective FROM session")).scalar().startswith("Socialización")
        found = connection.execute(text(
            "SELECT session_id FROM session_search WHERE session_search MATCH 'socializacion'")).all()
    assert found == [("s-1",)]


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "futura.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = digest(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(SchemaTooNewError) as caught:
        Database.open(path)

    assert "versión más nueva" in caught.value.message
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


def test_foreign_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notas.sqlite"
    path.write_text("esto no es una base de datos")
    with pytest.raises(StorageError) as caught:
        Database.open(path)
    assert "no es una base de datos" in caught.value.message
    assert path.read_text() == "esto no es una base de datos"


def test_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "otra.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE clientes (nombre TEXT)")
    connection.close()
    with pytest.raises(StorageError) as caught:
        Database.open(path)
    assert "no son de ATI Desktop" in caught.value.message


def test_disk_full_while_saving_gives_a_spanish_message_and_keeps_earlier_data(db, make_session):
    from sqlalchemy import event

    from ati_desktop.services.inputs import EvidenceInput
    from ati_desktop.services.queries import count_sessions
    from ati_desktop.services.sessions import save_session

    save_session(db, make_session())
    with db.engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar()
    db.engine.dispose()
    event.listen(db.engine, "connect",
                 lambda dbapi, _rec: dbapi.execute(f"PRAGMA max_page_count = {pages + 2}"))
    photo = EvidenceInput("foto.jpg", "image/jpeg", b"x" * 200_000, kind="foto")

    with pytest.raises(StorageError) as caught:
        save_session(db, make_session(evidence=[photo]))

    assert "disco está lleno" in caught.value.message
    assert count_sessions(db) == 1


@pytest.mark.parametrize("error, words", [
    ("attempt to write a readonly database", "solo lectura"),
    ("database is locked", "otro programa"),
    ("unable to open database file", "No se pudo abrir"),
])
def test_environment_errors_become_spanish_messages(error, words):
    from ati_desktop.storage.errors import storage_error

    translated = storage_error(sqlite3.OperationalError(error))
    assert isinstance(translated, StorageError)
    assert words in translated.message


def test_programming_errors_are_not_disguised():
    from ati_desktop.storage.errors import storage_error, storage_errors

    bug = sqlite3.OperationalError("no such column: nombre")
    assert storage_error(bug) is None
    with pytest.raises(sqlite3.OperationalError) as caught:
        with storage_errors():
            raise bug
    assert caught.value is bug
    assert caught.value.__cause__ is None


def test_a_translated_error_keeps_the_original_as_its_cause_not_itself():
    from ati_desktop.storage.errors import storage_errors

    original = sqlite3.OperationalError("database is locked")
    with pytest.raises(StorageError) as caught:
        with storage_errors():
            raise original
    assert caught.value.__cause__ is original
    assert caught.value is not original


def test_log_is_checkpointed_past_its_limit_and_emptied_on_close(db, make_session, monkeypatch):
    from ati_desktop.services.inputs import EvidenceInput
    from ati_desktop.services.sessions import save_session
    from ati_desktop.storage import database as database_module

    wal = db.path.with_name(db.path.name + "-wal")
    db.checkpoint("TRUNCATE")
    photo = EvidenceInput("foto.jpg", "image/jpeg", b"\x01" * 300_000, kind="foto")
    save_session(db, make_session(evidence=[photo]))
    assert wal.stat().st_size > 300_000  # saves themselves leave the log alone
    probe = sqlite3.connect(f"file:{db.path}?mode=ro&immutable=1", uri=True)
    assert probe.execute("SELECT count(*) FROM session").fetchone() == (0,)
    probe.close()

    monkeypatch.setattr(database_module, "WAL_LIMIT_BYTES", 100_000)
    save_session(db, make_session())
    db.finish_checkpoint()  # the save started it on a thread of its own
    # Reading the main file alone (immutable ignores the log) shows what was checkpointed.
    probe = sqlite3.connect(f"file:{db.path}?mode=ro&immutable=1", uri=True)
    assert probe.execute("SELECT count(*) FROM session").fetchone() == (2,)
    probe.close()

    db.close()
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_save_past_the_log_limit_returns_before_the_checkpoint_is_done(db, make_session, monkeypatch):
    import threading

    from ati_desktop.services.sessions import save_session
    from ati_desktop.storage import database as database_module

    started, release = threading.Event(), threading.Event()
    checkpoint = Database._passive_checkpoint

    def held_checkpoint(self):
        started.set()
        release.wait()
        checkpoint(self)

    monkeypatch.setattr(database_module, "WAL_LIMIT_BYTES", 0)
    monkeypatch.setattr(Database, "_passive_checkpoint", held_checkpoint)
    save_session(db, make_session())
    assert started.wait(10) and not release.is_set()  # the save returned, the checkpoint is still held
    save_session(db, make_session())  # the next save commits beside it
    release.set()
    db.finish_checkpoint()
    probe = sqlite3.connect(f"file:{db.path}?mode=ro&immutable=1", uri=True)
    assert probe.execute("SELECT count(*) FROM session").fetchone() == (2,)
    probe.close()
