"""Configuración › Paquetes: the secretariat's public key that packages are encrypted to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ati_desktop.ui import file_dialogs, messages
from ati_desktop.ui.tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.packages import Database, KeyStatus


def ask_key_file(parent: QWidget | None) -> str | None:
    path = file_dialogs.open_file(
        parent, QCoreApplication.translate("key_page", "Clave pública de la secretaría"), "",
        QCoreApplication.translate("key_page", "Claves públicas (*.pub);;Todos los archivos (*)"))
    return path or None


class KeyPage(QWidget):
    """Shows both fingerprints and imports the secretariat's key at once (not on Save)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._status: KeyStatus | None = None
        self.secretariat = QLabel(wordWrap=True)
        self.device = QLabel()
        self.note = QLabel(wordWrap=True)
        self.import_button = QPushButton()
        self._labels = (QLabel(), QLabel())
        form = QFormLayout()
        form.addRow(self._labels[0], self.secretariat)
        form.addRow(self._labels[1], self.device)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.import_button)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.import_button.clicked.connect(self._choose)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._labels[0].setText(self.tr("Clave de la secretaría:"))
        self._labels[1].setText(self.tr("Clave de firma de este equipo:"))
        self.import_button.setText(self.tr("&Importar clave de la secretaría…"))
        self.note.setText(self.tr(
            "Los paquetes exportados se cifran con la clave pública de la secretaría, para que una "
            "memoria perdida no revele nombres, cédulas ni firmas. Compare la huella por teléfono con "
            "la que le dicten en la secretaría."))
        self._show()

    def refresh(self) -> None:
        db = self._db

        def work():
            from ati_desktop.services import packages

            return packages.key_status(db)

        Task(work).on_success(self._loaded).on_failure(self._failed).run(self)

    def _loaded(self, status: KeyStatus) -> None:
        self._status = status
        self._show()

    def _show(self) -> None:
        if self._status is None:
            return
        self.secretariat.setText(self._status.secretariat or self.tr(
            "No configurada: los paquetes saldrán sin cifrar."))
        self.device.setText(self._status.device)

    def _choose(self) -> None:
        path = ask_key_file(self)
        if not path:
            return

        def work():
            from ati_desktop.services import packages

            return packages.import_secretariat_key(path)

        Task(work).on_success(self._imported).on_failure(self._failed).run(self)

    def _imported(self, fingerprint: str) -> None:
        messages.show_info(self, self.tr("Clave de la secretaría configurada. Su huella es:\n%1\n\n"
                                         "Compárela por teléfono con la de la secretaría.").replace("%1", fingerprint))
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        messages.show_error(self, messages.error_text(exc))
