"""Helpers of the form widget tests: find, click and type into widgets by object name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from form_samples import OBSERVATION_ID


def link_options(technique: str) -> list[tuple[str, str]]:
    """What the desktop would list: the observation sessions a dialogue can follow."""
    assert technique == "observacion"
    return [(OBSERVATION_ID, "Observación · 14/03/2025 · IE La Esperanza")]


def type_text(widget: QWidget, text: str) -> None:
    """Types any text, accents included, as real key events.

    QTest.keyClicks aborts the process on non-ASCII characters (PySide6 6.11–6.12), so each
    character goes as a Key_unknown press/release carrying its text.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def child(view: QWidget, name: str) -> QWidget:
    found = view.findChild(QWidget, name)
    assert found is not None, f"no widget named {name!r}"
    return found


def click(qtbot, view: QWidget, name: str) -> None:
    qtbot.mouseClick(child(view, name), Qt.MouseButton.LeftButton)


def shown(view: QWidget, name: str) -> bool:
    return child(view, name).isVisibleTo(view)


def error_text(view: QWidget, field_id: str) -> str:
    label = child(view, f"{field_id}-error")
    return label.text() if label.isVisibleTo(view) else ""
