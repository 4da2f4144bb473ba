"""The bitácora de asesorías: every session with the operation asesoría, as the adviser's log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ati_desktop.domain.reference import Channel

from .i18n import code_label, format_date
from .session_list import PagedTableModel, SessionListView

if TYPE_CHECKING:
    from ati_desktop.services.queries import AdvisoryEntry, SessionKey
    from ati_desktop.services.database import Database

_Index = QModelIndex | QPersistentModelIndex


class AdvisoryLogModel(PagedTableModel):
    """Asesorías newest first: Fecha, Municipio, Establecimiento, Canal, Objetivo."""

    def count(self, db: Database, criteria) -> int:
        from ati_desktop.services import queries

        return queries.count_advisories(db)

    def page(self, db: Database, criteria, after: SessionKey | None, limit: int) -> list[AdvisoryEntry]:
        from ati_desktop.services import queries

        return queries.list_advisories(db, after=after, limit=limit)

    def key(self, row: AdvisoryEntry) -> SessionKey:
        return row.key

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Fecha"), self.tr("Municipio"), self.tr("Establecimiento"),
                    self.tr("Canal"), self.tr("Objetivo")][section]
        return None

    def session_id(self, row: int) -> str:
        return self._rows[row].id

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry: AdvisoryEntry = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return format_date(entry.session_date)
        if column == 1:
            return entry.municipality
        if column == 2:
            return entry.school or "—"
        if column == 3:
            return code_label(Channel, entry.channel)
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.objective.splitlines()[0] if entry.objective else ""
        return entry.objective


class AdvisoryLog(QWidget):
    """The log as a tab: loads when first shown, opens a session on Enter or double click."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AdvisoryLogModel(self)
        self.view = SessionListView()
        self.view.setModel(self.model)
        self.view.set_column_widths([95, 130, 240, 190, 300], stretch=4)
        self.caption = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        self.view.activated.connect(lambda index: self.openRequested.emit(self.model.session_id(index.row())))
        self._db: Database | None = None
        self._stale = True
        self.retranslate()

    def set_database(self, db: Database) -> None:
        self._db = db
        self.refresh()

    def refresh(self) -> None:
        """Reload now if visible; otherwise when next shown (no work for a hidden tab)."""
        self._stale = True
        if self.isVisible() and self._db is not None:
            self._load()

    def _load(self) -> None:
        self._stale = False
        self.model.set_database(self._db)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self._db is not None:
            self._load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.caption.setText(self.tr(
            "Asesorías registradas: no requieren desplazamiento (teléfono, conexión remota, "
            "correo o visita recibida por el asesor)."))
        self.view.setAccessibleName(self.tr("Bitácora de asesorías"))
        self.model.retranslate()
