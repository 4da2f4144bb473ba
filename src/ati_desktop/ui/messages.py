"""Every modal question and notice of the main window, as small functions tests can replace."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ati_desktop.domain import clock
from ati_desktop.domain.errors import AtiError
from ati_desktop.ui import i18n

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The message of an error the user can act on, translated; a generic one for bugs (logged)."""
    if isinstance(exc, AtiError):
        return i18n.error_text(exc)
    log.error("unexpected error: %s", getattr(exc, "__traceback_text__", repr(exc)))
    return QCoreApplication.translate(
        "messages",
        "Ocurrió un error inesperado. Lo registrado hasta ahora no se ha perdido; "
        "si el problema se repite, informe a soporte técnico.")


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate("messages", "ATI Desktop — Error"), text)


def show_info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("messages", "ATI Desktop"), text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_reopen_drafts(parent: QWidget | None, drafts: list[tuple[str, datetime, dict]]) -> list[str]:
    """Offer to reopen unfinished sessions; returns the keys of the drafts to reopen."""
    lines = "\n".join(_draft_line(saved, payload) for _key, saved, payload in drafts)
    text = QCoreApplication.translate(
        "messages", "Hay %n sesión(es) sin terminar, guardadas como borrador:", "", len(drafts))
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("messages", "Borradores pendientes"),
                      f"{text}\n{lines}", parent=parent)
    reopen = box.addButton(QCoreApplication.translate("messages", "Reabrir"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("messages", "Más tarde"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reopen)
    box.exec()
    return [key for key, _saved, _payload in drafts] if box.clickedButton() is reopen else []


def _draft_line(saved: datetime, payload: dict) -> str:
    """«• 25/11/2026 14:30 — Institución Educativa …»: when it was saved and what it is about."""
    about = payload.get("school_name") or payload.get("objective") or ""
    line = f"• {clock.local(saved).strftime('%d/%m/%Y %H:%M')}"
    return f"{line} — {about.strip()[:80]}" if about.strip() else line


def ask_image_file(parent: QWidget | None) -> str | None:
    from ati_desktop.ui import file_dialogs  # not on the start-up path: only dialogs need it

    path = file_dialogs.open_file(
        parent, QCoreApplication.translate("messages", "Elegir el logo del acta"), "",
        QCoreApplication.translate("messages", "Imágenes (*.png *.jpg *.jpeg)"))
    return path or None


def show_about(parent: QWidget | None, version: str) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("messages", "Acerca de ATI Desktop"),
        QCoreApplication.translate(
            "messages",
            "<h3>ATI Desktop %1</h3>"
            "<p>Registro de las sesiones de Asistencia Técnica Integral (ATI) de la "
            "Secretaría de Educación del Huila, aun sin conexión a internet.</p>"
            "<p>Sigue los «Lineamientos para la Asistencia Técnica Integral – ATI», versión 5. "
            "Licencia GPL-3.0 o posterior.</p>").replace("%1", version))
