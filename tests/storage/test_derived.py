"""A commitment's latest verification, kept on its row, follows every change of its records."""

from datetime import date

from pg import both_databases
from sqlalchemy import text

from ati_desktop.services.inputs import VerificationInput
from ati_desktop.services.sessions import delete_session, save_session

pytestmark = both_databases


def last_verification(db, commitment_id):
    """The (date, result) the commitment's row shows as its latest verification."""
    with db.engine.connect() as c:
        day, result = c.execute(text("SELECT last_verified_on, last_result FROM commitment WHERE id = :c"),
                                {"c": commitment_id}).one()
    if isinstance(day, str):  # SQLite keeps dates as ISO text
        day = date.fromisoformat(day)
    return day, result


def _verifying(make_session, commitment_id, day, result, **overrides):
    return make_session(session_date=day, operations=["verificacion_compartida"], commitments=[],
                        verifications=[VerificationInput(commitment_id, result, "Visita")], **overrides)


def test_added_edited_and_deleted_verifications(db, make_session):
    made = make_session()
    save_session(db, made)
    commitment_id = made.commitments[0].id
    assert last_verification(db, commitment_id) == (None, None)

    first = _verifying(make_session, commitment_id, date(2026, 11, 20), "parcial")
    save_session(db, first)
    assert last_verification(db, commitment_id) == (date(2026, 11, 20), "parcial")

    second = _verifying(make_session, commitment_id, date(2026, 12, 1), "no_cumplido")
    save_session(db, second)
    assert last_verification(db, commitment_id) == (date(2026, 12, 1), "no_cumplido")

    second.verifications[0].result = "cumplido"  # the same verification, edited
    save_session(db, second)
    assert last_verification(db, commitment_id) == (date(2026, 12, 1), "cumplido")

    second.session_date = date(2026, 11, 10)  # now the earlier of the two
    save_session(db, second)
    assert last_verification(db, commitment_id) == (date(2026, 11, 20), "parcial")

    first.operations, first.verifications = ["seguimiento"], []  # its verification removed
    save_session(db, first)
    assert last_verification(db, commitment_id) == (date(2026, 11, 10), "cumplido")

    delete_session(db, second.id)
    assert last_verification(db, commitment_id) == (None, None)


def test_two_verifications_of_one_day_the_higher_revision_id_is_the_latest(db, make_session):
    made = make_session()
    save_session(db, made)
    commitment_id = made.commitments[0].id
    for result in ("parcial", "no_cumplido"):
        save_session(db, _verifying(make_session, commitment_id, date(2026, 11, 20), result))
    with db.engine.connect() as c:
        expected = c.execute(text("SELECT result FROM commitment_verification WHERE commitment_id = :c "
                                  "ORDER BY revision_id DESC"), {"c": commitment_id}).scalars().first()
    assert last_verification(db, commitment_id) == (date(2026, 11, 20), expected)
