"""What the record and its acta keep: no value changed by the wheel, one box for conclusions,
verification evidence and signature times printed as they happened."""

import os
import subprocess
import time as systime
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from ati_desktop.domain import clock
from ati_desktop.services import actas, editing, queries, settings
from ati_desktop.storage.types import new_id
from ati_desktop.ui.editor import dialogs

from editor_helpers import click, fill_identification, form_input, sign_in_dialog, type_text


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "acta.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def wheel(widget, notches: int = -1) -> None:
    """One turn of the mouse wheel over the middle of a widget, as the system delivers it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_fields_without_changing_them(make_editor, qtbot, school):
    editor = make_editor()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    fill_identification(qtbot, editor, operations=["monitoreo"], channel="in_situ", technique="observacion")
    technique = editor.identification.technique
    editor.identification.place.setFocus()
    wheel(technique)
    assert technique.currentData() == "observacion"
    editor.frame.show_page("development")
    duration = form_input(editor, "duracion_minutos")
    editor.development.view.editor("duracion_minutos").set_value(45)
    editor.identification.place.setFocus()
    wheel(duration, -4)
    assert duration.value() == 45
    duration.setFocus()  # in the field being edited the wheel still works
    wheel(duration, 1)
    assert duration.value() == 46


def test_a_meeting_has_one_conclusions_box_and_the_acta_prints_them_once(make_editor, qtbot, db, school,
                                                                        tmp_path, monkeypatch):
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["capacitacion"], channel="in_situ", technique="reunion")
    editor.frame.show_page("development")
    assert editor.development.conclusions_row.isHidden()
    type_text(form_input(editor, "conclusiones"), "Se ajustará el plan.")
    click(editor.frame.save_button)
    text = pdf_text(actas.render_session(db, editor._forms, editor.payload()["id"]), tmp_path)
    assert "Se ajustará el plan." in text and "Sin conclusiones registradas" not in text
    choose_technique = editor.identification.technique
    choose_technique.setCurrentIndex(choose_technique.findData("taller"))
    assert not editor.development.conclusions_row.isHidden()  # the workshop's form has none


@pytest.fixture
def earlier(db, school):
    today = date.today()
    payload = editing.new_payload(today - timedelta(days=45))
    payload.update(municipality_code=school.municipality_code, school_id=school.id, operations=["asesoria"],
                   channel="visita_recibida", technique="reunion", form_id="reunion", form_version=1,
                   commitments=[{"id": new_id(), "description": "Actualizar el manual de convivencia",
                                 "responsible": "Coordinador", "side": "asistido", "due_date": None}])
    editing.save(db, payload, None)


def test_a_photo_of_a_verified_commitment_is_listed_in_the_acta(make_editor, qtbot, monkeypatch, tmp_path, db,
                                                                school, earlier):
    photo = tmp_path / "manual_aprobado.pdf"
    photo.write_bytes(b"%PDF-1.4 acta del consejo directivo")
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["verificacion_compartida"], channel="in_situ",
                        technique="reunion")
    editor.frame.show_page("verification")
    [card] = editor.verification.cards
    click(card.radios["cumplido"])
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, multiple=True: [str(photo)])
    click(card.attach)
    click(editor.frame.save_button)
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    text = pdf_text(actas.render_session(db, editor._forms, editor.payload()["id"]), tmp_path)
    assert "No se adjuntaron evidencias" not in text
    assert "manual_aprobado.pdf" in text and "Actualizar el manual de convivencia" in text


@pytest.fixture
def tokyo_laptop():
    """A laptop whose system clock is set to another zone than Colombia's."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    systime.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    systime.tzset()


def test_signature_times_are_colombian_whatever_the_laptop_zone(make_editor, qtbot, monkeypatch, db, school,
                                                               tmp_path, tokyo_laptop):
    settings.save_profile(db, settings.Profile(full_name="Ana Lucía Trujillo"))
    sign_in_dialog(monkeypatch)
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["capacitacion"], channel="in_situ", technique="reunion")
    editor.frame.show_page("participants")
    click(editor.participants.add_new)
    row = editor.participants.rows[-1]
    row.edits["full_name"].setText("María Perdomo")
    click(row.sign)
    colombia = clock.now()
    assert row.signature.toolTip() == "Firmó el " + colombia.strftime("%d/%m/%Y %H:%M")
    click(editor.frame.save_button)
    stored = queries.load_session(db, editor.payload()["id"])
    text = pdf_text(actas.render_session(db, editor._forms, stored["id"]), tmp_path)
    signed = clock.local(datetime.fromisoformat(stored["attendance"][0]["signed_at"]))
    assert abs(signed - colombia) < timedelta(minutes=2)
    assert "Firmó: " + signed.strftime("%d/%m/%Y %H:%M") in text
    assert "(hora de Colombia)" in text


def test_a_refused_save_focuses_the_empty_commitment_and_long_ones_show_their_start(make_editor, qtbot, school):
    from editor_helpers import add_commitment

    editor = make_editor()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    fill_identification(qtbot, editor, operations=["capacitacion"], channel="in_situ", technique="reunion")
    long_text = "Socializar con todos los docentes de la sede principal y de las sedes rurales " * 2
    add_commitment(editor, long_text.strip(), "Rectora")
    editor.commitments.rows[0].description.setCursorPosition(0)
    click(editor.commitments.add_button)  # a second one, left empty
    click(editor.frame.save_button)
    assert "compromiso" in editor.frame.message.text()
    assert QApplication.focusWidget() is editor.commitments.rows[1].description
    reopened = editor.commitments.add_commitment({"id": new_id(), "description": long_text, "responsible": "R"})
    assert reopened.description.cursorPosition() == 0 and reopened.description.toolTip() == long_text
