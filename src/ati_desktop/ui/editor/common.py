"""Pieces shared by the editor's pages: the page base, change watching, dates and labels."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.domain import clock

DATE_FORMAT = "dd/MM/yyyy"
# A due date equal to this sentinel means "no date": QDateEdit cannot be empty.
NO_DATE = QDate(2000, 1, 1)


def reference_label(code_enum, code: str | None) -> str:
    """The translated label of a reference code (``domain.reference``)."""
    if not code:
        return ""
    return QCoreApplication.translate("reference", code_enum(code).label)


def to_qdate(value: str | None) -> QDate:
    if not value:
        return NO_DATE
    parsed = date.fromisoformat(value)
    return QDate(parsed.year, parsed.month, parsed.day)


def from_qdate(value: QDate) -> str | None:
    if not value.isValid() or value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day()).isoformat()


def show_date(value: str | None) -> str:
    """An ISO date shown the Colombian way, DD/MM/AAAA."""
    return date.fromisoformat(value[:10]).strftime("%d/%m/%Y") if value else ""


def show_datetime(value: str | datetime | None) -> str:
    """A stored UTC time shown in Colombian time, DD/MM/AAAA HH:MM."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return clock.local(moment).strftime("%d/%m/%Y %H:%M")


def watch(widget: QWidget, slot) -> None:
    """Call ``slot`` on any user-visible change of an input widget."""
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(slot)
        for name in ("dateChanged", "timeChanged", "valueChanged"):
            if hasattr(widget, name):
                getattr(widget, name).connect(slot)
    elif isinstance(widget, QTableWidget):
        widget.itemChanged.connect(slot)
    else:
        raise TypeError(f"cannot watch {type(widget).__name__}")


def discard(widget: QWidget) -> None:
    """Take a widget out of view and out of its layout now; Qt frees it when the loop runs."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def long_text(accessible_name: str, placeholder: str = "", height: int = 72) -> QPlainTextEdit:
    """A multi-line input where Tab moves focus instead of typing a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(height)
    return edit


def note_label(text: str = "", kind: str = "info") -> QLabel:
    """A wrapped note; ``warning`` notes stand out without blocking anything."""
    label = QLabel(text)
    label.setWordWrap(True)
    set_note_kind(label, kind)
    return label


def set_note_kind(label: QLabel, kind: str) -> None:
    """Colour a note as ``info``, ``warning`` or ``error``."""
    label.setObjectName(f"note_{kind}")
    colours = {"info": ("#eef4fb", "#284a6e"), "warning": ("#fff4d6", "#6b4a00"),
               "error": ("#fde8e8", "#8a1c1c")}
    background, foreground = colours[kind]
    label.setStyleSheet(f"QLabel {{ background: {background}; color: {foreground}; "
                        "border-radius: 4px; padding: 6px; }")


class EditorPage(QWidget):
    """One step of the editor: emits ``changed`` and reads/writes its part of the payload."""

    changed = Signal()
    page_id = ""

    def __init__(self, parent: QWidget | None = None, scrolled: bool = True) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget()
        if scrolled:  # pages that hold a scrolling view of their own are not scrolled twice
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.NoFrame)
            scroll.setFocusPolicy(Qt.NoFocus)  # not a Tab stop; it follows the focused field
            scroll.setWidget(self.body)
            outer.addWidget(scroll)
        else:
            outer.addWidget(self.body)

    def title(self) -> str:
        raise NotImplementedError

    def state(self) -> dict:
        raise NotImplementedError

    def set_state(self, payload: dict) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """Closed sessions are shown, not edited; the scroll area stays usable."""
        self.body.setEnabled(not read_only)

    def first_input(self) -> QWidget | None:
        """Where focus goes when the page is shown because something needs fixing."""
        return None
