"""The editor's frame: heading, step list, the page in view, messages and the action buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .common import EditorPage, note_label


class EditorFrame(QWidget):
    """Lays out the pages as numbered steps and moves between them; knows nothing of sessions."""

    def __init__(self, pages: list[EditorPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        outer.addWidget(self.heading)

        self.closed_banner = QWidget()
        banner = QHBoxLayout(self.closed_banner)
        banner.setContentsMargins(0, 0, 0, 0)
        self.closed_note = note_label(kind="info")
        self.correct_button = QPushButton(self.tr("&Corregir…"))
        self.history_button = QPushButton(self.tr("&Historial de revisiones…"))
        banner.addWidget(self.closed_note, 1)
        banner.addWidget(self.correct_button)
        banner.addWidget(self.history_button)
        outer.addWidget(self.closed_banner)
        # The supervisor's latest decision on the session, remarks first of all.
        self.review_note = note_label(kind="warning")
        self.review_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_note.hide()
        outer.addWidget(self.review_note)

        body = QHBoxLayout()
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Pasos de la sesión"))
        self.steps.setFixedWidth(210)
        self.steps.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.stack = QStackedWidget()
        for number, page in enumerate(pages, start=1):
            self.steps.addItem(QListWidgetItem(f"{number}. {page.title()}"))
            self.stack.addWidget(page)
        self.steps.currentRowChanged.connect(self.stack.setCurrentIndex)
        body.addWidget(self.steps)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)

        self.message = note_label(kind="error")
        self.message.setAccessibleName(self.tr("Mensajes"))
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.message.hide()
        outer.addWidget(self.message)

        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("« &Anterior"))
        self.next_button = QPushButton(self.tr("&Siguiente »"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(+1))
        self.draft_status = QLabel()
        self.draft_status.setAccessibleName(self.tr("Estado del borrador"))
        self.save_button = QPushButton(self.tr("&Guardar"))
        self.save_button.setToolTip(self.tr("Guardar la sesión (Ctrl+S)"))
        self.close_session_button = QPushButton(self.tr("Cerrar sesión (&finalizar)"))
        self.close_session_button.setToolTip(self.tr(
            "Guardar y cerrar la sesión; después solo se puede corregir indicando el motivo (Ctrl+Enter)"))
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.draft_status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_session_button)
        outer.addLayout(buttons)

        QShortcut(QKeySequence("Ctrl+PgDown"), self, activated=lambda: self.go(+1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, activated=lambda: self.go(-1))

    def page(self, page_id: str) -> EditorPage:
        return next(page for page in self.pages if page.page_id == page_id)

    def current_page(self) -> EditorPage:
        return self.stack.currentWidget()

    def show_page(self, page_id: str, focus: bool = False) -> None:
        page = self.page(page_id)
        self.steps.setCurrentRow(self.pages.index(page))
        target = page.first_input() if focus else None
        if target is not None:
            target.setFocus()

    def set_step_visible(self, page_id: str, visible: bool, fallback: str) -> None:
        """Hide a step that does not apply; if it was in view, show ``fallback`` instead."""
        self.steps.item(self.pages.index(self.page(page_id))).setHidden(not visible)
        if not visible and self.current_page() is self.page(page_id):
            self.show_page(fallback)

    def step_visible(self, page_id: str) -> bool:
        return not self.steps.item(self.pages.index(self.page(page_id))).isHidden()

    def go(self, step: int) -> None:
        """The next (+1) or previous (-1) step that applies."""
        row = self.steps.currentRow() + step
        while 0 <= row < self.steps.count() and self.steps.item(row).isHidden():
            row += step
        if 0 <= row < self.steps.count():
            self.steps.setCurrentRow(row)

    def show_message(self, html: str) -> None:
        self.message.setText(html)
        self.message.show()
