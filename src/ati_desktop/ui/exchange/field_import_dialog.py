"""Archivo › Importar paquete de la Secretaría…: what the package brings, a confirmation, then the import.

The package is checked and merged in a transaction that is undone (the preview) before the
assistant decides; the import itself merges it whole on the worker, with a progress bar. A
refused package shows why and writes nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.domain import clock
from ati_desktop.ui import file_dialogs, messages
from ati_desktop.ui.tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.database import Database
    from ati_desktop.services.field_exchange import FieldImport, FieldPreview

WARNING_STYLE = "color: #9a5b00;"


def ask_package_file(parent: QWidget | None) -> str:
    """The package the assistant picks (empty when she cancels)."""
    return file_dialogs.open_file(
        parent, QCoreApplication.translate("field_import", "Paquete de la Secretaría"), "",
        QCoreApplication.translate("field_import", "Paquetes ATI (*.ati);;Todos los archivos (*)"))


def _when(created_at: str) -> str:
    """The package's ISO UTC time as Colombian civil time, as the assistant reads it."""
    try:
        return clock.local(datetime.fromisoformat(created_at)).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return created_at


class FieldImportDialog(QDialog):
    """Shows the preview of one package, asks, imports it on the worker and shows the result."""

    imported = Signal(object)  # the FieldImport of a finished import

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._path = Path(path)
        self._preview: FieldPreview | None = None
        self._running = False
        self._done = False
        self.status = QLabel(wordWrap=True)
        self.issuer, self.fingerprint, self.created, self.scope = (QLabel(wordWrap=True) for _ in range(4))
        self.changes, self.forms = QLabel(wordWrap=True), QLabel(wordWrap=True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflicts = QLabel(wordWrap=True)
        self.conflicts.setStyleSheet(WARNING_STYLE)
        self.conflicts.setVisible(False)
        self.commitments = QLabel(wordWrap=True)
        self.commitments.setStyleSheet(WARNING_STYLE)
        self.commitments.setVisible(False)
        self.question = QLabel(wordWrap=True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.stage = QLabel()
        self.stage.setVisible(False)
        self.result = QLabel(wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Once the secretariat confirmed what it holds, old confirmed data may be archived.
        self.archive_offer = QLabel(wordWrap=True)
        self.archive_offer.setVisible(False)
        self.archive_button = QPushButton()
        self.archive_button.setAutoDefault(False)
        self.archive_button.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        # Importing changes the record: Enter must not confirm it by accident.
        self.import_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.details = QWidget()
        self._labels = tuple(QLabel() for _ in range(6))
        form = QFormLayout(self.details)
        for label, value in zip(self._labels, (self.issuer, self.fingerprint, self.created, self.scope,
                                               self.changes, self.forms)):
            form.addRow(label, value)
        self.details.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.commitments)
        layout.addWidget(self.question)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.archive_offer)
        layout.addWidget(self.archive_button)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.archive_button.clicked.connect(self.show_archive)
        self.retranslate()
        self.resize(600, 420)
        self._load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Importar paquete de la Secretaría"))
        for label, text in zip(self._labels, (self.tr("Firmado por:"), self.tr("Huella de la clave:"),
                                              self.tr("Creado:"), self.tr("Para:"), self.tr("Cambios:"),
                                              self.tr("Formularios nuevos:"))):
            label.setText(text)
        self.import_button.setText(self.tr("&Importar"))
        self.archive_button.setText(self.tr("Archi&var datos antiguos…"))
        self.cancel_button.setText(self.tr("Cerrar") if self._done else self.tr("Cancelar"))
        if self._preview is None and not self.result.text():
            self.status.setText(self.tr("Revisando el paquete «%1»…").replace("%1", self._path.name))
        self._show_preview()

    # -- preview -----------------------------------------------------------------------------
    def _load(self) -> None:
        db, path = self._db, self._path

        def work():
            from ati_desktop.services import field_exchange

            return field_exchange.preview_field_package(db, path)

        Task(work).on_success(self._previewed).on_failure(self._refused).run(self)

    def _previewed(self, preview: FieldPreview) -> None:
        self._preview = preview
        self.import_button.setEnabled(True)
        self._show_preview()

    def _show_preview(self) -> None:
        preview = self._preview
        if preview is None:
            return
        report = preview.report
        self.status.setText(self.tr("Paquete «%1»: la firma es válida y el paquete está completo.")
                            .replace("%1", self._path.name))
        self.issuer.setText(preview.issuer)
        self.fingerprint.setText(preview.fingerprint)
        self.created.setText(_when(preview.created_at))
        self.scope.setText(preview.scope)
        self.changes.setText(self._counts(report))
        self.forms.setText("\n".join(preview.forms) if preview.forms else self.tr("Ninguno"))
        self.conflicts.setText(self.tr(
            "Algunos registros fueron cambiados aquí y en la Secretaría: se conservan las dos versiones "
            "y la Secretaría decide cuál queda.") if report.conflicting else "")
        self.conflicts.setVisible(bool(report.conflicting) and not self._done)
        self._show_changed_commitments(preview.changed_commitments)
        self.details.setVisible(True)
        if not self._done and not self._running:
            self.question.setText(self.tr(
                "¿Importar este paquete? Lo registrado en este equipo no se pierde; el paquete se une "
                "entero o nada."))

    def _counts(self, report) -> str:
        parts = [self.tr("%n nuevo(s)", "", report.new), self.tr("%n actualizado(s)", "", report.updated),
                 self.tr("%n en conflicto", "", report.conflicting), self.tr("%n sin cambios", "", report.unchanged)]
        if report.waiting:
            parts.append(self.tr("%n en espera de un paquete anterior", "", report.waiting))
        return " · ".join(parts)

    def _show_changed_commitments(self, changed: list) -> None:
        """Verifications not delivered yet whose commitment the secretariat changed meanwhile."""
        if not changed:
            self.commitments.setVisible(False)
            return
        names = "\n".join(f"• {item.description}" for item in changed)
        self.commitments.setText(self.tr(
            "La Secretaría cambió compromisos que usted verificó y aún no ha entregado; revíselos antes "
            "de exportar:\n%1").replace("%1", names))
        self.commitments.setVisible(True)

    def _refused(self, exc: Exception) -> None:
        self.status.setText(self.tr("No se importó el paquete «%1»; no se escribió nada.")
                            .replace("%1", self._path.name))
        self.result.setText(messages.error_text(exc))
        self.import_button.setEnabled(False)
        self._done = True  # nothing left to do here but close
        self.cancel_button.setText(self.tr("Cerrar"))

    # -- import ------------------------------------------------------------------------------
    def start(self) -> None:
        if self._preview is None or self._running or self._done:
            return
        db, path = self._db, self._path
        self._set_running(True)

        def work(report):
            from ati_desktop.services import field_exchange

            return field_exchange.import_field_package(db, path, progress=report)

        Task(work).on_progress(self._progressed).on_success(self._imported).on_failure(self._failed).run(self)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.stage.setVisible(running)
        self.stage.setText(self.tr("Comprobando el paquete…"))
        self.question.setText("")
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(not running)

    def _progressed(self, stage: str, done: int, total: int) -> None:
        texts = {"revisions": self.tr("Uniendo los cambios…"), "records": self.tr("Actualizando los registros…")}
        self.stage.setText(texts.get(stage, self.tr("Importando…")))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _imported(self, outcome: FieldImport) -> None:
        report = outcome.report
        self._set_running(False)
        self._done = True
        self.cancel_button.setText(self.tr("Cerrar"))
        self.conflicts.setVisible(False)
        lines = [self.tr("✔ Paquete importado: %1.").replace("%1", self._counts(report))]
        if report.conflicting:
            lines.append(self.tr("%n registro(s) en conflicto: se conservan las dos versiones.", "",
                                 report.conflicting))
        if self._preview is not None and self._preview.forms:
            lines.append(self.tr("Las sesiones nuevas usarán los formularios recibidos."))
        receipt = outcome.receipt
        if receipt is not None:
            lines.append(self.tr("La Secretaría confirma que tiene sus paquetes nº %1.")
                         .replace("%1", ", ".join(map(str, receipt.received))))
            if receipt.missing:
                lines.append(self.tr("Le faltan los paquetes nº %1: entréguelos de nuevo (Archivo › Exportar…).")
                             .replace("%1", ", ".join(map(str, receipt.missing))))
        if outcome.receipt_problem:
            lines.append(outcome.receipt_problem)
        self.result.setText("\n".join(lines))
        self.stage.setVisible(False)
        self._show_changed_commitments(outcome.changed_commitments)
        self.imported.emit(outcome)
        if receipt is not None:
            db = self._db

            def work():
                from ati_desktop.services import archive

                return archive.plan(db)

            Task(work).on_success(self._offer_archive).run(self)

    def _offer_archive(self, work) -> None:
        """Old data the receipt just confirmed: say how much space archiving frees, and offer it."""
        from .archive_dialog import offer_text

        if not work.blobs:
            return
        self.archive_offer.setText(offer_text(work))
        self.archive_offer.setVisible(True)
        self.archive_button.setVisible(True)

    def show_archive(self) -> QDialog:
        from .archive_dialog import ArchiveDialog

        dialog = ArchiveDialog(self._db, self)
        dialog.archived.connect(lambda _result: (self.archive_offer.setVisible(False),
                                                 self.archive_button.setVisible(False)))
        dialog.open()
        return dialog

    def _failed(self, exc: Exception) -> None:
        self._set_running(False)
        self._done = True
        self.cancel_button.setText(self.tr("Cerrar"))
        self.status.setText(self.tr("No se importó el paquete «%1»; no se escribió nada.")
                            .replace("%1", self._path.name))
        self.result.setText(messages.error_text(exc))

    # -- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        if not self._running:  # an import runs to its end: it is one transaction, whole or nothing
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)
