"""The «Firmar» dialog: a participant signs on the screen with a finger, pen or mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ati_desktop.ui.widgets.signature_pad import SignaturePad


class SignatureDialog(QDialog):
    """Asks one participant to sign; ``png()`` is the signature once accepted."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Firmar"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Firma de %1:").replace("%1", name))
        label.setWordWrap(True)
        self.pad = SignaturePad(self)
        self.pad.setAccessibleName(self.tr("Espacio para la firma de %1").replace("%1", name))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("Aceptar firma"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter accepts a drawn signature and never erases it: «Borrar» is no default button.
        self.ok.setDefault(True)
        self.pad.signed.connect(lambda: self.ok.setEnabled(True))
        self.pad.cleared.connect(lambda: self.ok.setEnabled(False))
        layout.addWidget(label)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.buttons)

    def png(self) -> bytes | None:
        if self.result() != QDialog.Accepted or self.pad.is_empty():
            return None
        return self.pad.to_png_bytes()


def ask_signature(parent: QWidget, name: str) -> bytes | None:
    """The participant's signature as PNG, or ``None`` when nobody signed."""
    dialog = SignatureDialog(name or QCoreApplication.translate("SessionEditor", "el participante"), parent)
    dialog.exec()
    return dialog.png()
