"""Editors of the compound field types: repeat groups, session links, signatures, evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.domain import clock
from ati_desktop.domain.reference import Technique
from ati_desktop.formspec import model
from ati_desktop.ui.forms.field_widgets import Editor, row_layout
from ati_desktop.ui.i18n import reference_label
from ati_desktop.ui.widgets.signature_pad import SignaturePad

MakeEditor = Callable[[object], Editor]
_NUMBER_WIDTH = 28
_REMOVE_WIDTH = 100


class RepeatEditor(Editor):
    """Rows of sub-fields under a header, with «Agregar fila» and one «Quitar fila» per row."""

    def __init__(self, field, context, make_editor: MakeEditor, parent=None) -> None:
        super().__init__(field, context, parent)
        self._make_editor = make_editor
        self._rows: list[tuple[QWidget, dict[str, Editor], QPushButton]] = []
        # Long texts get more room; all cells ignore their own width so the columns line up.
        self._stretch = [3 if isinstance(sub, model.LongTextField) else 2 for sub in field.fields]
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._header_row = self._header()
        self._layout.addWidget(self._header_row)
        self.add_button = QPushButton(self.tr("Agregar fila"), self)
        self.add_button.setObjectName(f"{field.id}-agregar")
        self.add_button.clicked.connect(self._add_clicked)
        self._empty = QLabel(self.tr("Sin filas. Use «Agregar fila»."), self)
        self._empty.setProperty("role", "help")
        self._layout.addWidget(self._empty)
        self._layout.addLayout(row_layout(None, self.add_button))

    def _header(self) -> QWidget:
        header = QWidget(self)
        layout = QHBoxLayout(header)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addSpacing(_NUMBER_WIDTH)
        for sub, stretch in zip(self.field.fields, self._stretch):
            text = self.context.text(sub.label) + (" *" if sub.required else "")
            label = QLabel(text, header)
            label.setWordWrap(True)
            label.setProperty("role", "column")
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label, stretch)
        layout.addSpacing(_REMOVE_WIDTH)
        return header

    def _add_row(self, values: dict) -> dict[str, Editor]:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        number = QLabel(row)
        number.setFixedWidth(_NUMBER_WIDTH)
        number.setContentsMargins(0, 4, 0, 0)  # level with the text of the inputs beside it
        layout.addWidget(number, 0, top)
        editors: dict[str, Editor] = {}
        for sub, stretch in zip(self.field.fields, self._stretch):
            editor = self._make_editor(sub)
            editor.setParent(row)
            editor.make_compact()
            editor.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            editor.set_value(values.get(sub.id))
            editor.edited.connect(self.edited)
            layout.addWidget(editor, stretch, top)
            editors[sub.id] = editor
        remove = QPushButton(self.tr("Quitar fila"), row)
        remove.setFixedWidth(_REMOVE_WIDTH)
        remove.clicked.connect(lambda: self._remove(row))
        layout.addWidget(remove, 0, top)
        self._layout.insertWidget(self._layout.count() - 2, row)
        self._rows.append((row, editors, remove))
        return editors

    def _add_clicked(self) -> None:
        editors = self._add_row({})
        self._renumber()
        self.structure_changed.emit()
        self.edited.emit()
        next(iter(editors.values())).focus_widgets()[0].setFocus()

    def _remove(self, row: QWidget) -> None:
        index = next(i for i, (widget, _e, _b) in enumerate(self._rows) if widget is row)
        self._rows.pop(index)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.structure_changed.emit()
        self.edited.emit()
        self.add_button.setFocus()

    def _renumber(self) -> None:
        for number, (row, editors, remove) in enumerate(self._rows, start=1):
            row.layout().itemAt(0).widget().setText(f"{number}.")
            for sub in self.field.fields:
                label = self.context.text(sub.label)
                editors[sub.id].set_accessible_name(
                    self.tr("%1, fila %2").replace("%1", label).replace("%2", str(number))
                )
            remove.setObjectName(f"{self.field.id}-quitar-{number}")
            remove.setAccessibleName(self.tr("Quitar fila %1").replace("%1", str(number)))
        self._empty.setVisible(not self._rows)
        self._header_row.setVisible(bool(self._rows))

    def row_editors(self) -> list[dict[str, Editor]]:
        return [editors for _row_widget, editors, _remove in self._rows]

    def value(self):
        rows = [
            {key: value for key, editor in editors.items() if (value := editor.value()) is not None}
            for editors in self.row_editors()
        ]
        return rows or None

    def set_value(self, value) -> None:
        for row, _editors, _remove in self._rows:
            row.hide()
            row.deleteLater()
        self._rows.clear()
        for values in value if isinstance(value, list) else []:
            self._add_row(values if isinstance(values, dict) else {})
        self._renumber()
        self.structure_changed.emit()

    def input_error(self):
        for number, editors in enumerate(self.row_editors(), start=1):
            for sub in self.field.fields:
                problem = editors[sub.id].input_error()
                if problem:
                    return self.tr("Fila %1, «%2»: %3").replace("%1", str(number)).replace(
                        "%2", self.context.text(sub.label)).replace("%3", problem)
        return None

    def focus_widgets(self):
        widgets = []
        for _row_widget, editors, remove in self._rows:
            for editor in editors.values():
                widgets += editor.focus_widgets()
            widgets.append(remove)
        return [*widgets, self.add_button]

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.add_button.setAccessibleName(self.tr("Agregar fila: %1").replace("%1", name))


class LinkEditor(Editor):
    """A session of the field's technique, chosen from the options the desktop provides."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(field.id)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumWidth(320)
        options = context.link_options(field.technique.value) if context.link_options else []
        technique = reference_label(Technique(field.technique))
        if options:
            self.combo.addItem(self.tr("— Seleccione una sesión —"), None)
        else:
            self.combo.addItem(
                self.tr("No hay sesiones de %1 registradas").replace("%1", technique.lower()), None
            )
        for session_id, label in options:
            self.combo.addItem(label, session_id)
        row_layout(self, self.combo)
        self.combo.currentIndexChanged.connect(self.edited)

    def value(self):
        return self.combo.currentData()

    def set_value(self, value) -> None:
        if not isinstance(value, str):
            self.combo.setCurrentIndex(0)
            return
        index = self.combo.findData(value)
        if index < 0:  # a session this device does not list: keep the link, name it by its id
            self.combo.addItem(self.tr("Sesión %1").replace("%1", value[:8]), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def focus_widgets(self):
        return [self.combo]


class SignatureEditor(Editor):
    """The signature pad; each finished stroke stores the image and records when it was signed."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        self._value: dict | None = None
        self.pad = SignaturePad(self)
        self.pad.setObjectName(field.id)
        self.status = QLabel(self)
        self.status.setProperty("role", "help")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row_layout(None, self.pad))
        layout.addWidget(self.status)
        self.pad.signed.connect(self._signed)
        self.pad.cleared.connect(self._cleared)
        self._show_status()

    def _signed(self) -> None:
        sha256 = self.context.save_signature(self.pad.to_png_bytes())
        moment = clock.now().isoformat(timespec="seconds")
        self._value = {"sha256": sha256, "signed_at": moment}
        self._show_status()
        self.edited.emit()

    def _cleared(self) -> None:
        self._value = None
        self._show_status()
        self.edited.emit()

    def _show_status(self) -> None:
        if self._value is None:
            self.status.setText(self.tr("Sin firma."))
            return
        try:
            moment = clock.local(dt.datetime.fromisoformat(self._value["signed_at"])).strftime("%d/%m/%Y %H:%M")
        except (KeyError, TypeError, ValueError):
            moment = "?"
        self.status.setText(self.tr("Firmado el %1.").replace("%1", moment))

    def value(self):
        return self._value

    def set_value(self, value) -> None:
        self.pad.clear()  # strokes are not stored, only the image: a new signature replaces it
        self._value = value if isinstance(value, dict) else None
        self._show_status()

    def focus_widgets(self):
        return [self.pad.clear_button]


class EvidenceEditor(Editor):
    """Attached files: a list, «Adjuntar archivo…» through the desktop, and «Quitar»."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        self.files = QListWidget(self)
        self.files.setObjectName(field.id)
        self.files.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.attach_button = QPushButton(self.tr("Adjuntar archivo…"), self)
        self.attach_button.setObjectName(f"{field.id}-adjuntar")
        self.attach_button.setEnabled(context.attach_file is not None)
        self.remove_button = QPushButton(self.tr("Quitar"), self)
        self.remove_button.setObjectName(f"{field.id}-quitar")
        self.attach_button.clicked.connect(self._attach)
        self.remove_button.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)

    def _attach(self) -> None:
        entry = self.context.attach_file()
        if entry:
            self._append(entry)
            self.edited.emit()

    def _append(self, entry: dict) -> None:
        item = QListWidgetItem(str(entry.get("file_name", "")))
        item.setData(Qt.ItemDataRole.UserRole, dict(entry))
        self.files.addItem(item)

    def _remove(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)
            self.edited.emit()

    def value(self):
        entries = [self.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.files.count())]
        return entries or None

    def set_value(self, value) -> None:
        self.files.clear()
        for entry in value if isinstance(value, list) else []:
            if isinstance(entry, dict):
                self._append(entry)

    def focus_widgets(self):
        return [self.files, self.attach_button, self.remove_button]
