"""Verificación compartida: earlier commitments are checked, closed, or carried over as new ones."""

from datetime import date, timedelta

import pytest

from ati_desktop.services import commitments, editing, queries
from ati_desktop.domain.ids import new_id
from ati_desktop.ui import i18n
from ati_desktop.ui.editor import dialogs

from editor_helpers import click, fill_identification, type_text


@pytest.fixture
def earlier(db, school):
    """A session of last month at the school that left two commitments open."""
    today = date.today()
    payload = editing.new_payload(today - timedelta(days=45))
    payload.update(municipality_code=school.municipality_code, school_id=school.id, operations=["asesoria"],
                   channel="visita_recibida", technique="reunion", form_id="reunion", form_version=1,
                   commitments=[
                       {"id": new_id(), "description": "Actualizar el manual de convivencia",
                        "responsible": "Coordinador", "side": "asistido", "due_date": (today - timedelta(days=15)).isoformat()},
                       {"id": new_id(), "description": "Socializar el SIEE con las familias",
                        "responsible": "Rectora", "side": "asistido", "due_date": (today + timedelta(days=90)).isoformat()},
                   ])
    editing.save(db, payload, None)
    return {c["description"]: c["id"] for c in payload["commitments"]}


def test_vc_closes_what_was_met_and_carries_over_what_was_not(make_editor, qtbot, monkeypatch, tmp_path, db,
                                                               school, earlier):
    acta = tmp_path / "manual_aprobado.pdf"
    acta.write_bytes(b"%PDF-1.4 acta del consejo directivo")
    i18n.install("es_CO")  # as the application starts: Spanish plurals come from its catalogue
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["verificacion_compartida"], channel="in_situ",
                        technique="reunion")
    for _ in range(5):  # «Siguiente» through Alcance, Desarrollo, Participantes, Compromisos
        click(editor.frame.next_button)
    assert editor.frame.current_page() is editor.verification
    cards = {card.entry["commitment"]: card for card in editor.verification.cards}
    assert set(cards) == set(earlier)
    met, missed = cards["Actualizar el manual de convivencia"], cards["Socializar el SIEE con las familias"]
    assert "vencido" in met.details.text() and "vencido" not in missed.details.text()
    assert not missed.carry.isEnabled()
    assert not met.attach.isEnabled()  # evidence belongs to a result
    click(met.radios["cumplido"])
    type_text(met.note, "Manual aprobado por el consejo directivo")
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, multiple=True: [str(acta)])
    click(met.attach)
    assert met.evidence_count.text() == "1 evidencia"
    [attached] = editor.evidence.rows
    assert attached.values["verification_id"] == met.entry["id"]
    click(missed.radios["no_cumplido"])
    type_text(missed.note, "Falta convocar a las familias")
    assert missed.carry.isEnabled() and not met.carry.isEnabled()
    click(missed.carry)
    [carried] = editor.commitments.rows
    assert carried.description.text() == "Socializar el SIEE con las familias"
    assert carried.values["carried_from_id"] == earlier["Socializar el SIEE con las familias"]
    assert not missed.carry.isEnabled() and missed.carry.text() == "Trasladado a Compromisos"

    click(editor.frame.save_button)
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    stored = queries.load_session(db, editor.payload()["id"])
    results = {v["commitment"]: (v["result"], v["note"]) for v in stored["verifications"]}
    assert results == {
        "Actualizar el manual de convivencia": ("cumplido", "Manual aprobado por el consejo directivo"),
        "Socializar el SIEE con las familias": ("no_cumplido", "Falta convocar a las familias"),
    }
    [evidence] = stored["evidence"]
    verified = {v["commitment"]: v["id"] for v in stored["verifications"]}
    assert evidence["verification_id"] == verified["Actualizar el manual de convivencia"]
    assert evidence["file_name"] == "manual_aprobado.pdf"
    [new] = stored["commitments"]
    assert new["carried_from_id"] == earlier["Socializar el SIEE con las familias"]
    pending = commitments.pending_commitments(db, school.id)
    assert [(p.id, p.description) for p in pending] == [(new["id"], "Socializar el SIEE con las familias")]
    first = queries.load_session(db, queries.list_sessions(db)[-1].id)
    assert {c["description"]: c["status"] for c in first["commitments"]} == {
        "Actualizar el manual de convivencia": "cumplido",
        "Socializar el SIEE con las familias": "trasladado",
    }


def test_vc_without_any_verification_is_refused_naming_the_rule(make_editor, qtbot, db, school, earlier):
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["verificacion_compartida"], channel="in_situ",
                        technique="reunion")
    click(editor.frame.save_button)
    assert editor.frame.message.isVisible()
    assert "lineamientos" in editor.frame.message.text()
    assert "La verificación compartida parte de compromisos" in editor.frame.message.text()
    assert editor.frame.current_page() is editor.verification
    assert queries.count_sessions(db) == 1  # only the earlier one
