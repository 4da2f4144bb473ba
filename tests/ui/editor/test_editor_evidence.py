"""Evidencias: thumbnails, kinds and captions; a photo that may show minors needs confirmed consent."""

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from ati_desktop.services import editing, queries
from ati_desktop.ui.editor import dialogs

from editor_helpers import choose, click, fill_identification, type_text


@pytest.fixture
def files(tmp_path):
    photo = tmp_path / "taller_docentes.jpg"
    image = QImage(1600, 1200, QImage.Format_RGB32)
    image.fill(QColor("#3a7d44"))
    assert image.save(str(photo), "JPG")
    document = tmp_path / "lista_asistencia.pdf"
    document.write_bytes(b"%PDF-1.4\n% lista escaneada\n")
    return photo, document


@pytest.fixture
def answers(monkeypatch, files):
    """Files the assistant picks, and her answers to the two questions about minors."""
    asked = {"may_show": [], "authorised": []}
    replies = {"may_show": True, "authorised": True}
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, multiple=True: [str(p) for p in files])
    monkeypatch.setattr(dialogs, "ask_may_show_minors",
                        lambda parent, name: asked["may_show"].append(name) or replies["may_show"])
    monkeypatch.setattr(dialogs, "ask_minors_authorised",
                        lambda parent, name: asked["authorised"].append(name) or replies["authorised"])
    return asked, replies


def test_photo_that_may_show_minors_is_kept_with_confirmed_consent(make_editor, qtbot, db, school, answers, files):
    asked, _replies = answers
    editor = make_editor()
    fill_identification(qtbot, editor, operations=["capacitacion"], channel="in_situ", technique="taller")
    editor.frame.show_page("evidence")
    click(editor.evidence.add_button)
    assert asked == {"may_show": ["taller_docentes.jpg"], "authorised": ["taller_docentes.jpg"]}  # not for the PDF
    photo, document = editor.evidence.rows
    assert not photo.picture.pixmap().isNull() and photo.picture.pixmap().width() <= 96
    assert photo.kind.currentData() == "foto" and document.kind.currentData() == "documento"
    assert "autorización confirmada" in photo.findChild(QLabel, "consent").text()
    type_text(photo.caption, "Docentes en el taller de evaluación")
    choose(document.kind, "lista_asistencia")

    click(editor.frame.save_button)
    assert editor.frame.message.isHidden(), editor.frame.message.text()
    stored = {e["file_name"]: e for e in queries.load_session(db, editor.payload()["id"])["evidence"]}
    assert stored["taller_docentes.jpg"]["may_show_minors"] is True
    assert stored["taller_docentes.jpg"]["minors_confirmed_at"]
    assert stored["taller_docentes.jpg"]["caption"] == "Docentes en el taller de evaluación"
    assert stored["lista_asistencia.pdf"]["kind"] == "lista_asistencia"
    assert stored["lista_asistencia.pdf"]["may_show_minors"] is False
    digest = stored["taller_docentes.jpg"]["sha256"]
    assert editing.read_files(db, [digest])[digest] == files[0].read_bytes()


def test_photo_of_minors_without_authorisation_is_not_kept(make_editor, answers):
    asked, replies = answers
    replies["authorised"] = False
    editor = make_editor()
    click(editor.evidence.add_button)
    assert [row.values["file_name"] for row in editor.evidence.rows] == ["lista_asistencia.pdf"]
    assert "no se guardó" in editor.evidence.problem.text().lower()


def test_photo_without_minors_is_kept_without_asking_for_consent(make_editor, answers):
    asked, replies = answers
    replies["may_show"] = False
    editor = make_editor()
    click(editor.evidence.add_button)
    assert asked["authorised"] == []
    photo = editor.evidence.rows[0]
    assert photo.values["may_show_minors"] is False and photo.values["minors_confirmed_at"] is None


def test_a_file_attached_to_a_form_question_is_also_evidence(qtbot, monkeypatch, db, school, files):
    """No shipped form asks for files yet; a form that does hands them to the Evidencias step."""
    from ati_desktop.formspec import FormDefinition, FormRegistry
    from ati_desktop.ui import tasks
    from ati_desktop.ui.editor import SessionEditor

    form = FormDefinition.model_validate({
        "id": "reunion_con_soportes", "version": 1, "technique": "reunion", "title": "Reunión con soportes",
        "sections": [{"id": "soportes", "title": "Soportes", "fields": [
            {"id": "acta_firmada", "type": "evidence", "label": "Acta firmada escaneada"}]}],
    })
    picks = []
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, multiple=True: picks.append(multiple) or [str(files[1])])
    tasks.set_synchronous(True)
    try:
        editor = SessionEditor(db, FormRegistry([form]))
        editor.show()
        editor.identification.technique.setCurrentIndex(editor.identification.technique.findData("reunion"))
        click(editor.development.view.editor("acta_firmada").attach_button)
        [row] = editor.evidence.rows
        [answer] = editor.development.view.answers()["acta_firmada"]
        assert answer == {"sha256": row.values["sha256"], "file_name": "lista_asistencia.pdf"}
        assert picks == [False]  # one file per attachment
        editor.close()
    finally:
        tasks.set_synchronous(False)
