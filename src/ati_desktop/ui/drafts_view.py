"""«Borradores»: the sessions begun and not yet saved, to take up again or to throw away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ati_desktop.domain import clock
from ati_desktop.ui import messages
from ati_desktop.ui.tasks import Task


class DraftsView(QWidget):
    open_requested = Signal(str)  # the draft key
    counted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.open_button = QPushButton()
        self.discard_button = QPushButton()
        self.open_button.clicked.connect(self._open_current)
        self.discard_button.clicked.connect(self._discard_current)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def set_database(self, db) -> None:
        self._db = db
        self.refresh()

    def refresh(self) -> None:
        if self._db is None:
            return
        db = self._db

        def work():
            from ati_desktop.services.drafts import list_drafts

            return list_drafts(db)

        Task(work).on_success(self._show).run(self)

    def _show(self, drafts: list) -> None:
        self.list.clear()
        for key, saved, payload in drafts:
            about = (payload.get("school_name") or payload.get("objective") or "").strip()
            text = self.tr("Borrador del %1").replace("%1", clock.local(saved).strftime("%d/%m/%Y %H:%M"))
            item = QListWidgetItem(f"{text} — {about[:90]}" if about else text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()
        self.counted.emit(self.list.count())

    def _current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _open_current(self) -> None:
        key = self._current_key()
        if key:
            self.open_requested.emit(key)

    def _discard_current(self) -> None:
        key, db = self._current_key(), self._db
        if not key or not messages.ask_yes_no(self, self.tr("Descartar borrador"), self.tr(
                "¿Descartar este borrador? Lo escrito en él se pierde; las sesiones ya guardadas no cambian.")):
            return

        def work():
            from ati_desktop.services.drafts import discard_draft

            discard_draft(db, key)

        Task(work).on_success(lambda _none: self.refresh()).run(self)

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.note.setText(self.tr("Sesiones empezadas que aún no se han guardado. Se conservan aunque "
                                  "se apague el equipo."))
        self.list.setAccessibleName(self.tr("Borradores"))
        self.open_button.setText(self.tr("&Continuar"))
        self.discard_button.setText(self.tr("&Descartar…"))
        self.refresh()
