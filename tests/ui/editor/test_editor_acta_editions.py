"""The acta of a session closed in the editor is the original; a correction after it is edition 2."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ati_desktop.services import queries, settings
from ati_desktop.ui import tasks
from ati_desktop.ui.actas import files, show
from ati_desktop.ui.editor import dialogs

from editor_helpers import add_participant, choose, click, fill_identification, form_input, type_text


@pytest.fixture
def closing_confirmed(monkeypatch):
    """The closing dialog, the real one, answered with «Cerrar la sesión»; keeps what it listed."""
    shown = []

    def ask(parent, items):
        dialog = dialogs.ClosingDialog(items, parent)
        dialog.show()
        shown.append(items)
        click(dialog.close_button)
        return dialog.result() == dialog.DialogCode.Accepted and not dialog.blocked

    monkeypatch.setattr(dialogs, "ask_close_session", ask)
    return shown


def acta_text(qtbot, monkeypatch, db, forms, session_id, path) -> str:
    """Save the acta from its preview window, as the assistant does, and read the PDF's text."""
    window = show.show_acta(None, db, forms, session_id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.save_action.isEnabled() and window.page_count() > 0, timeout=20000)
    monkeypatch.setattr(files, "ask_save_path", lambda parent, name: path)
    window.save_action.trigger()
    assert tasks.wait_for_idle()
    qtbot.waitUntil(path.exists, timeout=10000)
    window.close()
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


def test_closing_prints_the_original_and_a_correction_prints_edition_two(
        make_editor, qtbot, db, forms, school, closing_confirmed, monkeypatch, tmp_path):
    settings.save_profile(db, settings.Profile(full_name="Ana Lucía Trujillo", role="Profesional de apoyo"))
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["capacitacion"], channel="in_situ", technique="reunion")
    editor.frame.show_page("development")
    type_text(form_input(editor, "tema_comun"), "Ajuste del PMI")
    agenda = editor.development.view.editor("agenda")
    click(agenda.add_button)
    row = agenda.row_editors()[0]
    type_text(row["punto_tema"].focus_widgets()[0], "Metas del año")
    type_text(row["punto_responsable"].focus_widgets()[0], "Rectora")
    type_text(form_input(editor, "discusion"), "Se revisaron las metas del año.")
    type_text(form_input(editor, "conclusiones"), "Se ajustará el plan de mejoramiento.")
    editor.frame.show_page("scope")
    type_text(editor.scope.objective, "Revisar metas")
    add_participant(editor, "María Perdomo", "Rectora", sign=False)
    choose(editor.participants.rows[-1].unsigned, "firma_papel")

    click(editor.frame.save_button)  # saved once, still open
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    session_id = editor.payload()["id"]
    assert queries.load_session(db, session_id)["status"] == "abierta"

    click(editor.frame.close_session_button)
    assert len(closing_confirmed) == 1 and not any(blocks for _text, blocks in closing_confirmed[0])
    assert queries.load_session(db, session_id)["status"] == "cerrada"

    original = acta_text(qtbot, monkeypatch, db, forms, session_id, tmp_path / "original.pdf")
    assert "Edición: 1 (acta original)" in original
    assert "Reemplaza" not in original and "Motivo de la corrección" not in original
    assert "del acta." not in original, "no edition note on the original"

    monkeypatch.setattr(dialogs, "ask_correction_reason", lambda parent: "La hora de inicio estaba mal")
    click(editor.frame.correct_button)
    editor.frame.show_page("scope")
    editor.scope.objective.setFocus()
    QTest.keyClick(editor.scope.objective, Qt.Key_End, Qt.ControlModifier)
    type_text(editor.scope.objective, " del año")
    click(editor.frame.save_button)
    assert editor.frame.message.isHidden(), editor.frame.message.text()

    corrected = acta_text(qtbot, monkeypatch, db, forms, session_id, tmp_path / "corregida.pdf")
    assert "Edición 2 del acta. Reemplaza la edición 1 de esta sesión." in corrected
    assert "Motivo de la corrección: La hora de inicio estaba mal" in corrected
    assert "Edición: 2" in corrected and "acta original" not in corrected
    assert "Revisar metas del año" in corrected
