"""The acta preview: pages as rendered, save-as, printing, and the fallback without QtPdf."""

from __future__ import annotations

from pathlib import Path

import pytest
from acta_helpers import page_count
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrinter

from ati_desktop.services import actas
from ati_desktop.ui.actas import files, preview, printing, show


@pytest.fixture
def open_preview(qtbot, db, forms):
    def open_(session_id: str) -> preview.ActaPreview:
        window = show.show_acta(None, db, forms, session_id)
        qtbot.addWidget(window)
        return window

    return open_


def wait_ready(qtbot, window) -> int:
    with qtbot.waitSignal(window.ready, timeout=20000) as blocker:
        pass
    return blocker.args[0]


def test_preview_shows_every_page_of_the_rendered_acta(qtbot, db, forms, long_session, open_preview):
    session_id = long_session()
    expected = page_count(actas.render_session(db, forms, session_id))
    assert expected >= 2, "the sample must span several pages"

    window = open_preview(session_id)
    pages = wait_ready(qtbot, window)

    assert pages == expected == window.page_count()
    assert window.page_label.text() == f"Página 1 de {expected}"
    assert "03/11/2026" in window.windowTitle()
    assert "Simón Bolívar" in window.windowTitle()
    assert window.print_action.isEnabled() and window.save_action.isEnabled()

    window.view.pageNavigator().jump(expected - 1, QPointF())
    assert window.page_label.text() == f"Página {expected} de {expected}"


def test_save_as_writes_exactly_the_rendered_bytes(qtbot, db, forms, long_session, open_preview,
                                                   tmp_path, monkeypatch):
    session_id = long_session()
    window = open_preview(session_id)
    wait_ready(qtbot, window)
    offered = []
    target = tmp_path / "salida" / "acta guardada.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(files, "ask_save_path", lambda parent, name: offered.append(name) or target)

    window.save_action.trigger()

    assert target.read_bytes() == actas.render_session(db, forms, session_id)
    assert offered == [actas.acta_file_name(actas.current_record(db, session_id))]
    assert list(target.parent.iterdir()) == [target], "no temporary file is left behind"
    assert str(target) in window.statusBar().currentMessage()


def test_save_as_cancelled_writes_nothing(qtbot, long_session, open_preview, tmp_path, monkeypatch):
    window = open_preview(long_session())
    wait_ready(qtbot, window)
    monkeypatch.setattr(files, "ask_save_path", lambda parent, name: None)
    window.save_action.trigger()
    assert list(tmp_path.glob("*.pdf")) == []


def test_save_as_to_a_missing_folder_explains_it(qtbot, long_session, open_preview, tmp_path, monkeypatch):
    window = open_preview(long_session())
    wait_ready(qtbot, window)
    errors = []
    monkeypatch.setattr(files, "ask_save_path", lambda parent, name: tmp_path / "retirada" / "a.pdf")
    monkeypatch.setattr(preview.messages, "show_error", lambda parent, text: errors.append(text))
    window.save_action.trigger()
    assert len(errors) == 1 and "la carpeta ya no existe" in errors[0]


def print_to_file(monkeypatch, path: Path, configure=lambda printer: None):
    """Replace the print dialog by a PDF printer writing to ``path``."""
    seen = {}

    def answer(parent, printer, pages):
        seen["pages"] = pages
        seen["size"] = printer.pageLayout().pageSize().id()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        configure(printer)
        return True

    monkeypatch.setattr(printing, "ask_print_options", answer)
    return seen


def test_printing_sends_every_page_to_the_printer(qtbot, db, forms, long_session, open_preview, monkeypatch):
    window = open_preview(long_session())
    expected = wait_ready(qtbot, window)
    monkeypatch.setattr(printing, "ask_print_options", lambda parent, printer, pages: True)
    sent = []
    monkeypatch.setattr(printing, "print_document", lambda document, printer, page: sent.append(page) or expected)
    window.print_action.trigger()
    assert sent == [0]
    assert f"{expected} páginas" in window.statusBar().currentMessage()


def test_print_to_file_writes_the_same_verifiable_pdf_as_save_as(qtbot, db, forms, long_session, open_preview,
                                                                tmp_path, monkeypatch):
    window = open_preview(long_session())
    wait_ready(qtbot, window)

    def second_page_twice(printer):  # a range or copies do not cut the acta short
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        printer.setCopyCount(2)

    printed = tmp_path / "impreso.pdf"
    print_to_file(monkeypatch, printed, second_page_twice)
    window.print_action.trigger()
    assert printed.read_bytes() == window.pdf_bytes()
    assert actas.verify_pdf(db, forms, printed.read_bytes()).matches
    assert str(printed) in window.statusBar().currentMessage()


def test_print_dialog_cancelled_prints_nothing(qtbot, long_session, open_preview, tmp_path, monkeypatch):
    window = open_preview(long_session())
    wait_ready(qtbot, window)
    monkeypatch.setattr(printing, "ask_print_options", lambda parent, printer, pages: False)
    printed = []
    monkeypatch.setattr(printing, "print_document", lambda *args: printed.append(args) or 1)
    window.print_action.trigger()
    assert printed == []
    assert "impresora" not in window.statusBar().currentMessage()


def test_actions_have_the_promised_shortcuts(qtbot, long_session, open_preview):
    window = open_preview(long_session())
    wait_ready(qtbot, window)
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.save_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert QKeySequence("Esc") in window.close_action.shortcuts()


def test_ctrl_p_from_the_keyboard_opens_printing(qtbot, long_session, open_preview, monkeypatch):
    window = open_preview(long_session())
    wait_ready(qtbot, window)
    asked = []
    monkeypatch.setattr(printing, "ask_print_options", lambda parent, printer, pages: asked.append(pages))
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [window.page_count()]


def test_zoom_leaves_fit_width_and_comes_back(qtbot, long_session, open_preview):
    window = open_preview(long_session())
    wait_ready(qtbot, window)
    before = window.view.zoomFactor()
    window.zoom_in_action.trigger()
    assert window.view.zoomFactor() == pytest.approx(before * 1.2)
    window.fit_width_action.trigger()
    assert window.view.zoomMode() == window.view.ZoomMode.FitToWidth


def test_missing_session_shows_the_reason_and_offers_nothing(qtbot, db, forms, open_preview):
    window = open_preview("no-existe")
    qtbot.waitUntil(lambda: "No existe la sesión" in window.notice.text(), timeout=10000)
    assert window.stack.currentWidget() is window.notice
    assert not window.print_action.isEnabled() and not window.save_action.isEnabled()


def test_without_qtpdf_the_system_viewer_opens_the_acta(qtbot, db, forms, long_session, monkeypatch):
    session_id = long_session()
    opened = []
    monkeypatch.setattr(show, "ActaPreview", None)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))

    assert show.show_acta(None, db, forms, session_id) is None
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)

    path = Path(opened[0].toLocalFile())
    assert path.name == actas.acta_file_name(actas.current_record(db, session_id))
    assert path.read_bytes() == actas.render_session(db, forms, session_id)
