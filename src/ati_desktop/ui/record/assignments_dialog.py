"""«Asignaciones…»: which schools each assistant looks after, as the supervisor sets them in the record.

An assistant's field package carries the schools assigned to them. Schools are found as people
type them (any accents or capitals, name, municipality or DANE code).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.services import assignments, field_packages, schools
from ati_desktop.ui import messages
from ati_desktop.ui.editor.school_picker import school_label
from ati_desktop.ui.matching import fold_complete
from ati_desktop.ui.tasks import Task

SEARCH_DELAY_MS = 250
PROBLEM_STYLE = "color: #8a1c1c;"


class AssignmentsDialog(QDialog):
    """The record's assignments (assistant, school, municipality), to add and remove."""

    def __init__(self, record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Asignaciones de establecimientos"))
        self._record = record
        self.assignments: list = []

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Asistente"), self.tr("Establecimiento"), self.tr("Municipio")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Asignaciones"))
        self.table.itemSelectionChanged.connect(self._update)
        self.remove_button = QPushButton(self.tr("&Quitar la asignación"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.assistant = QComboBox()
        self.assistant.setEditable(True)
        self.assistant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.assistant.setAccessibleName(self.tr("Asistente"))
        self.assistant.editTextChanged.connect(lambda _text: self._update())
        self.school_search = QLineEdit()
        self.school_search.setPlaceholderText(self.tr("Escriba parte del nombre, del municipio o del código DANE"))
        self.school_search.setAccessibleName(self.tr("Buscar establecimiento"))
        self.school_list = QListWidget()
        self.school_list.setAccessibleName(self.tr("Establecimientos encontrados"))
        self.school_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.school_list.itemSelectionChanged.connect(self._update)
        self.add_button = QPushButton(self.tr("&Asignar"))
        self.add_button.clicked.connect(self.add_selected)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_schools(self.school_search.text()))
        self.school_search.textEdited.connect(lambda _text: self._timer.start())

        adding = QFormLayout()
        adding.addRow(self.tr("A&sistente:"), self.assistant)
        adding.addRow(self.tr("&Establecimiento:"), self.school_search)
        adding.addRow("", self.school_list)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        adding.addRow("", add_row)
        add_box = QGroupBox(self.tr("Asignar establecimientos"))
        add_box.setLayout(adding)

        self.note = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        self.buttons.rejected.connect(self.reject)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(remove_row)
        layout.addWidget(add_box, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self._update()
        self._load_assistants()
        self.refresh()

    # -- loading ------------------------------------------------------------------------------
    def _load_assistants(self) -> None:
        record = self._record
        Task(lambda: field_packages.assistants(record)).on_success(self._show_assistants) \
            .on_failure(self._failed).run(self)

    def _show_assistants(self, found: list) -> None:
        self.assistant.clear()
        self.assistant.addItem("", None)
        for assistant in found:
            self.assistant.addItem(assistant.name, assistant.id)
        fold_complete(self.assistant)
        self._update()

    def refresh(self) -> None:
        record = self._record
        Task(lambda: assignments.assigned_schools(record)).on_success(self._show_assignments) \
            .on_failure(self._failed).run(self)

    def _show_assignments(self, found: list) -> None:
        self.assignments = found
        self.table.setRowCount(len(found))
        for row, assigned in enumerate(found):
            school = assigned.school_name + (f" · DANE {assigned.dane_code}" if assigned.dane_code else "")
            for column, value in enumerate((assigned.assistant_name, school, assigned.municipality)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._update()

    def search_schools(self, text: str) -> None:
        """Offer the catalogue's schools that match ``text``."""
        record = self._record
        Task(lambda: schools.search_schools(record, text, limit=50)) \
            .on_success(lambda found: self._show_schools(text, found)).on_failure(self._failed).run(self)

    def _show_schools(self, text: str, found: list) -> None:
        if text != self.school_search.text():
            return  # typing went on: a newer search follows
        self.school_list.clear()
        for school in found:
            item = QListWidgetItem(school_label(school))
            item.setData(Qt.ItemDataRole.UserRole, school.id)
            self.school_list.addItem(item)
        if not found and text.strip():
            self._say(self.tr("Ningún establecimiento del catálogo coincide con «%1».").replace("%1", text), True)
        else:
            self._say("", False)

    # -- changes ------------------------------------------------------------------------------
    def assistant_id(self) -> str | None:
        index = self.assistant.findText(self.assistant.currentText(), Qt.MatchFlag.MatchExactly)
        return self.assistant.itemData(index) if index > 0 else None

    def add_selected(self) -> None:
        record, assistant = self._record, self.assistant_id()
        school_ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.school_list.selectedItems()]
        if not assistant or not school_ids:
            return
        Task(lambda: assignments.assign(record, assistant, school_ids)) \
            .on_success(lambda changed: self._changed(self.tr("%n asignación(es) nueva(s).", "", changed))) \
            .on_failure(self._failed).run(self)

    def remove_selected(self) -> None:
        record = self._record
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        chosen = [self.assignments[row] for row in rows if row < len(self.assignments)]
        if not chosen:
            return

        def work():
            return sum(assignments.unassign(record, a.assistant_id, [a.school_id]) for a in chosen)

        Task(work).on_success(lambda changed: self._changed(self.tr("%n asignación(es) quitada(s).", "", changed))) \
            .on_failure(self._failed).run(self)

    def _changed(self, note: str) -> None:
        self._say(note, False)
        self.refresh()

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self.assistant_id() and self.school_list.selectedItems()))
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _say(self, text: str, problem: bool) -> None:
        self.note.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.note.setText(text)

    def _failed(self, exc: Exception) -> None:
        self._say(messages.error_text(exc), True)
