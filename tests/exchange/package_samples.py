"""Packages for the tests: real ones from the writer, and forged ones signed with a real key.

A forged package is what someone holding a device's key (or a faulty writer) could make:
any members, any manifest, with a valid signature and seal. The reader must still refuse
what the format does not allow.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import uuid
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ati_desktop.exchange import package_json
from ati_desktop.exchange.keys import raw_public
from ati_desktop.exchange.package_format import MANIFEST_CONTEXT, SEAL_CONTEXT
from ati_desktop.exchange.package_seal import PLACEHOLDER, TAG_BYTES
from ati_desktop.exchange.package_write import PackageHeader, write_package

DEVICE_ID = "5f0c6a52-3b8e-4d5e-9a51-1f2d3c4b5a69"
PARTICIPANT_NAME = "Rosalba Quintero Manrique"
CEDULA = "1075234987"
SIGNATURE_PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4 + b"firma-de-rosalba"


def header(**changes) -> PackageHeader:
    values = dict(device_id=DEVICE_ID, device_label="Portátil de campo", assistant_id="a-1",
                  assistant_name="Ana Lucía Perdomo", sequence=1, full=True, deidentified=False,
                  log_range=(1, 3), schema_version="0003", app_version="0.1.0")
    values.update(changes)
    return PackageHeader(**values)


def revision(record_id: str | None = None, body: dict | None = None, **changes) -> dict:
    value = {"id": str(uuid.uuid4()), "record_id": record_id or str(uuid.uuid4()), "number": 1,
             "device_id": DEVICE_ID, "made_at": "2026-11-30T15:04:05+00:00", "deleted": False,
             "parents": [], "body": body if body is not None else {"name": "x"}}
    value.update(changes)
    return value


def sample_revisions() -> dict[str, list[dict]]:
    participant = revision(body={"full_name": PARTICIPANT_NAME, "id_document": CEDULA, "role": "docente"})
    session = revision(body={"technique": "reunion", "session_date": "2026-11-30", "answers": {"a": [1, 2.5]}})
    attendance = revision(body={"session_id": session["record_id"], "participant_id": participant["record_id"],
                                "signature_sha256": hashlib.sha256(SIGNATURE_PNG).hexdigest()})
    return {"participant": [participant], "session": [session], "attendance": [attendance]}


def sample_blobs() -> list[tuple[str, bytes]]:
    return [(hashlib.sha256(SIGNATURE_PNG).hexdigest(), SIGNATURE_PNG)]


def write_sample(path: Path, key: Ed25519PrivateKey, revisions: dict | None = None, **options):
    return write_package(path, header(), revisions or sample_revisions(), sample_blobs(), signing_key=key, **options)


def sealed(members: list[tuple[str | zipfile.ZipInfo, bytes]], key: Ed25519PrivateKey) -> bytes:
    """A ZIP of ``members`` with a valid seal by ``key``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.comment = PLACEHOLDER
        for name, data in members:
            archive.writestr(name, data)
    data = buffer.getvalue()
    digest = hashlib.sha256(data[:-TAG_BYTES]).digest()
    return data[:-TAG_BYTES] + key.sign(SEAL_CONTEXT + digest)


def forged(key: Ed25519PrivateKey, members: dict[str, bytes], manifest_changes: dict | None = None,
           member_entries: dict | None = None, raw_manifest: bytes | None = None) -> bytes:
    """A signed, sealed package of ``members`` whose manifest lists them (then ``manifest_changes``)."""
    listed = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in members.items()}
    listed.update(member_entries or {})
    counts = {name[len("revisions/"):-len(".jsonl")]: data.count(b"\n")
              for name, data in members.items() if name.startswith("revisions/")}
    manifest = {
        "format": "ati-paquete", "format_version": 1, "app_version": "0.1.0", "schema_version": "0003",
        "device": {"id": DEVICE_ID, "label": "Portátil",
                   "public_key": base64.b64encode(raw_public(key.public_key())).decode()},
        "assistant": None, "created_at": "2026-12-01T09:00:00+00:00", "sequence": 1, "full": True,
        "deidentified": False, "log_range": None, "counts": counts,
        "blobs": sum(1 for name in members if name.startswith("blobs/")), "members": listed,
    }
    manifest.update(manifest_changes or {})
    data = raw_manifest if raw_manifest is not None else _canonical_if_possible(manifest).encode()
    entries = list(members.items()) + [("manifest.json", data), ("manifest.sig", key.sign(MANIFEST_CONTEXT + data))]
    return sealed(entries, key)


def _canonical_if_possible(value) -> str:
    try:
        return package_json.dumps(value)
    except ValueError:  # NaN or infinity: written as Python's json writes them
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def jsonl(*lines: dict | str) -> bytes:
    return b"".join((line if isinstance(line, str) else _canonical_if_possible(line)).encode() + b"\n" for line in lines)


def snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folders`` with its size and modification time."""
    found = {}
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            for name in dirs + files:
                path = Path(root, name)
                stat = path.lstat()
                found[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return found
