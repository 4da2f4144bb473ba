"""Two-way exchange: packages from the secretariat to the field, merged by the same engine."""

from datetime import date

import pytest
from devices import meeting, new_device
from field_exchange_steps import Secretariat, export, receive, verify
from pg import both_databases
from record_dump import canonical_dump
from sqlalchemy import text

from ati_desktop.exchange import keys
from ati_desktop.exchange.field_package import FieldScope, write_field_package
from ati_desktop.exchange.package_errors import PackageError
from ati_desktop.services.commitments import history, pending_commitments
from ati_desktop.services.field_exchange import import_field_package, preview_field_package
from ati_desktop.services.sessions import save_session

pytestmark = both_databases


def _one(db, sql, **params):
    with db.engine.connect() as c:
        return c.execute(text(sql), params).one()


@pytest.fixture
def field(tmp_path):
    opened = [new_device(tmp_path, name) for name in ("ana", "beto")]
    yield opened
    for database in opened:
        database.close()


def test_b_verifies_a_commitments_through_the_secretariat_with_provenance_of_both(db, field, tmp_path):
    ana, beto = field
    secretariat = Secretariat(db, tmp_path / "secretaria")
    origin = meeting(ana)
    save_session(ana, origin)
    commitment_id = origin.commitments[0].id
    secretariat.merge(export(ana, tmp_path, "ana-1"))

    to_beto = secretariat.field_package()
    imported = receive(beto, to_beto)
    assert imported.report.new > 0 and imported.report.conflicting == 0
    school = _one(beto, "SELECT school_id FROM session WHERE id = :i", i=origin.id)[0]
    assert [p.id for p in pending_commitments(beto, school, today=date(2026, 12, 1))] == [commitment_id]

    verification_id = verify(beto, commitment_id)
    secretariat.merge(export(beto, tmp_path, "beto-1"))

    status, made_on = _one(db, "SELECT status, device_id FROM commitment WHERE id = :i", i=commitment_id)
    assert status == "cumplido" and made_on == ana.device_id
    [entry] = history(db, commitment_id)
    assert entry.id == verification_id and entry.device_id == beto.device_id and entry.result == "cumplido"
    # Provenance: the commitment came in Ana's package, its verification in Beto's.
    provenance = dict(db.engine.connect().execute(text(
        "SELECT r.record_type, m.device_id FROM revision r JOIN revision_source s ON s.revision_id = r.id "
        "JOIN merge_log m ON m.id = s.merge_id WHERE r.record_id IN (:c, :v)"),
        {"c": commitment_id, "v": verification_id}).all())
    assert provenance == {"commitment": ana.device_id, "verification": beto.device_id}


def test_the_field_package_goes_back_to_a_with_b_verification(db, field, tmp_path):
    ana, beto = field
    secretariat = Secretariat(db, tmp_path / "secretaria")
    origin = meeting(ana)
    save_session(ana, origin)
    secretariat.merge(export(ana, tmp_path, "ana-1"))
    receive(beto, secretariat.field_package())
    verify(beto, origin.commitments[0].id, "parcial")
    secretariat.merge(export(beto, tmp_path, "beto-1"))

    back = receive(ana, secretariat.field_package())
    assert back.report.conflicting == 0
    # The receipt in the package tells Ana which of her packages the secretariat holds.
    assert back.receipt is not None and back.receipt.received == [1] and back.receipt_problem is None
    [entry] = history(ana, origin.commitments[0].id)
    assert (entry.result, entry.device_id) == ("parcial", beto.device_id)
    # A partly met commitment stays open, on every side alike.
    assert _one(ana, "SELECT status FROM commitment WHERE id = :i", i=origin.commitments[0].id)[0] == "abierto"


def test_a_municipal_session_at_no_school_travels_with_its_municipality(db, field, tmp_path):
    ana, beto = field
    secretariat = Secretariat(db, tmp_path / "secretaria")
    municipal = meeting(ana, level="municipal", school_id=None, place="Alcaldía de Garzón")
    save_session(ana, municipal)
    secretariat.merge(export(ana, tmp_path, "ana-1"))
    receive(beto, secretariat.field_package())
    assert _one(beto, "SELECT place FROM session WHERE id = :i", i=municipal.id)[0] == "Alcaldía de Garzón"


def test_importing_the_same_field_package_twice_changes_nothing(db, field, tmp_path):
    ana, beto = field
    secretariat = Secretariat(db, tmp_path / "secretaria")
    save_session(ana, meeting(ana))
    secretariat.merge(export(ana, tmp_path, "ana-1"))
    package = secretariat.field_package()
    receive(beto, package)
    once = canonical_dump(beto)
    again = receive(beto, package)
    assert again.report.revisions_new == 0 and canonical_dump(beto) == once


def test_the_assistant_own_unsent_work_is_kept_and_a_concurrent_edit_is_a_conflict(db, field, tmp_path):
    ana, beto = field
    secretariat = Secretariat(db, tmp_path / "secretaria")
    origin = meeting(ana)
    save_session(ana, origin)
    secretariat.merge(export(ana, tmp_path, "ana-1"))
    receive(beto, secretariat.field_package())
    # Beto edits Ana's session objective; Ana edits it too and delivers first.
    save_session(beto, meeting(beto, id=origin.id, objective="Objetivo según Beto",
                               attendance=origin.attendance, commitments=origin.commitments))
    save_session(ana, meeting(ana, id=origin.id, objective="Objetivo según Ana",
                              attendance=origin.attendance, commitments=origin.commitments))
    secretariat.merge(export(ana, tmp_path, "ana-2"))
    result = receive(beto, secretariat.field_package())
    assert result.report.conflicting == 1
    kept = _one(beto, "SELECT count(*) FROM revision WHERE record_id = :i AND body LIKE :b",
                i=origin.id, b="%Objetivo según Beto%")[0]
    assert kept == 1
    assert _one(beto, "SELECT count(*) FROM record_conflict WHERE record_id = :i", i=origin.id)[0] == 1


def test_a_commitment_verified_in_the_field_and_changed_at_the_secretariat_is_named(db, field, tmp_path):
    ana, beto = field
    secretariat = Secretariat(db, tmp_path / "secretaria")
    origin = meeting(ana)
    save_session(ana, origin)
    secretariat.merge(export(ana, tmp_path, "ana-1"))
    receive(beto, secretariat.field_package())
    verify(beto, origin.commitments[0].id)
    changed = origin.commitments[0]
    changed.due_date = date(2027, 1, 15)
    save_session(ana, meeting(ana, id=origin.id, attendance=origin.attendance, commitments=[changed]))
    secretariat.merge(export(ana, tmp_path, "ana-2"))
    package = secretariat.field_package()
    preview = preview_field_package(beto, package)
    assert [c.commitment_id for c in preview.changed_commitments] == [changed.id]
    assert [c.commitment_id for c in import_field_package(beto, package).changed_commitments] == [changed.id]


def test_a_package_signed_by_an_unknown_key_is_refused_and_writes_nothing(db, field, tmp_path):
    ana, beto = field
    save_session(ana, meeting(ana))
    Secretariat(db, tmp_path / "secretaria").merge(export(ana, tmp_path, "ana-1"))
    _public, private = keys.new_signing_pair(tmp_path / "otra")  # never imported by anyone
    forged = tmp_path / "forjado.ati"
    write_field_package(db, forged, FieldScope(municipalities=("41298",)),
                        signing_key=keys.read_signing_private(private))
    before = canonical_dump(beto)
    with pytest.raises(PackageError, match="no reconoce como de la Secretaría"):
        preview_field_package(beto, forged)
    with pytest.raises(PackageError, match="no reconoce como de la Secretaría"):
        import_field_package(beto, forged)
    assert canonical_dump(beto) == before


def test_an_export_package_is_not_taken_as_one_from_the_secretariat(db, field, tmp_path):
    ana, beto = field
    save_session(ana, meeting(ana))
    package = export(ana, tmp_path, "ana-1")
    before = canonical_dump(beto)
    with pytest.raises(PackageError, match="no es un paquete de la Secretaría"):
        import_field_package(beto, package)
    assert canonical_dump(beto) == before


def test_the_assistant_next_export_carries_only_its_own_new_work(db, field, tmp_path):
    ana, beto = field
    secretariat = Secretariat(db, tmp_path / "secretaria")
    origin = meeting(ana)
    save_session(ana, origin)
    secretariat.merge(export(ana, tmp_path, "ana-1"))
    save_session(beto, meeting(beto, session_date=date(2026, 11, 20)))
    export(beto, tmp_path, "beto-1")
    receive(beto, secretariat.field_package())
    verification_id = verify(beto, origin.commitments[0].id)
    from ati_desktop.exchange.package import open_package

    with open_package(export(beto, tmp_path, "beto-2")) as package:
        carried = {(kind, r.record_id) for kind, group in package.revisions.items() for r in group}
        devices = {r.device_id for group in package.revisions.values() for r in group
                   if (group[0].record_type if group else None) == "verification"}
    assert ("verification", verification_id) in carried
    assert devices == {beto.device_id}
    assert ("session", origin.id) in carried  # named by the verification, so it travels with it
