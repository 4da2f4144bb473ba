"""Step 5, Compromisos: what was agreed, who answers for it, which side, by when."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.domain.reference import CommitmentSide, Operation
from ati_desktop.domain.ids import new_id

from .common import (
    DATE_FORMAT,
    NO_DATE,
    EditorPage,
    discard,
    from_qdate,
    note_label,
    reference_label,
    show_date,
    to_qdate,
    watch,
)

# Column widths shared by the header and the rows, so they line up as a table.
_SIDE_WIDTH, _DUE_WIDTH, _REMOVE_WIDTH = 200, 120, 32


class CommitmentRow(QWidget):
    """One commitment as a row of inputs."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, values: dict, parent=None) -> None:
        super().__init__(parent)
        self.values = dict(values)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.description = QLineEdit(values.get("description") or "")
        self.description.setAccessibleName(self.tr("Qué se acordó"))
        self.responsible = QLineEdit(values.get("responsible") or "")
        self.responsible.setAccessibleName(self.tr("Responsable"))
        for edit in (self.description, self.responsible):
            edit.setCursorPosition(0)  # a long text shows its beginning, not its tail
            edit.setToolTip(edit.text())
            edit.textChanged.connect(edit.setToolTip)
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Parte responsable"))
        for code, _label in CommitmentSide.choices():
            self.side.addItem(reference_label(CommitmentSide, code), code)
        side = values.get("side") or CommitmentSide.ASISTIDO.value
        self.side.setCurrentIndex(max(0, self.side.findData(side)))
        self.side.setFixedWidth(_SIDE_WIDTH)
        self.due = QDateEdit()
        self.due.setDisplayFormat(DATE_FORMAT)
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText(self.tr("Sin fecha"))
        self.due.setDate(to_qdate(values.get("due_date")) if values.get("due_date") else
                         QDate.currentDate().addDays(30))
        self.due.setAccessibleName(self.tr("Fecha límite"))
        self.due.setFixedWidth(_DUE_WIDTH)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Quitar este compromiso"))
        remove.setAccessibleName(self.tr("Quitar este compromiso"))
        remove.setFixedWidth(_REMOVE_WIDTH)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.description, 3)
        layout.addWidget(self.responsible, 2)
        layout.addWidget(self.side)
        layout.addWidget(self.due)
        layout.addWidget(remove)
        for widget in (self.description, self.responsible, self.side, self.due):
            watch(widget, self.changed)
        if values.get("carried_from_id"):
            self.setToolTip(self.tr("Trasladado de un compromiso no cumplido del %1")
                            .replace("%1", show_date(values.get("origin_date"))))
            self.description.setToolTip(self.toolTip())

    def state(self) -> dict:
        return {**self.values, "description": self.description.text(),
                "responsible": self.responsible.text(), "side": self.side.currentData(),
                "due_date": from_qdate(self.due.date())}


class CommitmentsPage(EditorPage):
    """The commitments of this session, including those carried over from a verification."""

    page_id = "commitments"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self.body)
        self.reminder = note_label(kind="warning")
        self.reminder.hide()
        layout.addWidget(self.reminder)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        columns = ((self.tr("Qué se acordó"), 3, None), (self.tr("Responsable"), 2, None),
                   (self.tr("Parte"), 0, _SIDE_WIDTH), (self.tr("Fecha límite"), 0, _DUE_WIDTH),
                   ("", 0, _REMOVE_WIDTH))
        for text, stretch, width in columns:
            label = QLabel(f"<b>{text}</b>")
            if width:
                label.setFixedWidth(width)
            header.addWidget(label, stretch)
        layout.addLayout(header)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.empty = QLabel(self.tr("Aún no hay compromisos."))
        layout.addWidget(self.empty)
        self.add_button = QPushButton(self.tr("Agregar co&mpromiso"))
        self.add_button.clicked.connect(lambda: self.add_commitment())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.rows: list[CommitmentRow] = []
        self._accompaniment = False

    def title(self) -> str:
        return self.tr("Compromisos")

    def first_input(self):
        """The first field a refused save asks for: an empty one, else the first commitment."""
        for row in self.rows:
            for edit in (row.description, row.responsible):
                if not edit.text().strip():
                    return edit
        return self.rows[0].description if self.rows else None

    def add_commitment(self, values: dict | None = None) -> CommitmentRow:
        fresh = values is None
        row = CommitmentRow(values or {"id": new_id()})
        row.changed.connect(self._row_changed)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self.empty.hide()
        if fresh:
            row.description.setFocus()
        self._row_changed()
        return row

    def carry_over(self, verification: dict) -> CommitmentRow:
        """A not-met commitment becomes a new one that remembers where it came from."""
        origin = verification["commitment_id"]
        existing = next((r for r in self.rows if r.values.get("carried_from_id") == origin), None)
        if existing is not None:
            return existing
        return self.add_commitment({
            "id": new_id(), "description": verification.get("commitment") or "",
            "responsible": verification.get("responsible") or "", "side": verification.get("side"),
            "carried_from_id": verification["commitment_id"], "origin_date": verification.get("origin_date"),
        })

    def carried_ids(self) -> set[str]:
        return {r.values["carried_from_id"] for r in self.rows if r.values.get("carried_from_id")}

    def set_operations(self, operations: list[str]) -> None:
        self._accompaniment = Operation.ACOMPANAMIENTO.value in operations
        self._update_reminder()

    def _remove(self, row: CommitmentRow) -> None:
        self.rows.remove(row)
        discard(row)
        self.empty.setVisible(not self.rows)
        self._row_changed()

    def _row_changed(self) -> None:
        self._update_reminder()
        self.changed.emit()

    def _update_reminder(self) -> None:
        sides = {row.side.currentData() for row in self.rows}
        missing = [reference_label(CommitmentSide, s) for s in CommitmentSide if s.value not in sides]
        self.reminder.setVisible(self._accompaniment)
        text = self.tr("En el acompañamiento se comprometen las dos partes: registre compromisos "
                       "de la Secretaría (asistente) y del establecimiento (asistido).")
        if missing:
            text += " " + self.tr("Falta: %1.").replace("%1", ", ".join(missing))
        self.reminder.setText(text)

    def state(self) -> dict:
        return {"commitments": [row.state() for row in self.rows]}

    def set_state(self, payload: dict) -> None:
        for row in self.rows:
            discard(row)
        self.rows = []
        for values in payload["commitments"]:
            self.add_commitment(values)
        self.empty.setVisible(not self.rows)
        self.set_operations(payload["operations"])
