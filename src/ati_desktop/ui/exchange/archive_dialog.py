"""Archivo › Archivar datos antiguos…: what would move, the cut-off, a confirmation, then the archive.

Only the photos and signatures of old, closed sessions the secretariat confirmed receiving move
(``services.archive``); the dialog shows how many sessions and how much space, lets the assistant
pick how old and where the file goes, and archives on the worker with a progress bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.services import archive
from ati_desktop.ui import file_dialogs, messages
from ati_desktop.ui.tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.archive import ArchivePlan, ArchiveResult
    from ati_desktop.services.database import Database


def megabytes(size: int) -> str:
    return QLocale().toString(size / 1_000_000, "f", 1)


def offer_text(work: ArchivePlan) -> str:
    """One line for a place that offers archiving (after a receipt arrived)."""
    return (QCoreApplication.translate("archive_dialog", "Hay %n sesión(es) antigua(s) que la Secretaría ya tiene: "
                                       "archivar sus fotos y firmas liberaría %1 MB.", "", len(work.sessions))
            .replace("%1", megabytes(work.size)))


class ArchiveDialog(QDialog):
    """Shows what archiving would move, asks, archives on the worker and shows the result."""

    archived = Signal(object)  # the ArchiveResult of a finished archive

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._plan: ArchivePlan | None = None
        self._running = False
        self._done = False
        self.intro = QLabel(wordWrap=True)
        self.months = QSpinBox()
        self.months.setRange(1, 240)
        self.months.setValue(archive.DEFAULT_MONTHS)
        self.months_label = QLabel()
        self.months_label.setBuddy(self.months)
        self.path = QLineEdit()
        self.choose = QPushButton()
        self.choose.setAutoDefault(False)
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path)
        self.summary = QLabel(wordWrap=True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.result = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox()
        # The way back: an archive's photos and signatures into this device again.
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setAutoDefault(False)
        self.archive_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        # Archiving frees space: Enter must not confirm it by accident.
        self.archive_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.archive_button.setEnabled(False)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.months_label, self.months)
        form.addRow(self.path_label, where)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.months.valueChanged.connect(lambda _value: self.refresh())
        self.choose.clicked.connect(self._choose)
        self.archive_button.clicked.connect(self.start)
        self.restore_button.clicked.connect(self.ask_restore)
        self.cancel_button.clicked.connect(self.reject)
        self.path.setText(str(archive.default_path(db)))
        self.retranslate()
        self.resize(620, 360)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Archivar datos antiguos"))
        self.intro.setText(self.tr(
            "Las fotos y firmas de las sesiones cerradas y antiguas que la Secretaría confirmó haber recibido "
            "pasan a un archivo aparte, que se verifica antes de liberar espacio. Las sesiones, sus compromisos "
            "y las huellas de sus actas se quedan en este equipo; las sesiones con compromisos abiertos, los "
            "borradores y lo que falta por entregar no se archivan."))
        self.months_label.setText(self.tr("&Sesiones de hace más de:"))
        self.months.setSuffix(self.tr(" meses"))
        self.path_label.setText(self.tr("Arc&hivo:"))
        self.choose.setText(self.tr("E&xaminar…"))
        self.archive_button.setText(self.tr("&Archivar"))
        self.restore_button.setText(self.tr("&Restaurar un archivo…"))
        self.cancel_button.setText(self.tr("Cerrar") if self._done else self.tr("Cancelar"))
        self._show_plan()

    # -- what would move -----------------------------------------------------------------------
    def refresh(self) -> None:
        if self._running or self._done:
            return
        db, months = self._db, self.months.value()
        self.archive_button.setEnabled(False)

        Task(lambda: (months, archive.plan(db, months))).on_success(self._planned).on_failure(self._failed).run(self)

    def _planned(self, answer: tuple[int, ArchivePlan]) -> None:
        months, work = answer
        if months != self.months.value():
            return  # the answer for a value the spinbox no longer shows; its own answer follows
        self._plan = work
        self._show_plan()

    def _show_plan(self) -> None:
        work = self._plan
        if work is None or self._done:
            return
        day = work.cutoff.strftime("%d/%m/%Y")
        if not work.has_receipt:
            text = self.tr("Este equipo aún no ha recibido un acuse de la Secretaría: no hay nada confirmado que "
                           "se pueda archivar. El acuse llega con el paquete de la Secretaría.")
        elif not work.blobs:
            text = self.tr("No hay fotos ni firmas de sesiones cerradas antes del %1 que la Secretaría haya "
                           "confirmado.").replace("%1", day)
        else:
            text = (self.tr("Se archivarán las fotos y firmas de %n sesión(es) cerrada(s) antes del %1: se "
                            "liberarán %2 MB en este equipo.", "", len(work.sessions))
                    .replace("%1", day).replace("%2", megabytes(work.size)))
        self.summary.setText(text)
        self.archive_button.setEnabled(bool(work.blobs) and not self._running)

    def _choose(self) -> None:
        chosen = file_dialogs.save_file(self, self.tr("Archivo de datos antiguos"), self.path.text(),
                                        self.tr("Archivos de datos antiguos (*.sqlite)"))
        if chosen:
            self.path.setText(chosen if chosen.endswith(".sqlite") else f"{chosen}.sqlite")

    # -- archiving -------------------------------------------------------------------------------
    def start(self) -> None:
        if self._plan is None or not self._plan.blobs or self._running or self._done:
            return
        db, months, target = self._db, self.months.value(), Path(self.path.text())
        self._set_running(True)

        def work(report):
            return archive.run(db, months, target, progress=report)

        Task(work).on_progress(self._progressed).on_success(self._archived).on_failure(self._failed).run(self)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        for widget in (self.months, self.path, self.choose, self.archive_button, self.restore_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(not running)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _archived(self, outcome: ArchiveResult) -> None:
        self._set_running(False)
        self._done = True
        self._keep_done()
        self.cancel_button.setText(self.tr("Cerrar"))
        lines = [self.tr("✔ Archivadas las fotos y firmas de %n sesión(es) en «%1»; %2 MB liberados.", "",
                         outcome.sessions).replace("%1", str(outcome.path)).replace("%2", megabytes(outcome.freed)),
                 self.tr("Conserve ese archivo y una copia: las actas de esas sesiones toman de él las firmas.")]
        if not outcome.compacted:
            lines.append(self.tr("El archivo de la base de datos no se pudo compactar ahora; el espacio se "
                                 "reutiliza al guardar."))
        self.result.setText("\n".join(lines))
        self.archived.emit(outcome)

    def _failed(self, exc: Exception) -> None:
        self._set_running(False)
        self.result.setText(messages.error_text(exc))
        self._show_plan()

    # -- restoring -------------------------------------------------------------------------------
    def ask_restore(self) -> None:
        chosen = file_dialogs.open_file(self, self.tr("Archivo de datos antiguos"), str(Path(self.path.text()).parent),
                                        self.tr("Archivos de datos antiguos (*.sqlite)"))
        if chosen:
            self.restore(Path(chosen))

    def restore(self, path: Path) -> None:
        """Bring the photos and signatures of the archive at ``path`` back into this device."""
        if self._running:
            return
        db = self._db
        self._set_running(True)
        Task(lambda: archive.restore(db, path)).on_success(
            lambda count: self._restored(path, count)).on_failure(self._failed).run(self)

    def _restored(self, path: Path, count: int) -> None:
        self._set_running(False)
        self.result.setText(self.tr("✔ %n foto(s) y firma(s) devuelta(s) a este equipo desde «%1».", "", count)
                            .replace("%1", path.name))
        if self._done:
            self._keep_done()
        else:
            self.refresh()

    def _keep_done(self) -> None:
        """Once archived, the dialog only reports (and may still restore)."""
        for widget in (self.months, self.path, self.choose, self.archive_button):
            widget.setEnabled(False)

    # -- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        if not self._running:  # the space is freed in one transaction once the file is verified
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)
