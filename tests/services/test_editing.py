"""The editor's payload: defaults, conversion to a session and back, drafts dropped on save."""

import json
from datetime import date

import pytest

from ati_desktop.domain.errors import ValidationError
from ati_desktop.formspec import AnswersError, load_registry
from ati_desktop.services import drafts, editing, queries, schools
from ati_desktop.storage.database import Database
from ati_desktop.domain.ids import new_id

REUNION_ANSWERS = {
    "tema_comun": "Ajuste del PMI",
    "agenda": [{"punto_tema": "Revisión de metas", "punto_responsable": "Rectora"}],
    "discusion": "Se revisaron las metas del año.",
    "conclusiones": "Se ajustará el plan.",
}


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "editing.sqlite")
    yield database
    database.close()


@pytest.fixture
def school(db):
    return schools.add_school_in_field(db, "Institución Educativa La Esperanza", "41306", "241306000111")


def payload_for(db, school, **overrides):
    payload = editing.new_payload(date(2026, 11, 3))
    signature = editing.store_file(db, b"\x89PNG firma")
    photo = editing.store_file(db, b"\xff\xd8 foto")
    payload.update(
        municipality_code="41306", school_id=school.id, school_name=school.name,
        start_time="08:00", end_time="10:30", operations=["capacitacion"], channel="in_situ",
        technique="reunion", form_id="reunion", form_version=1, answers=dict(REUNION_ANSWERS),
        objective="Revisar el PMI", areas=["directiva"],
        indicators=[{"id": new_id(), "name": "Metas cumplidas",
                     "target": 10.0, "value": 7.5, "unit": "%", "note": None}],
        attendance=[{"id": new_id(), "participant_id": None, "full_name": "Ana Perdomo",
                     "role": "Rectora", "id_document": "", "email": "", "phone": "", "present": True,
                     "signature_sha256": signature, "signed_at": "2026-11-03T13:05:00+00:00"}],
        commitments=[{"id": new_id(), "description": "Enviar el PMI", "responsible": "Ana Perdomo",
                      "side": "asistido", "due_date": "2026-11-30"}],
        evidence=[{"id": new_id(), "file_name": "taller.jpg", "media_type": "image/jpeg",
                   "kind": "foto", "caption": "Trabajo en grupo", "sha256": photo, "verification_id": None,
                   "may_show_minors": False, "minors_confirmed_at": None}],
    )
    payload.update(overrides)
    return payload


def test_normalise_fills_every_key_and_refuses_a_newer_format():
    payload = editing.normalise({"objective": "Algo"})
    assert payload["objective"] == "Algo" and payload["attendance"] == [] and payload["status"] == "abierta"
    payload["attendance"].append({})
    assert editing.normalise({})["attendance"] == []  # defaults are not shared between payloads
    with pytest.raises(ValidationError):
        editing.normalise({"format": editing.FORMAT + 1})


def test_save_stores_everything_and_reopens_as_the_same_payload(db, school):
    payload = payload_for(db, school)
    key = editing.draft_key_for(payload["id"])
    drafts.save_draft(db, key, payload)
    outcome = editing.save(db, json.loads(json.dumps(payload)), key, forms=load_registry())
    assert outcome.saved.id == payload["id"] and outcome.saved.revision == 1
    assert drafts.load_draft(db, key) is None
    stored = queries.load_session(db, payload["id"])
    assert stored["attendance"][0]["full_name"] == "Ana Perdomo"
    assert stored["attendance"][0]["signature_sha256"] == payload["attendance"][0]["signature_sha256"]
    assert stored["indicators"][0]["value"] == 7.5
    assert stored["evidence"][0]["caption"] == "Trabajo en grupo"

    reopened = editing.open_session(db, payload["id"])
    for key_name in ("municipality_code", "school_id", "session_date", "start_time", "end_time", "operations",
                     "channel", "technique", "answers", "objective", "areas"):
        assert reopened[key_name] == payload[key_name], key_name
    assert [c["id"] for c in reopened["commitments"]] == [c["id"] for c in payload["commitments"]]
    assert reopened["attendance"][0]["participant_id"] == outcome.participant_ids[payload["attendance"][0]["id"]]


def test_saving_the_reopened_payload_again_creates_no_duplicates(db, school):
    payload = payload_for(db, school)
    editing.save(db, payload, None)
    again = editing.open_session(db, payload["id"])
    again["objective"] = "Revisar el PMI y el plan de estudios"
    outcome = editing.save(db, again, None)
    stored = queries.load_session(db, payload["id"])
    assert outcome.saved.revision == 2
    assert len(stored["attendance"]) == 1 and len(stored["commitments"]) == 1
    assert len(schools.participants_of(db, school.id)) == 1


def test_missing_choices_name_the_page_that_fixes_them(db, school):
    with pytest.raises(editing.IncompleteSession) as missing:
        editing.session_input(payload_for(db, school, channel=None), lambda digest: b"")
    assert missing.value.page == "identification" and "modalidad" in missing.value.message
    bad_number = payload_for(db, school)
    bad_number["indicators"][0]["value"] = "siete"
    with pytest.raises(editing.IncompleteSession) as wrong:
        editing.session_input(bad_number, lambda digest: b"")
    assert wrong.value.page == "scope" and "«siete»" in wrong.value.message


def test_required_answers_only_stop_closing(db, school):
    payload = payload_for(db, school, answers={"tema_comun": "Ajuste del PMI"})
    editing.save(db, payload, None, forms=load_registry())
    with pytest.raises(AnswersError):
        editing.save(db, payload, None, close=True, forms=load_registry())
    assert queries.load_session(db, payload["id"])["status"] == "abierta"


def test_evidence_of_a_commitment_left_unverified_stays_with_the_session(db, school):
    first = payload_for(db, school)
    editing.save(db, first, None)
    commitment = queries.load_session(db, first["id"])["commitments"][0]
    vc = payload_for(db, school, operations=["verificacion_compartida"], commitments=[], attendance=[])
    verification_id = new_id()
    vc["verifications"] = [{"id": verification_id, "commitment_id": commitment["id"], "result": None, "note": ""}]
    vc["evidence"][0]["verification_id"] = verification_id
    data = editing.session_input(vc, lambda digest: b"x")
    assert data.verifications == [] and data.evidence[0].file_name == "taller.jpg"
