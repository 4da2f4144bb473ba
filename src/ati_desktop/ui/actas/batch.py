"""Actas of many sessions at once: one PDF each in a folder, or all in one PDF, with progress."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.services import actas
from ati_desktop.ui import messages
from ati_desktop.ui.tasks import Task

from . import files
from .batch_work import BatchOutcome, BatchRequest, run_batch
from .school_filter import SchoolFilter

COUNT_DELAY_MS = 200
DATE_FORMAT = "dd/MM/yyyy"


class BatchActasDialog(QDialog):
    """Choose school and dates, then where the actas go; generation can be cancelled."""

    finished_batch = Signal(object)  # the BatchOutcome

    def __init__(self, db, forms, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Actas por lote"))
        self._db, self._forms = db, forms
        self._count: int | None = None
        self._target: Path | None = None
        self._cancel: threading.Event | None = None
        self._outcome: BatchOutcome | None = None

        self.school = SchoolFilter(db)
        self.date_from = self._date_edit(self.tr("Desde"), QDate(date.today().year, 1, 1))
        self.date_to = self._date_edit(self.tr("Hasta"), QDate.currentDate())
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("hasta")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Sesiones que coinciden"))
        selection = QGroupBox(self.tr("Sesiones"))
        form = QFormLayout(selection)
        form.addRow(self.tr("&Establecimiento:"), self.school)
        form.addRow(self.tr("&Fechas, desde:"), dates)
        form.addRow("", self.count_label)
        form.labelForField(self.school).setBuddy(self.school)
        form.labelForField(dates).setBuddy(self.date_from)

        self.per_session = QRadioButton(self.tr("Un PDF por sesión, en una &carpeta"))
        self.merged = QRadioButton(self.tr("Un solo PDF con &todas las actas"))
        self.per_session.setChecked(True)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.per_session)
        self._mode.addButton(self.merged)
        self.target_edit = QLineEdit()  # a path may be typed or pasted, or chosen with «Elegir…»
        self.target_edit.setAccessibleName(self.tr("Destino de las actas"))
        self.target_edit.textEdited.connect(self._target_typed)
        self.choose_button = QPushButton(self.tr("E&legir…"))
        self.choose_button.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.choose_button)
        destination = QGroupBox(self.tr("Destino"))
        column = QVBoxLayout(destination)
        column.addWidget(self.per_session)
        column.addWidget(self.merged)
        column.addLayout(target_row)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Avance del lote"))
        self.progress.setFormat(self.tr("%v de %m actas"))
        self.progress.hide()  # shown from the first batch on
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Resultado del lote"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("&Generar actas"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Ca&ncelar"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = self.buttons.addButton(self.tr("&Abrir carpeta"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(self.tr("Ce&rrar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        for button in (self.choose_button, self.cancel_button, self.open_button, self.close_button):
            button.setAutoDefault(False)  # Enter means "generate", never "choose again"
        self.cancel_button.hide()
        self.open_button.hide()
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self._open_destination)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(selection)
        layout.addWidget(destination)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.refresh_count)
        for signal in (self.school.changed, self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self._selection_changed)
        self.merged.toggled.connect(lambda _checked: self._mode_changed())
        self._mode_changed()
        self._selection_changed()

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setAccessibleName(name)
        return edit

    # Selection ------------------------------------------------------------------------------

    def set_range(self, first: date, last: date) -> None:
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))

    def _selection(self) -> tuple[str | None, date, date]:
        return self.school.school_dane(), self.date_from.date().toPython(), self.date_to.date().toPython()

    def _selection_changed(self) -> None:
        self._count = None
        self._update_buttons()
        if not self.school.is_valid():
            self.count_label.setText(self.tr("Elija un establecimiento de la lista, o borre el texto "
                                             "para incluir todos."))
            return
        if self.date_from.date() > self.date_to.date():
            self.count_label.setText(self.tr("La fecha inicial es posterior a la final."))
            return
        self.count_label.setText(self.tr("Contando sesiones…"))
        self._count_timer.start()

    def refresh_count(self) -> None:
        selection = self._selection()
        Task(lambda: len(actas.sessions_for_batch(self._db, *selection))) \
            .on_success(lambda count: self._show_count(selection, count)) \
            .on_failure(lambda exc: self.count_label.setText(messages.error_text(exc))).run(self)

    def _show_count(self, selection, count: int) -> None:
        if selection != self._selection() or not self.school.is_valid():
            return  # the choice changed while counting; a newer count follows
        self._count = count
        if count == 0:
            text = self.tr("Ninguna sesión coincide con esta selección.")
        elif count == 1:
            text = self.tr("Una sesión coincide.")
        else:
            text = self.tr("%1 sesiones coinciden.").replace("%1", str(count))
        self.count_label.setText(text)
        self._update_buttons()

    def session_count(self) -> int | None:
        return self._count

    # Destination ----------------------------------------------------------------------------

    def _mode_changed(self) -> None:
        self._target = None
        self.target_edit.clear()
        self.target_edit.setPlaceholderText(
            self.tr("Elija el archivo PDF que reunirá las actas") if self.merged.isChecked()
            else self.tr("Elija la carpeta donde se guardará cada acta"))
        self._update_buttons()

    def choose_target(self) -> None:
        if self.merged.isChecked():
            school, first, last = self._selection()
            name = f"actas-{school or 'todas'}-{first.isoformat()}-{last.isoformat()}.pdf"
            target = files.ask_merged_path(self, name)
        else:
            target = files.ask_folder(self)
        if target is not None:
            self.set_target(target)

    def _target_typed(self, text: str) -> None:
        self._target = Path(text.strip()).expanduser() if text.strip() else None
        self._update_buttons()

    def set_target(self, target: Path) -> None:
        self._target = Path(target)
        self.target_edit.setText(str(self._target))
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self._cancel is not None
        self.start_button.setEnabled(not running and bool(self._count) and self._target is not None)
        for widget in (self.school, self.date_from, self.date_to, self.per_session, self.merged,
                       self.target_edit, self.choose_button):
            widget.setEnabled(not running)

    # Running --------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._cancel is not None

    def start(self) -> None:
        if self.is_running() or not self._count or self._target is None:
            return
        school, first, last = self._selection()
        request = BatchRequest(school, first, last, self._target, self.merged.isChecked())
        cancel = self._cancel = threading.Event()
        self._outcome = None
        self.progress.setRange(0, 0)  # busy until the first acta is done
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Generando actas…"))
        self.open_button.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(False)
        self._update_buttons()
        Task(lambda report: run_batch(self._db, self._forms, request, report, cancel)) \
            .on_progress(self._show_progress).on_success(self._finished).on_failure(self._failed).run(self)

    def cancel(self) -> None:
        """Stop after the acta in progress; a merged PDF is then not written at all."""
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelando al terminar el acta en curso…"))

    def _show_progress(self, done: int, total: int) -> None:
        if done or not total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, outcome: BatchOutcome) -> None:
        self._outcome = outcome
        self._stopped()
        # Counts go through %n, so the catalogues say «1 acta» and «5 actas» as each language does.
        if outcome.cancelled and self.merged.isChecked():
            text = self.tr("Cancelado: no se escribió ningún archivo.")
        elif outcome.cancelled:
            text = self.tr("Cancelado: se guardaron %1 de %n actas en %3.", "", outcome.total)
        elif self.merged.isChecked():
            text = self.tr("Listo: %n actas reunidas en %3.", "", outcome.total)
        else:
            text = self.tr("Listo: se guardaron %n actas en %3.", "", outcome.actas_written)
        self.status.setText(text.replace("%1", str(outcome.actas_written)).replace("%3", str(self._target)))
        self.open_button.setVisible(bool(outcome.written))
        self.finished_batch.emit(outcome)

    def _failed(self, exc: Exception) -> None:
        self._outcome = None
        self._stopped()
        self.progress.setRange(0, max(1, self.progress.maximum()))
        self.status.setStyleSheet("color: #8a1c1c;")
        self.status.setText(messages.error_text(exc))
        self.finished_batch.emit(None)

    def _stopped(self) -> None:
        self._cancel = None
        self.cancel_button.hide()
        self.close_button.setEnabled(True)
        self._update_buttons()
        self.close_button.setFocus()

    def outcome(self) -> BatchOutcome | None:
        return self._outcome

    def _open_destination(self) -> None:
        folder = self._target if self._target and self._target.is_dir() else self._target.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        """Esc or closing the window while generating cancels the batch instead of hiding it."""
        if self.is_running():
            self.cancel()
            return
        super().reject()
