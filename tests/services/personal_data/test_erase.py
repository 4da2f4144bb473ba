"""Erasing a person: nothing of them left in the file or its log; everything else intact."""

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from ati_desktop.formspec import load_registry
from ati_desktop.services import actas
from ati_desktop.services.personal_data.erase import erase_person
from ati_desktop.services.personal_data.find import find_people, holdings
from ati_desktop.services.personal_data.register import list_requests
from ati_desktop.services.sessions import close_session
from ati_desktop.storage.redaction import REDACTED

from person_samples import CEDULA, NAME, OTHER_PHOTO, PHOTO, SIGNATURE

NEEDLES = [NAME.encode(), "GLORIA INES CUELLAR PEÑA".encode(), b"1075234567", CEDULA.encode(),
           b"gloria@example.org", b"3101234567", SIGNATURE, PHOTO]


def raw_bytes(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def dump(db, query: str) -> list:
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(query))]


@pytest.fixture
def erased(db, seeded):
    forms = load_registry()
    close_session(db, seeded.first_session, forms)
    acta = actas.render_session(db, forms, seeded.first_session)
    before = {
        "revisions": dump(db, "SELECT seq, id, record_type, record_id, number, device_id, deleted "
                              "FROM revision ORDER BY seq"),
        "parents": dump(db, "SELECT revision_id, parent_id FROM revision_parent ORDER BY 1, 2"),
        "jorge": dump(db, "SELECT * FROM participant WHERE full_name = 'Jorge Cabrera'"),
        "sessions": dump(db, "SELECT id, revision, revision_id, session_date, municipality_code, school_id, "
                             "technique, status FROM session ORDER BY id"),
        "counts": {t: dump(db, f"SELECT count(*) FROM {t}") for t in
                   ("session", "attendance", "commitment", "evidence", "participant", "acta_record")},
    }
    held = raw_bytes(db.path)
    assert all(needle in held for needle in (NAME.encode(), b"1075234567", SIGNATURE, PHOTO))
    result = erase_person(db, seeded.participant_id, "SUP-2026-001", handled_by="Ana Rojas",
                          today=date(2026, 12, 1))
    return result, before, acta, forms


def test_nothing_of_the_person_remains_in_the_database_file_or_its_log(db, seeded, erased):
    raw = raw_bytes(db.path)
    for needle in NEEDLES:
        assert needle not in raw, needle[:40]
    assert OTHER_PHOTO in raw  # evidence that does not show her stays
    assert not find_people(db, "gloria cuellar") and not find_people(db, "1075234567")


def test_ids_graph_counts_and_every_other_record_are_unchanged(db, seeded, erased):
    result, before, _acta, _forms = erased
    after_revisions = dump(db, "SELECT seq, id, record_type, record_id, number, device_id, deleted "
                               "FROM revision ORDER BY seq")
    # The erasure and its request (and the request's answer) are the only new revisions.
    new = [r for r in after_revisions if r not in before["revisions"]]
    assert before["revisions"] == after_revisions[:len(before["revisions"])]
    assert sorted(r[2] for r in new) == ["data_request", "data_request", "erasure"]
    assert set(before["parents"]) <= set(dump(db, "SELECT revision_id, parent_id FROM revision_parent"))
    assert dump(db, "SELECT * FROM participant WHERE full_name = 'Jorge Cabrera'") == before["jorge"]
    assert dump(db, "SELECT id, revision, revision_id, session_date, municipality_code, school_id, technique, "
                    "status FROM session ORDER BY id") == before["sessions"]
    for table, count in before["counts"].items():
        assert dump(db, f"SELECT count(*) FROM {table}") == count
    assert result.revisions > 0 and result.blobs_deleted == 2


def test_what_stays_is_marked_and_the_request_is_answered(db, seeded, erased):
    held = holdings(db, seeded.participant_id)
    assert held.names == [REDACTED] and held.documents == [] and held.signatures == []
    assert len(held.appearances) == 2  # the fact that she attended stays
    [request] = list_requests(db, today=date(2026, 12, 1))
    assert (request.reference, request.state, request.answered_on) == ("SUP-2026-001", "respondida",
                                                                       date(2026, 12, 1))
    conclusions = dump(db, f"SELECT conclusions FROM session WHERE id = '{seeded.other_session}'")[0][0]
    assert conclusions == f"La docente {REDACTED} compartirá su experiencia."


def test_an_acta_of_the_session_verifies_as_suppressed_never_as_modified(db, seeded, erased):
    _result, _before, acta, forms = erased
    verdict = actas.verify_pdf(db, forms, acta)
    assert verdict.message.startswith("Datos suprimidos a solicitud del titular (01/12/2026)")
    assert "modificado" not in verdict.message
    reprinted = actas.render_session(db, forms, seeded.first_session)
    assert NAME.encode() not in reprinted


def test_revisions_arriving_after_the_erasure_are_redacted_as_they_land(db, seeded, erased):
    """What a merge of a package written before the erasure does: new revisions of the person
    (here a record made on another laptop, found by the cédula alone) land, then are redacted."""
    from sqlalchemy import func, select

    from ati_desktop.domain.ids import new_id
    from ati_desktop.storage import erasure, revlog
    from ati_desktop.storage.blobs import put_blobs
    from ati_desktop.storage.models import Revision

    laptop, person, attendance = new_id(), new_id(), new_id()
    with db.write() as tx:
        first_seq = (tx.scalar(select(func.max(Revision.seq))) or 0) + 1
        put_blobs(tx, [SIGNATURE])
        revlog.write_local(tx, laptop, [
            revlog.Change("participant", person, {"full_name": "Gloria I. Cuéllar", "id_document": CEDULA,
                                                  "email": "gloria@example.org", "role": "Docente"}),
            revlog.Change("attendance", attendance, {"session_id": seeded.second_session, "participant_id": person,
                                                     "present": True, "position": "a5",
                                                     "signature_sha256": hashlib.sha256(SIGNATURE).hexdigest()})])
        applied = erasure.apply_on_arrival(tx, first_seq)
    erasure.compact(db)
    assert applied.revisions == 2 and applied.blobs_deleted == 1
    raw = raw_bytes(db.path)
    for needle in (b"1075234567", CEDULA.encode(), b"gloria@example.org", SIGNATURE, "Cuéllar".encode()):
        assert needle not in raw
    assert dump(db, f"SELECT full_name, id_document FROM participant WHERE id = '{person}'") == [(REDACTED, None)]
