"""Exporting the revision log: incremental or whole, closed under references, never changing a record."""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from datetime import datetime, UTC

import pytest

from ati_desktop.exchange.keys import device_key, raw_public
from ati_desktop.exchange.package import open_package
from ati_desktop.exchange.package_export import ExportCancelled, NothingToExport, export_package, export_status
from ati_desktop.services import editing
from ati_desktop.services.inputs import AttendanceInput, EvidenceInput, ParticipantInput
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.revlog import RECORD_TYPES

CEDULA = "1075234987"
NAME = "Rosalba Quintero Manrique"
SIGNATURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3 + b"rosalba-firma"
PHOTO = b"\xff\xd8\xff\xe0" + bytes(reversed(range(256))) * 8 + b"foto-del-taller"


@pytest.fixture
def field_session(db, make_session):
    data = make_session(
        attendance=[AttendanceInput(ParticipantInput(NAME, "Docente", CEDULA, "rosalba@example.org", "3101234567"),
                                    signature_png=SIGNATURE, signed_at=datetime(2026, 11, 3, 15, tzinfo=UTC))],
        evidence=[EvidenceInput("taller.jpg", "image/jpeg", PHOTO, kind="foto")])
    return save_session(db, data)


def _trusted(db):
    return {db.device_id: raw_public(device_key(db.device_id).public_key())}


def _references_resolve(package) -> None:
    """Every record a carried revision points to is carried too (at some revision)."""
    held = {(kind, revision.record_id) for kind, revisions in package.revisions.items() for revision in revisions}
    blobs = set(package.blob_digests())
    by_table = {kind.table.name: name for name, kind in RECORD_TYPES.items()}
    for kind, revisions in package.revisions.items():
        table = RECORD_TYPES[kind].table
        for revision in revisions:
            for column in table.columns:
                for foreign_key in column.foreign_keys:
                    value = revision.body.get(column.name)
                    target = foreign_key.column.table.name
                    if not value or column.name not in RECORD_TYPES[kind].columns:
                        continue
                    if target == "blob":
                        assert value in blobs, (kind, column.name)
                    elif target in by_table:
                        assert (by_table[target], value) in held, (kind, column.name, value)


def test_first_export_carries_everything_closed_under_references(db, field_session, tmp_path):
    result = export_package(db, tmp_path / "campo.ati")
    assert result.sequence == 1 and result.sessions == 1 and result.blobs == 2
    with open_package(result.path, trusted_keys=_trusted(db)) as package:
        assert package.signer_known and package.manifest.full and package.manifest.sequence == 1
        assert {"session", "attendance", "participant", "school", "commitment", "evidence"} <= set(package.revisions)
        participant = package.revisions["participant"][0].body
        assert participant["full_name"] == NAME and participant["id_document"] == CEDULA
        assert package.blob(hashlib.sha256(SIGNATURE).hexdigest()) == SIGNATURE
        _references_resolve(package)


def test_next_export_carries_only_the_changes_and_what_they_point_to(db, field_session, make_session, tmp_path):
    export_package(db, tmp_path / "1.ati")
    with pytest.raises(NothingToExport, match="No hay cambios"):
        export_package(db, tmp_path / "vacio.ati")
    assert not (tmp_path / "vacio.ati").exists()
    payload = editing.open_session(db, field_session.id)
    payload["conclusions"] = "Se acordó revisar el SIEE en la próxima visita."
    editing.save(db, payload, None)
    status = export_status(db)
    assert status.last_sequence == 1 and status.waiting >= 1
    result = export_package(db, tmp_path / "2.ati")
    with open_package(result.path) as package:
        assert package.manifest.sequence == 2 and not package.manifest.full
        sessions = package.revisions["session"]
        assert len(sessions) == 1 and sessions[0].number == 2 and sessions[0].parents
        assert sessions[0].body["conclusions"].startswith("Se acordó revisar")
        # The school the session points to travels at the revision this device holds.
        assert [r.record_id for r in package.revisions["school"]] == [payload["school_id"]]
        _references_resolve(package)
    assert export_status(db).waiting == 0


def test_all_carries_the_whole_log_again(db, field_session, tmp_path):
    first = export_package(db, tmp_path / "1.ati")
    again = export_package(db, tmp_path / "todo.ati", full=True)
    assert again.sequence == 2
    with open_package(first.path) as one, open_package(again.path) as two:
        assert {k: sorted(r.id for r in v) for k, v in one.revisions.items()} == \
               {k: sorted(r.id for r in v) for k, v in two.revisions.items()}


def _dump(path) -> dict[str, list]:
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('package_log', 'setting')")]
        return {table: sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"'))) for table in tables}
    finally:
        connection.close()


def test_exporting_never_changes_a_record(db, field_session, tmp_path):
    db.checkpoint("TRUNCATE")
    before = _dump(db.path)
    export_package(db, tmp_path / "campo.ati", full=True)
    db.checkpoint("TRUNCATE")
    assert _dump(db.path) == before


def test_cancel_writes_nothing_and_records_no_delivery(db, field_session, tmp_path):
    with pytest.raises(ExportCancelled):
        export_package(db, tmp_path / "x.ati", cancelled=lambda: True)
    assert list(tmp_path.glob("*.ati*")) == [] and list(tmp_path.glob(".*")) == []
    assert export_status(db).last_sequence is None


def test_a_cancel_asked_on_the_first_progress_report_writes_nothing(db, make_session, tmp_path):
    save_session(db, make_session())  # no photo nor signature: nothing counted after the revisions
    asked = []
    stick = tmp_path / "USB"
    stick.mkdir()
    with pytest.raises(ExportCancelled):
        export_package(db, stick / "x.ati", full=True, progress=lambda done, total: asked.append(done),
                       cancelled=lambda: bool(asked))
    assert len(asked) == 1 and list(stick.iterdir()) == []
    assert export_status(db).last_sequence is None


def test_an_empty_log_has_nothing_to_export(db, tmp_path):
    with pytest.raises(NothingToExport, match="aún no ha registrado"):
        export_package(db, tmp_path / "x.ati")
    assert list(tmp_path.glob("*.ati*")) == []


def test_progress_reaches_the_total(db, field_session, tmp_path):
    seen = []
    export_package(db, tmp_path / "x.ati", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]


def _inflated(data: bytes) -> bytes:
    found = []
    for start in range(len(data)):
        for wbits in (-15, 15, 31):
            try:
                output = zlib.decompressobj(wbits).decompress(data[start:start + (1 << 20)], 1 << 22)
            except zlib.error:
                continue
            if len(output) > 16:
                found.append(output)
    return b"".join(found)


def test_an_encrypted_export_holds_no_name_cedula_or_signature(db, field_session, tmp_path, secretariat):
    plain = export_package(db, tmp_path / "plano.ati", full=True).path.read_bytes()
    encrypted = export_package(db, tmp_path / "cifrado.ati", full=True,
                               encrypt_to=secretariat.public_key()).path.read_bytes()
    secrets = [NAME.encode(), CEDULA.encode(), SIGNATURE[-64:], PHOTO[-64:]]
    assert all(secret in plain + _inflated(plain) for secret in secrets)  # the search finds them when there
    streams = _inflated(encrypted)
    for secret in secrets:
        assert secret not in encrypted and secret not in streams
    with open_package(tmp_path / "cifrado.ati", secretariat_key=secretariat) as package:
        assert package.revisions["participant"][0].body["id_document"] == CEDULA


def test_deidentified_export_keeps_no_personal_data_and_stable_pseudonyms(db, field_session, tmp_path):
    first = export_package(db, tmp_path / "a.ati", full=True, deidentify=True)
    second = export_package(db, tmp_path / "b.ati", full=True, deidentify=True)
    raw = first.path.read_bytes()
    for secret in (NAME.encode(), CEDULA.encode(), b"rosalba@example.org", b"3101234567", SIGNATURE[-64:], PHOTO[-64:]):
        assert secret not in raw + _inflated(raw)
    with open_package(first.path) as one, open_package(second.path) as two:
        assert one.manifest.deidentified and one.manifest.blobs == 0
        assert "evidence" not in one.revisions and "acta" not in one.revisions
        names = [r.body["full_name"] for r in one.revisions["participant"]]
        assert names == [r.body["full_name"] for r in two.revisions["participant"]]
        assert names[0].startswith("Participante ") and one.revisions["participant"][0].body["id_document"] is None
        assert all(r.body["signature_sha256"] is None for r in one.revisions["attendance"])
        assert one.revisions["commitment"][0].body["responsible"].startswith("Persona ")
    # Shared outside, not delivered: the next regular package still carries everything.
    assert export_status(db).last_sequence is None


def test_a_package_exported_before_a_catalogue_change_still_inspects(db, field_session, tmp_path, school):
    from ati_desktop.services.schools import add_school_in_field

    result = export_package(db, tmp_path / "antes.ati")
    add_school_in_field(db, "Institución Educativa Nueva Esperanza", "41298", "241298000999")
    with open_package(result.path) as package:
        assert [r.body["name"] for r in package.revisions["school"]] == ["Institución Educativa Simón Bolívar"]
