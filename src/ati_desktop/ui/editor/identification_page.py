"""Step 1, Identificación: level, where, when, operations, modality and technique."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QSignalBlocker, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
)

from ati_desktop.domain import clock
from ati_desktop.domain.municipalities import by_code, find_municipality, municipalities
from ati_desktop.domain.reference import Channel, Level, Modality, Operation, Technique
from ati_desktop.domain.rules import allowed_channels
from ati_desktop.services import schools
from ati_desktop.ui.i18n import error_text, rule_text
from ati_desktop.ui.matching import fold_complete
from ati_desktop.ui.tasks import Task

from . import dialogs
from .common import DATE_FORMAT, EditorPage, from_qdate, note_label, reference_label, to_qdate, watch
from .school_picker import SchoolPicker


class IdentificationPage(EditorPage):
    """Who, where and when; limits the modality to what the chosen operations allow."""

    page_id = "identification"
    operations_changed = Signal(list)
    technique_changed = Signal(str)
    school_changed = Signal(object)

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        outer = QVBoxLayout(self.body)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)

        self.level = QComboBox()
        for code, label in Level.choices():
            self.level.addItem(reference_label(Level, code), code)
        self.level.setAccessibleName(self.tr("Nivel"))
        form.addRow(self.tr("&Nivel:"), self.level)

        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.setInsertPolicy(QComboBox.NoInsert)
        self.municipality.addItem("", None)
        for item in municipalities():
            self.municipality.addItem(item.name, item.code)
        fold_complete(self.municipality)
        self.municipality.lineEdit().setPlaceholderText(self.tr("Escriba para buscar el municipio"))
        self.municipality.setAccessibleName(self.tr("Municipio"))
        self.municipality.lineEdit().setAccessibleName(self.tr("Municipio"))
        self.municipality.lineEdit().editingFinished.connect(self._settle_municipality)
        self.certified_note = note_label(kind="warning")
        self.certified_note.hide()
        form.addRow(self.tr("&Municipio:"), self.municipality)
        form.addRow("", self.certified_note)

        self.school = SchoolPicker(db, self)
        form.addRow(self.tr("&Establecimiento:"), self.school)
        self.campus = QComboBox()
        self.campus.setAccessibleName(self.tr("Sede"))
        self.campus.addItem(self.tr("(Sin sede o sede principal)"), None)
        form.addRow(self.tr("Se&de:"), self.campus)
        self._pending_campus: str | None = None

        self.session_date = QDateEdit(QDate.currentDate())
        self.session_date.setDisplayFormat(DATE_FORMAT)
        self.session_date.setCalendarPopup(True)
        self.session_date.setAccessibleName(self.tr("Fecha de la sesión"))
        self.start_time = QTimeEdit()
        self.end_time = QTimeEdit()
        times = ((self.start_time, self.tr("Hora de inicio")), (self.end_time, self.tr("Hora de finalización")))
        for edit, name in times:
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        when = QHBoxLayout()
        when.addWidget(self.session_date)
        when.addSpacing(16)
        when.addWidget(QLabel(self.tr("de")))
        when.addWidget(self.start_time)
        when.addWidget(QLabel(self.tr("a")))
        when.addWidget(self.end_time)
        when.addStretch(1)
        when_label = QLabel(self.tr("Fecha y h&ora:"))
        when_label.setBuddy(self.session_date)
        form.addRow(when_label, when)

        self.operations: dict[str, QCheckBox] = {}
        operations_box = QGroupBox(self.tr("Operaciones (marque una o varias)"))
        grid = QGridLayout(operations_box)
        for index, (code, _label) in enumerate(Operation.choices()):
            box = QCheckBox(reference_label(Operation, code))
            box.setAccessibleName(reference_label(Operation, code))
            box.toggled.connect(self._operations_toggled)
            self.operations[code] = box
            grid.addWidget(box, index // 3, index % 3)
        form.addRow(operations_box)

        self.channels: dict[str, QRadioButton] = {}
        self.channel_group = QButtonGroup(self)
        channel_box = QGroupBox(self.tr("Modalidad"))
        columns = QHBoxLayout(channel_box)
        for modality in Modality:
            column = QVBoxLayout()
            title = QLabel("<b>%s</b>" % reference_label(Modality, modality))
            column.addWidget(title)
            for channel in Channel:
                if channel.modality is modality:
                    radio = QRadioButton(reference_label(Channel, channel))
                    radio.setAccessibleName(reference_label(Channel, channel))
                    self.channel_group.addButton(radio)
                    self.channels[channel.value] = radio
                    column.addWidget(radio)
            column.addStretch(1)
            columns.addLayout(column)
        self.channel_note = note_label(kind="info")
        self.channel_note.setAccessibleName(self.tr("Modalidades no disponibles"))
        self.channel_note.hide()
        form.addRow(channel_box)
        form.addRow(self.channel_note)

        self.technique = QComboBox()
        self.technique.addItem(self.tr("Elija la técnica…"), None)
        for code, _label in Technique.choices():
            self.technique.addItem(reference_label(Technique, code), code)
        self.technique.setAccessibleName(self.tr("Técnica"))
        self.technique.currentIndexChanged.connect(
            lambda: self.technique_changed.emit(self.technique.currentData() or ""))
        form.addRow(self.tr("&Técnica:"), self.technique)

        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Lugar"))
        self.place.setPlaceholderText(self.tr("Por ejemplo: sala de profesores, sede principal"))
        form.addRow(self.tr("&Lugar:"), self.place)

        self.municipality.currentIndexChanged.connect(self._municipality_changed)
        self.school.picked.connect(self._school_picked)
        self.school.add_requested.connect(self._add_school)
        for widget in (self.level, self.municipality, self.campus, self.session_date, self.start_time,
                       self.end_time, self.technique, self.place, *self.channels.values()):
            watch(widget, self.changed)
        self.school.changed.connect(self.changed)
        self._update_channels()

    def title(self) -> str:
        return self.tr("Identificación")

    def first_input(self):
        return self.level

    # --- state -----------------------------------------------------------------------

    def state(self) -> dict:
        checked = self.channel_group.checkedButton()
        return {
            "level": self.level.currentData(),
            "municipality_code": self.municipality_code(),
            "school_id": self.school.school_id(),
            "school_name": self.school.text(),
            "campus_id": self.campus.currentData(),
            "session_date": from_qdate(self.session_date.date()),
            "start_time": self.start_time.time().toString("HH:mm"),
            "end_time": self.end_time.time().toString("HH:mm"),
            "operations": self.selected_operations(),
            "channel": next((c for c, r in self.channels.items() if r is checked), None),
            "technique": self.technique.currentData(),
            "place": self.place.text(),
        }

    def set_state(self, payload: dict) -> None:
        self.level.setCurrentIndex(max(0, self.level.findData(payload["level"])))
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(payload["municipality_code"])))
        self.school.set_school(payload["school_id"], payload["school_name"])
        self._pending_campus = payload["campus_id"]
        self._load_campuses(payload["school_id"])
        self.session_date.setDate(to_qdate(payload["session_date"]))
        start, end = _default_times()
        self.start_time.setTime(QTime.fromString(payload["start_time"] or start, "HH:mm"))
        self.end_time.setTime(QTime.fromString(payload["end_time"] or end, "HH:mm"))
        for code, box in self.operations.items():
            box.setChecked(code in payload["operations"])
        self._set_channel(payload["channel"])
        self.technique.setCurrentIndex(max(0, self.technique.findData(payload["technique"])))
        self.place.setText(payload["place"] or "")
        self._update_channels()

    def municipality_code(self) -> str | None:
        code = self.municipality.currentData()
        return code if code and self.municipality.currentText() == by_code()[code].name else None

    def selected_operations(self) -> list[str]:
        return [code for code, box in self.operations.items() if box.isChecked()]

    # --- reactions ---------------------------------------------------------------------

    def _settle_municipality(self) -> None:
        """Typed text that names one municipality ("garzon") selects it; other text stays, unchosen."""
        typed = self.municipality.currentText()
        found = find_municipality(typed)
        index = self.municipality.findData(found.code) if found else -1
        if index > 0:
            self.municipality.setCurrentIndex(index)
            self.municipality.setEditText(found.name)
        else:
            with QSignalBlocker(self.municipality):
                self.municipality.setCurrentIndex(0)
            self.municipality.setEditText(typed)
            self._municipality_changed()

    def _municipality_changed(self) -> None:
        code = self.municipality.currentData()
        place = by_code().get(code) if code else None
        if place is not None and place.certified_in_education:
            self.certified_note.setText(self.tr(
                "%1 es un municipio certificado en educación: tiene su propia secretaría de "
                "educación. Puede registrar la sesión, pero verifique que corresponde a la "
                "asistencia departamental.").replace("%1", place.name))
            self.certified_note.show()
        else:
            self.certified_note.hide()
        self.school.set_municipality(code)

    def _operations_toggled(self) -> None:
        self._update_channels()
        self.operations_changed.emit(self.selected_operations())
        self.changed.emit()

    def _update_channels(self) -> None:
        """Disable what the guideline forbids for these operations, saying why, in view."""
        reasons = allowed_channels(Operation(code) for code in self.selected_operations())
        notes: list[str] = []
        for code, radio in self.channels.items():
            reason = reasons[Channel(code)]
            reason = rule_text(reason) if reason is not None else None
            radio.setEnabled(reason is None)
            radio.setToolTip(reason or "")
            if reason is not None and reason not in notes:
                notes.append(reason)
            if reason is not None and radio.isChecked():
                self._set_channel(None)
        self.channel_note.setVisible(bool(notes))
        self.channel_note.setText(self.tr("Algunas modalidades no están disponibles para las "
                                          "operaciones marcadas:") + "<ul>" +
                                  "".join(f"<li>{n}</li>" for n in notes) + "</ul>")

    def _set_channel(self, code: str | None) -> None:
        self.channel_group.setExclusive(False)
        for channel, radio in self.channels.items():
            radio.setChecked(channel == code)
        self.channel_group.setExclusive(True)

    def _school_picked(self, school) -> None:
        if school is not None and school.municipality_code != self.municipality.currentData():
            self.municipality.setCurrentIndex(self.municipality.findData(school.municipality_code))
        self._pending_campus = None
        self._load_campuses(school.id if school is not None else None)
        self.school_changed.emit(school.id if school is not None else None)
        self.changed.emit()

    def _load_campuses(self, school_id: str | None) -> None:
        self.campus.clear()
        self.campus.addItem(self.tr("(Sin sede o sede principal)"), None)
        if not school_id:
            return
        Task(lambda: schools.campuses_of(self._db, school_id)).on_success(self._show_campuses).run(self)

    def _show_campuses(self, campuses) -> None:
        # Filling the list and restoring the recorded campus is no change by the assistant.
        with QSignalBlocker(self.campus):
            for campus in campuses:
                self.campus.addItem(campus.name, campus.id)
            if self._pending_campus:
                self.campus.setCurrentIndex(max(0, self.campus.findData(self._pending_campus)))
                self._pending_campus = None

    def _add_school(self) -> None:
        code = self.municipality_code()
        if not code:
            self.school.show_problem(self.tr("Elija primero el municipio del establecimiento."))
            self.municipality.setFocus()
            return
        answer = dialogs.ask_new_school(self, by_code()[code].name, self.school.text())
        if answer is None:
            return
        name, dane = answer
        Task(lambda: schools.add_school_in_field(self._db, name, code, dane)) \
            .on_success(self.school.pick) \
            .on_failure(lambda exc: self.school.show_problem(error_text(exc))) \
            .run(self)


def _default_times() -> tuple[str, str]:
    """Now, rounded down to five minutes, and an hour later (within the same day)."""
    now = clock.now().replace(second=0, microsecond=0, tzinfo=None)
    start = now - timedelta(minutes=now.minute % 5)
    end = min(start + timedelta(hours=1), start.replace(hour=23, minute=55))
    return start.strftime("%H:%M"), end.strftime("%H:%M")
