"""«Revisión de sesiones»: the closed sessions waiting for the supervisor, oldest first.

A session waits when no decision was made on it yet, or when it was corrected after the latest
decision (remarks answered, or an approved session changed since). The supervisor approves it, returns it with remarks or rejects it; each
decision is a record of its own that travels back to the assistant. Every database call runs
on the worker thread (``ui.tasks``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.domain import clock
from ati_desktop.domain.municipalities import municipalities
from ati_desktop.domain.reference import Technique

from .. import messages
from ..i18n import code_label, format_date, reference_label
from ..tasks import Task
from . import decision_dialog
from .decision_dialog import APPROVE, REJECT, REMARKS

if TYPE_CHECKING:
    from ati_desktop.services.database import Database
    from ati_desktop.services.reviews import QueueEntry

COLUMN_WIDTHS = [90, 130, 300, 140, 190]


class ReviewWindow(QMainWindow):
    """The review queue with its filters and the three decisions."""

    openSessionRequested = Signal(str)
    shown = Signal()  # the queue was painted (for tests)

    def __init__(self, db: Database, parent: QWidget | None = None, today: date | None = None,
                 can_open: bool = True) -> None:
        """``can_open``: whether someone opens the sessions listed (``openSessionRequested``)."""
        super().__init__(parent)
        self.setObjectName("ReviewWindow")
        self.db = db
        self.entries: list[QueueEntry] = []
        self._reviewer = ""
        self._generation = 0
        today = today or date.today()

        self.use_from, self.use_to = QCheckBox(), QCheckBox()
        self.date_from = QDateEdit(QDate(today.year, 1, 1))
        self.date_to = QDateEdit(QDate(today))
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.refresh())
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.municipality, self.school = QComboBox(), QComboBox()
        self.assistant, self.technique = QComboBox(), QComboBox()
        for combo in (self.municipality, self.school, self.assistant, self.technique):
            combo.addItem("", None)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for town in municipalities():
            self.municipality.addItem(town.name, town.code)
        for member in Technique:
            self.technique.addItem(reference_label(member), member.value)
        self.filter_labels = [QLabel() for _ in range(4)]
        bar = QHBoxLayout()
        bar.addWidget(self.use_from)
        bar.addWidget(self.date_from)
        bar.addWidget(self.use_to)
        bar.addWidget(self.date_to)
        for label, combo in zip(self.filter_labels, (self.municipality, self.school, self.assistant, self.technique)):
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo, 1)

        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda item: self.open_selected())

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button, self.approve_button = QPushButton(), QPushButton()
        self.remarks_button, self.reject_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setVisible(can_open)
        self._can_open = can_open
        self.approve_button.clicked.connect(lambda: self.decide(APPROVE))
        self.remarks_button.clicked.connect(lambda: self.decide(REMARKS))
        self.reject_button.clicked.connect(lambda: self.decide(REJECT))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for button in (self.approve_button, self.remarks_button, self.reject_button):
            buttons.addWidget(button)

        self.status = QLabel()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(8, 6, 8, 6)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.detail)
        column.addLayout(buttons)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.status, 1)

        self.municipality.currentIndexChanged.connect(lambda _i: self._municipality_changed())
        for combo in (self.school, self.assistant, self.technique):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.retranslate()
        self._load_choices()
        self._selection_changed()
        self.refresh()

    # -- texts -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill(self.entries)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Revisión de sesiones — ATI Desktop"))
        self.use_from.setText(self.tr("&Desde"))
        self.use_to.setText(self.tr("&Hasta"))
        for label, text in zip(self.filter_labels, (self.tr("&Municipio"), self.tr("&Establecimiento"),
                                                     self.tr("&Profesional"), self.tr("&Técnica"))):
            label.setText(text)
        for combo in (self.municipality, self.school, self.assistant, self.technique):
            combo.setItemText(0, self.tr("Todos"))
        self.table.setHorizontalHeaderLabels([self.tr("Fecha"), self.tr("Municipio"), self.tr("Establecimiento"),
                                              self.tr("Técnica"), self.tr("Profesional de apoyo"),
                                              self.tr("Estado de la revisión")])
        self.open_button.setText(self.tr("&Ver sesión"))
        self.approve_button.setText(self.tr("Apro&bar…"))
        self.remarks_button.setText(self.tr("Con &observaciones…"))
        self.reject_button.setText(self.tr("&Rechazar…"))
        self.approve_button.setToolTip(self.tr("La sesión queda aprobada y sale de la cola"))
        self.remarks_button.setToolTip(self.tr("Devolver la sesión al profesional de apoyo con lo que debe corregir"))
        self.reject_button.setToolTip(self.tr("Rechazar la sesión, con el motivo"))

    def state_text(self, entry: QueueEntry) -> str:
        review = entry.review
        if review.corrected_since:
            state = {REMARKS: self.tr("Con observaciones"), REJECT: self.tr("Rechazada")}.get(review.state,
                                                                                             review.label)
            return self.tr("Corregida tras «%1»").replace("%1", state)
        return self.tr("Recibida")

    # -- loading -----------------------------------------------------------------------------
    def queue_filter(self):
        from ati_desktop.services.reviews import QueueFilter

        return QueueFilter(self.date_from.date().toPython() if self.use_from.isChecked() else None,
                           self.date_to.date().toPython() if self.use_to.isChecked() else None,
                           municipality_code=self.municipality.currentData(), school_id=self.school.currentData(),
                           assistant_id=self.assistant.currentData(), technique=self.technique.currentData())

    def _load_choices(self) -> None:
        db = self.db

        def work():
            from ati_desktop.services import settings
            from ati_desktop.services.reports.lookup import assistants

            return assistants(db), settings.profile(db).full_name

        Task(work).on_success(self._show_choices).run(self)

    def _show_choices(self, found) -> None:
        people, self._reviewer = found
        self._replace_items(self.assistant, people)

    def _municipality_changed(self) -> None:
        code, db = self.municipality.currentData(), self.db
        if code is None:
            self._replace_items(self.school, [])
            self.refresh()
            return

        def work():
            from ati_desktop.services.schools import search_schools

            return [(s.id, s.name) for s in search_schools(db, "", code, limit=2000)]

        Task(work).on_success(lambda schools: (self._replace_items(self.school, schools), self.refresh())) \
            .on_failure(self._failed).run(self)

    @staticmethod
    def _replace_items(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for key, name in items:
            combo.addItem(name, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def refresh(self) -> None:
        """Read the queue again for the filters shown (answers to older filters are dropped)."""
        try:
            flt = self.queue_filter()
        except Exception as exc:  # a period that ends before it starts
            self.status.setText(messages.error_text(exc))
            return
        self._generation += 1
        generation, db = self._generation, self.db
        self.status.setText(self.tr("Buscando…"))

        def work():
            from ati_desktop.services.reviews import review_queue

            return review_queue(db, flt)

        Task(work).on_success(lambda entries: self._show(generation, entries)).on_failure(self._failed).run(self)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(messages.error_text(exc))

    def _show(self, generation: int, entries: list[QueueEntry]) -> None:
        if generation != self._generation:
            return
        self._fill(entries)
        self.shown.emit()

    def _fill(self, entries: list[QueueEntry]) -> None:
        selected = self.selected()
        self.entries = list(entries)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            texts = [format_date(entry.session_date), entry.municipality, entry.school or "—",
                     code_label(Technique, entry.technique), entry.assistant or "—", self.state_text(entry)]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        keep = next((row for row, e in enumerate(entries) if selected and e.session_id == selected.session_id), 0)
        if entries:
            self.table.selectRow(keep)
        self._selection_changed()
        self.status.setText(self.tr("%n sesión(es) esperan revisión", "", len(entries)))

    # -- decisions ---------------------------------------------------------------------------
    def selected(self) -> QueueEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        for button in (self.open_button, self.approve_button, self.remarks_button, self.reject_button):
            button.setEnabled(entry is not None)
        review = entry.review if entry else None
        if review is not None and review.comment:
            self.detail.setText(self.tr("Observación anterior de %1 (%2): «%3». El profesional de apoyo "
                                        "corrigió la sesión después.")
                                .replace("%1", review.reviewer or "")
                                .replace("%2", format_date(clock.local(review.reviewed_at).date()) if review.reviewed_at else "")
                                .replace("%3", review.comment))
        else:
            self.detail.setText("")
        self.detail.setVisible(bool(self.detail.text()))

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is not None and self._can_open:
            self.openSessionRequested.emit(entry.session_id)

    def decide(self, state: str) -> None:
        """Ask for the comment and reviewer, then record the decision on the selected session."""
        entry = self.selected()
        if entry is None:
            return
        about = self.tr("Sesión del %1 · %2 · %3").replace("%1", format_date(entry.session_date)) \
            .replace("%2", entry.school or entry.municipality).replace("%3", code_label(Technique, entry.technique))
        answer = decision_dialog.ask_decision(self, state, about, self._reviewer)
        if answer is None:
            return
        self._reviewer = answer.reviewer
        db, session_id = self.db, entry.session_id

        def work():
            from ati_desktop.services.reviews import set_review

            return set_review(db, session_id, state, answer.comment, answer.reviewer)

        Task(work).on_success(self._decided).on_failure(self._decision_failed).run(self)

    def _decided(self, decision) -> None:
        texts = {APPROVE: self.tr("Sesión aprobada."), REMARKS: self.tr("Sesión devuelta con observaciones."),
                 REJECT: self.tr("Sesión rechazada.")}
        self.refresh()
        self.statusBar().showMessage(texts.get(decision.state, ""), 8000)

    def _decision_failed(self, exc: Exception) -> None:
        messages.show_error(self, messages.error_text(exc))
