"""Never lose typing: every change becomes a draft within two seconds, and a draft restores it all."""

import json
import time

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from ati_desktop.services import drafts, editing, queries, schools
from ati_desktop.ui import tasks
from ati_desktop.ui.editor import dialogs

from editor_helpers import (
    add_commitment,
    add_participant,
    click,
    fill_identification,
    form_input,
    sign_in_dialog,
    type_cell,
    type_text,
)


def draft_of(db, editor):
    return drafts.load_draft(db, editor.autosave.key)


def test_a_draft_restores_every_page_exactly(make_editor, qtbot, monkeypatch, tmp_path, db, school):
    sign_in_dialog(monkeypatch)
    photo = tmp_path / "grupo.png"
    image = QImage(640, 480, QImage.Format_RGB32)
    image.fill(QColor("#aa5500"))
    image.save(str(photo))
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, multiple=True: [str(photo)])
    monkeypatch.setattr(dialogs, "ask_may_show_minors", lambda parent, name: False)
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["seguimiento"], channel="zonal", technique="taller")
    editor.frame.show_page("scope")
    type_text(editor.scope.habits, "Lectura crítica en todas las áreas")
    click(editor.scope.areas["comunitaria"])
    click(editor.scope.add_indicator_button)
    for column, text in enumerate(["Familias en la escuela de padres", "40", "siete", "familias"]):
        type_cell(editor.scope.indicators, 0, column, text)  # «siete» is kept as typed, to fix later
    editor.frame.show_page("development")
    type_text(form_input(editor, "tema"), "Evaluación formativa en el aula")
    type_text(editor.development.conclusions, "Se acordó un segundo taller.")
    add_participant(editor, "Nidia Ñustes", "Docente")
    add_commitment(editor, "Compartir las rúbricas", "Nidia Ñustes", "asistido")
    editor.frame.show_page("evidence")
    click(editor.evidence.add_button)
    type_text(editor.evidence.rows[0].caption, "Trabajo por grupos")

    payload = editor.payload()
    json.dumps(payload)  # plain JSON, nothing else
    qtbot.waitUntil(lambda: draft_of(db, editor) == payload, timeout=3000)
    editor.close()

    restored = make_editor(draft_key=editor.autosave.key)
    assert restored.payload() == payload
    assert restored.scope.indicators.item(0, 2).text() == "siete"
    assert restored.development.view.editor("tema").value() == "Evaluación formativa en el aula"
    assert not restored.participants.rows[0].signature.pixmap().isNull()
    assert not restored.evidence.rows[0].picture.pixmap().isNull()
    assert restored.frame.heading.text() == "Nueva sesión"


def test_steady_typing_is_in_the_draft_at_most_two_seconds_later(make_editor, qtbot, db):
    editor = make_editor()
    field = editor.scope.objective
    typed: list[tuple[float, str]] = []
    worst = 0.0
    for index in range(40):
        type_text(field, "abcdefghij"[index % 10])
        typed.append((time.monotonic(), field.toPlainText()))
        qtbot.wait(100)
        saved = (draft_of(db, editor) or {}).get("objective", "")
        now = time.monotonic()
        missing = [moment for moment, text in typed if not saved.startswith(text)]
        if missing:
            worst = max(worst, now - missing[0])
    assert 0 < worst < 2.0
    qtbot.waitUntil(lambda: draft_of(db, editor)["objective"] == field.toPlainText(), timeout=2000)


def test_saving_the_session_discards_its_draft(make_editor, qtbot, db, school):
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["capacitacion"], channel="in_situ", technique="reunion")
    qtbot.waitUntil(lambda: draft_of(db, editor) is not None, timeout=3000)
    QTest.keyClick(editor.identification.place, Qt.Key_S, Qt.ControlModifier)
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    assert draft_of(db, editor) is None
    assert queries.load_session(db, editor.payload()["id"])["place"] == "Sala de profesores"


@pytest.mark.parametrize("restore", [True, False])
def test_opening_a_session_offers_its_unsaved_draft(make_editor, monkeypatch, db, school, restore):
    payload = editing.new_payload()
    payload.update(municipality_code="41306", school_id=school.id, operations=["capacitacion"],
                   channel="in_situ", technique="reunion", form_id="reunion", form_version=1,
                   objective="Lo guardado")
    editing.save(db, payload, None)
    key = editing.draft_key_for(payload["id"])
    drafts.save_draft(db, key, {**editing.open_session(db, payload["id"]), "objective": "Lo escrito después"})
    monkeypatch.setattr(dialogs, "ask_restore_draft", lambda parent: restore)
    editor = make_editor(session_id=payload["id"])
    expected = "Lo escrito después" if restore else "Lo guardado"
    assert editor.scope.objective.toPlainText() == expected
    assert (drafts.load_draft(db, key) is not None) == restore


def test_closing_the_window_writes_pending_changes_first(make_editor, qtbot, db):
    editor = make_editor()
    key = editor.autosave.key
    type_text(editor.scope.objective, "Escrito justo antes de cerrar")
    assert drafts.load_draft(db, key) is None  # not yet: the autosave waits for a pause
    QTest.keyClick(editor.scope.objective, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor), timeout=3000)  # closed and freed
    assert drafts.load_draft(db, key)["objective"] == "Escrito justo antes de cerrar"


def test_close_answers_at_once_with_the_draft_written(make_editor, db):
    """The main window asks each editor to close when the application quits."""
    editor = make_editor()
    type_text(editor.scope.objective, "Sin pausa")
    assert editor.close() is True
    assert drafts.load_draft(db, editor.autosave.key)["objective"] == "Sin pausa"


def test_opening_a_session_and_reading_it_leaves_no_draft(make_editor, qtbot, db, school):
    """What arrives from the database after opening (campuses, observations) is no change."""
    observation = editing.new_payload()
    observation.update(municipality_code="41306", school_id=school.id, operations=["monitoreo"],
                       channel="in_situ", technique="observacion", form_id="observacion", form_version=1)
    editing.save(db, observation, None)
    payload = editing.new_payload()
    campus = schools.campuses_of(db, school.id)[0]
    payload.update(municipality_code="41306", school_id=school.id, campus_id=campus.id,
                   operations=["capacitacion"], channel="in_situ", technique="dialogo_reflexivo",
                   form_id="dialogo_reflexivo", form_version=1,
                   answers={"observacion": observation["id"], "impresiones_acompanante": "Buena clase"})
    editing.save(db, payload, None)
    tasks.set_synchronous(False)  # as in the application: results arrive after the window shows
    editor = make_editor(session_id=payload["id"])
    qtbot.waitUntil(lambda: editor.identification.campus.currentData() == campus.id, timeout=3000)
    qtbot.wait(2500)
    assert editor.development.view.editor("impresiones_acompanante").value() == "Buena clase"
    assert editor.development.view.editor("observacion").combo.currentText().startswith("Observación del")
    assert drafts.list_drafts(db) == []
    type_text(editor.scope.objective, "Ahora sí")
    qtbot.waitUntil(lambda: drafts.load_draft(db, editor.autosave.key) is not None, timeout=3000)
