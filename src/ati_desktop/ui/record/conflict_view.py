"""One conflict, field by field: the common ancestor, each version and where it came from.

The supervisor picks, for every field on which the versions differ, the version whose value
stays (the version shown is preselected), or keeps one version whole.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.exchange.conflicts import Conflict, Version
from ati_desktop.formspec import FormRegistry

from .field_labels import answers_text, field_label

MAX_SHOWN = 400


def _text(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictView", "Sí") if value else QCoreApplication.translate(
            "ConflictView", "No")
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 1] + "…"


class ConflictView(QWidget):
    """The grid of one conflict; emits the resolution the supervisor chose."""

    keep_requested = Signal(str)  # revision id of the version kept whole
    fields_requested = Signal(dict)  # field → revision id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conflict: Conflict | None = None
        self._groups: dict[str, QButtonGroup] = {}
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.resolve_button = QPushButton(self.tr("&Resolver con los valores elegidos"))
        self.resolve_button.clicked.connect(self._resolve_fields)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.show_conflict(None)

    def conflict(self) -> Conflict | None:
        return self._conflict

    def show_conflict(self, conflict: Conflict | None, labels: dict[str, str] | None = None,
                      forms: FormRegistry | None = None) -> None:
        """Show ``conflict``; ``labels`` names devices, ``forms`` labels a session's answers (bundled ones
        by default)."""
        self._conflict = conflict
        self._groups = {}
        # A new grid each time: the scroll area shows it and deletes the previous one.
        host = QWidget()
        outer = QVBoxLayout(host)
        self.grid = QGridLayout()
        self.keep_row = QHBoxLayout()
        outer.addLayout(self.grid)
        outer.addLayout(self.keep_row)
        outer.addStretch(1)
        self.resolve_button.setEnabled(conflict is not None)
        if conflict is None:
            self.title.setText(self.tr("Elija un conflicto de la lista."))
            self.scroll.setWidget(host)
            return
        self.title.setText(self.tr("%1 %2: %n versiones que no coinciden.", "", len(conflict.heads))
                           .replace("%1", self.kind_name(conflict.record_type)).replace("%2", conflict.record_id))
        columns = [(self.tr("Ancestro común"), conflict.ancestor)] + [
            (self._version_header(v, labels or {}, v.revision_id == conflict.winner_id), v) for v in conflict.heads]
        self.grid.addWidget(self._bold(self.tr("Campo")), 0, 0)
        for column, (header, _version) in enumerate(columns, start=1):
            label = self._bold(header)
            label.setWordWrap(True)
            self.grid.addWidget(label, 0, column)
        for row, name in enumerate(conflict.differing_fields, start=1):
            self.grid.addWidget(QLabel(field_label(conflict.record_type, name)), row, 0)
            ancestor = conflict.ancestor
            self.grid.addWidget(self._value(self._shown(ancestor, name, forms) if ancestor else None), row, 1)
            group = QButtonGroup(self)
            self._groups[name] = group
            for column, version in enumerate(conflict.heads, start=2):
                choice = QRadioButton(_text(self._shown(version, name, forms)))
                choice.setProperty("revision_id", version.revision_id)
                choice.setChecked(version.revision_id == conflict.winner_id)
                choice.setEnabled(name != "deleted")
                group.addButton(choice)
                self.grid.addWidget(choice, row, column)
        for version in conflict.heads:
            keep = QPushButton(self.tr("Conservar %1 entera").replace("%1", version.revision_id[:8]))
            keep.clicked.connect(lambda _checked=False, rid=version.revision_id: self.keep_requested.emit(rid))
            self.keep_row.addWidget(keep)
        self.keep_row.addStretch(1)
        self.scroll.setWidget(host)

    def kind_name(self, record_type: str) -> str:
        """The kind of record as the supervisor calls it."""
        names = {"assistant": self.tr("Asistente"), "school": self.tr("Establecimiento"), "campus": self.tr("Sede"),
                 "participant": self.tr("Participante"), "session": self.tr("Sesión"),
                 "attendance": self.tr("Asistencia"), "commitment": self.tr("Compromiso"),
                 "verification": self.tr("Verificación"), "evidence": self.tr("Evidencia"),
                 "indicator": self.tr("Indicador"), "same_as": self.tr("Registros unidos"), "acta": self.tr("Acta")}
        return names.get(record_type, record_type)

    def choices(self) -> dict[str, str]:
        """The version chosen for each differing field (``deleted`` is decided by keeping one)."""
        return {name: group.checkedButton().property("revision_id")
                for name, group in self._groups.items() if name != "deleted" and group.checkedButton()}

    def _resolve_fields(self) -> None:
        if self._conflict is not None:
            self.fields_requested.emit(self.choices())

    def _version_header(self, version: Version, labels: dict[str, str], shown: bool) -> str:
        source = version.provenance
        device = labels.get(version.device_id) or source.device_label or version.device_id[:8]
        lines = [self.tr("Versión %1").replace("%1", version.revision_id[:8])
                 + (self.tr(" (se muestra)") if shown else ""),
                 self.tr("Equipo: %1").replace("%1", device)]
        if source.assistant_name:
            lines.append(self.tr("Asistente: %1").replace("%1", source.assistant_name))
        if source.file_name:
            lines.append(self.tr("Paquete: %1").replace("%1", source.file_name))
        lines.append(self.tr("Hecha: %1").replace("%1", version.made_at.strftime("%Y-%m-%d %H:%M")))
        if version.deleted:
            lines.append(self.tr("BORRA el registro"))
        return "\n".join(lines)

    @staticmethod
    def _field(version: Version, name: str):
        return version.deleted if name == "deleted" else version.body.get(name)

    @classmethod
    def _shown(cls, version: Version, name: str, forms: FormRegistry | None):
        """The value as the supervisor reads it: a session's answers labelled by their form."""
        if name == "answers":
            labelled = answers_text(version.body, forms)
            if labelled is not None:
                return labelled
        return cls._field(version, name)

    @staticmethod
    def _value(value) -> QLabel:
        label = QLabel(_text(value))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        return label
