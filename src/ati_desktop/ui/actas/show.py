"""Opening the acta of a session: the built-in preview, or the system's PDF viewer without QtPdf."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from ati_desktop.services import actas
from ati_desktop.ui import messages
from ati_desktop.ui.tasks import Task

from . import files

try:
    from .preview import ActaPreview
except ImportError:  # an installation without the PySide6-Pdf wheel
    ActaPreview = None


def show_acta(parent: QWidget | None, db, forms, session_id: str) -> QWidget | None:
    """Show the acta of a session; returns the preview window (None when an outside viewer opens it)."""
    if ActaPreview is not None:
        preview = ActaPreview(db, forms, session_id, parent)
        preview.show()
        return preview

    def work() -> Path:
        record = actas.current_record(db, session_id)
        path = Path(tempfile.gettempdir()) / "ati-actas" / actas.acta_file_name(record)
        path.parent.mkdir(exist_ok=True)
        files.write_whole(path, actas.render_session(db, forms, session_id))
        return path

    Task(work).on_success(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))) \
        .on_failure(lambda exc: messages.show_error(parent, messages.error_text(exc))) \
        .run(parent or QCoreApplication.instance())  # the result needs a main-thread owner
    return None
