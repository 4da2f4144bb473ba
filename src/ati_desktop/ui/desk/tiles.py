"""A key figure of the Tablero: its name and its value, a button that lists what it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout

_STYLE = ("QPushButton { border: 1px solid #B8C4D0; border-radius: 4px; background: #F7F9FB; }"
          " QPushButton:hover { background: #E4ECF4; } QPushButton:focus { border: 2px solid #2F5D8A; }")


class FigureTile(QPushButton):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.caption, self.value = QLabel(), QLabel()
        for label in (self.caption, self.value):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("color: #333;")
        self.caption.setWordWrap(True)
        self.value.setStyleSheet("font-size: 15pt; font-weight: bold; color: #17375A;")
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 3, 4, 3)
        column.setSpacing(0)
        column.addWidget(self.caption)
        column.addWidget(self.value)
        self.setStyleSheet(_STYLE)
        self.setMinimumHeight(56)
        self.setMinimumWidth(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_figure(self, caption: str, value: str) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.setAccessibleName(f"{caption}: {value}")
