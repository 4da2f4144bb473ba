"""Side panel: the open commitments of the selected session's school, overdue ones in red."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from ati_desktop.domain.reference import CommitmentSide, VerificationResult

from .i18n import code_label, format_date
from .tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.commitments import PendingCommitment
    from ati_desktop.services.database import Database

OVERDUE_COLOR = QColor("#b3261e")


def due_text(commitment: PendingCommitment, today: date) -> str:
    """«Vencido hace 3 días (01/03/2025)», «Vence el 01/03/2025» or «Sin fecha límite»."""
    if commitment.due_date is None:
        return QCoreApplication.translate("CommitmentsPanel", "Sin fecha límite")
    when = format_date(commitment.due_date)
    if commitment.overdue:
        days = (today - commitment.due_date).days
        text = QCoreApplication.translate("CommitmentsPanel", "Vencido hace %n día(s)", "", days)
        return f"{text} ({when})"
    return QCoreApplication.translate("CommitmentsPanel", "Vence el %1").replace("%1", when)


class CommitmentsPanel(QWidget):
    """Pending commitments of one school, oldest due date first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._session_id: str | None = None
        self._school_id: str | None = None
        self._school_name = ""
        self._generation = 0
        self._commitments: list[PendingCommitment] = []
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.subtitle = QLabel(wordWrap=True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setIconSize(QSize(16, 16))
        self.list.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Compromisos pendientes"))
        self.list.setAccessibleName(self.tr("Compromisos pendientes del establecimiento"))
        self._show()

    def set_database(self, db: Database) -> None:
        self._db = db

    def show_session(self, session_id: str | None) -> None:
        """Show the open commitments of the school of a session (None: nothing selected)."""
        self._session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        if self._db is None or self._session_id is None:
            self._loaded(self._generation, (None, "", []))
            return
        generation, db, session_id = self._generation, self._db, self._session_id

        def work():
            from ati_desktop.services.commitments import pending_commitments
            from ati_desktop.services.queries import load_session

            session = load_session(db, session_id)
            school_id = session["school_id"]
            found = pending_commitments(db, school_id) if school_id else []
            return school_id, session["school_name"] or "", found

        Task(work).on_success(lambda result: self._loaded(generation, result)).run(self)

    def _loaded(self, generation: int, result: tuple[str | None, str, list[PendingCommitment]]) -> None:
        if generation == self._generation:
            self._school_id, self._school_name, self._commitments = result
            self._show()

    def overdue(self) -> list[PendingCommitment]:
        return [c for c in self._commitments if c.overdue]

    def _show(self) -> None:
        self.list.clear()
        if self._school_id is None:
            self.subtitle.setText(
                self.tr("Seleccione una sesión para ver los compromisos de su establecimiento.")
                if self._session_id is None else
                self.tr("La sesión seleccionada no se hizo con un establecimiento educativo."))
            return
        overdue = len(self.overdue())
        summary = self.tr("%n pendiente(s)", "", len(self._commitments))
        if overdue:
            summary += " · " + self.tr("%n vencido(s)", "", overdue)
        self.subtitle.setText(f"{self._school_name}\n{summary}")
        today = date.today()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for commitment in self._commitments:
            item = QListWidgetItem(f"{commitment.description}\n{commitment.responsible} · "
                                   f"{due_text(commitment, today)}")
            item.setToolTip(self._details(commitment))
            item.setData(Qt.ItemDataRole.UserRole, commitment.id)
            if commitment.overdue:
                item.setIcon(warning)
                item.setForeground(OVERDUE_COLOR)
            self.list.addItem(item)

    def _details(self, commitment: PendingCommitment) -> str:
        lines = [
            commitment.description,
            self.tr("Responsable: %1 (%2)").replace("%1", commitment.responsible)
            .replace("%2", code_label(CommitmentSide, commitment.side)),
            self.tr("Acordado en la sesión del %1").replace("%1", format_date(commitment.origin_date)),
        ]
        if commitment.last_result:
            lines.append(self.tr("Última verificación: %1")
                         .replace("%1", code_label(VerificationResult, commitment.last_result)))
        return "\n".join(lines)
