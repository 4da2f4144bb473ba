"""The status bar's note of the last package delivered and how many changes wait for the next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from ati_desktop.ui.tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.packages import Database, ExportStatus


class ExportStatusLabel(QLabel):
    """«Último paquete: 30/11/2026 · 42 cambios por entregar», refreshed after saves and exports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self.status: ExportStatus | None = None

    def set_database(self, db: Database) -> None:
        self._db = db
        self.refresh()

    def refresh(self) -> None:
        db = self._db
        if db is None:
            return

        def work():
            from ati_desktop.services import packages

            return packages.export_status(db)

        Task(work).on_success(self._show).run(self)

    def _show(self, status: ExportStatus) -> None:
        self.status = status
        waiting = self.tr("%n cambio(s) por entregar", "", status.waiting) if status.waiting else \
            self.tr("nada por entregar")
        if status.last_at is None:
            self.setText(self.tr("Sin paquetes entregados · %1").replace("%1", waiting))
        else:
            when = status.last_at.astimezone().strftime("%d/%m/%Y")
            self.setText(self.tr("Último paquete: %1 · %2").replace("%1", when).replace("%2", waiting))
        self.setToolTip(self.tr("Archivo › Exportar… entrega los cambios en un paquete para la secretaría."))
