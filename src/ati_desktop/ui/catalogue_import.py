"""Archivo › Importar catálogo de establecimientos…: the secretariat's CSV, all or nothing."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ati_desktop.ui import file_dialogs, messages
from ati_desktop.ui.tasks import Task

MAX_SHOWN_PROBLEMS = 30


def ask_catalogue_file(parent: QWidget | None) -> Path | None:
    path = file_dialogs.open_file(
        parent, QCoreApplication.translate("CatalogueImport", "Importar catálogo de establecimientos"), "",
        QCoreApplication.translate("CatalogueImport", "Catálogo en CSV (*.csv);;Todos los archivos (*)"))
    return Path(path) if path else None


def show_refused(parent: QWidget | None, problems: list[str]) -> None:
    """Nothing was imported: the lines to fix, so the file can be corrected and tried again."""
    shown = problems[:MAX_SHOWN_PROBLEMS]
    details = "\n".join(shown)
    if len(problems) > len(shown):
        details += "\n" + QCoreApplication.translate("CatalogueImport", "… y %1 líneas más.") \
            .replace("%1", str(len(problems) - len(shown)))
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("CatalogueImport", "Catálogo no importado"),
        QCoreApplication.translate("CatalogueImport", "No se importó ningún establecimiento: corrija estas "
                                   "líneas del archivo e impórtelo de nuevo."), parent=parent)
    box.setInformativeText("<br>".join(html.escape(line) for line in shown[:8])
                           + ("<br>…" if len(problems) > 8 else ""))
    box.setDetailedText(details)
    box.exec()


class CatalogueImport(QObject):
    """Asks for the file, imports it off the interface thread, and reports."""

    imported = Signal(object)  # the ImportReport

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent

    def run(self, db) -> None:
        path = ask_catalogue_file(self._window)
        if path is None:
            return
        # The services import the storage layer; the window is built before the database opens.
        from ati_desktop.services import schools

        Task(lambda: schools.import_catalogue(db, path)) \
            .on_success(self._done).on_failure(self._failed).run(self)

    def _done(self, report) -> None:
        messages.show_info(self._window, QCoreApplication.translate(
            "CatalogueImport", "Catálogo importado: %1 establecimientos nuevos, %2 actualizados y %3 sedes nuevas.")
            .replace("%1", str(report.schools_added)).replace("%2", str(report.schools_updated))
            .replace("%3", str(report.campuses_added)))
        self.imported.emit(report)

    def _failed(self, exc: Exception) -> None:
        problems = getattr(exc, "problems", None)
        if problems:
            show_refused(self._window, [str(problem) for problem in problems])
        else:
            messages.show_error(self._window, messages.error_text(exc))
