"""Device signing keys and the secretariat's pair: made once, private halves kept private."""

import os
import stat

import pytest

from ati_desktop.exchange import keys


def test_device_key_is_made_once_and_readable_only_by_its_owner():
    first = keys.device_key("equipo-1")
    again = keys.device_key("equipo-1")
    assert keys.raw_public(first.public_key()) == keys.raw_public(again.public_key())
    assert keys.raw_public(keys.device_key("equipo-2").public_key()) != keys.raw_public(first.public_key())
    path = keys.keys_dir() / "equipo-equipo-1.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.keys_dir().stat().st_mode) == 0o700


def test_a_damaged_device_key_is_reported():
    (keys.keys_dir() / "equipo-x.key").write_text("basura")
    with pytest.raises(keys.KeyFileError, match="no es una clave privada"):
        keys.device_key("x")


def test_secretariat_pair_and_import(tmp_path):
    public_path, private_path = keys.new_secretariat_pair(tmp_path)
    assert stat.S_IMODE(private_path.stat().st_mode) == 0o600
    assert keys.secretariat_key() is None
    imported = keys.import_secretariat_key(public_path)
    assert keys.fingerprint(keys.secretariat_key()) == keys.fingerprint(imported)
    private = keys.read_secretariat_private(private_path)
    assert keys.raw_public(private.public_key()) == keys.raw_public(imported)
    digits = keys.fingerprint(imported).split(" ")
    assert len(digits) == 6 and all(len(group) == 4 for group in digits)


def test_a_new_pair_never_replaces_an_existing_one(tmp_path):
    keys.new_secretariat_pair(tmp_path)
    before = (tmp_path / "secretaria.key").read_bytes()
    with pytest.raises(keys.KeyFileError, match="Ya existe"):
        keys.new_secretariat_pair(tmp_path)
    assert (tmp_path / "secretaria.key").read_bytes() == before


def test_import_refuses_the_private_half_and_other_files(tmp_path):
    _, private_path = keys.new_secretariat_pair(tmp_path)
    with pytest.raises(keys.KeyFileError, match="PRIVADA"):
        keys.import_secretariat_key(private_path)
    junk = tmp_path / "foto.jpg"
    junk.write_bytes(os.urandom(300))
    with pytest.raises(keys.KeyFileError, match="no es la clave pública"):
        keys.import_secretariat_key(junk)
    big = tmp_path / "grande.pub"
    big.write_bytes(bytes(100_000))
    with pytest.raises(keys.KeyFileError, match="demasiado grande"):
        keys.import_secretariat_key(big)
    with pytest.raises(keys.KeyFileError, match="No existe"):
        keys.import_secretariat_key(tmp_path / "no-hay.pub")
    assert keys.secretariat_key() is None
