"""The editor with a form version the secretariat published: new sessions take it, earlier ones keep theirs."""

import pytest
from editor_helpers import click, fill_identification, form_input, type_text
from published_form_samples import write_reunion

from ati_desktop.services import editing, queries
from ati_desktop.services.published_forms import publish, registry_for


@pytest.fixture
def earlier(db, school):
    """A meeting filled with version 1, before version 2 was published."""
    payload = editing.new_payload()
    payload.update(municipality_code=school.municipality_code, school_id=school.id, operations=["capacitacion"],
                   channel="in_situ", technique="reunion", form_id="reunion", form_version=1)
    editing.save(db, payload, None)
    return payload["id"]


@pytest.fixture
def forms(db, tmp_path, earlier):
    """The database's forms once version 2 of «Reunión» is published in it."""
    publish(db, write_reunion(tmp_path / "publicados"))
    return registry_for(db)


def test_a_new_meeting_is_filled_with_the_published_version(make_editor, qtbot, db, school):
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["capacitacion"], channel="in_situ", technique="reunion")
    editor.frame.show_page("development")
    assert editor.development.form.version == 2
    type_text(form_input(editor, "acuerdos_previos"), "Se revisaron los acuerdos de octubre.")
    click(editor.frame.save_button)
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    stored = queries.load_session(db, editor.payload()["id"])
    assert (stored["form_id"], stored["form_version"]) == ("reunion", 2)
    assert stored["answers"]["acuerdos_previos"] == "Se revisaron los acuerdos de octubre."


def test_a_meeting_filled_before_keeps_its_version(make_editor, qtbot, db, earlier):
    editor = make_editor(session_id=earlier)
    qtbot.waitUntil(lambda: editor.development.form is not None, timeout=3000)
    assert editor.development.form.version == 1
    assert "acuerdos_previos" not in {field.id for _section, field in editor.development.form.iter_fields()}
    type_text(form_input(editor, "tema_comun"), "Avance del PMI")
    click(editor.frame.save_button)
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    stored = queries.load_session(db, earlier)
    assert stored["form_version"] == 1 and stored["answers"]["tema_comun"] == "Avance del PMI"
