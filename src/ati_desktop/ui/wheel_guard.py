"""The mouse wheel scrolls the page; it changes a value only in the field being edited.

Qt lets the wheel change any spin box, date, time or combo box under the pointer, so scrolling
a long form silently rewrites a duration or the technique. One application-wide event filter
stops that everywhere: a wheel over such a field without focus goes to its parent instead
(the scroll area scrolls), and a focused field keeps Qt's behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)
_installed: QObject | None = None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, _GUARDED):
            return False
        widget: QWidget = watched
        if widget.hasFocus() or (isinstance(widget, QComboBox) and widget.view().isVisible()):
            return False
        parent = widget.parentWidget()
        if parent is not None:
            QCoreApplication.sendEvent(parent, event)
        return True


def install() -> None:
    """Install the guard on the application, once however many windows ask for it."""
    global _installed
    app = QApplication.instance()
    if app is None or (_installed is not None and _installed.parent() is app):
        return
    _installed = WheelGuard(app)
    app.installEventFilter(_installed)
