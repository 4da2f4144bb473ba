"""The status bar's note of the last package delivered and how many changes wait for the next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ati_desktop.ui.tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.packages import Confirmation, Database, ExportStatus


def confirmed_text(confirmation: Confirmation) -> str:
    """«La Secretaría confirmó los paquetes 1–5 (falta el 3) el 20/11/2026»."""
    translate = QCoreApplication.translate
    day = confirmation.issued_on.strftime("%d/%m/%Y")
    received = confirmation.received
    if not received:
        return translate("ExportStatusLabel", "La Secretaría aún no tenía paquetes de este equipo el %1") \
            .replace("%1", day)
    first, last = received[0], received[-1]
    if first == last:
        return translate("ExportStatusLabel", "La Secretaría confirmó el paquete %1 el %2") \
            .replace("%1", str(first)).replace("%2", day)
    span = f"{first}–{last}"
    gaps = [n for n in confirmation.missing if first < n < last]
    if len(gaps) == 1:
        span += " " + translate("ExportStatusLabel", "(falta el %1)").replace("%1", str(gaps[0]))
    elif gaps:
        span += " " + translate("ExportStatusLabel", "(faltan %1)").replace("%1", ", ".join(map(str, gaps)))
    return translate("ExportStatusLabel", "La Secretaría confirmó los paquetes %1 el %2") \
        .replace("%1", span).replace("%2", day)


class ExportStatusLabel(QLabel):
    """«Último paquete: 30/11/2026 · 42 cambios por entregar», refreshed after saves and exports,
    and what the secretariat last confirmed receiving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self.status: ExportStatus | None = None
        self.confirmation: Confirmation | None = None

    def set_database(self, db: Database) -> None:
        self._db = db
        self.refresh()

    def refresh(self) -> None:
        db = self._db
        if db is None:
            return

        def work():
            from ati_desktop.services import packages

            return packages.export_status(db), packages.confirmation(db)

        Task(work).on_success(lambda found: self._show(*found)).run(self)

    def _show(self, status: ExportStatus, confirmation: Confirmation | None = None) -> None:
        self.status = status
        self.confirmation = confirmation
        waiting = self.tr("%n cambio(s) por entregar", "", status.waiting) if status.waiting else \
            self.tr("nada por entregar")
        if status.last_at is None:
            self.setText(self.tr("Sin paquetes entregados · %1").replace("%1", waiting))
        else:
            when = status.last_at.astimezone().strftime("%d/%m/%Y")
            self.setText(self.tr("Último paquete: %1 · %2").replace("%1", when).replace("%2", waiting))
        if confirmation is not None:
            self.setText(self.text() + " · " + confirmed_text(confirmation))
        self.setToolTip(self.tr("Archivo › Exportar… entrega los cambios en un paquete para la secretaría."))
