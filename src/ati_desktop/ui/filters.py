"""The filter bar above the session list: dates, place, school, codes and a full-text search.

It emits plain criteria named like ``services.queries.SessionFilter``'s fields; the list
builds the filter on the worker thread. Typing is debounced so the list is asked once per
pause, not once per key.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QStringListModel, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ati_desktop.domain.municipalities import municipalities
from ati_desktop.domain.reference import Operation, SessionStatus, Technique

from .i18n import QT_DATE_FORMAT, reference_label
from .tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.database import Database

SEARCH_DELAY_MS = 250
SCHOOL_LOOKUP_DELAY_MS = 200
REMARKS = "remarks"  # the «Estado» choice of sessions with remarks to answer


class FilterBar(QWidget):
    """Criteria for the session list; ``changed`` carries them as a dict."""

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._school_id: str | None = None
        self._school_names: dict[str, str] = {}
        self._lookup_generation = 0

        self.search = QLineEdit(clearButtonEnabled=True)
        self.use_from = QCheckBox()
        self.date_from = self._date_edit(QDate(date.today().year, 1, 1))
        self.use_to = QCheckBox()
        self.date_to = self._date_edit(QDate.currentDate())
        self.municipality = QComboBox()
        self.school = QLineEdit(clearButtonEnabled=True)
        self.operation = QComboBox()
        self.technique = QComboBox()
        self.status = QComboBox()
        self.clear_button = QPushButton()
        self._labels = {name: QLabel() for name in
                        ("search", "municipality", "school", "operation", "technique", "status")}
        for combo in (self.municipality, self.operation, self.technique, self.status):
            # Sized by a few characters, not by the longest label, so the bar fits 1366 px.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.school.setMinimumWidth(120)
        for name, widget in (("search", self.search), ("municipality", self.municipality),
                             ("school", self.school), ("operation", self.operation),
                             ("technique", self.technique), ("status", self.status)):
            self._labels[name].setBuddy(widget)

        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        # The search already matched without accents; Qt's own filter would drop "Simón" for "simon".
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.school.setCompleter(completer)

        self._search_timer = self._timer(SEARCH_DELAY_MS, self._emit)
        self._lookup_timer = self._timer(SCHOOL_LOOKUP_DELAY_MS, self._lookup_schools)
        self._layout()
        chain = (self.search, self.use_from, self.date_from, self.use_to, self.date_to, self.municipality,
                 self.school, self.operation, self.technique, self.status, self.clear_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._fill_combos()
        self.retranslate()

        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._emit)
            edit.dateChanged.connect(self._emit)
        for combo in (self.municipality, self.operation, self.technique, self.status):
            combo.currentIndexChanged.connect(self._emit)
        self.municipality.currentIndexChanged.connect(lambda _index: self._lookup_timer.start())
        self.school.textEdited.connect(self._school_edited)
        completer.activated[str].connect(self._school_picked)
        self.clear_button.clicked.connect(self.clear)

    # -- building ----------------------------------------------------------------------------
    def _timer(self, delay: int, slot) -> QTimer:
        timer = QTimer(self, singleShot=True, interval=delay)
        timer.timeout.connect(slot)
        return timer

    @staticmethod
    def _date_edit(initial: QDate) -> QDateEdit:
        edit = QDateEdit(initial, calendarPopup=True)
        edit.setDisplayFormat(QT_DATE_FORMAT)
        return edit

    def _layout(self) -> None:
        """Three rows of label–field pairs, aligned in columns, narrow enough for 1024 px."""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._labels["search"], 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 5)
        grid.addWidget(self.clear_button, 0, 6)
        pairs = ((1, 0, "municipality", self.municipality), (1, 2, "school", self.school),
                 (1, 4, "operation", self.operation), (2, 0, "technique", self.technique),
                 (2, 2, "status", self.status))
        for row, col, name, widget in pairs:
            grid.addWidget(self._labels[name], row, col)
            grid.addWidget(widget, row, col + 1, 1, 2 if col == 4 else 1)
        dates = QHBoxLayout()
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            dates.addWidget(check)
            dates.addWidget(edit)
        dates.addStretch(1)
        grid.addLayout(dates, 2, 4, 1, 3)
        for col, stretch in ((1, 2), (3, 3), (5, 2)):
            grid.setColumnStretch(col, stretch)

    def _fill_combos(self) -> None:
        self.municipality.addItem("", None)
        for municipality in sorted(municipalities(), key=lambda m: m.name):
            self.municipality.addItem(municipality.name, municipality.code)
        for combo, enum_type in ((self.operation, Operation), (self.technique, Technique),
                                 (self.status, SessionStatus)):
            combo.addItem("", None)
            for member in enum_type:
                combo.addItem("", member.value)
        self.status.addItem("", REMARKS)  # returned by the supervisor, waiting for a correction

    def retranslate(self) -> None:
        texts = {"search": self.tr("&Buscar:"), "municipality": self.tr("&Municipio:"),
                 "school": self.tr("&Establecimiento:"), "operation": self.tr("&Operación:"),
                 "technique": self.tr("&Técnica:"), "status": self.tr("E&stado:")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.search.setPlaceholderText(self.tr("Objetivo, conclusiones, respuestas… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Buscar en las sesiones"))
        self.use_from.setText(self.tr("Desde"))
        self.use_to.setText(self.tr("Hasta"))
        self.date_from.setAccessibleName(self.tr("Fecha inicial"))
        self.date_to.setAccessibleName(self.tr("Fecha final"))
        self.school.setPlaceholderText(self.tr("Escriba para buscar…"))
        self.school.setAccessibleName(self.tr("Establecimiento educativo"))
        self.municipality.setAccessibleName(self.tr("Municipio"))
        self.operation.setAccessibleName(self.tr("Operación"))
        self.technique.setAccessibleName(self.tr("Técnica"))
        self.status.setAccessibleName(self.tr("Estado"))
        self.clear_button.setText(self.tr("&Limpiar filtros"))
        self.municipality.setItemText(0, self.tr("Todos"))
        self.operation.setItemText(0, self.tr("Todas"))
        self.technique.setItemText(0, self.tr("Todas"))
        self.status.setItemText(0, self.tr("Todos"))
        for combo, enum_type in ((self.operation, Operation), (self.technique, Technique),
                                 (self.status, SessionStatus)):
            for row in range(1, combo.count()):
                if combo.itemData(row) != REMARKS:
                    combo.setItemText(row, reference_label(enum_type(combo.itemData(row))))
        self.status.setItemText(self.status.findData(REMARKS), self.tr("Con observaciones por corregir"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def last_control(self) -> QWidget:
        """Where Tab leaves the filters for the list."""
        return self.clear_button

    # -- criteria ----------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db

    def criteria(self) -> dict[str, Any]:
        """The current filters, named as ``SessionFilter``'s fields; unset ones are left out."""
        values = {
            "date_from": self.date_from.date().toPython() if self.use_from.isChecked() else None,
            "date_to": self.date_to.date().toPython() if self.use_to.isChecked() else None,
            "municipality_code": self.municipality.currentData(),
            "school_id": self._school_id,
            "operation": self.operation.currentData(),
            "technique": self.technique.currentData(),
            "status": self.status.currentData() if self.status.currentData() != REMARKS else None,
            "remarks": True if self.status.currentData() == REMARKS else None,
            "text": self.search.text().strip() or None,
        }
        return {key: value for key, value in values.items() if value is not None}

    def clear(self) -> None:
        """Back to every session, emitting one change instead of one per control."""
        self.blockSignals(True)
        try:
            self.search.clear()
            self.use_from.setChecked(False)
            self.use_to.setChecked(False)
            for combo in (self.municipality, self.operation, self.technique, self.status):
                combo.setCurrentIndex(0)
            self.school.clear()
            self._school_id = None
        finally:
            self.blockSignals(False)
        self._search_timer.stop()
        self._emit()

    def _emit(self) -> None:
        self._search_timer.stop()
        self.changed.emit(self.criteria())

    # -- school type-ahead -------------------------------------------------------------------
    def _school_edited(self, text: str) -> None:
        if self._school_id is not None:
            self._school_id = None
            self._emit()
        if text.strip():
            self._lookup_timer.start()

    def _school_picked(self, text: str) -> None:
        school_id = self._school_names.get(text)
        if school_id and school_id != self._school_id:
            self._school_id = school_id
            self._emit()

    def _lookup_schools(self) -> None:
        text = self.school.text().strip()
        if self._db is None or not text or self._school_id is not None:
            return
        self._lookup_generation += 1
        generation, db, municipality = self._lookup_generation, self._db, self.municipality.currentData()

        def work():
            from ati_desktop.domain.municipalities import by_code
            from ati_desktop.services.schools import search_schools

            names = by_code()
            return [(f"{s.name} ({names[s.municipality_code].name})", s.id)
                    for s in search_schools(db, text, municipality)]

        Task(work).on_success(lambda found: self._show_schools(generation, found)).run(self)

    def _show_schools(self, generation: int, found: list[tuple[str, str]]) -> None:
        if generation != self._lookup_generation:
            return
        self._school_names = dict(found)
        self._completions.setStringList(list(self._school_names))
        if found and self.school.hasFocus():
            self.school.completer().complete()
