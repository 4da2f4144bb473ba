"""The supervisor's check of an acta PDF: green when it matches the record, red otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ati_desktop.services import actas
from ati_desktop.services.sessions import save_session
from ati_desktop.ui.actas import VerifyActaDialog, files
from ati_desktop.ui.actas.verify_dialog import MATCH_STYLE, REFUSED_STYLE


@pytest.fixture
def dialog(qtbot, db, forms):
    widget = VerifyActaDialog(db, forms)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def acta_pdf(db, forms, make_session, tmp_path):
    saved = save_session(db, make_session())
    path = tmp_path / "acta.pdf"
    path.write_bytes(actas.render_session(db, forms, saved.id))
    return saved.id, path


def verify(qtbot, dialog, path) -> bool:
    with qtbot.waitSignal(dialog.verified, timeout=20000) as blocker:
        dialog.verify_file(path)
    return blocker.args[0]


def test_a_good_acta_shows_the_match_in_green(qtbot, dialog, acta_pdf, monkeypatch):
    session_id, path = acta_pdf
    monkeypatch.setattr(files, "ask_open_pdf", lambda parent: path)
    with qtbot.waitSignal(dialog.verified, timeout=20000) as blocker:
        dialog.choose_button.click()

    assert blocker.args == [True] and dialog.matches() is True
    assert dialog.verdict_text() == f"✔ El acta coincide con el registro: sesión {session_id}, revisión 1."
    assert MATCH_STYLE in dialog.verdict.styleSheet()
    assert dialog.path_edit.text() == str(path)


def test_a_modified_acta_is_refused_in_red(qtbot, dialog, acta_pdf, tmp_path):
    _session_id, path = acta_pdf
    tampered = tmp_path / "modificada.pdf"
    tampered.write_bytes(path.read_bytes().replace(b"/Producer", b"/Producor", 1))

    assert verify(qtbot, dialog, tampered) is False
    assert dialog.verdict_text().startswith("✘ El PDF fue modificado después de generarse")
    assert REFUSED_STYLE in dialog.verdict.styleSheet()


def test_an_acta_of_a_corrected_session_is_refused(qtbot, db, forms, dialog, make_session, tmp_path):
    data = make_session()
    saved = save_session(db, data, close=True)
    old = tmp_path / "vieja.pdf"
    old.write_bytes(actas.render_session(db, forms, saved.id))
    data.id = saved.id
    data.objective = "Objetivo corregido"
    save_session(db, data, correction_reason="Objetivo mal escrito")

    assert verify(qtbot, dialog, old) is False
    assert "reemplazada por la revisión 2" in dialog.verdict_text()


def test_a_file_that_is_not_an_acta_is_refused_with_the_reason(qtbot, dialog, tmp_path):
    other = tmp_path / "factura.pdf"
    other.write_bytes(b"no es un pdf")
    assert verify(qtbot, dialog, other) is False
    assert "no es un PDF" in dialog.verdict_text()
    assert dialog.choose_button.isEnabled()


def test_a_file_that_vanished_is_explained(qtbot, dialog, tmp_path):
    assert verify(qtbot, dialog, tmp_path / "retirada.pdf") is False
    assert "No se pudo leer el archivo «retirada.pdf»" in dialog.verdict_text()


def drag_enter(dialog, mime) -> QDragEnterEvent:
    return QDragEnterEvent(QPointF(dialog.rect().center()), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def test_a_pdf_dropped_on_the_dialog_is_verified(qtbot, dialog, acta_pdf):
    _session_id, path = acta_pdf
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = drag_enter(dialog, mime)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()

    with qtbot.waitSignal(dialog.verified, timeout=20000) as blocker:
        QApplication.sendEvent(dialog, QDropEvent(QPointF(dialog.rect().center()), Qt.DropAction.CopyAction,
                                                  mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert blocker.args == [True]


def test_other_files_are_not_accepted_for_dropping(qtbot, dialog, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "foto.jpg"))])
    enter = drag_enter(dialog, mime)
    enter.ignore()
    QApplication.sendEvent(dialog, enter)
    assert not enter.isAccepted()
