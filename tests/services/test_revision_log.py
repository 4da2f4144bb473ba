"""The revision log under the services: who made each edit, only real changes, stable children."""

from datetime import date

import pytest
from sqlalchemy import text

from ati_desktop.domain.errors import ValidationError
from ati_desktop.services.inputs import AttendanceInput, CommitmentInput, ParticipantInput, VerificationInput
from ati_desktop.services.queries import load_session
from ati_desktop.services.sessions import delete_session, save_session
from ati_desktop.storage import revlog
from pg import both_databases

pytestmark = both_databases


def _count(db, sql, **params):
    with db.engine.connect() as c:
        return c.execute(text(sql), params).scalar()


def _log(db, record_type, record_id):
    with db.read() as tx:
        return revlog.history(tx, record_type, record_id)


def test_resaving_an_unchanged_session_writes_no_revision(db, make_session):
    data = make_session()
    first = save_session(db, data)
    before = _count(db, "SELECT count(*) FROM revision")
    again = save_session(db, data)
    assert again == first
    assert _count(db, "SELECT count(*) FROM revision") == before


def test_one_save_is_one_revision_per_changed_record(db, make_session):
    data = make_session()
    save_session(db, data)
    data.objective = "Otro objetivo"
    save_session(db, data)
    assert [r.number for r in _log(db, "session", data.id)] == [1, 2]
    assert len(_log(db, "attendance", data.attendance[0].id)) == 1
    assert len(_log(db, "commitment", data.commitments[0].id)) == 1


def test_operations_and_areas_are_part_of_the_sessions_revision(db, make_session):
    data = make_session(areas=["directiva"])
    save_session(db, data)
    data.areas = ["directiva", "academica"]
    save_session(db, data)
    first, second = _log(db, "session", data.id)
    assert first.body["areas"] == ["directiva"] and second.body["areas"] == ["academica", "directiva"]
    assert second.parents == (first.id,)
    assert load_session(db, data.id)["areas"] == ["academica", "directiva"]


def test_removing_the_first_attendee_touches_no_other_row(db, make_session):
    people = [AttendanceInput(ParticipantInput(name, "Docente")) for name in ("Ana", "Beatriz", "Carlos")]
    data = make_session(attendance=people)
    save_session(db, data)
    data.attendance = people[1:]
    save_session(db, data)
    assert [r.deleted for r in _log(db, "attendance", people[0].id)] == [False, True]
    for kept in people[1:]:
        assert len(_log(db, "attendance", kept.id)) == 1
    assert [a["full_name"] for a in load_session(db, data.id)["attendance"]] == ["Beatriz", "Carlos"]


def test_adding_an_attendee_in_the_middle_touches_only_that_row(db, make_session):
    people = [AttendanceInput(ParticipantInput(name, "Docente")) for name in ("Ana", "Carlos")]
    data = make_session(attendance=list(people))
    save_session(db, data)
    middle = AttendanceInput(ParticipantInput("Beatriz", "Docente"))
    data.attendance = [people[0], middle, people[1]]
    save_session(db, data)
    assert all(len(_log(db, "attendance", p.id)) == 1 for p in people)
    assert [a["full_name"] for a in load_session(db, data.id)["attendance"]] == ["Ana", "Beatriz", "Carlos"]


def test_child_rows_without_an_id_are_refused(db, make_session):
    data = make_session()
    data.commitments[0].id = None
    with pytest.raises(ValidationError, match="identificador"):
        save_session(db, data)
    assert _count(db, "SELECT count(*) FROM session") == 0


def test_child_ids_are_kept_across_saves(db, make_session):
    data = make_session()
    save_session(db, data)
    save_session(db, data)
    ids = {c["id"] for c in load_session(db, data.id)["commitments"]}
    assert ids == {data.commitments[0].id}
    assert _count(db, "SELECT count(*) FROM commitment") == 1


def test_a_known_cedula_finds_the_participant_instead_of_doubling_them(db, make_session):
    first = make_session(attendance=[AttendanceInput(ParticipantInput("María Perdomo", "Rectora", "1.075.234.567"))])
    save_session(db, first)
    second = make_session(session_date=date(2026, 11, 10), attendance=[
        AttendanceInput(ParticipantInput("María Fernanda Perdomo", "Rectora", "1075234567"))])
    save_session(db, second)
    assert _count(db, "SELECT count(*) FROM participant") == 1
    assert second.attendance[0].participant.id == first.attendance[0].participant.id


def test_deleting_a_session_deletes_its_children_in_the_same_step(db, make_session):
    from ati_desktop.services.commitments import overdue_count, pending_commitments

    data = make_session()
    save_session(db, data)
    assert overdue_count(db, today=date(2027, 1, 1)) == 1
    delete_session(db, data.id)
    assert _count(db, "SELECT count(*) FROM attendance WHERE deleted_at IS NULL") == 0
    assert _count(db, "SELECT count(*) FROM commitment WHERE deleted_at IS NULL") == 0
    assert overdue_count(db, today=date(2027, 1, 1)) == 0
    assert pending_commitments(db, data.school_id, today=date(2027, 1, 1)) == []
    session_rev = _log(db, "session", data.id)[-1]
    child_rev = _log(db, "commitment", data.commitments[0].id)[-1]
    assert session_rev.deleted and child_rev.deleted and session_rev.made_at == child_rev.made_at


def test_verifications_from_two_sessions_never_touch_the_commitment(db, make_session):
    origin = make_session(commitments=[CommitmentInput("Publicar el manual", "Rector", "asistido", date(2026, 11, 20))])
    save_session(db, origin)
    commitment_id = origin.commitments[0].id
    for day, result in ((date(2026, 12, 1), "parcial"), (date(2026, 12, 9), "cumplido")):
        save_session(db, make_session(session_date=day, operations=["verificacion_compartida"], commitments=[],
                                      verifications=[VerificationInput(commitment_id, result)]))
    assert len(_log(db, "commitment", commitment_id)) == 1
    assert _count(db, "SELECT status FROM commitment WHERE id = :i", i=commitment_id) == "cumplido"


@pytest.mark.parametrize("field, value, label", [
    ("place", "x" * 201, "El lugar de la sesión admite como máximo 200 caracteres"),
    ("participant", "Ana " + "y" * 160, "El nombre del participante admite como máximo 160 caracteres"),
])
def test_too_long_texts_are_refused_with_a_spanish_message_and_nothing_written(db, make_session, field,
                                                                               value, label):
    data = make_session()
    if field == "place":
        data.place = value
    else:
        data.attendance[0].participant.full_name = value
    with pytest.raises(ValidationError) as refused:
        save_session(db, data)
    assert label in refused.value.message
    assert _count(db, "SELECT count(*) FROM session") == 0
    assert _count(db, "SELECT count(*) FROM revision WHERE record_type <> 'school'") == 0


def test_the_history_of_a_session_names_each_revision_and_its_edition(db, make_session):
    from ati_desktop.services.sessions import history

    data = make_session()
    save_session(db, data, close=True)
    data.objective = "Objetivo corregido"
    save_session(db, data, correction_reason="Faltaba el objetivo completo")
    first, second = history(db, data.id)
    assert (first.revision, first.edition, first.status) == (1, 1, "cerrada")
    assert (second.revision, second.edition, second.correction_reason) == (2, 2, "Faltaba el objetivo completo")
    assert second.parents == (first.revision_id,) and second.device_id == db.device_id
    assert first.device_label == "Equipo local"


def test_the_reason_for_a_missing_signature_is_kept_with_the_attendance(db, make_session):
    data = make_session(attendance=[AttendanceInput(ParticipantInput("Ana Perdomo", "Docente"),
                                                    unsigned_reason="no_asistio")])
    save_session(db, data)
    [row] = load_session(db, data.id)["attendance"]
    assert row["unsigned_reason"] == "no_asistio" and row["present"] is False
