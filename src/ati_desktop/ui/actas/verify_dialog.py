"""The supervisor's check: does this acta PDF match what the record holds?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.domain.errors import AtiError
from ati_desktop.services import actas
from ati_desktop.ui import i18n, messages
from ati_desktop.ui.tasks import Task

from . import files

MATCH_STYLE = "background: #e6f4ea; color: #1e5631; border: 1px solid #7cb98b;"
REFUSED_STYLE = "background: #fdecea; color: #8a1c1c; border: 1px solid #e0a3a0;"
VERDICT_PADDING = "padding: 12px; border-radius: 4px; font-size: 11pt;"


class VerifyActaDialog(QDialog):
    """Pick (or drop) a PDF; the verdict shows in green when it matches, red otherwise."""

    verified = Signal(bool)  # whether the acta matches the record

    def __init__(self, db, forms, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verificar acta"))
        self.setAcceptDrops(True)
        self._db, self._forms = db, forms
        self._matches: bool | None = None

        intro = QLabel(self.tr(
            "Elija el PDF de un acta (o arrástrelo a esta ventana) para comprobar que coincide con "
            "el registro de esta base de datos: misma sesión, misma revisión y sin cambios."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("Archivo del acta"))
        self.path_edit.setPlaceholderText(self.tr("Ningún archivo elegido"))
        self.choose_button = QPushButton(self.tr("&Elegir PDF…"))
        self.choose_button.setShortcut(QKeySequence.StandardKey.Open)
        self.choose_button.setToolTip(self.tr("Elegir el PDF del acta (Ctrl+O)"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Resultado de la verificación"))
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setMinimumHeight(72)
        self.verdict.hide()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Cerrar"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(600, 260)

    def choose_file(self) -> None:
        path = files.ask_open_pdf(self)
        if path is not None:
            self.verify_file(path)

    def verify_file(self, path: Path) -> None:
        """Check the PDF at ``path`` off the main thread; the verdict replaces the previous one."""
        path = Path(path)
        self.path_edit.setText(str(path))
        self._matches = None
        self.verdict.setStyleSheet(VERDICT_PADDING)
        self.verdict.setText(self.tr("Verificando…"))
        self.verdict.show()
        self.choose_button.setEnabled(False)
        Task(lambda: _verify(self._db, self._forms, path)) \
            .on_success(self._show_verdict).on_failure(self._show_failure).run(self)

    def matches(self) -> bool | None:
        """The last verdict (None before any, or while checking)."""
        return self._matches

    def verdict_text(self) -> str:
        return self.verdict.text()

    def _show_verdict(self, verdict: actas.Verdict) -> None:
        self._show(verdict.matches, i18n.error_text(verdict))

    def _show_failure(self, exc: Exception) -> None:
        # A file that is not a stamped acta is a refusal to show, not a program error.
        self._show(False, messages.error_text(exc))

    def _show(self, matches: bool, message: str) -> None:
        self._matches = matches
        mark = "✔" if matches else "✘"
        self.verdict.setStyleSheet((MATCH_STYLE if matches else REFUSED_STYLE) + VERDICT_PADDING)
        self.verdict.setText(f"{mark} {message}")
        self.choose_button.setEnabled(True)
        self.verified.emit(matches)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if _dropped_pdf(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        path = _dropped_pdf(event)
        if path is not None:
            event.acceptProposedAction()
            self.verify_file(path)


def _verify(db, forms, path: Path) -> actas.Verdict:
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise AtiError(QCoreApplication.translate(
            "VerifyActaDialog", "No se pudo leer el archivo «%1». Revise que exista y que la "
            "memoria USB siga conectada.").replace("%1", path.name)) from exc
    return actas.verify_pdf(db, forms, pdf)


def _dropped_pdf(event) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(".pdf"):
        return Path(urls[0].toLocalFile())
    return None
