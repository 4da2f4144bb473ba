"""The one mapping of environment errors: OS, SQLite and PostgreSQL errors become Spanish messages."""

from __future__ import annotations

import errno
import sqlite3

import psycopg
import psycopg.errors
import pytest
from sqlalchemy import text

from ati_desktop.storage.database import Database
from ati_desktop.storage.engine import make_engine
from ati_desktop.storage.errors import StorageError, storage_error, storage_errors


@pytest.mark.parametrize("error, words", [
    (psycopg.errors.StringDataRightTruncation("value too long for type character varying(200)"),
     "más largo de lo que admite"),
    (psycopg.errors.DiskFull("could not extend file"), "no tiene espacio en disco"),
    (psycopg.errors.InvalidPassword("password authentication failed"), "rechazó el usuario"),
    (psycopg.errors.AdminShutdown("terminating connection"), "ocupado o se está reiniciando"),
    (psycopg.errors.ReadOnlySqlTransaction("cannot execute INSERT"), "solo permite consultar"),
])
def test_server_errors_become_spanish_messages(error, words):
    translated = storage_error(error)
    assert isinstance(translated, StorageError)
    assert words in translated.message


def test_a_server_bug_is_not_disguised():
    assert storage_error(psycopg.errors.UndefinedColumn('column "nombre" does not exist')) is None


def test_no_server_listening_is_a_spanish_message_through_sqlalchemy(tmp_path):
    engine = make_engine(f"postgresql+psycopg://ati@/ati?host={tmp_path}&connect_timeout=2")
    with pytest.raises(StorageError) as caught:
        with storage_errors(), engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    assert "No se pudo conectar con el servidor" in caught.value.message
    assert isinstance(caught.value.__cause__.orig, psycopg.OperationalError)


def test_a_refused_tcp_connection_is_a_spanish_message():
    with pytest.raises(StorageError) as caught:
        with storage_errors():
            psycopg.connect("host=127.0.0.1 port=1 dbname=ati user=ati connect_timeout=2")
    assert "No se pudo conectar con el servidor" in caught.value.message


def test_opening_a_url_without_server_gives_the_message(tmp_path):
    with pytest.raises(StorageError, match="No se pudo conectar"):
        Database.open_url(f"postgresql+psycopg://ati@/ati?host={tmp_path}&connect_timeout=2")


@pytest.mark.parametrize("number, words", [
    (errno.ENOSPC, "el disco está lleno"),
    (errno.EACCES, "no hay permiso para escribir"),
    (errno.EROFS, "solo lectura"),
    (errno.ENOENT, "la carpeta ya no existe"),
])
def test_file_errors_name_the_place(number, words):
    translated = storage_error(OSError(number, "whatever", "/media/usb/acta.pdf"))
    assert words in translated.message
    assert "«/media/usb/acta.pdf»" in translated.message


def test_the_caller_can_name_the_place_the_error_does_not():
    translated = storage_error(OSError(errno.ENOSPC, "No space left on device"), "copia.sqlite")
    assert "«copia.sqlite»" in translated.message


def test_damage_is_its_own_kind_for_the_interface_to_offer_a_backup():
    from ati_desktop.storage.errors import DamagedDatabaseError

    assert isinstance(storage_error(sqlite3.DatabaseError("database disk image is malformed")),
                      DamagedDatabaseError)


def test_a_text_too_long_for_the_server_is_a_spanish_message_and_saves_nothing(pg_url):
    from sqlalchemy import text

    database = Database.open_url(pg_url)
    try:
        # The services refuse long texts before the server sees them; any other writer reaches it.
        with pytest.raises(StorageError) as caught:
            with database.write() as tx:
                tx.execute(text("UPDATE municipality SET name = :name WHERE code = '41298'"),
                           {"name": "Garzón " * 40})
        assert "más largo de lo que admite el registro departamental" in caught.value.message
        assert isinstance(caught.value.__cause__.orig, psycopg.errors.StringDataRightTruncation)
        with database.read() as tx:
            name = tx.execute(text("SELECT name FROM municipality WHERE code = '41298'")).scalar_one()
        assert name == "Garzón"
    finally:
        database.close()
