"""Each way a package can be wrong is refused with a Spanish message, and nothing is written."""

import base64
import hashlib
import io
import struct
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ati_desktop.exchange import package_zip
from ati_desktop.exchange.keys import raw_public
from ati_desktop.exchange.package_format import FORMAT_VERSION

from package_samples import DEVICE_ID, forged, jsonl, revision, sealed, write_sample

BLOB = b"contenido de una foto"
BLOB_NAME = f"blobs/{hashlib.sha256(BLOB).hexdigest()}"


def valid_members():
    return {"revisions/session.jsonl": jsonl(revision()), BLOB_NAME: BLOB}


def test_a_forged_but_well_formed_package_is_accepted(device_key, tmp_path):
    # The forging helper itself makes packages the reader accepts, so each refusal below
    # is caused by the one thing changed.
    path = tmp_path / "bueno.ati"
    path.write_bytes(forged(device_key, valid_members()))
    from ati_desktop.exchange.package import open_package

    with open_package(path) as package:
        assert package.manifest.counts == {"session": 1} and package.blob_digests() == [BLOB_NAME[6:]]


def test_not_a_zip(refused):
    refused(b"esto no es un paquete", "no es un archivo ZIP completo")
    refused(b"", "no es un archivo ZIP completo")


def test_a_zip_without_manifest(device_key, refused):
    refused(sealed([("hola.txt", b"hola")], device_key), "no tiene manifiesto")


@pytest.mark.parametrize("name, reason", [
    ("../fuera.txt", "sale de la carpeta"),
    ("revisions/../../fuera", "sale de la carpeta"),
    ("/etc/passwd", "ruta absoluta"),
    ("C:/Windows/x.dll", "ruta absoluta"),
    ("c:fuera", "ruta absoluta"),
    ("blobs\\..\\x", "barras invertidas"),
    ("revisions//session.jsonl", "no es válido"),
])
def test_escaping_names(device_key, refused, name, reason):
    members = valid_members() | {name: b"x"}
    refused(forged(device_key, members), reason)


def test_a_nul_in_a_name(device_key, refused):
    # zipfile cuts names at NUL when writing, so the NUL is put in afterwards (both headers).
    data = forged(device_key, valid_members() | {"blobs/aN.txt": b"x"})
    refused(data.replace(b"blobs/aN.txt", b"blobs/a\x00.txt"), "carácter nulo")


def test_a_member_over_the_size_limit(device_key, refused, monkeypatch):
    monkeypatch.setattr(package_zip, "MAX_MEMBER_BYTES", 1000)
    refused(forged(device_key, valid_members() | {"blobs/" + "0" * 64: bytes(2000)}), "demasiado grande")


def test_members_over_the_total_limit(device_key, refused, monkeypatch):
    monkeypatch.setattr(package_zip, "MAX_TOTAL_BYTES", 3000)
    members = valid_members() | {f"blobs/{i:064x}": bytes(1000) for i in range(4)}
    refused(forged(device_key, members), "descomprimido es demasiado grande")


def test_too_many_members(device_key, refused, monkeypatch):
    monkeypatch.setattr(package_zip, "MAX_MEMBERS", 3)
    refused(forged(device_key, valid_members() | {f"blobs/{i:064x}": b"x" for i in range(3)}), "demasiados archivos")


def _overlapping(key) -> bytes:
    """Two index entries pointing at the same bytes: the classic overlapping zip bomb."""
    data = bytearray(forged(key, {BLOB_NAME: bytes(5000), "blobs/" + "1" * 64: bytes(5000)}))
    entries = [i for i in range(len(data)) if data[i:i + 4] == b"PK\x01\x02"]
    first_offset = struct.unpack_from("<I", data, entries[0] + 42)[0]
    struct.pack_into("<I", data, entries[1] + 42, first_offset)
    return bytes(data)


def test_overlapping_members(device_key, refused):
    refused(_overlapping(device_key), "se superponen")


def test_a_member_larger_than_it_declares(device_key, refused):
    data = bytearray(forged(device_key, {BLOB_NAME: BLOB}))
    entry = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, entry + 24, 5)  # declared uncompressed size: 5 bytes
    refused(bytes(data), "dañado|huella|tamaño|sello|firma")


def test_bad_manifest_signature(device_key, refused):
    other = Ed25519PrivateKey.generate()
    data = forged(device_key, valid_members())
    archive = zipfile.ZipFile(io.BytesIO(data))
    members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    manifest = dict(members)["manifest.json"]
    members = [(name, other.sign(b"ATI Desktop manifiesto v1\x00" + manifest) if name == "manifest.sig" else body)
               for name, body in members]
    refused(sealed(members, device_key), "firma del paquete no es válida")


def test_a_package_signed_by_another_key_than_the_one_on_record(device_key, refused):
    impostor = Ed25519PrivateKey.generate()
    refused(forged(impostor, valid_members()), "otra clave",
            trusted_keys={DEVICE_ID: raw_public(device_key.public_key())})


def test_a_blob_whose_hash_differs(device_key, refused):
    entries = {BLOB_NAME: {"sha256": hashlib.sha256(b"otra cosa").hexdigest(), "size": len(BLOB)}}
    refused(forged(device_key, valid_members(), member_entries=entries), "no coincide con su huella")


def test_revisions_whose_hash_differs(device_key, refused):
    entries = {"revisions/session.jsonl": {"sha256": "0" * 64, "size": len(valid_members()["revisions/session.jsonl"])}}
    refused(forged(device_key, valid_members(), member_entries=entries), "no coincide con su huella")


def test_a_member_not_in_the_manifest(device_key, refused):
    members = valid_members()
    data = forged(device_key, members)
    archive = zipfile.ZipFile(io.BytesIO(data))
    entries = [(info.filename, archive.read(info)) for info in archive.infolist()] + [("blobs/" + "2" * 64, b"y")]
    refused(sealed(entries, device_key), "no coinciden con el manifiesto")


def test_a_listed_member_that_is_missing(device_key, refused):
    entries = {"blobs/" + "3" * 64: {"sha256": "3" * 64, "size": 1}}
    refused(forged(device_key, valid_members(), member_entries=entries, manifest_changes={"blobs": 2}),
            "no coinciden con el manifiesto")


@pytest.mark.parametrize("line, reason", [
    ('{"id": NaN}', "número no válido"),
    ('{"id": "a", "id": "b"}', "repite la clave"),
    ("[" * 5000 + "]" * 5000, "niveles"),
    ("[" * 70 + "]" * 70, "niveles"),
    ('{"oops": ', "no es JSON válido"),
    ("\"texto\"", "no es un objeto"),
])
def test_malformed_revision_lines(device_key, refused, line, reason):
    refused(forged(device_key, {"revisions/session.jsonl": jsonl(line)}), reason)


def test_a_revision_with_a_deeply_nested_body(device_key, refused):
    body = current = {}
    for _ in range(80):
        current["x"] = current = {}
    refused(forged(device_key, {"revisions/session.jsonl": jsonl(revision(body=body))}), "niveles")


@pytest.mark.parametrize("changes, field", [
    ({"number": 0}, "number"), ({"number": "1"}, "number"), ({"deleted": 1}, "deleted"),
    ({"parents": "x"}, "parents"), ({"made_at": "ayer"}, "fecha"), ({"made_at": "2026-01-01T00:00:00"}, "fecha"),
    ({"id": "../x"}, "id"), ({"extra": 1}, "extra"),
])
def test_revision_lines_that_break_the_format(device_key, refused, changes, field):
    refused(forged(device_key, {"revisions/session.jsonl": jsonl(revision(**changes))}), field)


def test_a_manifest_with_nan_or_a_repeated_key(device_key, refused):
    refused(forged(device_key, {}, raw_manifest=b'{"format": "ati-paquete", "format": "x"}'), "repite la clave")
    refused(forged(device_key, {}, raw_manifest=b'{"format": "ati-paquete", "format_version": NaN}'),
            "número no válido")


def test_a_manifest_that_lies_about_counts(device_key, refused):
    refused(forged(device_key, valid_members(), manifest_changes={"counts": {"session": 2}}), "trae 1 revisiones")


def test_records_of_an_unknown_type(device_key, refused):
    refused(forged(device_key, {"revisions/hechizo.jsonl": jsonl(revision())}), "tipo que esta versión no conoce")


def test_a_newer_format_is_refused_with_a_clear_message(device_key, refused):
    newer = FORMAT_VERSION + 1
    message = refused(forged(device_key, valid_members(), manifest_changes={"format_version": newer}),
                      "versión más nueva")
    assert "Actualice" in message


def test_something_else_in_json(device_key, refused):
    refused(forged(device_key, {}, raw_manifest=b'{"format":"otra-cosa"}'), "no es un paquete")
    refused(forged(device_key, {}, raw_manifest=b'{"format": "ati-paquete"}'), "forma canónica")


def test_the_device_key_must_be_a_real_key(device_key, refused):
    bad = base64.b64encode(bytes(32)).decode()
    refused(forged(device_key, valid_members(), manifest_changes={"device": {
        "id": DEVICE_ID, "label": "x", "public_key": bad}}), "firma|clave del equipo")


def test_an_older_format_package_from_the_writer_still_opens(tmp_path, device_key):
    # Version 1 is the oldest format; the reader keeps accepting it as later versions appear.
    from ati_desktop.exchange.package import open_package

    with open_package(write_sample(tmp_path / "v1.ati", device_key).path) as package:
        assert package.manifest.format_version == 1


def _without_final_newline() -> dict[str, bytes]:
    members = valid_members()
    members["revisions/session.jsonl"] = members["revisions/session.jsonl"].rstrip(b"\n")
    return members


@pytest.mark.parametrize(("members", "changes", "entries", "reason"), [
    (valid_members, {}, {"revisions/session.jsonl": {"sha256": "0" * 64, "size": len(jsonl(revision()))}},
     "no coincide con su huella"),
    (valid_members, {}, {BLOB_NAME: {"sha256": hashlib.sha256(b"otra cosa").hexdigest(), "size": len(BLOB)}},
     "no coincide con su huella"),
    (valid_members, {"counts": {"session": 2}}, {}, "trae 1 revisiones"),
    (_without_final_newline, {"counts": {"session": 1}}, {}, "no termina en un salto de línea"),
])
def test_the_read_back_after_writing_refuses_what_the_reader_refuses(device_key, tmp_path, members, changes,
                                                                      entries, reason):
    # verify_written hashes and counts the members as it reads them, without keeping or parsing them.
    from ati_desktop.exchange.package import verify_written
    from ati_desktop.exchange.package_errors import PackageError

    path = tmp_path / "escrito.ati"
    path.write_bytes(forged(device_key, members(), manifest_changes=changes, member_entries=entries))
    with pytest.raises(PackageError, match=reason):
        verify_written(path, DEVICE_ID, device_key.public_key(), None)

