"""Archiving old local data: only what the secretariat confirmed, only photos and signatures, nothing lost."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest
from archive_steps import PHOTO, SIGNATURE, TODAY, confirm, counts, held, old_session
from devices import meeting, new_device
from field_exchange_steps import Secretariat, export, receive

from sqlalchemy import select

from ati_desktop.exchange.record import merge_files
from ati_desktop.services import archive, packages
from ati_desktop.services.inputs import EvidenceInput
from ati_desktop.services.personal_data.erase import erase_person
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.blobs import ArchivedBlobError, get_blob, put_blobs
from ati_desktop.storage.models import Participant, Revision

def test_nothing_is_archived_without_a_receipt(ana):
    old_session(ana, commitments=[])
    work = archive.plan(ana, today=TODAY)
    assert not work.has_receipt and work.blobs == {}
    with pytest.raises(archive.ArchiveError, match="acuse"):
        archive.run(ana, today=TODAY)


def test_only_confirmed_old_closed_sessions_without_open_commitments_are_archived(ana, record, tmp_path):
    old = old_session(ana, commitments=[])
    recent = old_session(ana, day=date(2026, 10, 1), photo=b"recent" * 100, commitments=[])
    still_open = old_session(ana, photo=b"open" * 100, close=False, commitments=[])
    with_commitment = old_session(ana, photo=b"commitment" * 100)  # its commitment is still open
    confirm(ana, record, tmp_path)
    undelivered = old_session(ana, photo=b"undelivered" * 100, commitments=[])  # after the receipt

    work = archive.plan(ana, today=TODAY)

    assert work.cutoff == date(2025, 12, 1)
    assert [s.id for s in work.sessions] == [old.id]
    assert set(work.blobs) == {hashlib.sha256(PHOTO).hexdigest()}  # the signature is shared with the others
    assert work.size == len(PHOTO)
    assert {recent.id, still_open.id, with_commitment.id, undelivered.id}.isdisjoint(s.id for s in work.sessions)


def test_the_archive_holds_what_moved_and_the_working_database_keeps_every_record(ana, record, tmp_path):
    session = old_session(ana, commitments=[])
    confirm(ana, record, tmp_path)
    before = counts(ana)
    digest = hashlib.sha256(PHOTO).hexdigest()
    ana.checkpoint("TRUNCATE")
    size = ana.path.stat().st_size

    result = archive.run(ana, target=tmp_path / "archivo.sqlite", today=TODAY)

    assert (result.sessions, result.blobs, result.freed) == (1, 2, len(PHOTO) + len(SIGNATURE))
    assert result.compacted and ana.path.stat().st_size < size - len(PHOTO) // 2
    assert counts(ana) == before  # no revision written, no row removed
    assert held(ana, digest) == 0
    assert archive.verify_archive(result.path, ana.device_id) == {
        digest: len(PHOTO), hashlib.sha256(SIGNATURE).hexdigest(): len(SIGNATURE)}
    with sqlite3.connect(result.path) as copy:
        assert copy.execute("SELECT count(*) FROM revision WHERE record_id = ?", (session.id,)).fetchone()[0] == 1
    with ana.read() as tx, pytest.raises(ArchivedBlobError):
        get_blob(tx, digest)
    assert archive.plan(ana, today=TODAY).blobs == {}  # archived once


def test_a_damaged_archive_frees_nothing(ana, record, tmp_path):
    old_session(ana, commitments=[])
    confirm(ana, record, tmp_path)
    work = archive.plan(ana, today=TODAY)
    path = archive.write_archive(ana, work, tmp_path / "archivo.sqlite")
    with sqlite3.connect(path) as copy:
        copy.execute("UPDATE blob SET data = substr(data, 2)")
    with pytest.raises(archive.ArchiveError, match="dañado"):
        archive.free(ana, path, work)
    assert all(held(ana, sha) == size for sha, size in work.blobs.items())


def test_a_crash_while_freeing_loses_nothing(ana, record, tmp_path, monkeypatch):
    old_session(ana, commitments=[])
    confirm(ana, record, tmp_path)
    work = archive.plan(ana, today=TODAY)
    path = archive.write_archive(ana, work, tmp_path / "archivo.sqlite")

    def crash(*_args):
        raise KeyboardInterrupt  # the process dies after the bytes were emptied, before the commit

    monkeypatch.setattr(archive, "_note_archive", crash)
    with pytest.raises(KeyboardInterrupt):
        archive.free(ana, path, work)
    monkeypatch.undo()
    assert all(held(ana, sha) == size for sha, size in work.blobs.items())
    assert archive.archives(ana) == []
    assert archive.free(ana, path, work) == work.size  # and the archive written before still serves


def test_restoring_puts_the_bytes_back_and_attaching_again_too(ana, record, tmp_path):
    old_session(ana, commitments=[])
    confirm(ana, record, tmp_path)
    result = archive.run(ana, target=tmp_path / "archivo.sqlite", today=TODAY)
    signature = hashlib.sha256(SIGNATURE).hexdigest()
    with ana.write() as tx:
        put_blobs(tx, [SIGNATURE])
    assert held(ana, signature) == len(SIGNATURE)

    assert archive.restore(ana, result.path) == 1  # the photo; the signature was back already
    assert held(ana, hashlib.sha256(PHOTO).hexdigest()) == len(PHOTO)
    assert archive.archives(ana) == []


def test_exports_merges_and_field_imports_go_on_after_archiving(ana, record, tmp_path):
    old_session(ana, commitments=[])
    confirm(ana, record, tmp_path)
    result = archive.run(ana, target=tmp_path / "archivo.sqlite", today=TODAY)
    office = Secretariat(record, tmp_path / "secretaria")

    new = meeting(ana, session_date=date(2026, 11, 20), commitments=[])
    save_session(ana, new, close=True)
    delivered = packages.export_to_file(ana, tmp_path / "entrega-2.ati")
    assert delivered.blobs == 0 and delivered.sessions == 1
    [merged] = merge_files(record, [delivered.path])
    assert merged.error is None and merged.report.conflicting == 0
    revisions, _ = counts(ana)
    receive(ana, office.field_package())
    assert held(ana, hashlib.sha256(PHOTO).hexdigest()) == 0  # a field package does not refill it
    assert counts(ana)[0] >= revisions
    assert archive.plan(ana, today=TODAY).blobs == {}

    again = meeting(ana, session_date=date(2026, 11, 24), commitments=[],
                    evidence=[EvidenceInput("otra-vez.jpg", "image/jpeg", PHOTO, "foto")])
    save_session(ana, again, close=True)  # the same photo attached again: its bytes are back, and travel
    assert held(ana, hashlib.sha256(PHOTO).hexdigest()) == len(PHOTO)
    assert packages.export_to_file(ana, tmp_path / "entrega-3.ati").blobs == 1

    with pytest.raises(archive.ArchiveError, match="Restaure"):
        packages.export_to_file(ana, tmp_path / "todo.ati", full=True)  # the signature is still archived
    archive.restore(ana, result.path)
    assert packages.export_to_file(ana, tmp_path / "todo.ati", full=True).blobs == 2


def test_the_acta_prints_from_the_archive_or_says_where_its_images_are_and_still_verifies(ana, record, tmp_path):
    import subprocess

    from ati_desktop.services.actas import render_session, verify_pdf
    from ati_desktop.services.published_forms import registry_for

    session = old_session(ana, commitments=[])
    confirm(ana, record, tmp_path)
    forms = registry_for(ana)
    printed = render_session(ana, forms, session.id)
    result = archive.run(ana, target=tmp_path / "archivo-2025.sqlite", today=TODAY)

    # The archive file at hand: the acta prints from it, exactly as before, and verifies in full.
    assert render_session(ana, forms, session.id) == printed
    assert verify_pdf(ana, forms, printed).template.startswith("El acta coincide con el registro")

    result.path.rename(tmp_path / "en-la-memoria-usb.sqlite")  # the file is elsewhere now
    pdf = render_session(ana, forms, session.id)
    (tmp_path / "acta.pdf").write_bytes(pdf)
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "acta.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Firma guardada en el archivo «archivo-2025.sqlite»" in text
    assert "(guardado en el archivo «archivo-2025.sqlite»)" in text
    for acta in (printed, pdf):  # printed before archiving, or after
        verdict = verify_pdf(ana, forms, acta)
        assert verdict.matches and "archivo-2025.sqlite" in verdict.message


def test_a_correction_of_an_archived_session_is_refused_until_its_file_is_restored(ana, record, tmp_path):
    from ati_desktop.services import editing

    session = old_session(ana, commitments=[])
    confirm(ana, record, tmp_path)
    result = archive.run(ana, target=tmp_path / "archivo.sqlite", today=TODAY)
    payload = editing.open_session(ana, session.id)
    payload["new_correction_reason"] = "La fecha estaba mal"
    before = counts(ana)

    with pytest.raises(ArchivedBlobError, match="ati archive restore"):
        editing.save(ana, payload, None)  # its photo would be saved empty: nothing is written
    assert counts(ana) == before

    archive.restore(ana, result.path)
    editing.save(ana, payload, None)
    assert counts(ana)[0] > before[0]
    assert held(ana, hashlib.sha256(PHOTO).hexdigest()) == len(PHOTO)


def test_sessions_of_another_assistant_that_came_from_the_secretariat_stay(ana, record, tmp_path):
    office = Secretariat(record, tmp_path / "secretaria")
    mine = old_session(ana, commitments=[])
    beto = new_device(tmp_path, "beto")
    try:
        old_session(beto, photo=b"beto's photo" * 100, commitments=[])
        office.merge(export(beto, tmp_path, "beto-1"), export(ana, tmp_path, "ana-1"))
    finally:
        beto.close()
    receive(ana, office.field_package())  # brings Beto's session, and the receipt of Ana's package

    work = archive.plan(ana, today=TODAY)

    assert work.confirmed == [1]
    assert [s.id for s in work.sessions] == [mine.id]
    assert set(work.blobs) == {hashlib.sha256(PHOTO).hexdigest()}  # the signature is also in Beto's session


def _archived_person(ana, record, tmp_path):
    """Ana's old session archived: its attendee's id, the archive file, and the file's raw bytes."""
    old_session(ana, commitments=[])
    confirm(ana, record, tmp_path)
    result = archive.run(ana, target=tmp_path / "archivo.sqlite", today=TODAY)
    with ana.read() as tx:
        [person] = tx.scalars(select(Participant.id).where(Participant.full_name == "María Fernanda Perdomo"))
    assert SIGNATURE in result.path.read_bytes()
    return person, result.path


def test_an_erasure_takes_the_person_out_of_the_archive_files_too(ana, record, tmp_path):
    person, path = _archived_person(ana, record, tmp_path)

    erased = erase_person(ana, person, "SUP-2026-004", today=TODAY)

    assert erased.archives_away == ()
    assert SIGNATURE not in path.read_bytes()
    assert hashlib.sha256(SIGNATURE).hexdigest() not in archive.verify_archive(path, ana.device_id)
    assert hashlib.sha256(PHOTO).hexdigest() in archive.verify_archive(path, ana.device_id)  # the photo stays
    with sqlite3.connect(path) as copy, ana.read() as tx:
        archived = dict(copy.execute("SELECT id, body FROM revision"))
        redacted = tx.execute(select(Revision.id, Revision.body).where(Revision.id.in_(archived)))
        assert archived == {row.id: row.body for row in redacted}  # the log's redacted bodies


def test_an_archive_away_when_an_erasure_came_is_redacted_when_it_is_restored(ana, record, tmp_path):
    person, path = _archived_person(ana, record, tmp_path)
    away = path.rename(tmp_path / "en-la-memoria.sqlite")

    erased = erase_person(ana, person, "SUP-2026-005", today=TODAY)

    assert erased.archives_away == (str(path.resolve()),)
    assert SIGNATURE in away.read_bytes()  # not reachable: said, not done
    assert archive.restore(ana, away) == 1  # the photo comes back; the erased signature does not
    assert SIGNATURE not in away.read_bytes()
    assert held(ana, hashlib.sha256(PHOTO).hexdigest()) == len(PHOTO)
