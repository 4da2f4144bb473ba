"""Choosing where actas go and writing them there, whole or not at all.

The ``ask_…`` functions show the system's file dialogs; tests replace them.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ati_desktop.domain.errors import AtiError


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def _pdf_filter() -> str:
    return QCoreApplication.translate("ActaFiles", "Documentos PDF (*.pdf)")


def ask_save_path(parent: QWidget | None, default_name: str) -> Path | None:
    """Where to save one PDF; None when the user cancels."""
    title = QCoreApplication.translate("ActaFiles", "Guardar el acta como PDF")
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(documents_dir() / default_name),
                                                _pdf_filter())
    return with_pdf_suffix(path) if path else None


def ask_merged_path(parent: QWidget | None, default_name: str) -> Path | None:
    """Where to save the single PDF of a batch; None when the user cancels."""
    title = QCoreApplication.translate("ActaFiles", "Guardar todas las actas en un PDF")
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(documents_dir() / default_name),
                                                _pdf_filter())
    return with_pdf_suffix(path) if path else None


def ask_folder(parent: QWidget | None) -> Path | None:
    """The folder that receives one PDF per session; None when the user cancels."""
    title = QCoreApplication.translate("ActaFiles", "Carpeta para las actas")
    path = QFileDialog.getExistingDirectory(parent, title, str(documents_dir()))
    return Path(path) if path else None


def ask_open_pdf(parent: QWidget | None) -> Path | None:
    """The acta PDF a supervisor wants to check; None when the user cancels."""
    title = QCoreApplication.translate("ActaFiles", "Elegir el PDF del acta")
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(documents_dir()), _pdf_filter())
    return Path(path) if path else None


def with_pdf_suffix(path: str | Path) -> Path:
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class FileWriteError(AtiError):
    """A PDF could not be written where the user asked (full disk, read-only stick, …)."""


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so a failure leaves no partial PDF."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise FileWriteError(write_error_text(path, exc)) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise FileWriteError(write_error_text(path, exc)) from exc


def write_error_text(path: Path, exc: OSError) -> str:
    """What the user can do about a file that could not be written (Spanish)."""
    if exc.errno == 28:
        reason = QCoreApplication.translate(
            "ActaFiles", "el disco está lleno. Libere espacio o elija otra unidad.")
    elif exc.errno in (13, 30) or isinstance(exc, PermissionError):
        reason = QCoreApplication.translate(
            "ActaFiles", "no hay permiso para escribir allí (¿memoria USB protegida o carpeta de "
            "solo lectura?). Elija otra carpeta.")
    elif isinstance(exc, FileNotFoundError):
        reason = QCoreApplication.translate(
            "ActaFiles", "la carpeta ya no existe (¿se retiró la memoria USB?). Elija otra carpeta.")
    else:
        reason = exc.strerror or str(exc)
    text = QCoreApplication.translate("ActaFiles", "No se pudo guardar «%1»: %2")
    return text.replace("%1", str(path)).replace("%2", reason)
