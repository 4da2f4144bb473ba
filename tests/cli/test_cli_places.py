"""Commands that write files, pointed at a full disk, a read-only drive or a folder that is not there."""

from __future__ import annotations


import pytest
from mounts import files_in, fill, remount_read_only, tmpfs
from ati_process import run_ati


ati = run_ati


@pytest.fixture
def session_db(tmp_path, make_session, db):
    """The db fixture's file with one session, and that session's id."""
    from ati_desktop.services.sessions import save_session

    return db.path, save_session(db, make_session()).id


def refused(result, *words):
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def test_backup_and_acta_on_a_full_disk_say_so_and_leave_nothing(tmp_path, session_db):
    path, session_id = session_db
    with tmpfs(tmp_path / "llena", 256) as full:
        fill(full)
        refused(ati("db", "backup", str(full / "copia.sqlite"), "--db", str(path)),
                "el disco está lleno", str(full / "copia.sqlite"))
        refused(ati("acta", session_id, "-o", str(full / "acta.pdf"), "--db", str(path)),
                "el disco está lleno", str(full / "acta.pdf"))
        assert files_in(full) == ["relleno.bin"], "no empty or partial file left behind"


def test_acta_into_a_missing_folder_names_it(tmp_path, session_db):
    path, session_id = session_db
    target = tmp_path / "no-existe" / "a.pdf"
    refused(ati("acta", session_id, "-o", str(target), "--db", str(path)), "la carpeta ya no existe")
    assert not target.parent.exists()


def test_init_in_a_read_only_folder_names_it(tmp_path):
    with tmpfs(tmp_path / "usb", 256) as usb:
        remount_read_only(usb)
        refused(ati("db", "init", "--db", str(usb / "x" / "n.sqlite")), "solo lectura", str(usb))
        refused(ati("db", "backup", str(usb / "copia.sqlite"), "--db", str(tmp_path / "ati.sqlite")),
                "No existe la base de datos")
        assert files_in(usb) == []


def test_backup_and_batch_into_a_read_only_drive(tmp_path, session_db):
    path, _session_id = session_db
    with tmpfs(tmp_path / "usb", 256) as usb:
        remount_read_only(usb)
        refused(ati("db", "backup", str(usb / "copia.sqlite"), "--db", str(path)), "solo lectura")
        refused(ati("acta", "--school", "241298000123", "--from", "2026-11-01", "--to", "2026-11-30",
                    "-o", str(usb / "actas"), "--db", str(path)), "solo lectura")
        assert files_in(usb) == []
