"""The editor base class and the editors of texts and decimals.

An editor edits one answer (its ``value()`` is the plain JSON value or None) and knows
nothing of labels, errors or relevance, so repeat groups can reuse editors as table cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

LinkOptions = Callable[[str], list[tuple[str, str]]]
AttachFile = Callable[[], dict | None]
SaveSignature = Callable[[bytes], str]


@dataclass
class FormContext:
    """What editors need besides their field: the form's texts and the injected services."""

    translation_context: str
    save_signature: SaveSignature
    link_options: LinkOptions | None = None
    attach_file: AttachFile | None = None

    def text(self, source: str) -> str:
        """A text of the form definition, translated in the form's context."""
        return QCoreApplication.translate(self.translation_context, source)


class Editor(QWidget):
    """Edits the answer to one field."""

    edited = Signal()
    structure_changed = Signal()  # inputs were added or removed: the tab order must follow

    def __init__(self, field, context: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.context = context

    def value(self):
        raise NotImplementedError

    def set_value(self, value) -> None:
        raise NotImplementedError

    def input_error(self) -> str | None:
        """A problem with what was typed that has no answer value yet (e.g. «2,,5»)."""
        return None

    def focus_widgets(self) -> list[QWidget]:
        """The widgets that take keyboard focus, top to bottom."""
        return [self]

    def make_compact(self) -> None:
        """Takes less height, as a cell of a repeat group's row."""

    def set_accessible_name(self, name: str) -> None:
        """Names the inputs after the field; buttons with text keep it as their name."""
        self.setAccessibleName(name)
        for widget in self.focus_widgets():
            if not (isinstance(widget, QAbstractButton) and widget.text()):
                widget.setAccessibleName(name)


def row_layout(parent: QWidget | None, *widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    """A horizontal row of widgets, on ``parent`` or (None) for nesting in another layout."""
    layout = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout


class TextEditor(Editor):
    """A line edit."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        self.line = QLineEdit(self)
        self.line.setObjectName(field.id)
        if field.length and field.length.max:
            self.line.setMaxLength(field.length.max + 50)  # room to see the message, not cut
        row_layout(self, self.line, stretch=False)
        self.line.textChanged.connect(self.edited)

    def value(self):
        text = self.line.text()
        return text if text.strip() else None

    def set_value(self, value) -> None:
        self.line.setText(value if isinstance(value, str) else "")

    def focus_widgets(self):
        return [self.line]


class LongTextEditor(Editor):
    """A plain-text box; Tab moves on to the next field."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(field.id)
        self.edit.setTabChangesFocus(True)  # Tab leaves the box: keyboard users can move on
        self.edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        row_layout(self, self.edit, stretch=False)
        self.edit.textChanged.connect(self.edited)

    def make_compact(self) -> None:
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 10)

    def value(self):
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")

    def focus_widgets(self):
        return [self.edit]


class DecimalEditor(Editor):
    """A decimal typed with comma (Colombia) or point, kept as an exact "2.5" string."""

    _PATTERN = re.compile(r"-?[0-9]+([.,][0-9]+)?")

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        self.line = QLineEdit(self)
        self.line.setObjectName(field.id)
        self.line.setMaximumWidth(180)
        self.line.setPlaceholderText("0,0")
        pattern = QRegularExpression(r"-?[0-9]*([.,][0-9]*)?")
        self.line.setValidator(QRegularExpressionValidator(pattern, self.line))
        row_layout(self, self.line)
        self.line.textChanged.connect(self.edited)

    def value(self):
        text = self.line.text().strip()
        return text.replace(",", ".") if self._PATTERN.fullmatch(text) else None

    def set_value(self, value) -> None:
        self.line.setText(value.replace(".", ",") if isinstance(value, str) else "")

    def input_error(self):
        text = self.line.text().strip()
        if text and not self._PATTERN.fullmatch(text):
            return self.tr("Escriba un número completo, por ejemplo 2,5.")
        return None

    def focus_widgets(self):
        return [self.line]
