"""The list below the Tablero: the sessions, commitments or schools behind a click."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..i18n import format_date

if TYPE_CHECKING:
    from ati_desktop.services.reports.dashboard import DrillResult

_Index = QModelIndex | QPersistentModelIndex


class DrillModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: DrillResult | None = None
        self.headers: list[str] = []
        self.states: dict[str, str] = {}

    def set_result(self, result: DrillResult, headers: list[str], states: dict[str, str]) -> None:
        self.beginResetModel()
        self.result, self.headers, self.states = result, headers, states
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.result is None else len(self.result.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.result is None else len(self.result.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and self.headers:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.result is None:
            return None
        column = self.result.table.columns[index.column()]
        value = self.result.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if value is None:
            return "—" if column.kind != "text" else ""
        if isinstance(value, date):
            return format_date(value)
        if column.kind == "hours":
            return f"{value:.2f}".replace(".", ",")
        return self.states.get(value, str(value)) if isinstance(value, str) else str(value)

    def session_id(self, row: int) -> str | None:
        return self.result.session_ids[row] if self.result else None


class DrillList(QWidget):
    """``openRequested(session_id)`` on a double click (or Enter) on a session's row."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.model = DrillModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda index: self._open(index.row()))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.view, 1)

    def headers(self, kind: str) -> list[str]:
        if kind == "commitments":
            return [self.tr("Hecho el"), self.tr("Municipio"), self.tr("Establecimiento"), self.tr("Compromiso"),
                    self.tr("Responsable"), self.tr("Fecha límite"), self.tr("Estado"), self.tr("Días de vencido")]
        if kind == "schools":
            return [self.tr("Municipio"), self.tr("Código DANE"), self.tr("Establecimiento"),
                    self.tr("Sesiones en el periodo"), self.tr("Última visita"), self.tr("Días desde la última visita")]
        return [self.tr("Fecha"), self.tr("Municipio"), self.tr("Establecimiento"), self.tr("Técnica"),
                self.tr("Operaciones"), self.tr("Profesional de apoyo"), self.tr("Horas")]

    def show_result(self, result: DrillResult, heading: str, states: dict[str, str]) -> None:
        self.model.set_result(result, self.headers(result.table.key), states)
        shown = len(result.table.rows)
        count = self.tr("%n fila(s)", "", result.total) if shown == result.total else \
            self.tr("primeras %1 de %2").replace("%1", str(shown)).replace("%2", str(result.total))
        self.heading.setText(f"{heading} — {count}")
        widths = {"sessions": [90, 130, 260, 120, 220, 170], "commitments": [90, 120, 200, 320, 150, 90, 130],
                  "schools": [130, 110, 320, 140, 100]}[result.table.key]
        for i, width in enumerate(widths):
            self.view.setColumnWidth(i, width)

    def _open(self, row: int) -> None:
        session_id = self.model.session_id(row)
        if session_id:
            self.openRequested.emit(session_id)
