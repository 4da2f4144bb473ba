"""The register of requests and the authorisations, as travelling records."""

from datetime import date

import pytest
from pg import both_databases
from sqlalchemy import text

from ati_desktop.domain.errors import ValidationError
from ati_desktop.services.personal_data import register

pytestmark = both_databases


def test_a_request_gets_its_due_date_and_shows_overdue_until_answered(db, seeded):
    request_id = register.record_request(db, "consulta", "SED-2026-0412", date(2026, 11, 6),
                                         participant_id=seeded.participant_id, handled_by="Ana Rojas")
    [view] = register.list_requests(db, today=date(2026, 11, 20))
    assert (view.id, view.due_on, view.overdue, view.working_days_left) == (
        request_id, date(2026, 11, 23), False, 1)
    assert register.overdue_requests(db, today=date(2026, 11, 24))[0].reference == "SED-2026-0412"
    register.update_request(db, request_id, state="respondida", answered_on=date(2026, 11, 24))
    [answered] = register.list_requests(db, today=date(2026, 12, 1))
    assert answered.state == "respondida" and not answered.overdue
    assert register.overdue_requests(db, today=date(2026, 12, 1)) == []


def test_an_extension_moves_the_due_date_by_the_days_the_law_allows(db, seeded):
    request_id = register.record_request(db, "supresion", "SED-2026-0500", date(2026, 3, 30))
    register.update_request(db, request_id, extended=True)
    assert register.list_requests(db)[0].due_on == date(2026, 5, 5)


def test_requests_and_authorisations_are_revisions_of_the_log(db, seeded):
    register.record_request(db, "rectificacion", "R-1", date(2026, 11, 2), participant_id=seeded.participant_id)
    register.record_authorisation(db, "fotos_menores", date(2026, 11, 3), "Ana Rojas",
                                  participant_id=seeded.second_record_id, session_id=seeded.first_session)
    with db.engine.connect() as c:
        types = sorted(r[0] for r in c.execute(text(
            "SELECT record_type FROM revision WHERE record_type IN ('data_request', 'authorisation')")))
    assert types == ["authorisation", "data_request"]
    # Listed for the person whichever of their records it names.
    [given] = register.authorisations_of(db, seeded.participant_id)
    assert (given.kind, given.collected_by, given.granted_on) == ("fotos_menores", "Ana Rojas", date(2026, 11, 3))
    register.revoke_authorisation(db, given.id, date(2026, 11, 20))
    assert register.authorisations_of(db, seeded.participant_id)[0].revoked_on == date(2026, 11, 20)


def test_bad_requests_are_refused_with_a_message(db, seeded):
    with pytest.raises(ValidationError, match="referencia"):
        register.record_request(db, "consulta", "  ", date(2026, 11, 2))
    register.record_request(db, "consulta", "R-2", date(2026, 11, 2))
    with pytest.raises(ValidationError, match="Ya hay una solicitud"):
        register.record_request(db, "consulta", "R-2", date(2026, 11, 2))
    with pytest.raises(ValidationError, match="Tipo de solicitud"):
        register.record_request(db, "queja", "R-3", date(2026, 11, 2))
    with pytest.raises(ValidationError, match="recogió"):
        register.record_authorisation(db, "tratamiento_datos", date(2026, 11, 2), " ",
                                      participant_id=seeded.participant_id)
