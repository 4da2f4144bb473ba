"""Saving sessions through the service layer: rules, child rows, revisions."""

from datetime import UTC, date, datetime

import pytest
from pg import both_databases
from sqlalchemy import text

from ati_desktop.domain.errors import ValidationError
from ati_desktop.domain.rules import RuleError
from ati_desktop.services.commitments import pending_commitments
from ati_desktop.services.inputs import CommitmentInput, EvidenceInput, VerificationInput
from ati_desktop.services.queries import SessionFilter, count_sessions, load_session
from ati_desktop.services.sessions import close_session, delete_session, revisions, save_session
from ati_desktop.storage import revlog

pytestmark = both_databases


def test_session_is_saved_with_its_child_rows(db, make_session):
    saved = save_session(db, make_session())
    record = load_session(db, saved.id)
    assert record["revision"] == 1 and record["device_id"] == db.device_id
    assert record["operations"] == ["capacitacion"]
    assert record["modality"] == "presencial"
    assert [a["full_name"] for a in record["attendance"]] == ["María Fernanda Perdomo"]
    assert [c["description"] for c in record["commitments"]] == ["Enviar el PMI ajustado"]
    assert record["school_name"] == "Institución Educativa Simón Bolívar"


@pytest.mark.parametrize("overrides, rule", [
    (dict(operations=["entrenamiento"], channel="zonal"), "entrenamiento_in_situ"),
    (dict(operations=["orientacion"], channel="in_situ"), "orientacion_remota"),
    (dict(operations=["acompanamiento"], channel="conexion_remota"), "acompanamiento_presencial"),
    (dict(technique="dialogo_reflexivo", form_id="dialogo_reflexivo"), "dialogo_sigue_observacion"),
    (dict(operations=["verificacion_compartida"]), "vc_verifica_compromisos"),
])
def test_service_refuses_sessions_that_break_the_guideline(db, make_session, overrides, rule):
    with pytest.raises(RuleError) as caught:
        save_session(db, make_session(**overrides))
    assert rule in {v.rule for v in caught.value.violations}
    assert count_sessions(db) == 0


def test_reflective_dialogue_links_to_an_observation(db, make_session):
    observation = save_session(db, make_session(technique="observacion", form_id="observacion"))
    meeting = save_session(db, make_session())
    dialogue = dict(technique="dialogo_reflexivo", form_id="dialogo_reflexivo")
    with pytest.raises(RuleError):
        save_session(db, make_session(observation_session_id=meeting.id, **dialogue))
    saved = save_session(db, make_session(observation_session_id=observation.id, **dialogue))
    assert load_session(db, saved.id)["observation_session_id"] == observation.id


def test_shared_verification_updates_and_carries_over_commitments(db, make_session):
    origin = save_session(db, make_session(commitments=[
        CommitmentInput("Publicar el manual de convivencia", "Rector", "asistido", date(2026, 10, 1)),
        CommitmentInput("Actualizar la malla curricular", "Coordinadora", "asistido", date(2026, 10, 1)),
    ]))
    done, missed = load_session(db, origin.id)["commitments"]
    school_id = load_session(db, origin.id)["school_id"]
    assert {p.id for p in pending_commitments(db, school_id, today=date(2026, 11, 3))} == {done["id"], missed["id"]}
    assert all(p.overdue for p in pending_commitments(db, school_id, today=date(2026, 11, 3)))

    vc = save_session(db, make_session(
        operations=["verificacion_compartida"],
        verifications=[VerificationInput(done["id"], "cumplido", "Publicado en la web"),
                       VerificationInput(missed["id"], "no_cumplido", "Sin avance")],
        commitments=[CommitmentInput("Actualizar la malla curricular", "Coordinadora", "asistido",
                                     date(2026, 12, 15), carried_from_id=missed["id"])],
    ))

    pending = pending_commitments(db, school_id, today=date(2026, 11, 3))
    assert [p.description for p in pending] == ["Actualizar la malla curricular"]
    assert pending[0].origin_session_id == vc.id and not pending[0].overdue
    results = {v["commitment"]: v["result"] for v in load_session(db, vc.id)["verifications"]}
    assert results == {"Publicar el manual de convivencia": "cumplido",
                       "Actualizar la malla curricular": "no_cumplido"}
    with db.engine.connect() as c:
        statuses = dict(c.execute(text("SELECT id, status FROM commitment")).all())
    assert statuses[done["id"]] == "cumplido" and statuses[missed["id"]] == "trasladado"


def test_closed_session_changes_only_through_a_correction_that_keeps_the_old_revision(db, make_session):
    data = make_session()
    saved = save_session(db, data, close=True)
    data.id = saved.id
    data.objective = "Objetivo corregido"
    with pytest.raises(ValidationError) as caught:
        save_session(db, data)
    assert "motivo" in caught.value.message

    corrected = save_session(db, data, correction_reason="La fecha de entrega estaba errada")

    assert corrected.revision == 2
    record = load_session(db, saved.id)
    assert record["objective"] == "Objetivo corregido"
    assert record["correction_reason"] == "La fecha de entrega estaba errada"
    [old] = revisions(db, saved.id)
    assert old.edition == 1 and old.revision == 1 and old.revision_id == saved.revision_id
    assert old.snapshot["objective"] == "Revisar el avance del Plan de Mejoramiento Institucional"


def test_each_edit_is_a_new_revision_remembering_its_parent(db, make_session):
    data = make_session()
    first = save_session(db, data)
    data.objective = "Objetivo ajustado"
    second = save_session(db, data)
    with db.read() as tx:
        [head] = revlog.heads(tx, "session", [first.id])[first.id]
    assert second.revision == 2 and head.id == second.revision_id and head.parents == (first.revision_id,)
    closed = close_session(db, first.id)
    assert closed.revision == 3


def test_dropped_child_rows_are_soft_deleted(db, make_session):
    data = make_session()
    saved = save_session(db, data)
    data.id = saved.id
    data.commitments = []
    save_session(db, data)
    assert load_session(db, saved.id)["commitments"] == []
    with db.engine.connect() as c:
        deleted = c.execute(text("SELECT deleted_at IS NOT NULL, revision FROM commitment")).one()
    assert tuple(deleted) == (1, 2)


def test_photo_that_may_show_minors_needs_confirmation(db, make_session):
    photo = EvidenceInput("taller.jpg", "image/jpeg", b"\xff\xd8fake", kind="foto", may_show_minors=True)
    with pytest.raises(ValidationError) as caught:
        save_session(db, make_session(evidence=[photo]))
    assert "menores" in caught.value.message
    photo.minors_confirmed_at = datetime.now(UTC)
    saved = save_session(db, make_session(evidence=[photo]))
    assert load_session(db, saved.id)["evidence"][0]["may_show_minors"] is True


def test_identical_evidence_is_stored_once(db, make_session):
    content = b"%PDF-1.4 lista de asistencia"
    for name in ("lista.pdf", "copia.pdf"):
        save_session(db, make_session(evidence=[EvidenceInput(name, "application/pdf", content)]))
    with db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM blob")).scalar() == 1
        assert c.execute(text("SELECT count(*) FROM evidence")).scalar() == 2


def test_deleted_session_leaves_lists_and_search(db, make_session):
    saved = save_session(db, make_session())
    assert count_sessions(db, SessionFilter(text="consejo académico")) == 1
    delete_session(db, saved.id)
    assert count_sessions(db) == 0
    assert count_sessions(db, SessionFilter(text="consejo")) == 0


def test_search_ignores_accents_and_case(db, make_session):
    save_session(db, make_session())
    assert count_sessions(db, SessionFilter(text="ACADEMICO")) == 1
    assert count_sessions(db, SessionFilter(text="ajust plan")) == 1
    assert count_sessions(db, SessionFilter(text='"')) == 1  # only quotes: no filter, no FTS error


def test_required_answers_stop_only_closing(db, make_session):
    from ati_desktop.formspec import AnswersError

    data = make_session(answers={"tema_comun": "Ajuste del PMI"})
    saved = save_session(db, data)
    with pytest.raises(AnswersError) as caught:
        close_session(db, saved.id)
    assert "Discusión" in caught.value.message
    data.id = saved.id
    with pytest.raises(AnswersError):
        save_session(db, data, close=True)
    assert load_session(db, saved.id)["status"] == "abierta"


def test_answers_of_the_wrong_type_or_form_are_refused(db, make_session):
    from ati_desktop.formspec import AnswersError

    with pytest.raises(AnswersError) as caught:
        save_session(db, make_session(answers={"agenda": "no es una lista"}))
    assert "agenda" in caught.value.message.lower()
    with pytest.raises(ValidationError) as caught:
        save_session(db, make_session(form_id="taller"))
    assert "otra técnica" in caught.value.message
    assert count_sessions(db) == 0


def test_text_search_combined_with_other_filters(db, make_session):
    save_session(db, make_session())
    save_session(db, make_session(municipality_code="41001", school_id=None, level="municipal",
                                  objective="Revisión del PMI municipal"))
    assert count_sessions(db, SessionFilter(text="pmi")) == 2
    assert count_sessions(db, SessionFilter(text="pmi", municipality_code="41298")) == 1
    assert count_sessions(db, SessionFilter(text="municipal", municipality_code="41298")) == 0
    assert count_sessions(db, SessionFilter(text="pmi", technique="taller")) == 0
