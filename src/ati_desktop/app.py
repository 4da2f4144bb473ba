"""Composition root of the desktop app: arguments → translator → window → database → forms.

The assistant should see her sessions at once. Opening the database means importing the
storage layer and checking the schema: half a second or more, longer than building and
painting the window. So a thread reads the list's first page straight from the file
(:mod:`ati_desktop.services.first_page`, the standard library only) while the window is built,
and the window is painted with those rows; the database is then opened on the worker thread,
and the list carries on from it.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ati_desktop import version
from ati_desktop.paths import APP_AUTHOR, APP_NAME, resolve_db_path
from ati_desktop.ui import i18n, messages, tasks
from ati_desktop.ui.main_window import MainWindow, app_icon, local_settings
from ati_desktop.ui.session_list import PAGE_SIZE

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ati-desktop", description="ATI Desktop")
    parser.add_argument("--db", help="archivo de la base de datos (por omisión: ATI_DB o la carpeta de datos)")
    parser.add_argument("--demo", action="store_true", help="llenar una base vacía con datos de demostración")
    parser.add_argument("--lang", choices=("es", "es_CO", "en"), help="idioma de la interfaz")
    return parser.parse_args(argv)


def load_forms(db: Any) -> Any:
    """The database's forms, bundled and published (``services.published_forms``), or None
    when this build has no forms package."""
    try:
        from ati_desktop.services.published_forms import registry_for
    except ImportError:
        return None
    return registry_for(db)


def open_backend(args: argparse.Namespace) -> tuple[Any, Any, str | None, str]:
    """Runs on the worker: open (create, upgrade) the database, read forms and the language."""
    from ati_desktop.services import settings
    from ati_desktop.storage.database import Database

    db = Database.open(resolve_db_path(args.db), quick_check=True)
    try:
        forms, forms_problem = load_forms(db), None
    except Exception as exc:  # the list still works without forms; the editor will say so
        forms, forms_problem = None, messages.error_text(exc)
    return db, forms, forms_problem, settings.language(db)


def read_first_page(path: Path) -> Future:
    """Start reading the list's first page off the main thread; the future's result is the
    rows, or None when they could not be read early."""
    future: Future = Future()

    def work() -> None:
        try:
            from ati_desktop.services.first_page import newest_sessions

            future.set_result(newest_sessions(path, PAGE_SIZE))
        except Exception as exc:  # never in the way of the normal start
            log.warning("first page not read early: %s", exc)
            future.set_result(None)

    threading.Thread(target=work, name="first-page", daemon=True).start()
    return future


def show_first_page(window: MainWindow, first_page: Future, every_ms: int = 5) -> None:
    """Hand the early rows to the list as soon as they are read (unless the database won)."""
    if not first_page.done():
        QTimer.singleShot(every_ms, lambda: show_first_page(window, first_page, every_ms))
        return
    rows = first_page.result()
    if rows:
        window.model.show_early(rows)


class Startup(QObject):
    """Opens the database for a shown window, then hands it over (or explains why not)."""

    def __init__(self, window: MainWindow, args: argparse.Namespace) -> None:
        super().__init__(window)
        self.window = window
        self.args = args
        self.db = None

    def start(self) -> None:
        args = self.args
        tasks.Task(lambda: open_backend(args)).on_success(self._opened).on_failure(self._failed).run(self)

    def _opened(self, result) -> None:
        self.db, forms, forms_problem, stored_language = result
        if self.args.lang is None:
            self.window.apply_language(stored_language)
        if not self.settle_device():
            self.window.close()
            QApplication.instance().exit(1)
            return
        self.window.attach(self.db, forms)
        if forms_problem:
            messages.show_error(self.window, forms_problem)
        elif forms is not None and forms.problems:
            details = "\n".join(str(problem) for problem in forms.problems)
            messages.show_error(self.window, self.tr(
                "Algunos formularios publicados por la Secretaría no se pueden usar y se dejaron de lado; "
                "las sesiones hechas con ellos no se podrán abrir hasta que llegue una versión válida:\n%1"
            ).replace("%1", details))
        if self.args.demo:
            self.window.demo.run(self.db, only_if_empty=True)

    def settle_device(self) -> bool:
        """A copied or restored file asks, before anything is written, which device it is."""
        from ati_desktop.services import database

        status = database.device_status(self.db)
        if not status.in_question:
            return True
        box = QMessageBox(QMessageBox.Warning, self.tr("¿Es una copia?"), "", parent=self.window)
        if status.restored:
            box.setText(self.tr("Esta base de datos es una copia restaurada, más antigua que la que este "
                                "equipo usó por última vez."))
        else:
            box.setText(self.tr("Esta base de datos parece copiada de otro lugar u otro equipo."))
        box.setInformativeText(self.tr(
            "Para que lo registrado en cada archivo se pueda unir sin confusiones, una copia debe "
            "continuar como un equipo nuevo. Elija «Es el mismo equipo» solo si movió el archivo."))
        new = box.addButton(self.tr("Continuar como equipo nuevo"), QMessageBox.AcceptRole)
        same = box.addButton(self.tr("Es el mismo equipo"), QMessageBox.DestructiveRole)
        box.addButton(self.tr("Salir"), QMessageBox.RejectRole)
        box.setDefaultButton(new)
        box.exec()
        if box.clickedButton() is new:
            database.continue_as_new_device(self.db)
        elif box.clickedButton() is same:
            database.confirm_same_device(self.db)
        else:
            return False
        return True

    def _failed(self, exc: Exception) -> None:
        if self._restored_backup(exc):
            self.start()
            return
        messages.show_error(self.window, messages.error_text(exc))
        self.window.close()
        QApplication.instance().exit(1)

    def _restored_backup(self, exc: Exception) -> bool:
        """On a damaged file, offer its latest backup instead (the damaged one is kept aside)."""
        from ati_desktop.storage.backup import latest_backup, restore_backup
        from ati_desktop.storage.errors import DamagedDatabaseError, StorageError

        path = resolve_db_path(self.args.db)
        backup = latest_backup(path) if isinstance(exc, DamagedDatabaseError) else None
        if backup is None:
            return False
        question = self.tr("%1\n\n¿Abrir en su lugar la copia de seguridad más reciente (%2)? El "
                           "archivo dañado se conserva aparte, con otro nombre.")
        text = question.replace("%1", messages.error_text(exc)).replace("%2", backup.name)
        if not messages.ask_yes_no(self.window, self.tr("Base de datos dañada"), text):
            return False
        try:
            restore_backup(path, backup)
        except StorageError as error:
            messages.show_error(self.window, messages.error_text(error))
            return False
        return True


def main(argv: list[str] | None = None) -> int:
    """The ``ati-desktop`` entry point; returns the process exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = parse_args(sys.argv[1:] if argv is None else argv)
    first_page = read_first_page(resolve_db_path(args.db))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setWindowIcon(app_icon())
    language = args.lang or local_settings().value("ui/language") or i18n.DEFAULT_LANGUAGE
    i18n.install(language)
    window = MainWindow()
    window.restore_layout()
    startup = Startup(window, args)
    show_first_page(window, first_page)
    window.show()
    # Paint before the worker starts: its imports would compete for the GIL with the paint.
    app.processEvents()
    QTimer.singleShot(0, startup.start)
    # Reading the version imports importlib.metadata: not before the worker has started.
    QTimer.singleShot(0, lambda: app.setApplicationVersion(version()))
    code = app.exec()
    tasks.wait_for_idle()
    if startup.db is not None:
        startup.db.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
