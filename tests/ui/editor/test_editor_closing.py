"""Closing is a check: what the record lacks is listed, what the guideline requires blocks."""

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ati_desktop.services import actas, editing, queries, settings
from ati_desktop.storage.types import new_id
from ati_desktop.ui.editor import dialogs

from editor_helpers import choose, click, draw_signature, sign_in_dialog

REUNION_ANSWERS = {
    "tema_comun": "Ajuste del PMI",
    "agenda": [{"punto_tema": "Revisión de metas", "punto_responsable": "Rectora"}],
    "discusion": "Se revisaron las metas del año.",
    "conclusiones": "Se ajustará el plan.",
}


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "acta.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def profile(db):
    settings.save_profile(db, settings.Profile(full_name="Ana Lucía Trujillo", role="Profesional de apoyo"))


def saved_session(db, school, **changes) -> str:
    payload = editing.new_payload()
    payload.update(municipality_code=school.municipality_code, school_id=school.id, school_name=school.name,
                   operations=["capacitacion"], channel="in_situ", technique="reunion", form_id="reunion",
                   form_version=1, answers=REUNION_ANSWERS, objective="Revisar metas", place="Biblioteca",
                   start_time="07:15", end_time="08:15",
                   scope_guidelines="Guía 34", commitments=[{
                       "id": new_id(), "description": "Enviar el PMI", "responsible": "Rectora",
                       "side": "asistido", "due_date": None}])
    payload.update(changes)
    editing.save(db, payload, None)
    return payload["id"]


@pytest.fixture
def answered(monkeypatch):
    """Answer the closing dialog through the real dialog; keeps what it listed."""
    shown = []

    def answer(press):
        def ask(parent, items):
            dialog = dialogs.ClosingDialog(items, parent)
            dialog.show()
            shown.append((dialog, items))
            if press == "enter":
                QTest.keyClick(dialog, Qt.Key_Return)
            else:
                click(dialog.close_button)
            return dialog.result() == dialog.DialogCode.Accepted and not dialog.blocked
        monkeypatch.setattr(dialogs, "ask_close_session", ask)
        return shown
    return answer


def test_ctrl_enter_on_an_empty_record_lists_what_blocks_and_does_not_close(
        make_editor, qtbot, db, school, profile, answered):
    shown = answered("enter")
    session_id = saved_session(db, school, objective="", answers={})
    editor = make_editor(session_id=session_id)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    QTest.keyClick(editor, Qt.Key_Return, Qt.ControlModifier)
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    [(dialog, items)] = shown
    assert dialog.blocked and dialog.close_button is None and dialog.back.isDefault()
    blocking = [text for text, blocks in items if blocks]
    assert any("participantes" in text for text in blocking)
    assert any("objetivo" in text for text in blocking)
    assert any("Tema" in text for text in blocking)  # a required question of the meeting's form
    assert queries.load_session(db, session_id)["status"] == "abierta"
    assert editor.frame.current_page() is editor.scope  # the first page with a gap: the objective


def test_a_participant_who_refused_to_sign_is_a_reason_not_a_gap(
        make_editor, db, school, profile, answered, monkeypatch, tmp_path):
    shown = answered("enter")
    session_id = saved_session(db, school)
    editor = make_editor(session_id=session_id)
    page = editor.participants
    editor.frame.show_page("participants")
    click(page.add_new)
    page.rows[-1].edits["full_name"].setText("Jorge Cabrera")
    click(page.add_new)
    page.rows[-1].edits["full_name"].setText("María Perdomo")
    sign_in_dialog(monkeypatch)
    click(page.rows[-1].sign)
    click(editor.frame.close_session_button)
    [(dialog, items)] = shown
    assert dialog.blocked
    assert [text for text, blocks in items if blocks] == [
        "Jorge Cabrera no ha firmado: pídale que firme o indique el motivo (no asistió, se negó a "
        "firmar, firmó en papel)."]
    refused = page.rows[0]
    assert not refused.unsigned.isHidden() and page.rows[-1].unsigned.isHidden()
    choose(refused.unsigned, "se_nego")
    assert page.state()["attendance"][0]["unsigned_reason"] == "se_nego"

    shown.clear()
    answered("close")
    click(editor.frame.close_session_button)
    [(dialog, items)] = shown
    assert not dialog.blocked and dialog.back.isDefault()
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    assert queries.load_session(db, session_id)["status"] == "cerrada"
    text = pdf_text(actas.render_session(db, editor._forms, session_id), tmp_path)
    assert "Ana Lucía Trujillo" in text  # the profile is the acta's «Profesional de apoyo»
    # The reason is stored with the attendance, printed where the signature would be, and shown again.
    stored = {a["full_name"]: a.get("unsigned_reason") for a in queries.load_session(db, session_id)["attendance"]}
    assert stored == {"Jorge Cabrera": "se_nego", "María Perdomo": None}
    assert "Se negó a firmar" in text
    reopened = make_editor(session_id=session_id).participants
    assert reopened.rows[0].unsigned.currentData() == "se_nego"


def test_without_a_profile_closing_is_blocked(make_editor, db, school, answered):
    shown = answered("enter")
    editor = make_editor(session_id=saved_session(db, school))
    click(editor.frame.close_session_button)
    [(dialog, items)] = shown
    assert any("perfil" in text and blocks for text, blocks in items)


def test_enter_in_the_signature_dialog_accepts_and_never_erases(qtbot):
    from ati_desktop.ui.editor.signature_dialog import SignatureDialog

    dialog = SignatureDialog("María Perdomo")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # focus lands where the dialog puts it first
    draw_signature(dialog.pad.canvas)
    QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.png() is not None


def test_cargo_offers_the_usual_roles_and_keeps_free_text(make_editor, qtbot):
    from editor_helpers import type_text

    editor = make_editor()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.frame.show_page("participants")
    click(editor.participants.add_new)
    role = editor.participants.rows[-1].edits["role"]
    type_text(role, "coord")
    offered = role.completer().model()
    assert [offered.index(i, 0).data() for i in range(offered.rowCount())] == ["Coordinador(a)"]
    role.clear()
    type_text(role, "Líder del comité de convivencia")
    assert editor.participants.state()["attendance"][0]["role"] == "Líder del comité de convivencia"
