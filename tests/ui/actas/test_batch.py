"""Actas by batch: a folder of PDFs or one merged PDF, with progress, cancel and a summary."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from acta_helpers import page_count, pdfinfo_pages
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ati_desktop.services import actas
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.ui import tasks
from ati_desktop.ui.actas import BatchActasDialog, batch_work, files

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def five_sessions(long_session):
    """Five sessions of the school in November 2026, one of them long."""
    ids = [long_session(date(2026, 11, day), commitments=1) for day in (2, 5, 9, 12)]
    ids.append(long_session(date(2026, 11, 20), commitments=30))
    return ids


@pytest.fixture
def out(tmp_path):
    """An empty folder for the actas (the database lives in tmp_path itself)."""
    folder = tmp_path / "actas"
    folder.mkdir()
    return folder


@pytest.fixture
def dialog(qtbot, db, forms):
    widget = BatchActasDialog(db, forms)
    qtbot.addWidget(widget)
    widget.set_range(*NOVEMBER)
    widget.show()
    return widget


def wait_count(qtbot, dialog, expected: int) -> None:
    qtbot.waitUntil(lambda: dialog.session_count() == expected, timeout=10000)


def run(qtbot, dialog):
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000) as blocker:
        dialog.start_button.click()
    return blocker.args[0]


def type_text(widget, text: str) -> None:
    """Real key events, accented letters included (keyClicks aborts on non-ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_one_pdf_per_session_in_a_folder(qtbot, db, forms, dialog, five_sessions, out, monkeypatch):
    wait_count(qtbot, dialog, 5)
    assert dialog.count_label.text() == "5 sesiones coinciden."
    assert not dialog.start_button.isEnabled(), "nothing starts before a destination is chosen"
    monkeypatch.setattr(files, "ask_folder", lambda parent: out)
    dialog.choose_button.click()
    assert dialog.start_button.isEnabled()

    outcome = run(qtbot, dialog)

    expected = {actas.acta_file_name(actas.current_record(db, sid)): sid for sid in five_sessions}
    assert sorted(path.name for path in out.iterdir()) == sorted(expected)
    for name, session_id in expected.items():
        assert (out / name).read_bytes() == actas.render_session(db, forms, session_id)
    assert outcome.actas_written == 5 and not outcome.cancelled
    assert dialog.progress.maximum() == 5 and dialog.progress.value() == 5
    assert dialog.status.text() == f"Listo: se guardaron 5 actas en {out}."
    assert dialog.open_button.isVisible() and dialog.close_button.isEnabled()


def test_one_merged_pdf(qtbot, db, forms, dialog, five_sessions, out, monkeypatch):
    wait_count(qtbot, dialog, 5)
    dialog.merged.setChecked(True)
    offered = []
    target = out / "lote.pdf"
    monkeypatch.setattr(files, "ask_merged_path", lambda parent, name: offered.append(name) or target)
    dialog.choose_button.click()

    outcome = run(qtbot, dialog)

    assert offered == ["actas-todas-2026-11-01-2026-11-30.pdf"]
    assert list(out.iterdir()) == [target]
    expected_pages = sum(page_count(actas.render_session(db, forms, sid)) for sid in five_sessions)
    assert pdfinfo_pages(target) == expected_pages
    assert outcome.written == [target] and outcome.actas_written == 5
    assert dialog.progress.value() == dialog.progress.maximum() == 5
    assert "5 actas reunidas" in dialog.status.text()


def test_cancel_stops_a_merged_batch_and_writes_no_file(qtbot, dialog, five_sessions, out, monkeypatch):
    wait_count(qtbot, dialog, 5)
    dialog.merged.setChecked(True)
    dialog.set_target(out / "lote.pdf")
    # Inline tasks make the moment of cancelling exact: right after the first acta is laid out.
    monkeypatch.setattr(tasks, "_synchronous", True)
    reports = []
    dialog.progress.valueChanged.connect(reports.append)
    dialog.progress.valueChanged.connect(lambda done: dialog.cancel() if done >= 1 else None)

    outcome = run(qtbot, dialog)

    assert outcome.cancelled and outcome.written == [] and outcome.actas_written == 0
    assert max(reports) < 5
    assert list(out.iterdir()) == [], "neither the PDF nor a temporary part of it"
    assert dialog.status.text() == "Cancelado: no se escribió ningún archivo."


def test_esc_while_running_cancels_after_the_acta_in_progress(qtbot, db, forms, dialog, five_sessions,
                                                           out, monkeypatch):
    wait_count(qtbot, dialog, 5)
    dialog.set_target(out)
    gate = threading.Event()
    rendered = []
    real_render = batch_work.actas.render_session

    def render_held_at_the_second(db_, forms_, session_id):
        rendered.append(session_id)
        if len(rendered) == 2:
            assert gate.wait(20)
        return real_render(db_, forms_, session_id)

    monkeypatch.setattr(batch_work.actas, "render_session", render_held_at_the_second)
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000) as blocker:
        dialog.start_button.click()
        qtbot.waitUntil(lambda: dialog.progress.value() == 1, timeout=20000)
        assert not dialog.close_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible(), "Esc cancels the batch instead of hiding it"
        assert dialog.status.text().startswith("Cancelando")
        gate.set()
    outcome = blocker.args[0]

    assert outcome.cancelled and outcome.actas_written == 2 and len(rendered) == 2
    assert sorted(path.name for path in out.iterdir()) == sorted(path.name for path in outcome.written)
    assert dialog.status.text() == f"Cancelado: se guardaron 2 de 5 actas en {out}."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_school_typed_with_accents_narrows_the_batch(qtbot, db, dialog, five_sessions, make_session):
    from ati_desktop.services.sessions import save_session

    other = add_school_in_field(db, "Colegio Nacional Los Andes", "41298", "241298000999")
    save_session(db, make_session(school_id=other.id, session_date=date(2026, 11, 4)))
    dialog.refresh_count()  # the dialog counts when the choice changes, not when others save
    wait_count(qtbot, dialog, 6)

    dialog.school.setFocus()
    type_text(dialog.school, "Simón")
    assert dialog.count_label.text().startswith("Elija un establecimiento")
    assert not dialog.start_button.isEnabled()
    shown = "Institución Educativa Simón Bolívar — Garzón · DANE 241298000123"
    qtbot.waitUntil(lambda: dialog.school.completer().model().rowCount() == 1, timeout=10000)
    qtbot.keyClick(dialog.school, Qt.Key.Key_Return)

    assert dialog.school.text() == shown
    assert dialog.school.school_dane() == "241298000123"
    wait_count(qtbot, dialog, 5)

    dialog.school.clear()
    wait_count(qtbot, dialog, 6)


def test_dates_narrow_the_batch_and_a_reversed_range_is_explained(qtbot, dialog, five_sessions):
    wait_count(qtbot, dialog, 5)
    dialog.set_range(date(2026, 11, 5), date(2026, 11, 12))
    wait_count(qtbot, dialog, 3)
    dialog.set_range(date(2026, 11, 21), date(2026, 11, 30))
    wait_count(qtbot, dialog, 0)
    assert dialog.count_label.text() == "Ninguna sesión coincide con esta selección."
    dialog.set_range(date(2026, 11, 30), date(2026, 11, 1))
    assert dialog.count_label.text() == "La fecha inicial es posterior a la final."
    assert not dialog.start_button.isEnabled()


def test_a_folder_that_vanished_is_reported_and_the_dialog_recovers(qtbot, dialog, five_sessions, out):
    wait_count(qtbot, dialog, 5)
    dialog.set_target(out / "memoria-retirada")

    outcome = run(qtbot, dialog)

    assert outcome is None
    assert "la carpeta ya no existe" in dialog.status.text()
    assert dialog.start_button.isEnabled() and dialog.close_button.isEnabled()


def test_the_batch_is_made_with_the_keyboard_alone(qtbot, db, dialog, five_sessions, make_session, out):
    """Two schools of one name: Down picks the second, Enter selects it; the destination is typed."""
    from PySide6.QtTest import QTest

    from ati_desktop.services.sessions import save_session

    twin = add_school_in_field(db, "Institución Educativa Simón Bolívar", "41357", "241357000456")
    save_session(db, make_session(school_id=twin.id, municipality_code="41357", session_date=date(2026, 11, 4)))
    dialog.refresh_count()
    wait_count(qtbot, dialog, 6)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.school.setFocus()
    type_text(dialog.school, "simon bolivar")
    popup = dialog.school.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and dialog.school.completer().model().rowCount() == 2, timeout=10000)
    shown = [dialog.school.completer().model().index(i, 0).data() for i in range(2)]
    assert shown == ["Institución Educativa Simón Bolívar — Garzón · DANE 241298000123",
                     "Institución Educativa Simón Bolívar — Íquira · DANE 241357000456"]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(dialog.school, Qt.Key.Key_Return)
    assert dialog.school.school_dane() == "241357000456"
    wait_count(qtbot, dialog, 1)

    dialog.target_edit.setFocus()
    QTest.keyClicks(dialog.target_edit, str(out))
    assert dialog.start_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000):
        QTest.keyClick(dialog.target_edit, Qt.Key.Key_Return)  # Enter means «Generar actas»
    assert len(list(out.glob("*.pdf"))) == 1
