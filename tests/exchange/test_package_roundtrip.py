"""A package written by the device opens with all it holds; any change to it is refused."""

import hashlib
import os
import random
import zipfile
import zlib

import pytest

from ati_desktop.exchange.keys import raw_public
from ati_desktop.exchange.package import envelope_info, open_package
from ati_desktop.exchange.package_errors import PackageError, PackageWriteError

from package_samples import CEDULA, DEVICE_ID, PARTICIPANT_NAME, SIGNATURE_PNG, sample_revisions, write_sample


def test_round_trip_keeps_every_revision_and_blob(tmp_path, device_key):
    expected = sample_revisions()
    written = write_sample(tmp_path / "campo.ati", device_key, expected)
    with open_package(written.path, trusted_keys={DEVICE_ID: raw_public(device_key.public_key())}) as package:
        assert package.signer_known is True and not package.encrypted
        assert package.manifest.sequence == 1 and package.manifest.assistant.name == "Ana Lucía Perdomo"
        assert package.manifest.counts == {"participant": 1, "session": 1, "attendance": 1}
        assert {kind: [(r.id, r.record_id, r.number, r.deleted, list(r.parents), r.body) for r in revisions]
                for kind, revisions in package.revisions.items()} == {
            kind: [(e["id"], e["record_id"], e["number"], e["deleted"], e["parents"], e["body"]) for e in items]
            for kind, items in expected.items()}
        assert package.revisions["participant"][0].body["full_name"] == PARTICIPANT_NAME
        assert package.blob(hashlib.sha256(SIGNATURE_PNG).hexdigest()) == SIGNATURE_PNG
    assert written.size == written.path.stat().st_size
    assert written.sha256 == hashlib.sha256(written.path.read_bytes()).hexdigest()


def test_members_are_named_by_the_format(tmp_path, device_key):
    written = write_sample(tmp_path / "campo.ati", device_key)
    names = set(zipfile.ZipFile(written.path).namelist())
    assert names == {"manifest.json", "manifest.sig", "revisions/participant.jsonl", "revisions/session.jsonl",
                     "revisions/attendance.jsonl", f"blobs/{hashlib.sha256(SIGNATURE_PNG).hexdigest()}"}


def test_encrypted_round_trip(tmp_path, device_key, secretariat):
    written = write_sample(tmp_path / "cifrado.ati", device_key, encrypt_to=secretariat.public_key())
    assert written.encrypted
    with open_package(written.path, secretariat_key=secretariat) as package:
        assert package.encrypted and package.revisions["participant"][0].body["id_document"] == CEDULA
        assert package.blob(hashlib.sha256(SIGNATURE_PNG).hexdigest()) == SIGNATURE_PNG
    assert envelope_info(written.path).recipient.count(" ") == 5


def test_encrypted_package_needs_the_right_key(tmp_path, device_key, secretariat, refused):
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    written = write_sample(tmp_path / "cifrado.ati", device_key, encrypt_to=secretariat.public_key())
    refused(written.path, "se necesita su clave privada")
    refused(written.path, "otra clave de secretaría", secretariat_key=X25519PrivateKey.generate())


def _inflated_streams(data: bytes) -> list[bytes]:
    """The output of every deflate, zlib or gzip stream that starts anywhere in ``data``."""
    found = []
    for start in range(len(data)):
        for wbits in (-15, 15, 31):
            inflater = zlib.decompressobj(wbits)
            try:
                output = inflater.decompress(data[start:start + 1 << 20], 1 << 22)
            except zlib.error:
                continue
            if len(output) > 16:
                found.append(output)
    return found


def test_encrypted_package_leaks_no_name_cedula_or_signature(tmp_path, device_key, secretariat):
    plain = write_sample(tmp_path / "plano.ati", device_key).path.read_bytes()
    encrypted = write_sample(tmp_path / "cifrado.ati", device_key, encrypt_to=secretariat.public_key()).path.read_bytes()
    secrets = [PARTICIPANT_NAME.encode(), CEDULA.encode(), SIGNATURE_PNG[-16:], "Quintero".encode("utf-16-le")]
    plain_streams = b"".join(_inflated_streams(plain))
    assert PARTICIPANT_NAME.encode() in plain_streams and SIGNATURE_PNG in plain  # the search can find them
    encrypted_streams = _inflated_streams(encrypted)
    for secret in secrets:
        assert secret not in encrypted
        assert not any(secret in stream for stream in encrypted_streams)
    assert b"participant" not in encrypted and b"blobs/" not in encrypted  # member names are hidden


def test_encrypted_size_hides_member_sizes(tmp_path, device_key, secretariat):
    from package_samples import header

    from ati_desktop.exchange.package_write import write_package

    sizes = set()
    for extra in (0, 100, 3000):
        revisions = sample_revisions()
        revisions["session"][0]["body"]["conclusions"] = "x" * extra
        written = write_package(tmp_path / f"{extra}.ati", header(), revisions, [], signing_key=device_key,
                                encrypt_to=secretariat.public_key())
        sizes.add(written.size)
    assert len(sizes) == 1


def _flip_refused(path, positions, **options):
    original = path.read_bytes()
    accepted = []
    for position in positions:
        changed = bytearray(original)
        changed[position] ^= 0x20
        path.write_bytes(changed)
        try:
            open_package(path, **options).close()
        except PackageError:
            continue
        accepted.append(position)
    path.write_bytes(original)
    return accepted


def test_a_one_byte_change_anywhere_is_refused(tmp_path, device_key):
    path = write_sample(tmp_path / "campo.ati", device_key).path
    assert _flip_refused(path, range(path.stat().st_size)) == []


def test_a_one_byte_change_anywhere_in_an_encrypted_package_is_refused(tmp_path, device_key, secretariat):
    path = write_sample(tmp_path / "cifrado.ati", device_key, encrypt_to=secretariat.public_key()).path
    size = path.stat().st_size
    rng = random.Random(12)
    # Every byte of the envelope and index, and a sample of the ciphertext and its padding.
    positions = sorted(set(range(200)) | set(range(size - 2000, size)) | set(rng.sample(range(size), 400)))
    assert _flip_refused(path, positions, secretariat_key=secretariat) == []


def test_truncated_or_extended_files_are_refused(tmp_path, device_key, refused):
    data = write_sample(tmp_path / "campo.ati", device_key).path.read_bytes()
    for cut in (0, 10, len(data) // 2, len(data) - 30, len(data) - 1):
        refused(data[:cut], "no es un archivo ZIP completo|sello|dañado")
    refused(data + b"\x00", "sello|dañado")
    refused(b"\x00" + data, "sello|firma|dañado")


def test_writer_leaves_no_temporary_file_and_refuses_to_replace(tmp_path, device_key):
    write_sample(tmp_path / "campo.ati", device_key)
    assert os.listdir(tmp_path) == ["campo.ati"]
    with pytest.raises(PackageWriteError, match="Ya existe"):
        write_sample(tmp_path / "campo.ati", device_key)


def test_cancel_leaves_no_file(tmp_path, device_key):
    from ati_desktop.exchange.package_write import write_package

    from package_samples import header, sample_blobs

    class Cancelled(Exception):
        pass

    def cancel():
        raise Cancelled

    with pytest.raises(Cancelled):
        write_package(tmp_path / "x.ati", header(), sample_revisions(), sample_blobs(), signing_key=device_key,
                      on_item=cancel)
    assert os.listdir(tmp_path) == []
