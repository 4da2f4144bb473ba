"""Editors built on Qt spin boxes (integers, dates, times), which can stay unanswered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QDateTimeEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
)

from ati_desktop.ui.forms.field_widgets import Editor, row_layout


class _Blankable:
    """Lets a spin-like box hold no answer, shown as a dash or a short text.

    While blank the box sits at its minimum with a special text; the first key typed or the
    first step leaves the blank state from a sensible starting value.
    """

    def _init_blank(self, blank_text: str) -> None:
        self._blank_text = blank_text
        self.set_blank(True)

    def is_blank(self) -> bool:
        return self._blank or not self.lineEdit().text().strip()

    def set_blank(self, blank: bool) -> None:
        self._blank = blank
        self.setSpecialValueText(self._blank_text if blank else "")
        if blank:
            self._to_minimum()

    def _leave_blank(self, typing: bool) -> None:
        self.set_blank(False)
        self._start(typing)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        clearing = event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        whole = self.lineEdit().selectedText() == self.lineEdit().text()
        if not self._blank and clearing and whole:
            self.set_blank(True)
            self._notify()
            return
        if self._blank and event.text().strip() and event.text().isprintable():
            self._leave_blank(typing=True)
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self._blank:
            self._leave_blank(typing=False)
            self._notify()
            return
        super().stepBy(steps)


class _SpinBox(_Blankable, QSpinBox):
    # Wide bounds: the field's own range is checked with its message, never silently clamped.
    LIMIT = 999_999_999

    def __init__(self, start: int, changed: Callable[[], None]) -> None:
        super().__init__()
        self._start_value, self._notify = start, changed
        self.setRange(-self.LIMIT - 1, self.LIMIT)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self._init_blank("—")
        self.editingFinished.connect(self._finish)

    def _finish(self) -> None:
        # Text erased by hand: keep it unanswered instead of letting Qt restore the old number.
        if not self._blank and not self.lineEdit().text().strip():
            self.set_blank(True)

    def _to_minimum(self) -> None:
        self.setValue(self.minimum())

    def _start(self, typing: bool) -> None:
        self.setValue(self._start_value)
        if typing:
            self.lineEdit().clear()


class IntegerEditor(Editor):
    """A spin box without bounds of its own: the field's range speaks through its message."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        start = int(field.range.min) if field.range and field.range.min is not None else 0
        self.spin = _SpinBox(start, self.edited.emit)
        self.spin.setObjectName(field.id)
        self.spin.setMinimumWidth(140)
        row_layout(self, self.spin)
        self.spin.lineEdit().textChanged.connect(self.edited)

    def value(self):
        if self.spin.is_blank() or not self.spin.hasAcceptableInput():
            return None
        return self.spin.value()

    def input_error(self):
        if not self.spin.is_blank() and not self.spin.hasAcceptableInput():
            return self.tr("Escriba un número entero.")
        return None

    def set_value(self, value) -> None:
        is_int = isinstance(value, int) and not isinstance(value, bool)
        self.spin.set_blank(not is_int)
        if is_int:
            self.spin.setValue(value)

    def focus_widgets(self):
        return [self.spin]


class _DateBox(_Blankable, QDateEdit):
    FLOOR = QDate(100, 1, 1)

    def __init__(self, blank_text: str, changed: Callable[[], None]) -> None:
        super().__init__()
        self._notify = changed
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(self.FLOOR)
        self._init_blank(blank_text)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # A blank box sits in 1900; open the calendar on the current month instead.
        if event.type() == QEvent.Type.Show and self._blank:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def _to_minimum(self) -> None:
        self.setDate(self.minimumDate())

    def _start(self, typing: bool) -> None:
        self.setDate(QDate.currentDate())
        if typing:
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)
            self.lineEdit().setSelection(0, 2)


class _TimeBox(_Blankable, QTimeEdit):
    def __init__(self, blank_text: str, changed: Callable[[], None]) -> None:
        super().__init__()
        self._notify = changed
        self.setDisplayFormat("HH:mm")
        self._init_blank(blank_text)

    def _to_minimum(self) -> None:
        self.setTime(self.minimumTime())

    def _start(self, typing: bool) -> None:
        now = QTime.currentTime()
        self.setTime(QTime(now.hour(), 0))
        if typing:
            self.setCurrentSection(QDateTimeEdit.Section.HourSection)
            self.lineEdit().setSelection(0, 2)


class _ClearableEditor(Editor):
    """A date or time box with a «Quitar» button that leaves the answer empty."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        self.box = self._make_box()
        self.box.setObjectName(field.id)
        self.box.setMinimumWidth(140)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Quitar"))
        self.clear_button.setToolTip(self.tr("Dejar sin respuesta"))
        self.clear_button.clicked.connect(self._clear)
        row_layout(self, self.box, self.clear_button)
        self.box.dateTimeChanged.connect(self.edited)

    def _make_box(self):
        raise NotImplementedError

    def make_compact(self) -> None:
        # In a row that already has «Quitar fila», a second «Quitar» would be ambiguous.
        self.clear_button.setText("×")

    def _clear(self) -> None:
        self.box.set_blank(True)
        self.edited.emit()

    def focus_widgets(self):
        return [self.box, self.clear_button]

    def set_accessible_name(self, name: str) -> None:
        super().set_accessible_name(name)
        self.clear_button.setAccessibleName(self.tr("Quitar: %1").replace("%1", name))


class DateEditor(_ClearableEditor):
    """A dd/MM/yyyy date box with a calendar."""

    def _make_box(self):
        return _DateBox(self.tr("Sin fecha"), self.edited.emit)

    def value(self):
        return None if self.box.is_blank() else self.box.date().toString("yyyy-MM-dd")

    def set_value(self, value) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) else QDate()
        self.box.set_blank(not date.isValid())
        if date.isValid():
            self.box.setDate(date)


class TimeEditor(_ClearableEditor):
    """An HH:mm time box."""

    def _make_box(self):
        return _TimeBox(self.tr("Sin hora"), self.edited.emit)

    def value(self):
        return None if self.box.is_blank() else self.box.time().toString("HH:mm")

    def set_value(self, value) -> None:
        time = QTime.fromString(value, "HH:mm") if isinstance(value, str) else QTime()
        self.box.set_blank(not time.isValid())
        if time.isValid():
            self.box.setTime(time)
