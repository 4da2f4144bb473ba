"""Driving the editor as a person does: real key presses, clicks and mouse strokes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QRadioButton, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type through real key events; accented letters go as text events (QTest aborts on them)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))


def choose(combo, data) -> None:
    """Pick a combo entry with the arrow keys, as someone without a mouse would."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        QTest.keyClick(combo, Qt.Key_Down)
    assert combo.currentData() == data, f"{data!r} is not an entry of the combo"


def click(widget: QWidget) -> None:
    """Click a button; check boxes and radio buttons on their indicator, as a person aims."""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        point = QPoint(8, widget.height() // 2)
    else:
        point = widget.rect().center()
    QTest.mouseClick(widget, Qt.LeftButton, Qt.NoModifier, point)


def draw_signature(pad: QWidget) -> None:
    """A scribble made of mouse events: press, a few moves with the button held, release."""
    points = [QPoint(30, 80), QPoint(60, 40), QPoint(90, 110), QPoint(130, 50), QPoint(170, 90)]
    QTest.mousePress(pad, Qt.LeftButton, Qt.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.LeftButton, Qt.NoModifier, points[-1])


def fill_identification(qtbot, editor, *, operations, channel, technique, municipality="Gigante",
                        school_text="Esperanza", place="Sala de profesores") -> None:
    page = editor.identification
    editor.frame.show_page("identification")
    page.municipality.lineEdit().selectAll()
    type_text(page.municipality.lineEdit(), municipality)
    QTest.keyClick(page.municipality.lineEdit(), Qt.Key_Return)
    if school_text:
        type_text(page.school.edit, school_text)
        qtbot.waitUntil(lambda: bool(page.school.results()), timeout=3000)
        QTest.keyClick(page.school.edit, Qt.Key_Return)
        assert page.school.school_id() is not None
    for code in operations:
        click(page.operations[code])
    click(page.channels[channel])
    choose(page.technique, technique)
    type_text(page.place, place)


def form_input(editor, field_id: str) -> QWidget:
    """The input widget of one question of the form on the Desarrollo page."""
    return editor.development.view.editor(field_id).focus_widgets()[0]


def sign_in_dialog(monkeypatch) -> list[bytes]:
    """Answer «Firmar» with the real dialog: draw on its pad, press «Aceptar firma»."""
    from ati_desktop.ui.editor import signature_dialog

    images: list[bytes] = []

    def ask(parent, name):
        dialog = signature_dialog.SignatureDialog(name, parent)
        dialog.show()
        draw_signature(dialog.pad.canvas)
        click(dialog.ok)
        images.append(dialog.png())
        return images[-1]

    monkeypatch.setattr(signature_dialog, "ask_signature", ask)
    return images


def add_participant(editor, name: str, role: str, sign: bool = True):
    page = editor.participants
    editor.frame.show_page("participants")
    click(page.add_new)
    row = page.rows[-1]
    type_text(row.edits["full_name"], name)
    type_text(row.edits["role"], role)
    if sign:
        click(row.sign)
    return row


def add_commitment(editor, description: str, responsible: str, side: str = "asistido"):
    page = editor.commitments
    editor.frame.show_page("commitments")
    click(page.add_button)
    row = page.rows[-1]
    type_text(row.description, description)
    type_text(row.responsible, responsible)
    choose(row.side, side)
    return row


def type_cell(table, row: int, column: int, text: str) -> None:
    """Open a table cell's editor, type into it and press Enter."""
    if table.state() != table.State.EditingState or table.currentColumn() != column:
        table.setCurrentCell(row, column)
        table.editItem(table.item(row, column))
    # The open cell editor is the visible line edit; closed ones linger hidden until deleted.
    [typing] = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    type_text(typing, text)
    QTest.keyClick(typing, Qt.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes the editor in a queued call
