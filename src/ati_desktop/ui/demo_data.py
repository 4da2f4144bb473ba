"""Demo data for a newcomer: realistic sessions generated off the main thread, with progress."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from . import messages
from .tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.database import Database

DEMO_SESSIONS = 600


class DemoRunner(QObject):
    """Fills a database with demo sessions; ``finished`` carries how many were added."""

    finished = Signal(int)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._dialog: QProgressDialog | None = None

    def is_running(self) -> bool:
        return self._dialog is not None

    def ask_and_run(self, db: Database | None) -> None:
        if db is None or self.is_running():
            return
        question = QCoreApplication.translate(
            "DemoRunner", "Se agregarán %1 sesiones de demostración, con establecimientos, "
            "participantes y compromisos inventados, a la base de datos abierta.\n\n"
            "Úselas para conocer el programa; no las exporte al registro departamental. "
            "¿Continuar?").replace("%1", str(DEMO_SESSIONS))
        title = QCoreApplication.translate("DemoRunner", "Datos de demostración")
        if messages.ask_yes_no(self._window, title, question):
            # Each seed makes its own schools and people, so a second batch adds, never collides.
            self.run(db, seed=random.randrange(1, 1 << 31))

    def run(self, db: Database, sessions: int = DEMO_SESSIONS, only_if_empty: bool = False,
            seed: int | None = None) -> None:
        """Generate ``sessions`` demo sessions (or none when ``only_if_empty`` and data exists)."""
        dialog = QProgressDialog(self._window)
        dialog.setWindowTitle(QCoreApplication.translate("DemoRunner", "Datos de demostración"))
        dialog.setLabelText(QCoreApplication.translate("DemoRunner", "Generando sesiones de demostración…"))
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)  # busy until the generator reports its first batch
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.show()
        self._dialog = dialog

        def work(report) -> int:
            from ati_desktop.services.demo import generate_demo
            from ati_desktop.services.queries import count_sessions

            if only_if_empty and count_sessions(db) > 0:
                return 0
            options = {} if seed is None else {"seed": seed}
            generate_demo(db, sessions, progress=report, **options)
            return sessions

        Task(work).on_progress(self._show_progress).on_success(self._done).on_failure(self._failed).run(self)

    def _show_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _done(self, added: int) -> None:
        self._close_dialog()
        self.finished.emit(added)

    def _failed(self, exc: Exception) -> None:
        self._close_dialog()
        messages.show_error(self._window, messages.error_text(exc))
