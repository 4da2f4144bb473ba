"""The «Datos personales» window: find a person, report, erase; the register of requests.

It works on whichever database is open: an assistant's own, or the departmental record a
supervisor works on. Every database call runs as a background task (``ui.tasks``); the
dialogs that ask something go through small ``ask_…`` functions that tests replace.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.ui import file_dialogs, messages
from ati_desktop.ui.commitments_panel import OVERDUE_COLOR
from ati_desktop.ui.i18n import format_date
from ati_desktop.ui.tasks import Task

if TYPE_CHECKING:
    from ati_desktop.services.personal_data.find import Holdings, PersonFound
    from ati_desktop.services.personal_data.register import RequestView
    from ati_desktop.services.database import Database


def ask_report_file(parent: QWidget, suggested: str) -> str | None:
    path = file_dialogs.save_file(parent, QCoreApplication.translate("PersonalDataWindow", "Guardar el informe del titular"), suggested,
                                  QCoreApplication.translate("PersonalDataWindow", "Documentos PDF (*.pdf)"))
    return path or None


def ask_erasure_reference(parent: QWidget, names: str, sessions: int) -> str | None:
    question = QCoreApplication.translate("PersonalDataWindow", "Se suprimirán el nombre, el documento, los datos de contacto, la firma y las fotos "
                   "de %1 en %2 sesión(es), aquí y en cada base que reciba la supresión. No se puede "
                   "deshacer.\n\nReferencia (radicado) de la solicitud:")
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("PersonalDataWindow", "Suprimir datos personales"),
                                    question.replace("%1", names).replace("%2", str(sessions)))
    return text.strip() if ok and text.strip() else None


class RequestDialog(QDialog):
    """Register a request received: kind, reference, date received, who handles it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registrar solicitud"))
        self.kind = QComboBox()
        for code, label in (("consulta", self.tr("Consulta (10 días hábiles)")),
                            ("rectificacion", self.tr("Reclamo: rectificación (15 días hábiles)")),
                            ("supresion", self.tr("Reclamo: supresión (15 días hábiles)"))):
            self.kind.addItem(label, code)
        self.reference = QLineEdit()
        self.reference.setMaxLength(60)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd/MM/yyyy")
        self.handled_by = QLineEdit()
        self.handled_by.setMaxLength(160)
        form = QFormLayout(self)
        form.addRow(self.tr("&Tipo:"), self.kind)
        form.addRow(self.tr("&Referencia (radicado):"), self.reference)
        form.addRow(self.tr("Recibida &el:"), self.received)
        form.addRow(self.tr("&Atiende:"), self.handled_by)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"kind": self.kind.currentData(), "reference": self.reference.text().strip(),
                "received_on": self.received.date().toPython(), "handled_by": self.handled_by.text().strip()}


def ask_request(parent: QWidget) -> dict | None:
    dialog = RequestDialog(parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PersonalDataWindow(QWidget):
    """Search, what is held about the person chosen, and the register of requests."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("PersonalDataWindow")
        self.db = db
        self.people: list[PersonFound] = []
        self.requests: list[RequestView] = []

        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.search_button = QPushButton()
        self.results = QTreeWidget()
        self.results.setRootIsDecorated(False)
        self.results.setColumnCount(5)
        self.details = QTextBrowser()
        self.report_button = QPushButton()
        self.erase_button = QPushButton()
        self.status = QLabel(wordWrap=True)
        search_row = QHBoxLayout()
        search_row.addWidget(self.query, 1)
        search_row.addWidget(self.search_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.report_button)
        actions.addWidget(self.erase_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.results)
        split.addWidget(self.details)
        split.setSizes([220, 360])
        people_page = QWidget()
        column = QVBoxLayout(people_page)
        column.addLayout(search_row)
        column.addWidget(split, 1)
        column.addLayout(actions)

        self.request_list = QTreeWidget()
        self.request_list.setRootIsDecorated(False)
        self.request_list.setColumnCount(7)
        self.overdue_label = QLabel()
        self.overdue_label.setStyleSheet(f"color: {OVERDUE_COLOR.name()}; font-weight: bold;")
        self.add_request_button = QPushButton()
        self.answered_button = QPushButton()
        request_actions = QHBoxLayout()
        request_actions.addWidget(self.overdue_label, 1)
        request_actions.addWidget(self.add_request_button)
        request_actions.addWidget(self.answered_button)
        requests_page = QWidget()
        column = QVBoxLayout(requests_page)
        column.addWidget(self.request_list, 1)
        column.addLayout(request_actions)

        self.tabs = QTabWidget()
        self.tabs.addTab(people_page, "")
        self.tabs.addTab(requests_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.results.currentItemChanged.connect(lambda *_: self._show_selected())
        self.report_button.clicked.connect(self.save_report)
        self.erase_button.clicked.connect(self.erase_selected)
        self.add_request_button.clicked.connect(self.add_request)
        self.answered_button.clicked.connect(self.mark_answered)
        self.request_list.currentItemChanged.connect(lambda *_: self._enable())
        self.resize(1000, 680)
        self.retranslate()
        self._enable()
        self.load_requests()

    # -- text ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Datos personales — Ley 1581 de 2012"))
        self.query.setPlaceholderText(self.tr("Cédula (con o sin puntos) o nombre, sin importar tildes"))
        self.query.setAccessibleName(self.tr("Buscar persona"))
        self.search_button.setText(self.tr("&Buscar"))
        self.results.setHeaderLabels([self.tr("Nombre"), self.tr("Documento"), self.tr("Establecimiento"),
                                      self.tr("Coincidencia"), self.tr("Sesiones")])
        self.results.setAccessibleName(self.tr("Personas encontradas"))
        self.details.setAccessibleName(self.tr("Datos que se guardan de la persona"))
        self.report_button.setText(self.tr("&Informe para el titular (PDF)…"))
        self.erase_button.setText(self.tr("&Suprimir sus datos…"))
        self.request_list.setHeaderLabels([self.tr("Referencia"), self.tr("Titular"), self.tr("Tipo"),
                                           self.tr("Recibida"),
                                           self.tr("Fecha límite"), self.tr("Estado"), self.tr("Atiende")])
        self.request_list.setAccessibleName(self.tr("Solicitudes de titulares"))
        self.add_request_button.setText(self.tr("&Registrar solicitud…"))
        self.answered_button.setText(self.tr("Marcar &respondida"))
        self.tabs.setTabText(0, self.tr("&Personas"))
        self.tabs.setTabText(1, self.tr("S&olicitudes"))
        self._show_requests(self.requests)
        self._show_people(self.people)

    # -- people -------------------------------------------------------------------------------
    def search(self) -> None:
        query, db = self.query.text().strip(), self.db
        if not query:
            return
        self.status.setText(self.tr("Buscando…"))

        def work():
            from ati_desktop.services.personal_data.find import find

            return find(db, query)

        Task(work).on_success(self._show_people).on_failure(self._failed).run(self)

    def _match_text(self, person: PersonFound) -> str:
        how = self.tr("por cédula") if person.by == "cedula" else self.tr("por nombre")
        if person.exact:
            return self.tr("Coincide %1").replace("%1", how)
        return self.tr("Se parece (%1 %) %2").replace("%1", f"{person.score:.0f}").replace("%2", how)

    def _show_people(self, people: list[PersonFound]) -> None:
        self.people = list(people)
        self.results.clear()
        for person in self.people:
            held = person.holdings
            item = QTreeWidgetItem([" / ".join(held.names), ", ".join(held.documents) or "—",
                                    "; ".join(sorted({r.school for r in held.records if r.school})) or "—",
                                    self._match_text(person), str(len(held.session_ids))])
            if not person.exact:
                item.setForeground(3, QBrush(Qt.GlobalColor.darkYellow))
            self.results.addTopLevelItem(item)
        for column, width in enumerate((260, 130, 260, 170)):
            self.results.setColumnWidth(column, width)
        if self.query.text().strip():
            self.status.setText(self.tr("%n persona(s) encontrada(s).", "", len(self.people)))
        if self.people:
            self.results.setCurrentItem(self.results.topLevelItem(0))
        else:
            self.details.clear()
        self._enable()

    def selected(self) -> Holdings | None:
        row = self.results.indexOfTopLevelItem(self.results.currentItem()) if self.results.currentItem() else -1
        return self.people[row].holdings if 0 <= row < len(self.people) else None

    def _show_selected(self) -> None:
        held = self.selected()
        self._enable()
        if held is None:
            self.details.clear()
            return
        db, person_id = self.db, held.ids[0]

        def work():
            from ati_desktop.services.personal_data.register import authorisations_of, list_requests

            return authorisations_of(db, person_id), list_requests(db, participant_ids=held.ids)

        Task(work).on_success(lambda extra: self._show_details(held, *extra)).on_failure(self._failed).run(self)

    def _show_details(self, held: Holdings, authorisations, requests) -> None:
        if held is not self.selected():
            return
        rows = [
            (self.tr("Registros"), ", ".join(f"{r.full_name} ({r.id[:8]})" for r in held.records)),
            (self.tr("Correo / teléfono"), ", ".join(sorted({v for r in held.records for v in (r.email, r.phone) if v}))
             or "—"),
            (self.tr("Desde"), format_date(held.since.date()) if held.since else "—"),
            (self.tr("Sesiones"), str(len(held.session_ids))),
            (self.tr("Asistencias"), str(len(held.appearances))),
            (self.tr("Firmas"), str(len(held.signatures))),
            (self.tr("Compromisos a su cargo"), str(len(held.commitments))),
            (self.tr("Evidencias en que puede aparecer"), str(len(held.evidence))),
            (self.tr("Sesiones cuyo texto lo nombra"), str(len(held.mentions))),
            (self.tr("Autorizaciones"), "; ".join(f"{a.kind} {format_date(a.granted_on)} ({a.collected_by})"
                                            for a in authorisations) or self.tr("Ninguna registrada")),
            (self.tr("Solicitudes"), "; ".join(f"{r.reference} ({r.state})" for r in requests) or "—"),
        ]
        html = "".join(f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>" for label, value in rows)
        sessions = "".join(f"<li>{escape(format_date(a.session_date))} — {escape(a.municipality)}"
                           f"{' — ' + escape(a.school) if a.school else ''}</li>" for a in held.appearances)
        self.details.setHtml(f"<h3>{escape(' / '.join(held.names))}</h3><table cellspacing=4>{html}</table>"
                             f"<ul>{sessions}</ul>")

    def save_report(self) -> None:
        held = self.selected()
        if held is None:
            return
        path = ask_report_file(self, f"informe-datos-personales-{held.ids[0][:8]}.pdf")
        if not path:
            return
        db, person_id = self.db, held.ids[0]

        def work():
            from pathlib import Path

            from ati_desktop.services.personal_data.report import render

            Path(path).write_bytes(render(db, person_id))
            return path

        Task(work).on_success(lambda saved: self.status.setText(self.tr("Informe guardado en %1").replace("%1", saved))) \
            .on_failure(self._failed).run(self)

    def erase_selected(self) -> None:
        held = self.selected()
        if held is None:
            return
        reference = ask_erasure_reference(self, " / ".join(held.names), len(held.session_ids))
        if not reference:
            return
        db, person_id = self.db, held.ids[0]
        self.status.setText(self.tr("Suprimiendo los datos…"))

        def work():
            from ati_desktop.services.personal_data.erase import erase_person

            return erase_person(db, person_id, reference)

        Task(work).on_success(self._erased).on_failure(self._failed).run(self)

    def _erased(self, result) -> None:
        # What was found no longer exists as it was shown: clear it rather than search again.
        self.people = []
        self.results.clear()
        self.details.clear()
        self._enable()
        text = (self.tr("Datos suprimidos: %1 revisiones, %2 registros y %3 archivos.")
                .replace("%1", str(result.revisions)).replace("%2", str(result.rows))
                .replace("%3", str(result.blobs_deleted)))
        for away in result.archives_away:
            text += "\n" + self.tr("El archivo de datos antiguos «%1» no está conectado y todavía guarda lo "
                                   "suprimido: conéctelo y restáurelo para completar la supresión.").replace("%1", away)
        self.status.setText(text)
        self.load_requests()

    # -- requests -----------------------------------------------------------------------------
    def load_requests(self) -> None:
        db = self.db

        def work():
            from ati_desktop.services.personal_data.register import list_requests

            return list_requests(db)

        Task(work).on_success(self._show_requests).on_failure(self._failed).run(self)

    def _kind_text(self, kind: str) -> str:
        return {"consulta": self.tr("Consulta"), "rectificacion": self.tr("Reclamo: rectificación"),
                "supresion": self.tr("Reclamo: supresión")}.get(kind, kind)

    def _state_text(self, state: str) -> str:
        return {"recibida": self.tr("Recibida"), "en_tramite": self.tr("En trámite"),
                "respondida": self.tr("Respondida"), "rechazada": self.tr("Rechazada")}.get(state, state)

    def _show_requests(self, requests: list[RequestView]) -> None:
        self.requests = list(requests)
        self.request_list.clear()
        bold = QFont()
        bold.setBold(True)
        for request in self.requests:
            state = self._state_text(request.state)
            if request.overdue:
                state = self.tr("%1 — VENCIDA").replace("%1", state)
            item = QTreeWidgetItem([request.reference, request.person or "—", self._kind_text(request.kind),
                                    format_date(request.received_on), format_date(request.due_on), state,
                                    request.handled_by or "—"])
            if request.overdue:
                for column in range(7):
                    item.setForeground(column, QBrush(OVERDUE_COLOR))
                    item.setFont(column, bold)
            self.request_list.addTopLevelItem(item)
        for column, width in enumerate((140, 240, 200, 100, 110, 170)):
            self.request_list.setColumnWidth(column, width)
        overdue = sum(r.overdue for r in self.requests)
        self.overdue_label.setText(self.tr("%n solicitud(es) vencida(s)", "", overdue) if overdue else "")
        self._enable()

    def add_request(self) -> None:
        values = ask_request(self)
        if not values:
            return
        db, person = self.db, self.selected()

        def work():
            from ati_desktop.services.personal_data.register import record_request

            return record_request(db, values["kind"], values["reference"], values["received_on"],
                                  participant_id=person.ids[0] if person else None,
                                  handled_by=values["handled_by"] or None)

        Task(work).on_success(lambda _id: self.load_requests()).on_failure(self._failed).run(self)

    def mark_answered(self) -> None:
        item = self.request_list.currentItem()
        if item is None:
            return
        request_id, db = self.requests[self.request_list.indexOfTopLevelItem(item)].id, self.db

        def work():
            from ati_desktop.services.personal_data.register import update_request

            update_request(db, request_id, state="respondida", answered_on=date.today())

        Task(work).on_success(lambda _none: self.load_requests()).on_failure(self._failed).run(self)

    # -- state ----------------------------------------------------------------------------------
    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.report_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)
        self.answered_button.setEnabled(self.request_list.currentItem() is not None)

    def _failed(self, exc: Exception) -> None:
        self.status.setText("")
        messages.show_error(self, messages.error_text(exc))
