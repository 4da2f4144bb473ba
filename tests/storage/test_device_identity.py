"""A copied or restored database file is noticed, and never writes under its old device id."""

import shutil

import pytest

from ati_desktop.services import database as device
from ati_desktop.services.queries import load_session
from ati_desktop.services.sessions import save_session
from ati_desktop.storage import revlog
from ati_desktop.storage.backup import backup_to
from ati_desktop.storage.database import Database, DeviceIdentityError


def _reopen(path):
    return Database.open(path)


def test_the_devices_own_file_reopens_as_its_own(db):
    path, device_id = db.path, db.device_id
    db.close()
    again = _reopen(path)
    try:
        assert not device.device_status(again).in_question and again.device_id == device_id
    finally:
        again.close()


def test_a_copied_file_is_noticed_and_refuses_to_write_until_settled(db, make_session, tmp_path):
    data = make_session()
    save_session(db, data)
    db.close()
    copy = tmp_path / "otro" / "ati.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(db.path, copy)
    other = _reopen(copy)
    try:
        status = device.device_status(other)
        assert status.copied and status.device_id == db.device_id
        data.objective = "Editado en la copia"
        with pytest.raises(DeviceIdentityError, match="copia"):
            save_session(other, data)
        assert device.continue_as_new_device(other).device_id != db.device_id
        save_session(other, data)
        with other.read() as tx:
            first, second = revlog.history(tx, "session", data.id)
        # The edit on the second device names it; the record's origin stays the first device.
        assert first.device_id == db.device_id and second.device_id == other.device_id
        assert load_session(other, data.id)["device_id"] == db.device_id
    finally:
        other.close()
    original = _reopen(db.path)  # the original is still its device's own file
    try:
        assert not device.device_status(original).in_question and original.device_id == db.device_id
    finally:
        original.close()


def test_an_older_copy_restored_in_place_is_noticed(db, make_session, tmp_path):
    backup = backup_to(db.engine, tmp_path / "copia.sqlite")
    path = db.path
    db.close()
    later = _reopen(path)  # work goes on after the backup: another day, another open
    save_session(later, make_session())
    later.close()
    shutil.copyfile(backup, path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    restored = _reopen(path)
    try:
        assert device.device_status(restored).restored
        device.continue_as_new_device(restored)
        assert not device.device_status(restored).in_question
    finally:
        restored.close()


def test_a_moved_file_confirmed_as_the_same_device_keeps_its_id(db, tmp_path):
    device_id = db.device_id
    db.close()
    moved = tmp_path / "nueva-carpeta" / "ati.sqlite"
    moved.parent.mkdir()
    shutil.move(db.path, moved)
    again = _reopen(moved)
    try:
        assert device.device_status(again).copied
        assert device.confirm_same_device(again).device_id == device_id
    finally:
        again.close()
    third = _reopen(moved)
    try:
        assert not device.device_status(third).in_question
    finally:
        third.close()
