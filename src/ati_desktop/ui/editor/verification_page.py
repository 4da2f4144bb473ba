"""Step 6, Verificación compartida: the school's open commitments, each checked here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ati_desktop.domain.reference import CommitmentSide, VerificationResult
from ati_desktop.services import commitments
from ati_desktop.domain.ids import new_id
from ati_desktop.ui.tasks import Task

from .common import EditorPage, discard, note_label, reference_label, show_date, watch

CARRIABLE = {VerificationResult.PARCIAL.value, VerificationResult.NO_CUMPLIDO.value}


class VerificationCard(QFrame):
    """One earlier commitment with its result, note, evidence and carry-over."""

    changed = Signal()
    attach_requested = Signal(str)
    carry_requested = Signal(dict)

    def __init__(self, entry: dict, parent=None) -> None:
        super().__init__(parent)
        self.entry = dict(entry)
        self.carried = False
        self.setFrameShape(QFrame.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape(entry.get('commitment') or '')}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        details = [self.tr("Responsable: %1").replace("%1", entry.get("responsible") or "")]
        if entry.get("side"):
            details.append(reference_label(CommitmentSide, entry["side"]))
        details.append(self.tr("acordado el %1").replace("%1", show_date(entry.get("origin_date"))))
        if entry.get("due_date"):
            due = self.tr("fecha límite %1").replace("%1", show_date(entry["due_date"]))
            overdue = self.tr("vencido")
            details.append(f"<span style='color:#8a1c1c'><b>{due} — {overdue}</b></span>"
                           if entry.get("overdue") else due)
        if entry.get("last_result"):
            details.append(self.tr("última verificación: %1").replace(
                "%1", reference_label(VerificationResult, entry["last_result"])))
        self.details = QLabel(" · ".join(details))
        self.details.setWordWrap(True)
        layout.addWidget(self.details)

        results = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.radios: dict[str | None, QRadioButton] = {}
        for code, text in [(None, self.tr("Sin verificar"))] + [
                (c, reference_label(VerificationResult, c)) for c, _ in VerificationResult.choices()]:
            radio = QRadioButton(text)
            radio.setAccessibleName(text)
            self.group.addButton(radio)
            self.radios[code] = radio
            results.addWidget(radio)
            radio.toggled.connect(self._result_toggled)
        results.addStretch(1)
        layout.addLayout(results)

        row = QHBoxLayout()
        self.note = QLineEdit(entry.get("note") or "")
        self.note.setPlaceholderText(self.tr("Nota de la verificación"))
        self.note.setAccessibleName(self.tr("Nota de la verificación"))
        watch(self.note, self.changed)
        self.attach = QPushButton(self.tr("Adjuntar evidencia…"))
        self.attach.clicked.connect(lambda: self.attach_requested.emit(self.entry["id"]))
        self.carry = QPushButton(self.tr("Trasladar como nuevo compromiso"))
        self.carry.clicked.connect(lambda: self.carry_requested.emit(self.state()))
        self.evidence_count = QLabel()
        row.addWidget(self.note, 1)
        row.addWidget(self.attach)
        row.addWidget(self.carry)
        row.addWidget(self.evidence_count)
        layout.addLayout(row)
        self.radios[entry.get("result")].setChecked(True)
        self._update_buttons()

    def result(self) -> str | None:
        return next(code for code, radio in self.radios.items() if radio.isChecked())

    def state(self) -> dict:
        return {**self.entry, "result": self.result(), "note": self.note.text()}

    def set_carried(self, carried: bool) -> None:
        self.carried = carried
        self._update_buttons()

    def set_evidence_count(self, count: int) -> None:
        self.evidence_count.setText(self.tr("%n evidencia(s)", "", count) if count else "")

    def _result_toggled(self, checked: bool) -> None:
        if checked:
            self._update_buttons()
            self.changed.emit()

    def _update_buttons(self) -> None:
        result = self.result()
        self.attach.setEnabled(result is not None)
        self.carry.setEnabled(result in CARRIABLE and not self.carried)
        self.carry.setText(self.tr("Trasladado a Compromisos") if self.carried else
                           self.tr("Trasladar como nuevo compromiso"))


class VerificationPage(EditorPage):
    """Loads the open commitments of the school and records a result for each."""

    page_id = "verification"
    attach_requested = Signal(str)
    carry_requested = Signal(dict)

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._school_id: str | None = None
        layout = QVBoxLayout(self.body)
        layout.addWidget(note_label(self.tr(
            "La verificación compartida parte de los compromisos adquiridos antes con el "
            "establecimiento. Registre para cada uno si se cumplió, con una nota y evidencia. "
            "Un compromiso no cumplido o parcial puede trasladarse como nuevo compromiso.")))
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.cards_layout = QVBoxLayout()
        layout.addLayout(self.cards_layout)
        layout.addStretch(1)
        self.cards: list[VerificationCard] = []
        self._show_message()

    def title(self) -> str:
        return self.tr("Verificación compartida")

    def first_input(self):
        return next(iter(self.cards[0].radios.values())) if self.cards else None

    def set_school(self, school_id: str | None, keep: bool = False) -> None:
        """Show the school's open commitments; ``keep`` keeps results already recorded."""
        if not keep and school_id != self._school_id:
            self._set_entries([])
        self._school_id = school_id
        self._show_message()
        if school_id:
            Task(lambda: commitments.pending_commitments(self._db, school_id)) \
                .on_success(lambda found: self._merge(school_id, found)).run(self)

    def _merge(self, school_id: str, found: list) -> None:
        if school_id != self._school_id:
            return
        known = {card.entry["commitment_id"]: card for card in self.cards}
        entries = [card.state() for card in self.cards]
        for item in found:
            if item.id in known:
                known[item.id].entry.update(due_date=_iso(item.due_date), overdue=item.overdue,
                                            side=item.side, last_result=item.last_result)
                continue
            entries.append({
                "id": new_id(), "commitment_id": item.id, "commitment": item.description,
                "responsible": item.responsible, "side": item.side, "due_date": _iso(item.due_date),
                "origin_date": _iso(item.origin_date), "overdue": item.overdue,
                "last_result": item.last_result, "result": None, "note": "",
            })
        carried = {c.entry["commitment_id"] for c in self.cards if c.carried}
        self._set_entries(entries)
        self.mark_carried(carried)
        self._show_message()

    def mark_carried(self, commitment_ids: set[str]) -> None:
        for card in self.cards:
            card.set_carried(card.entry["commitment_id"] in commitment_ids)

    def show_evidence_counts(self, counts: dict[str, int]) -> None:
        for card in self.cards:
            card.set_evidence_count(counts.get(card.entry["id"], 0))

    def _set_entries(self, entries: list[dict]) -> None:
        for card in self.cards:
            discard(card)
        self.cards = []
        for entry in entries:
            card = VerificationCard(entry)
            card.changed.connect(self.changed)
            card.attach_requested.connect(self.attach_requested)
            card.carry_requested.connect(self.carry_requested)
            self.cards.append(card)
            self.cards_layout.addWidget(card)

    def _show_message(self) -> None:
        if not self._school_id:
            text = self.tr("Elija el establecimiento en «Identificación» para ver sus compromisos "
                           "pendientes.")
        elif not self.cards:
            text = self.tr("El establecimiento no tiene compromisos pendientes.")
        else:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def state(self) -> dict:
        return {"verifications": [card.state() for card in self.cards]}

    def set_state(self, payload: dict) -> None:
        self._set_entries(payload["verifications"])
        self._school_id = payload["school_id"]
        self._show_message()


def _iso(value) -> str | None:
    return value.isoformat() if value else None
