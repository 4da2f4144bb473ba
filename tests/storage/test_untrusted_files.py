"""Databases from outside: foreign, hostile, damaged, read-only or simply not there."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from mounts import files_in, remount_read_only, tmpfs

from ati_desktop.storage.database import Database, diagnose
from ati_desktop.storage.errors import DamagedDatabaseError, StorageError
from ati_process import run_ati


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


ati = run_ati


@pytest.fixture
def closed_db(tmp_path, make_session):
    """An ATI database with one session, closed (as a file handed over on a USB stick)."""
    from ati_desktop.services.sessions import save_session

    path = tmp_path / "entregada" / "ati.sqlite"
    database = Database.open(path)
    from ati_desktop.services.schools import add_school_in_field
    school = add_school_in_field(database, "Institución Educativa La Esperanza", "41298", "241298000555")
    save_session(database, make_session(school_id=school.id))
    database.close()
    return path


def _raw(path, sql):
    connection = sqlite3.connect(path)
    connection.executescript(sql)
    connection.close()


@pytest.mark.parametrize("sql, named", [
    ("CREATE TRIGGER espia AFTER INSERT ON school BEGIN "
     "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r; END;",
     "disparador «espia»"),
    ("CREATE VIEW eterna AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
     "SELECT n FROM r;", "vista «eterna»"),
    ("CREATE TABLE extra (x);", "tabla «extra»"),
    ("DROP INDEX ix_session_date; CREATE INDEX ix_session_date ON session (objective);",
     "índice «ix_session_date»"),
])
def test_a_hostile_schema_is_refused_untouched_by_app_and_commands(closed_db, sql, named):
    _raw(closed_db, sql)
    before, files_before = digest(closed_db), files_in(closed_db.parent)

    for opening in (Database.open, Database.open_for_reading, diagnose):
        with pytest.raises(StorageError) as caught:
            opening(closed_db)
        assert named in caught.value.message and "no se abrió" in caught.value.message
    assert digest(closed_db) == before
    assert files_in(closed_db.parent) == files_before


def test_commands_refuse_a_database_with_a_trigger_of_its_own(closed_db):
    _raw(closed_db, "CREATE TRIGGER espia AFTER INSERT ON session BEGIN DELETE FROM school; END;")
    before = digest(closed_db)
    for command in (["sessions", "list"], ["db", "check"], ["db", "init"]):
        result = ati(*command, "--db", str(closed_db))
        assert result.returncode == 1, command
        assert "disparador «espia»" in result.stderr and "Traceback" not in result.stderr
    assert digest(closed_db) == before


def test_the_expected_schema_follows_the_migrations_fts_shadow_tables_included():
    from ati_desktop.storage.migrate import head_revision
    from ati_desktop.storage.schema_check import expected_schema

    names = {name for _kind, name, _table, _sql in expected_schema(head_revision())}
    assert {"session", "session_search", "session_search_data", "session_search_idx"} <= names


def test_connections_distrust_the_schema_and_are_defensive(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        with pytest.raises(Exception, match="may not be modified"):
            connection.exec_driver_sql("INSERT INTO session_search_config VALUES ('k', 1)")


def _table_page(path, table="school"):
    """The root page of a table that holds rows: damage there is damage to data."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        connection.close()


def _corrupt(path, page):
    size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek(size * (page - 1) + (100 if page == 1 else 8))  # keep the file header
        handle.write(b"\xde\xad\xbe\xef" * (size // 8))


def test_db_check_reports_a_corrupted_page_as_a_finding(closed_db):
    _corrupt(closed_db, _table_page(closed_db))

    result = ati("db", "check", "--db", str(closed_db))

    assert result.returncode == 1
    assert "Integridad: el archivo está dañado" in result.stdout
    assert "Traceback" not in result.stderr + result.stdout
    assert not diagnose(closed_db).healthy


def test_db_check_reports_a_damaged_schema_page_as_a_finding(closed_db):
    _corrupt(closed_db, 1)
    result = ati("db", "check", "--db", str(closed_db))
    assert result.returncode == 1 and "Traceback" not in result.stderr + result.stdout
    assert "dañad" in result.stdout + result.stderr


def test_the_app_refuses_a_damaged_file_when_asked_to_check_it(closed_db):
    _corrupt(closed_db, _table_page(closed_db))
    before = digest(closed_db)
    with pytest.raises(DamagedDatabaseError, match="está dañada"):
        Database.open(closed_db, quick_check=True)
    assert digest(closed_db) == before


def test_a_sqlite_file_of_another_program_stays_byte_for_byte(tmp_path):
    path = tmp_path / "inventario.sqlite"
    _raw(path, "CREATE TABLE libros (titulo TEXT); INSERT INTO libros VALUES ('Cien años de soledad');")
    before = digest(path)

    with pytest.raises(StorageError, match="no son de ATI Desktop"):
        Database.open(path)
    assert ati("sessions", "list", "--db", str(path)).returncode == 1

    assert digest(path) == before
    assert files_in(tmp_path) == ["inventario.sqlite"], "no -wal, -shm or lock left beside it"
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notas.sqlite"
    path.write_text("esto no es una base de datos")
    result = ati("sessions", "list", "--db", str(path))
    assert result.returncode == 1 and "no es una base de datos de ATI Desktop" in result.stderr
    assert path.read_text() == "esto no es una base de datos"


@pytest.mark.parametrize("command", [["sessions", "list"], ["db", "check"], ["db", "backup", "COPY"],
                                     ["acta", "verify", "PDF"]])
def test_a_mistyped_db_for_a_read_command_creates_nothing(tmp_path, command):
    (tmp_path / "acta.pdf").write_bytes(b"%PDF-1.4\n")
    args = [{"COPY": str(tmp_path / "copia.sqlite"), "PDF": str(tmp_path / "acta.pdf")}.get(a, a)
            for a in command]
    result = ati(*args, "--db", str(tmp_path / "carpeta-mal-escrita" / "ati.sqlite"))
    assert result.returncode == 1
    assert "No existe la base de datos" in result.stderr and "no se creó nada" in result.stderr
    assert files_in(tmp_path) == ["acta.pdf"]


def test_a_database_on_read_only_media_is_read_and_left_without_stray_files(tmp_path, closed_db):
    with tmpfs(tmp_path / "usb", 8192) as usb:
        copy = usb / "ati.sqlite"
        copy.write_bytes(closed_db.read_bytes())
        remount_read_only(usb)

        listed = ati("sessions", "list", "--db", str(copy))
        assert listed.returncode == 0, listed.stderr
        assert "1 de 1 sesiones" in listed.stdout
        assert ati("db", "check", "--db", str(copy)).returncode == 0
        refused = ati("db", "init", "--db", str(copy))
        assert refused.returncode == 1 and "solo lectura" in refused.stderr
        with pytest.raises(StorageError, match="solo lectura"):
            Database.open(copy)
        assert files_in(usb) == ["ati.sqlite"]


def test_a_read_only_database_in_a_writable_folder_leaves_no_stray_files(tmp_path, closed_db):
    listed = ati("sessions", "list", "--db", str(closed_db))
    assert listed.returncode == 0 and "1 de 1 sesiones" in listed.stdout
    assert sorted(p for p in files_in(closed_db.parent) if p.startswith("ati.sqlite")) == \
        ["ati.sqlite", "ati.sqlite.lock"]


def test_a_kept_schema_speeds_opening_but_a_wrong_one_refuses_nothing(closed_db):
    from ati_desktop.paths import data_dir
    from ati_desktop.storage.migrate import head_revision
    from ati_desktop.storage.schema_check import expected_schema

    expected_schema.cache_clear()
    Database.open_for_reading(closed_db).close()
    [kept] = (data_dir() / "cache").glob(f"schema-{head_revision()}-*.json")
    derived = kept.read_text(encoding="utf-8")
    kept.write_text("[]", encoding="utf-8")
    expected_schema.cache_clear()

    Database.open_for_reading(closed_db).close()

    assert kept.read_text(encoding="utf-8") == derived, "derived again and kept again"
