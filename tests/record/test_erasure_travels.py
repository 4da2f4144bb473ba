"""An erasure travels both ways: two laptops and the departmental record keep nothing of the person.

Gloria attends sessions recorded on two assistants' laptops (her cédula typed on both, a
signature and a photo); both laptops' logs reach the departmental record, where she is found
with every occurrence and erased at her request. The record's log then goes back to each
laptop, and a package that laptop B wrote before the erasure is merged into the record after
it. The record goes back to the laptops as field packages, as in real use. In the end none of
her name, cédula, contact data, signature or photo bytes is left in any of the three database
files (searched raw, with their logs, after the compaction), nor in a package written
afterwards (field or export), and everything else is what it was.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from devices import last_seq, meeting, new_device, write_device_package
from field_exchange_steps import Secretariat, export, receive
from record_dump import canonical_dump
from sqlalchemy import text

from ati_desktop.exchange.record import merge_files
from ati_desktop.services.inputs import AttendanceInput, EvidenceInput, ParticipantInput
from ati_desktop.services.personal_data.erase import erase_person
from ati_desktop.services.personal_data.find import find
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database

from person_samples import PHOTO, SIGNATURE

NAME = "Gloria Inés Cuéllar Peña"
CEDULA = "1.075.234.567"
NEEDLES = [NAME.encode(), b"1075234567", CEDULA.encode(), b"gloria@example.org", b"3101234567", SIGNATURE, PHOTO,
           b"Cu\xc3\xa9llar"]


def raw(database: Database) -> bytes:
    path = Path(database.path)
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def gloria(signed: bool = True) -> AttendanceInput:
    return AttendanceInput(ParticipantInput(NAME, "Docente", CEDULA, "gloria@example.org", "3101234567"),
                           signature_png=SIGNATURE if signed else None)


def others(database: Database) -> list:
    """Every current row that is not about Gloria (school, Jorge, sessions' non-personal columns)."""
    with database.engine.connect() as c:
        return [tuple(r) for r in c.execute(text(
            "SELECT 'p', id, full_name, id_document FROM participant WHERE full_name = 'Jorge Cabrera' "
            "UNION ALL SELECT 's', id, session_date, technique FROM session "
            "UNION ALL SELECT 'r', id, record_type, number FROM revision WHERE record_type NOT IN "
            "('erasure', 'data_request') ORDER BY 1, 2"))]


def _shared(database: Database) -> dict:
    """What laptop and record must agree on; the register of requests stays at the secretariat."""
    dump = {k: v for k, v in json.loads(canonical_dump(database)).items()
            if k not in ("received", "blobs", "data_request")}
    dump["revisions"] = [r for r in dump["revisions"] if r["record_type"] != "data_request"]
    return dump


@pytest.fixture
def three(tmp_path):
    a, b = new_device(tmp_path, "laptop-a"), new_device(tmp_path, "laptop-b")
    record = Database.open(tmp_path / "registro-departamental.sqlite")
    yield a, b, record
    for database in (a, b, record):
        database.close()


def test_an_erasure_travels_both_ways_and_leaves_nothing_anywhere(three, tmp_path):
    a, b, record = three
    jorge = AttendanceInput(ParticipantInput("Jorge Cabrera", "Coordinador", "12345678"))
    save_session(a, meeting(a, attendance=[gloria(), jorge], evidence=[EvidenceInput(
        "taller.jpg", "image/jpeg", PHOTO, kind="foto", caption=f"{NAME} presenta el PMI")]))
    save_session(b, meeting(b, session_date=date(2026, 11, 10), attendance=[gloria()],
                            conclusions=f"La docente {NAME} compartirá su experiencia."))
    secretariat = Secretariat(record, tmp_path / "secretaria")
    secretariat.merge(export(a, tmp_path, "laptop-a-1"), export(b, tmp_path, "laptop-b-1"))

    # Found on the record with every occurrence, from both laptops (one person, two records).
    [found] = [p for p in find(record, "1075234567") if p.exact]
    held = found.holdings
    assert len(held.records) == 2 and len(held.appearances) == 2 and len(held.signatures) == 1
    assert [e.file_name for e in held.evidence] == ["taller.jpg"] and len(held.mentions) == 1

    # Laptop B records her again and writes a package, before it hears of any erasure.
    mark = last_seq(b)
    save_session(b, meeting(b, session_date=date(2026, 11, 20), attendance=[gloria()],
                            objective=f"Acompañar a {NAME} en la evaluación formativa"))
    late = export(b, tmp_path, "laptop-b-2")
    assert last_seq(b) > mark
    before = {name: others(db) for name, db in (("a", a), ("b", b), ("record", record))}

    erase_person(record, held.ids[0], "SUP-2026-001", today=date(2026, 12, 1))
    for laptop in (a, b):  # the record goes back to each laptop in a field package
        assert receive(laptop, secretariat.field_package()).report.redacted > 0
    [merged] = merge_files(record, [late])  # the package written before the erasure arrives after it
    assert merged.error is None and merged.report.redacted > 0

    for name, database in (("a", a), ("b", b), ("record", record)):
        kept = raw(database)
        for needle in NEEDLES:
            assert needle not in kept, (name, needle[:30])
        assert set(before[name]) <= set(others(database)), name  # everything else is still there
    # Once each has the other's log, laptop A and the record hold the same redacted history
    # and the same rows: the erasure did not break the exactness of merging.
    receive(a, secretariat.field_package())
    secretariat.merge(export(a, tmp_path, "laptop-a-2", full=True))
    same = _shared(a)
    assert same == _shared(record)
    assert "[dato suprimido]" in json.dumps(same, ensure_ascii=False)

    # Packages written now carry nothing of her either.
    fresh = [secretariat.field_package(), export(b, tmp_path, "laptop-b-3", full=True),
             write_device_package(record, tmp_path / "registro-1.ati", Ed25519PrivateKey.generate()).path]
    for path in fresh:
        with zipfile.ZipFile(path) as archive:
            content = b"".join(archive.read(name) for name in archive.namelist())
        for needle in NEEDLES:
            assert needle not in content, path.name
    assert not [p for p in find(record, "gloria cuellar") if p.exact]
