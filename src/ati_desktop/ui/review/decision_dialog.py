"""The supervisor's decision on one session: the comment for the assistant and who reviews.

Cancelling is the default button: Enter never sends a decision by accident. Remarks (con
observaciones, rechazada) cannot be sent without a comment, since it is what the assistant
has to correct.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

APPROVE, REMARKS, REJECT = "aprobada", "con_observaciones", "rechazada"


@dataclass(frozen=True)
class DecisionInput:
    comment: str
    reviewer: str


class DecisionDialog(QDialog):
    """Asks for the comment and the reviewer of one decision."""

    def __init__(self, state: str, about: str, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        titles = {APPROVE: self.tr("Aprobar la sesión"), REMARKS: self.tr("Devolver con observaciones"),
                  REJECT: self.tr("Rechazar la sesión")}
        actions = {APPROVE: self.tr("&Aprobar"), REMARKS: self.tr("&Enviar observaciones"),
                   REJECT: self.tr("&Rechazar")}
        self.setWindowTitle(titles[state])
        self.about = QLabel(about)
        self.about.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(
            self.tr("Qué debe corregir el profesional de apoyo") if state != APPROVE
            else self.tr("Opcional"))
        self.reviewer = QLineEdit(reviewer)
        self.reviewer.setMaxLength(160)
        form = QFormLayout()
        form.addRow(self.tr("&Comentario:") if state == APPROVE else self.tr("&Comentario (obligatorio):"),
                    self.comment)
        form.addRow(self.tr("Re&visa:"), self.reviewer)
        for label, field in ((form.labelForField(self.comment), self.comment),
                             (form.labelForField(self.reviewer), self.reviewer)):
            label.setBuddy(field)
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(actions[state], QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancelar"))
        self.accept_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.about)
        column.addLayout(form)
        column.addWidget(self.buttons)
        self.comment.textChanged.connect(self._update)
        self.reviewer.textChanged.connect(self._update)
        self.resize(520, 300)
        self._update()
        self.comment.setFocus()

    def _update(self) -> None:
        needs_comment = self.state != APPROVE
        self.accept_button.setEnabled(bool(self.reviewer.text().strip())
                                      and (not needs_comment or bool(self.comment.toPlainText().strip())))

    def value(self) -> DecisionInput:
        return DecisionInput(self.comment.toPlainText().strip(), self.reviewer.text().strip())


def ask_decision(parent: QWidget | None, state: str, about: str, reviewer: str) -> DecisionInput | None:
    """The comment and reviewer of a decision, or None when cancelled (tests replace this)."""
    dialog = DecisionDialog(state, about, reviewer, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
