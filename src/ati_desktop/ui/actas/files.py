"""Choosing where actas go and writing them there, whole or not at all.

The ``ask_…`` functions show the system's file dialogs; tests replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from ati_desktop.services import files as user_files
from ati_desktop.ui import file_dialogs


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def _pdf_filter() -> str:
    return QCoreApplication.translate("ActaFiles", "Documentos PDF (*.pdf)")


def ask_save_path(parent: QWidget | None, default_name: str) -> Path | None:
    """Where to save one PDF; None when the user cancels."""
    title = QCoreApplication.translate("ActaFiles", "Guardar el acta como PDF")
    path = file_dialogs.save_file(parent, title, str(documents_dir() / default_name), _pdf_filter())
    return with_pdf_suffix(path) if path else None


def ask_merged_path(parent: QWidget | None, default_name: str) -> Path | None:
    """Where to save the single PDF of a batch; None when the user cancels."""
    title = QCoreApplication.translate("ActaFiles", "Guardar todas las actas en un PDF")
    path = file_dialogs.save_file(parent, title, str(documents_dir() / default_name), _pdf_filter())
    return with_pdf_suffix(path) if path else None


def ask_folder(parent: QWidget | None) -> Path | None:
    """The folder that receives one PDF per session; None when the user cancels."""
    title = QCoreApplication.translate("ActaFiles", "Carpeta para las actas")
    path = file_dialogs.folder(parent, title, str(documents_dir()))
    return Path(path) if path else None


def ask_open_pdf(parent: QWidget | None) -> Path | None:
    """The acta PDF a supervisor wants to check; None when the user cancels."""
    title = QCoreApplication.translate("ActaFiles", "Elegir el PDF del acta")
    path = file_dialogs.open_file(parent, title, str(documents_dir()), _pdf_filter())
    return Path(path) if path else None


def with_pdf_suffix(path: str | Path) -> Path:
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so a failure leaves no partial PDF.

    Raises a ``StorageError`` (an ``AtiError``) naming the place when the disk is full, the
    folder read-only or gone.
    """
    user_files.write_whole(path, data)
