"""The history of a corrected session: every revision, the device that made it, when it was replaced and why."""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from ati_desktop.domain.document import FieldRows, Table
from ati_desktop.domain.errors import NotFoundError
from ati_desktop.domain.reference import Operation, Technique
from ati_desktop.formspec import present
from ati_desktop.formspec.present import CHECKLIST_COLUMNS

from .common import reference_label, show_date, show_datetime

if TYPE_CHECKING:
    from ati_desktop.services.revision_history import RevisionShown


class RevisionsDialog(QDialog):
    """Lists revisions (oldest first, the current one last); shows the selected one as it was."""

    def __init__(self, forms, history: list[RevisionShown], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historial de revisiones"))
        self._forms = forms
        self._history = history
        rows = [(r.revision, self.device_text(r),
                 show_datetime(r.replaced_at) if r.replaced_at else self.tr("vigente"), r.reason) for r in history]
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Revisión"), self.tr("Equipo"), self.tr("Reemplazada el"), self.tr("Motivo de la corrección")])
        self.table.setAccessibleName(self.tr("Revisiones de la sesión"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.setWordWrap(False)
        for row, (revision, device, when, reason) in enumerate(rows):
            for column, text in enumerate((str(revision), device, when, reason or self.tr("(registro original)"))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Contenido de la revisión"))
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setSizes([520, 440])
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.table.selectRow(len(rows) - 1)
        self.resize(960, 560)

    def device_text(self, revision: RevisionShown) -> str:
        """«este equipo», or the other device's label: never its id."""
        if revision.made_here:
            return self.tr("este equipo")
        return revision.device_label or self.tr("otro equipo")

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._history):
            self.view.setHtml(self.describe(self._history[row]))

    def describe(self, revision: RevisionShown) -> str:
        """A revision as a reader sees it: identification, scope, the form's answers, commitments."""
        snap = revision.snapshot
        facts = [
            (self.tr("Equipo"), self.device_text(revision)),
            (self.tr("Fecha"), show_date(snap.get("session_date"))),
            (self.tr("Municipio"), snap.get("municipality_name") or ""),
            (self.tr("Establecimiento"), snap.get("school_name") or ""),
            (self.tr("Operaciones"),
             ", ".join(reference_label(Operation, code) for code in snap.get("operations", []))),
            (self.tr("Técnica"), reference_label(Technique, snap.get("technique"))),
            (self.tr("Objetivo"), snap.get("objective") or ""),
            (self.tr("Conclusiones"), snap.get("conclusions") or ""),
        ]
        heading = self.tr("Revisión %1").replace("%1", str(snap.get("revision")))
        parts = [f"<h3>{escape(heading)}</h3>", _rows(facts)]
        try:
            form = self._forms.get(snap["form_id"], snap["form_version"])
            sections = present(form, snap.get("answers") or {}, words=lambda text: self._word(form, text),
                               link_label=lambda _id: self._observation_text(revision))
        except NotFoundError:  # a form this version does not ship: show the raw answers instead
            sections = []
            raw = json.dumps(snap.get("answers"), ensure_ascii=False, indent=1)
            parts.append(f"<pre>{escape(raw)}</pre>")
        for section in sections:
            parts.append(f"<h4>{escape(self._form_text(form, section.title))}</h4>")
            for block in section.blocks:
                if isinstance(block, FieldRows):
                    parts.append(_rows([(self._form_text(form, label), value) for label, value in block.rows]))
                elif isinstance(block, Table):
                    parts.append(self._translated_table(form, block))
        commitments = snap.get("commitments") or []
        if commitments:
            parts.append("<h4>%s</h4>" % escape(self.tr("Compromisos")))
            parts.append(_table([self.tr("Qué"), self.tr("Responsable"), self.tr("Fecha límite")],
                                [[c["description"], c["responsible"], show_date(c.get("due_date"))]
                                 for c in commitments]))
        return "".join(parts)

    def _word(self, form, text: str) -> str:
        """A fixed word of an answer in the interface's language; a choice label in the form's."""
        fixed = {"Sí": self.tr("Sí"), "No": self.tr("No"), "Parcial": self.tr("Parcial"),
                 "No aplica": self.tr("No aplica")}
        return fixed.get(text) or self._form_text(form, text)

    def _observation_text(self, revision: RevisionShown) -> str:
        if revision.observation_date is None:
            return self.tr("una observación que no está en esta base de datos")
        return self.tr("Observación del %1").replace("%1", show_date(revision.observation_date.isoformat()))

    @staticmethod
    def _form_text(form, text: str) -> str:
        """Titles and questions are the form's texts, translated in its context; answers are not."""
        return QCoreApplication.translate(form.context, text)

    def _translated_table(self, form, table: Table) -> str:
        if table.columns == CHECKLIST_COLUMNS:
            columns = [self.tr("Ítem"), self.tr("Respuesta"), self.tr("Observación")]
            rows = [[self._form_text(form, row[0]), *row[1:]] for row in table.rows]
            return _table(columns, rows)
        return _table([self._form_text(form, column) for column in table.columns], table.rows)


def _rows(rows) -> str:
    body = "".join(f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
                   for label, value in rows)
    return f"<table cellpadding='3'>{body}</table>"


def _table(columns, rows) -> str:
    head = "".join(f"<th align='left'>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"
