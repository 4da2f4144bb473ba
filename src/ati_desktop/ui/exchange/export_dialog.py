"""Archivo › Exportar…: the next package onto a USB stick, encrypted, with progress, cancel and result."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.ui import file_dialogs, messages
from ati_desktop.ui.tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.packages import Database, ExportPlan, ExportResult

WARNING_STYLE = "color: #9a5b00;"


def ask_folder(parent: QWidget | None, start: str) -> str | None:
    path = file_dialogs.folder(
        parent, QCoreApplication.translate("export_dialog", "Carpeta donde guardar el paquete (la memoria USB)"),
        start)
    return path or None


def _when(moment) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment else ""


class ExportDialog(QDialog):
    """Chooses folder and options, runs the export on the worker and shows what was written."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._plan: ExportPlan | None = None
        self._cancel = threading.Event()
        self._running = False
        self.folder = QLineEdit()
        self.choose = QPushButton()
        self.file_name = QLabel()
        self.status = QLabel(wordWrap=True)
        self.changes = QRadioButton()
        self.everything = QRadioButton()
        self.changes.setChecked(True)
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.changes)
        self._scope.addButton(self.everything)
        self.encrypt = QCheckBox()
        self.deidentify = QCheckBox()
        self.warning = QLabel(wordWrap=True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.result = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setEnabled(False)
        self._labels = (QLabel(), QLabel(), QLabel())
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self._labels[0], folder_row)
        form.addRow(self._labels[1], self.file_name)
        scope = QVBoxLayout()
        scope.addWidget(self.changes)
        scope.addWidget(self.everything)
        form.addRow(self._labels[2], scope)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.warning)
        layout.addWidget(self.deidentify)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.choose.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close_or_cancel)
        self.encrypt.toggled.connect(lambda _checked: self._show_plan())
        self.deidentify.toggled.connect(lambda _checked: self._show_plan())
        self.retranslate()
        self.resize(560, 420)
        self._load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exportar paquete"))
        self._labels[0].setText(self.tr("Carpeta:"))
        self._labels[1].setText(self.tr("Archivo:"))
        self._labels[2].setText(self.tr("Contenido:"))
        self.folder.setAccessibleName(self.tr("Carpeta donde guardar el paquete"))
        self.choose.setText(self.tr("&Elegir…"))
        self.everything.setText(self.tr("&Todo el registro de este equipo"))
        self.deidentify.setText(self.tr("&Desidentificado: sin nombres, cédulas, firmas ni fotos "
                                        "(para compartir fuera de la secretaría)"))
        self.export_button.setText(self.tr("E&xportar"))
        self._show_plan()

    # -- loading -----------------------------------------------------------------------------
    def _load(self) -> None:
        db = self._db

        def work():
            from ati_desktop.services import packages

            return packages.export_plan(db)

        Task(work).on_success(self._loaded).on_failure(self._failed).run(self)

    def _loaded(self, plan: ExportPlan) -> None:
        self._plan = plan
        if not self.folder.text():
            self.folder.setText(plan.folder)
        self.encrypt.setChecked(plan.secretariat is not None)
        self.export_button.setEnabled(True)
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self._plan
        if plan is None:
            return
        self.file_name.setText(plan.file_name)
        if plan.last_sequence is None:
            self.status.setText(self.tr("Este equipo aún no ha entregado ningún paquete."))
        else:
            self.status.setText(self.tr("Último paquete: nº %1 del %2 (%3).").replace("%1", str(plan.last_sequence))
                                .replace("%2", _when(plan.last_at)).replace("%3", plan.last_file or ""))
        self.changes.setText(self.tr("Solo los cambios desde el último paquete (%n por entregar)", "", plan.waiting))
        self.encrypt.setEnabled(plan.secretariat is not None)
        if plan.secretariat is not None:
            self.encrypt.setText(self.tr("&Cifrar para la secretaría (clave %1)").replace("%1", plan.secretariat))
        else:
            self.encrypt.setText(self.tr("&Cifrar para la secretaría"))
        if plan.secretariat is None:
            self.warning.setText(self.tr(
                "⚠ No hay clave de la secretaría configurada: el paquete saldrá SIN CIFRAR y una memoria "
                "perdida revelaría nombres, cédulas y firmas. Impórtela en Herramientas › Configuración › "
                "Paquetes."))
        elif not self.encrypt.isChecked():
            self.warning.setText(self.tr("⚠ El paquete saldrá sin cifrar."))
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.warning.text()))

    def _choose_folder(self) -> None:
        path = ask_folder(self, self.folder.text())
        if path:
            self.folder.setText(path)

    # -- exporting ---------------------------------------------------------------------------
    def start(self) -> None:
        folder = self.folder.text().strip()
        if not folder or not Path(folder).is_dir():
            messages.show_error(self, self.tr("Elija una carpeta que exista (la memoria USB)."))
            return
        db, cancel = self._db, self._cancel
        full, encrypt, deidentify = self.everything.isChecked(), self.encrypt.isChecked(), self.deidentify.isChecked()
        cancel.clear()
        self._set_running(True)
        self.result.setText("")

        def work(report):
            from ati_desktop.services import packages

            return packages.export_to_folder(db, Path(folder), full=full, encrypt=encrypt, deidentify=deidentify,
                                             progress=report, cancelled=cancel.is_set)

        Task(work).on_progress(self._progressed).on_success(self._done).on_failure(self._export_failed).run(self)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        for widget in (self.folder, self.choose, self.changes, self.everything, self.deidentify, self.export_button):
            widget.setEnabled(not running)
        self.encrypt.setEnabled(not running and self._plan is not None and self._plan.secretariat is not None)
        self.close_button.setText(self.tr("&Cancelar") if running else self.tr("Cerrar"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _close_or_cancel(self) -> None:
        if self._running:
            self._cancel.set()
            self.close_button.setEnabled(False)
        else:
            self.reject()

    def _done(self, result: ExportResult) -> None:
        self._set_running(False)
        self.close_button.setEnabled(True)
        size = QLocale().formattedDataSize(result.size)
        lines = [
            self.tr("✔ Paquete nº %1 verificado: puede retirar la memoria.").replace("%1", str(result.sequence)),
            self.tr("Archivo: %1 (%2)").replace("%1", str(result.path)).replace("%2", size),
            self.tr("%n sesión(es)", "", result.sessions) + " · " + self.tr("%n cambio(s)", "", result.revisions)
            + " · " + self.tr("%n archivo(s) adjunto(s)", "", result.blobs),
            self.tr("Cifrado para la secretaría.") if result.encrypted else self.tr("Sin cifrar."),
        ]
        self.result.setText("\n".join(lines))
        self.export_button.setEnabled(False)
        self._load()

    def _export_failed(self, exc: Exception) -> None:
        self._set_running(False)
        self.close_button.setEnabled(True)
        self.result.setText(messages.error_text(exc))

    def _failed(self, exc: Exception) -> None:
        messages.show_error(self, messages.error_text(exc))
