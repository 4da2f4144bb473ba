"""A page (of a tab widget or a stack) whose content is built the first time it is shown.

The window opens on the session list; the pages behind other tabs are built, and their modules
imported, only when the assistant goes to them, so start-up pays for none of them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget:
        """The page's widget, built now if it was not yet."""
        if self._content is None:
            self._content = self._build()
            self.layout().addWidget(self._content)
            self._content.show()  # at once when the page is on screen, not on the next loop
        return self._content

    def built(self) -> QWidget | None:
        """The page's widget if it was built, without building it."""
        return self._content

    def showEvent(self, event) -> None:
        self.content()
        super().showEvent(event)
