"""Step 4, Participantes: who attended, picked from the school's people or added, and signatures."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.domain.ids import new_id
from ati_desktop.domain.reference import PARTICIPANT_ROLES, UnsignedReason
from ati_desktop.services import schools
from ati_desktop.ui.matching import FoldingCompleter
from ati_desktop.ui.tasks import Task

from . import signature_dialog
from .common import EditorPage, discard, note_label, reference_label, show_datetime, watch
from .files import FileStore, thumbnail

SIGNATURE_SIZE = QSize(120, 40)
# (column, stretch; or fixed width in pixels when negative): shared by header and rows.
_COLUMNS = (("present", -56), ("full_name", 3), ("role", 2), ("id_document", -110), ("email", 2),
            ("phone", -110), ("signature", -(SIGNATURE_SIZE.width() + 44)), ("sign", -110), ("remove", -32))
# Why someone present has no signature on the screen («No asistió» is the «Asistió» box).
_UNSIGNED = (None, UnsignedReason.SE_NEGO, UnsignedReason.FIRMA_PAPEL)


def _place(layout: QHBoxLayout, widget: QWidget, size: int) -> None:
    if size < 0:
        widget.setFixedWidth(-size)
        layout.addWidget(widget)
    else:
        layout.addWidget(widget, size)


class ParticipantRow(QWidget):
    """One person of the attendance list."""

    changed = Signal()
    sign_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, values: dict, parent=None) -> None:
        super().__init__(parent)
        self.values = dict(values)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        known = bool(values.get("participant_id"))
        self.present = QCheckBox()
        self.present.setChecked(values.get("present", True))
        self.present.setAccessibleName(self.tr("Asistió"))
        self.edits: dict[str, QLineEdit] = {}
        names = {"full_name": self.tr("Nombre completo"), "role": self.tr("Cargo"),
                 "id_document": self.tr("Cédula (opcional)"), "email": self.tr("Correo (opcional)"),
                 "phone": self.tr("Teléfono (opcional)")}
        for key, name in names.items():
            edit = QLineEdit(values.get(key) or "")
            edit.setAccessibleName(name)
            if key in ("id_document", "email", "phone"):
                edit.setPlaceholderText(self.tr("opcional"))
            # A person already known at the school is picked, not edited here.
            edit.setReadOnly(known)
            if known:
                edit.setToolTip(self.tr("Persona ya registrada en el establecimiento"))
            edit.setCursorPosition(0)  # a long name or e-mail shows its beginning
            if key == "email" and edit.text():
                edit.setToolTip(edit.text())
            self.edits[key] = edit
            watch(edit, self.changed)
        # The usual roles are offered as the role is typed ("coord" → Coordinador(a)); free text stays.
        self.edits["role"].setCompleter(FoldingCompleter(list(PARTICIPANT_ROLES), self.edits["role"]))
        self.signature = QLabel()
        self.signature.setFixedHeight(SIGNATURE_SIZE.height())
        self.signature.setAccessibleName(self.tr("Firma"))
        self.unsigned = QComboBox()
        self.unsigned.setAccessibleName(self.tr("Motivo de la falta de firma"))
        self.unsigned.setToolTip(self.tr("Si la persona no firma en la pantalla, indique por qué"))
        for reason in _UNSIGNED:
            self.unsigned.addItem(reference_label(UnsignedReason, reason) if reason else self.tr("Sin firma"),
                                  reason.value if reason else None)
        self.unsigned.setCurrentIndex(max(0, self.unsigned.findData(values.get("unsigned_reason"))))
        signature_cell = QWidget()
        cell = QVBoxLayout(signature_cell)
        cell.setContentsMargins(0, 0, 0, 0)
        cell.addWidget(self.signature)
        cell.addWidget(self.unsigned)
        self.sign = QPushButton(self.tr("Firmar…"))
        self.sign.clicked.connect(lambda: self.sign_requested.emit(self))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Quitar de la lista"))
        remove.setAccessibleName(self.tr("Quitar de la lista"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        widgets = {"present": self.present, "signature": signature_cell, "sign": self.sign, "remove": remove}
        for key, size in _COLUMNS:
            _place(layout, widgets.get(key) or self.edits[key], size)
        watch(self.present, self.changed)
        watch(self.unsigned, self.changed)
        self.present.toggled.connect(self._show_unsigned)
        self._show_unsigned()

    def state(self) -> dict:
        present = self.present.isChecked()
        reason = self.unsigned.currentData() if present and not self.values.get("signature_sha256") else None
        return {**self.values, "present": present, "unsigned_reason": reason,
                **{key: edit.text() for key, edit in self.edits.items()}}

    def set_signature(self, digest: str, signed_at: str) -> None:
        self.values.update(signature_sha256=digest, signed_at=signed_at)
        self._show_unsigned()

    def _show_unsigned(self) -> None:
        """The reason is asked only of someone present who has not signed on the screen."""
        signed = bool(self.values.get("signature_sha256"))
        self.unsigned.setVisible(not signed and self.present.isChecked())
        self.signature.setVisible(signed or not self.present.isChecked())
        if not self.present.isChecked() and not signed:
            self.signature.setText(self.tr("No asistió"))

    def show_signature(self, data: bytes | None) -> None:
        picture = thumbnail(data, SIGNATURE_SIZE)
        if picture is None:
            if self.values.get("signature_sha256"):
                self.signature.setText("…")
            self.signature.setToolTip("")
            return
        self.signature.setPixmap(picture)
        signed = show_datetime(self.values["signed_at"])
        self.signature.setToolTip(self.tr("Firmó el %1").replace("%1", signed))
        self.sign.setText(self.tr("Volver a firmar…"))


class ParticipantsPage(EditorPage):
    """The attendance list with a signature per participant."""

    page_id = "participants"

    def __init__(self, db, files: FileStore, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._files = files
        self._known: list = []
        layout = QVBoxLayout(self.body)
        layout.addWidget(note_label(self.tr(
            "Registre solo los datos que el acta necesita: la cédula, el correo y el teléfono son "
            "opcionales (Ley 1581 de 2012).")))
        pick = QHBoxLayout()
        self.known = QComboBox()
        self.known.setAccessibleName(self.tr("Personas conocidas en el establecimiento"))
        self.known.setMinimumWidth(320)
        self.add_known = QPushButton(self.tr("Agregar &conocida"))
        self.add_known.clicked.connect(self._add_known)
        self.add_new = QPushButton(self.tr("Agregar &nueva persona"))
        self.add_new.clicked.connect(lambda: self.add_participant())
        pick.addWidget(QLabel(self.tr("Personas del establecimiento:")))
        pick.addWidget(self.known, 1)
        pick.addWidget(self.add_known)
        pick.addSpacing(24)
        pick.addWidget(self.add_new)
        layout.addLayout(pick)
        header = QHBoxLayout()
        headers = {"present": self.tr("Asistió"), "full_name": self.tr("Nombre completo"),
                   "role": self.tr("Cargo"), "id_document": self.tr("Cédula"), "email": self.tr("Correo"),
                   "phone": self.tr("Teléfono"), "signature": self.tr("Firma")}
        for key, size in _COLUMNS:
            _place(header, QLabel(f"<b>{headers.get(key, '')}</b>"), size)
        layout.addLayout(header)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.empty = QLabel(self.tr("Aún no hay participantes."))
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.rows: list[ParticipantRow] = []
        self._show_known()

    def title(self) -> str:
        return self.tr("Participantes")

    def first_input(self):
        return self.rows[0].edits["full_name"] if self.rows else self.known

    def set_school(self, school_id: str | None) -> None:
        self._known = []
        self._show_known()
        if school_id:
            Task(lambda: schools.participants_of(self._db, school_id)).on_success(self._got_known).run(self)

    def _got_known(self, people: list) -> None:
        self._known = people
        self._show_known()

    def _show_known(self) -> None:
        self.known.clear()
        listed = {row.values.get("participant_id") for row in self.rows}
        for person in self._known:
            if person.id not in listed:
                label = f"{person.full_name} — {person.role}" if person.role else person.full_name
                self.known.addItem(label, person)
        self.known.setEnabled(self.known.count() > 0)
        self.add_known.setEnabled(self.known.count() > 0)
        if not self.known.count():
            self.known.addItem(self.tr("(nadie registrado aún en este establecimiento)"))

    def _add_known(self) -> None:
        person = self.known.currentData()
        if person is None:
            return
        self.add_participant({"id": new_id(), "participant_id": person.id, "full_name": person.full_name,
                              "role": person.role, "id_document": person.id_document,
                              "email": person.email, "phone": person.phone, "present": True})
        self._show_known()

    def add_participant(self, values: dict | None = None) -> ParticipantRow:
        fresh = values is None
        row = ParticipantRow(values or {"id": new_id(), "present": True})
        row.changed.connect(self.changed)
        row.sign_requested.connect(self._sign)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self.empty.hide()
        self._files.fetch([row.values.get("signature_sha256")], lambda: row.show_signature(
            self._files.get(row.values.get("signature_sha256"))))
        if fresh:
            row.edits["full_name"].setFocus()
            self.changed.emit()
        return row

    def participant_created(self, ids: dict[str, str]) -> None:
        """After a save, new people are known: later saves must not create them again."""
        for row in self.rows:
            if not row.values.get("participant_id") and row.values["id"] in ids:
                row.values["participant_id"] = ids[row.values["id"]]
                for edit in row.edits.values():
                    edit.setReadOnly(True)

    def _sign(self, row: ParticipantRow) -> None:
        png = signature_dialog.ask_signature(self, row.edits["full_name"].text().strip())
        if png is None:
            return
        row.set_signature(self._files.add(png), datetime.now(UTC).isoformat())
        row.show_signature(png)
        self.changed.emit()

    def _remove(self, row: ParticipantRow) -> None:
        self.rows.remove(row)
        discard(row)
        self.empty.setVisible(not self.rows)
        self._show_known()
        self.changed.emit()

    def state(self) -> dict:
        return {"attendance": [row.state() for row in self.rows]}

    def set_state(self, payload: dict) -> None:
        for row in self.rows:
            discard(row)
        self.rows = []
        for values in payload["attendance"]:
            self.add_participant(values)
        self.empty.setVisible(not self.rows)
        self._show_known()
