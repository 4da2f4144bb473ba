"""The editor's questions to the assistant; each modal dialog sits behind an ``ask_…`` function.

Tests replace these functions to answer, so no test ever blocks on a modal dialog.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.ui import file_dialogs


def _yes_no(parent: QWidget, title: str, text: str, informative: str = "",
            icon=QMessageBox.Question) -> bool:
    box = QMessageBox(icon, title, text, QMessageBox.Yes | QMessageBox.No, parent)
    box.button(QMessageBox.Yes).setText(QCoreApplication.translate("SessionEditor", "Sí"))
    box.button(QMessageBox.No).setText(QCoreApplication.translate("SessionEditor", "No"))
    box.setDefaultButton(QMessageBox.No)
    if informative:
        box.setInformativeText(informative)
    return box.exec() == QMessageBox.Yes


def ask_open_files(parent: QWidget, multiple: bool = True) -> list[str]:
    """Photos and documents to attach as evidence (one, when ``multiple`` is false)."""
    title = QCoreApplication.translate("SessionEditor", "Agregar evidencias")
    filters = QCoreApplication.translate(
        "SessionEditor", "Fotos y documentos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.pdf *.doc "
        "*.docx *.xls *.xlsx *.odt *.txt);;Todos los archivos (*)")
    if multiple:
        return file_dialogs.open_files(parent, title, "", filters)
    path = file_dialogs.open_file(parent, title, "", filters)
    return [path] if path else []


def ask_may_show_minors(parent: QWidget, file_name: str) -> bool:
    return _yes_no(
        parent, QCoreApplication.translate("SessionEditor", "Foto con posibles menores de edad"),
        QCoreApplication.translate("SessionEditor", "¿La foto «%1» puede mostrar a menores de edad?")
        .replace("%1", file_name))


def ask_minors_authorised(parent: QWidget, file_name: str) -> bool:
    """The Ley 1581 reminder; only a confirmed authorisation keeps the photo."""
    return _yes_no(
        parent, QCoreApplication.translate("SessionEditor", "Datos sensibles de menores (Ley 1581 de 2012)"),
        QCoreApplication.translate(
            "SessionEditor", "Las fotos de niñas, niños y adolescentes son datos sensibles (Ley 1581 "
            "de 2012, Decreto 1377 de 2013): solo se pueden conservar con la autorización de sus "
            "padres o acudientes."),
        QCoreApplication.translate(
            "SessionEditor", "¿Cuenta con esa autorización para «%1»? Si responde No, la foto no se "
            "guarda.").replace("%1", file_name),
        QMessageBox.Warning,
    )


def ask_restore_draft(parent: QWidget) -> bool:
    return _yes_no(
        parent, QCoreApplication.translate("SessionEditor", "Borrador sin guardar"),
        QCoreApplication.translate(
            "SessionEditor", "Esta sesión tiene cambios que no se guardaron (por ejemplo, por un "
            "corte de energía). ¿Desea recuperarlos?"))


def ask_close_without_draft(parent: QWidget) -> bool:
    return _yes_no(
        parent, QCoreApplication.translate("SessionEditor", "Cambios sin respaldo"),
        QCoreApplication.translate(
            "SessionEditor", "No se pudo guardar el borrador de los últimos cambios. ¿Cerrar de "
            "todos modos y perderlos?"), icon=QMessageBox.Warning)


def ask_correction_reason(parent: QWidget) -> str | None:
    """Why a closed session is corrected; the old revision stays readable."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("SessionEditor", "Corregir sesión cerrada"))
    layout = QVBoxLayout(dialog)
    label = QLabel(QCoreApplication.translate(
        "SessionEditor", "La sesión está cerrada. Indique el motivo de la corrección; la versión "
        "actual se conservará en el historial."))
    label.setWordWrap(True)
    reason = QPlainTextEdit()
    reason.setTabChangesFocus(True)
    reason.setAccessibleName(QCoreApplication.translate("SessionEditor", "Motivo de la corrección"))
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.button(QDialogButtonBox.Ok).setText(QCoreApplication.translate("SessionEditor", "Corregir"))
    buttons.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("SessionEditor", "Cancelar"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(label)
    layout.addWidget(reason)
    layout.addWidget(buttons)
    dialog.resize(460, 220)
    if dialog.exec() != QDialog.Accepted:
        return None
    return reason.toPlainText().strip() or None


def ask_new_school(parent: QWidget, municipality: str, typed: str = "") -> tuple[str, str | None] | None:
    """Name and optional DANE code of a school missing from the catalogue; starts from what was typed."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("SessionEditor", "Agregar establecimiento"))
    form = QFormLayout(dialog)
    intro = QLabel(QCoreApplication.translate(
        "SessionEditor", "Establecimiento que no está en el catálogo, en %1.").replace("%1", municipality))
    intro.setWordWrap(True)
    name = QLineEdit(typed.strip())
    name.setAccessibleName(QCoreApplication.translate("SessionEditor", "Nombre del establecimiento"))
    dane = QLineEdit()
    dane.setAccessibleName(QCoreApplication.translate("SessionEditor", "Código DANE"))
    dane.setPlaceholderText(QCoreApplication.translate(
        "SessionEditor", "12 dígitos; déjelo vacío si no lo conoce"))
    dane.setMaxLength(12)
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.button(QDialogButtonBox.Ok).setText(QCoreApplication.translate("SessionEditor", "Agregar"))
    buttons.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("SessionEditor", "Cancelar"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(intro)
    form.addRow(QCoreApplication.translate("SessionEditor", "&Nombre:"), name)
    form.addRow(QCoreApplication.translate("SessionEditor", "Código &DANE:"), dane)
    form.addRow(buttons)
    dialog.setMinimumWidth(480)  # room for a full school name and the DANE hint
    if dialog.exec() != QDialog.Accepted or not name.text().strip():
        return None
    return name.text().strip(), dane.text().strip() or None


class ClosingDialog(QDialog):
    """What the session still lacks, before it becomes the official acta.

    With a blocking gap only «Volver a la sesión» is offered; with warnings alone the assistant
    may close anyway. Either way the safe answer is the default, so Enter never closes by accident.
    """

    def __init__(self, items: list[tuple[str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cerrar la sesión"))
        self.blocked = any(blocking for _text, blocking in items)
        layout = QVBoxLayout(self)
        if self.blocked:
            head = self.tr("La sesión no se puede cerrar todavía: al cerrarla se convierte en el acta oficial.")
        elif items:
            head = self.tr("Antes de cerrar, revise lo que falta. Puede cerrar de todos modos.")
        else:
            head = self.tr("La sesión está completa. Al cerrarla se convierte en el acta oficial y solo "
                      "se podrá modificar con una corrección que queda en el historial.")
        intro = QLabel(head)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        must = [text for text, blocking in items if blocking]
        may = [text for text, blocking in items if not blocking]
        self.lists = QLabel(self._html(self.tr("Falta (obligatorio):"), must)
                            + self._html(self.tr("Conviene revisar:"), may))
        self.lists.setWordWrap(True)
        self.lists.setTextFormat(Qt.RichText)
        layout.addWidget(self.lists)
        self.buttons = QDialogButtonBox()
        self.back = self.buttons.addButton(self.tr("&Volver a la sesión"), QDialogButtonBox.RejectRole)
        self.close_button = None
        if not self.blocked:
            self.close_button = self.buttons.addButton(self.tr("Cerrar la &sesión"),
                                                       QDialogButtonBox.AcceptRole)
            self.close_button.setAutoDefault(False)
        self.back.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    @staticmethod
    def _html(title: str, texts: list[str]) -> str:
        if not texts:
            return ""
        items = "".join(f"<li>{html.escape(text)}</li>" for text in texts)
        return f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>"


def ask_close_session(parent: QWidget, items: list[tuple[str, bool]]) -> bool:
    """Whether to close now; ``items`` are (what is missing, whether it blocks closing)."""
    dialog = ClosingDialog(items, parent)
    return dialog.exec() == QDialog.Accepted and not dialog.blocked
