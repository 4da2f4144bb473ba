"""A verification made on another device reaches the commitment's row with the merge."""

from dataclasses import replace
from datetime import date

import pytest
from devices import meeting, new_device, package
from pg import both_databases
from sqlalchemy import text

from ati_desktop.exchange.merge import merge_package
from ati_desktop.services.inputs import VerificationInput
from ati_desktop.services.sessions import delete_session, save_session

pytestmark = both_databases


def last_verification(db, commitment_id):
    """The (date, result) the commitment's row shows as its latest verification."""
    with db.engine.connect() as c:
        day, result = c.execute(text("SELECT last_verified_on, last_result FROM commitment WHERE id = :c"),
                                {"c": commitment_id}).one()
    return (date.fromisoformat(day) if isinstance(day, str) else day), result


@pytest.fixture
def devices(tmp_path):
    opened = [new_device(tmp_path, name) for name in ("ana", "beto")]
    yield opened
    for database in opened:
        database.close()


def test_a_verification_from_another_device_arrives_with_the_merge(db, devices):
    ana, beto = devices
    made = meeting(ana)
    save_session(ana, made)
    merge_package(beto, package(ana))
    merge_package(db, package(ana))
    commitment_id = made.commitments[0].id

    def verify(device, day, result):
        data = meeting(device, session_date=day, operations=["verificacion_compartida"], commitments=[],
                       attendance=[], verifications=[VerificationInput(commitment_id, result, "Visita")])
        save_session(device, data)
        return data

    later = verify(beto, date(2026, 12, 5), "parcial")
    merge_package(db, package(beto))
    assert last_verification(db, commitment_id) == (date(2026, 12, 5), "parcial")

    verify(ana, date(2026, 12, 1), "no_cumplido")  # earlier: the latest stays beto's
    merge_package(db, package(ana))
    assert last_verification(db, commitment_id) == (date(2026, 12, 5), "parcial")

    save_session(beto, replace(later, verifications=[replace(later.verifications[0], result="cumplido")]))
    merge_package(db, package(beto))
    assert last_verification(db, commitment_id) == (date(2026, 12, 5), "cumplido")

    delete_session(beto, later.id)
    merge_package(db, package(beto))
    assert last_verification(db, commitment_id) == (date(2026, 12, 1), "no_cumplido")
