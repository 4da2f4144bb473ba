"""Merging assistants' revisions into the departmental record, on SQLite and PostgreSQL."""

from datetime import date

import pytest
from devices import meeting, new_device, package
from pg import both_databases
from record_dump import canonical_dump, heads_of
from sqlalchemy import text

from ati_desktop.exchange.merge import MergeError, merge_package
from ati_desktop.services.inputs import VerificationInput
from ati_desktop.services.queries import load_session
from ati_desktop.services.sessions import delete_session, save_session

pytestmark = both_databases


def _scalar(db, sql, **params):
    with db.engine.connect() as c:
        return c.execute(text(sql), params).scalar()


@pytest.fixture
def devices(tmp_path):
    opened = [new_device(tmp_path, name) for name in ("ana", "beto")]
    yield opened
    for database in opened:
        database.close()


def test_merge_copies_sessions_with_their_children(db, devices):
    ana, _ = devices
    saved = save_session(ana, meeting(ana))
    report = merge_package(db, package(ana))
    record = load_session(db, saved.id)
    assert record["objective"] == "Revisar el avance del Plan de Mejoramiento Institucional"
    assert [a["full_name"] for a in record["attendance"]] == ["María Fernanda Perdomo"]
    assert [c["description"] for c in record["commitments"]] == ["Enviar el PMI ajustado"]
    assert record["operations"] == ["capacitacion"]
    assert record["device_id"] == ana.device_id and record["revision_id"] == saved.revision_id
    assert report.new == report.revisions_new == report.revisions > 0
    assert report.updated == report.conflicting == report.waiting == 0


def test_merging_twice_changes_nothing_the_second_time(db, devices):
    ana, _ = devices
    save_session(ana, meeting(ana))
    merge_package(db, package(ana))
    once = canonical_dump(db)
    again = merge_package(db, package(ana))
    assert canonical_dump(db) == once
    assert (again.revisions_new, again.new, again.updated, again.conflicting) == (0, 0, 0, 0)
    assert again.unchanged == again.revisions and not again.changed


def test_dry_run_reports_and_writes_nothing(db, devices):
    ana, _ = devices
    save_session(ana, meeting(ana))
    before = canonical_dump(db)
    preview = merge_package(db, package(ana), dry_run=True)
    assert canonical_dump(db) == before
    assert preview.dry_run and preview.new > 0
    assert _scalar(db, "SELECT count(*) FROM merge_log") == 0
    real = merge_package(db, package(ana))
    assert (real.new, real.updated, real.unchanged) == (preview.new, preview.updated, preview.unchanged)


def test_same_school_from_two_devices_is_one_record_without_conflict(db, devices):
    for device in devices:
        save_session(device, meeting(device))
        merge_package(db, package(device))
    assert _scalar(db, "SELECT count(*) FROM school") == 1
    assert _scalar(db, "SELECT count(*) FROM session") == 2
    assert _scalar(db, "SELECT count(*) FROM record_conflict") == 0


def test_same_person_from_two_devices_is_linked_as_one(db, devices):
    for device in devices:
        save_session(device, meeting(device))
        merge_package(db, package(device))
    ids = sorted(r[0] for r in db.engine.connect().execute(text("SELECT id FROM participant")))
    assert len(ids) == 2
    with db.engine.connect() as c:
        links = c.execute(text("SELECT record_type, record_id, same_as_id FROM same_as")).all()
    assert links == [("participant", ids[1], ids[0])]


def _shared_session(db, devices):
    """A session made on ana, received by beto (through a merge of ana's package)."""
    ana, beto = devices
    data = meeting(ana)
    save_session(ana, data)
    merge_package(beto, package(ana))
    merge_package(db, package(ana))
    return data


def test_edits_from_the_same_revision_on_two_devices_are_a_conflict_with_a_stable_winner(db, devices, tmp_path):
    ana, beto = devices
    data = _shared_session(db, devices)
    data.objective = "Objetivo de Ana"
    save_session(ana, data)
    data.objective = "Objetivo de Beto"
    save_session(beto, data)
    first = merge_package(db, package(ana))
    second = merge_package(db, package(beto))
    assert first.updated >= 1 and second.conflicting == 1
    assert _scalar(db, "SELECT count(*) FROM record_conflict WHERE record_type = 'session'") == 1
    assert len(heads_of(db, "session", data.id)) == 2
    shown = load_session(db, data.id)["objective"]
    # The other order gives the same record.
    from ati_desktop.storage.database import Database

    other = Database.open(tmp_path / "otro.sqlite")
    for device in (beto, ana, ana, beto):
        merge_package(other, package(device))
    assert load_session(other, data.id)["objective"] == shown
    assert canonical_dump(other).count('"record_type": "session"') == canonical_dump(db).count(
        '"record_type": "session"')
    other.close()


def test_deleting_on_one_device_and_editing_on_another_is_a_conflict_that_keeps_the_edit(db, devices):
    ana, beto = devices
    data = _shared_session(db, devices)
    delete_session(ana, data.id)
    data.objective = "Corregido en campo"
    save_session(beto, data)
    merge_package(db, package(ana))
    assert _scalar(db, "SELECT deleted_at IS NOT NULL FROM session WHERE id = :i", i=data.id)
    report = merge_package(db, package(beto))
    assert report.conflicting >= 1
    assert _scalar(db, "SELECT deleted_at FROM session WHERE id = :i", i=data.id) is None
    assert _scalar(db, "SELECT objective FROM session WHERE id = :i", i=data.id) == "Corregido en campo"


def test_deleting_without_a_conflicting_edit_deletes(db, devices):
    ana, _ = devices
    data = meeting(ana)
    save_session(ana, data)
    merge_package(db, package(ana))
    delete_session(ana, data.id)
    report = merge_package(db, package(ana))
    assert report.updated >= 1 and report.conflicting == 0
    assert _scalar(db, "SELECT deleted_at IS NOT NULL FROM session WHERE id = :i", i=data.id)


def test_verifications_from_two_devices_all_survive_and_the_status_follows(db, devices):
    ana, beto = devices
    data = _shared_session(db, devices)
    commitment_id = data.commitments[0].id
    for device, result, day in ((ana, "no_cumplido", date(2026, 12, 1)), (beto, "cumplido", date(2026, 12, 5))):
        save_session(device, meeting(device, session_date=day, operations=["verificacion_compartida"],
                                     commitments=[], attendance=[],
                                     verifications=[VerificationInput(commitment_id, result, "Visita")]))
    merge_package(db, package(beto))
    merge_package(db, package(ana))
    assert _scalar(db, "SELECT count(*) FROM commitment_verification WHERE commitment_id = :c",
                   c=commitment_id) == 2
    assert _scalar(db, "SELECT status FROM commitment WHERE id = :c", c=commitment_id) == "cumplido"
    assert _scalar(db, "SELECT count(*) FROM record_conflict") == 0


def test_an_incremental_package_before_the_full_one_waits_then_converges(db, devices, tmp_path):
    ana, _ = devices
    from devices import last_seq

    data = meeting(ana)
    save_session(ana, data)
    full = package(ana, sequence=1)
    mark = last_seq(ana)
    data.objective = "Segunda versión"
    save_session(ana, data)
    increment = package(ana, since_seq=mark, sequence=2)
    early = merge_package(db, increment)
    assert early.waiting >= 1
    assert _scalar(db, "SELECT count(*) FROM session") == 0
    merge_package(db, full)
    assert _scalar(db, "SELECT objective FROM session WHERE id = :i", i=data.id) == "Segunda versión"
    assert _scalar(db, "SELECT count(*) FROM record_waiting") == 0
    from ati_desktop.storage.database import Database

    in_order = Database.open(tmp_path / "en-orden.sqlite")
    merge_package(in_order, full)
    merge_package(in_order, increment)
    assert canonical_dump(in_order) == canonical_dump(db)
    in_order.close()


def test_a_package_that_rewrites_a_held_revision_is_refused_whole(db, devices):
    ana, beto = devices
    save_session(ana, meeting(ana))
    merge_package(db, package(ana))
    before = canonical_dump(db)
    forged = package(ana)
    revision = forged.revisions["session"][0]
    forged.revisions["session"][0] = type(revision)(**{**revision.__dict__, "number": 7})
    save_session(beto, meeting(beto))
    forged.revisions.setdefault("school", []).extend(package(beto).revisions["school"])
    with pytest.raises(MergeError):
        merge_package(db, forged)
    assert canonical_dump(db) == before
