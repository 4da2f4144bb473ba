"""Step 2, Alcance: objective, the three moments, management areas and indicator values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ati_desktop.domain.reference import Area, Operation
from ati_desktop.domain.ids import new_id

from .common import EditorPage, long_text, note_label, reference_label, watch

INDICATOR_OPERATIONS = {Operation.MONITOREO.value, Operation.SEGUIMIENTO.value}
_ID_ROLE = Qt.UserRole
_NOTE_ROLE = Qt.UserRole + 1


class ScopePage(EditorPage):
    """What the assistance aims at; indicators only for monitoreo and seguimiento."""

    page_id = "scope"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self.body)
        form = QFormLayout()
        self.objective = long_text(self.tr("Objetivo"), self.tr("Qué se busca con esta sesión"))
        self.guidelines = long_text(self.tr("Lineamientos"), self.tr("Lineamientos que se trabajan"))
        self.habits = long_text(self.tr("Hábitos o herramientas"),
                                self.tr("Hábitos o herramientas que se desarrollan"))
        self.products = long_text(self.tr("Productos esperados"), self.tr("Por ejemplo: PMI aprobado"))
        for edit in (self.objective, self.guidelines, self.habits, self.products):
            edit.setMaximumHeight(110)  # the areas and indicators stay in view at 768 pixels
        form.addRow(self.tr("&Objetivo:"), self.objective)
        form.addRow(note_label(self.tr(
            "El alcance se define en tres momentos: los lineamientos que se trabajan, los hábitos o "
            "herramientas que se desarrollan y los productos que se esperan.")))
        form.addRow(self.tr("&Lineamientos:"), self.guidelines)
        form.addRow(self.tr("&Hábitos o herramientas:"), self.habits)
        form.addRow(self.tr("&Productos esperados:"), self.products)
        layout.addLayout(form)

        areas_box = QGroupBox(self.tr("Áreas de gestión que se trabajan"))
        areas_row = QHBoxLayout(areas_box)
        self.areas: dict[str, QCheckBox] = {}
        for code, _label in Area.choices():
            box = QCheckBox(reference_label(Area, code))
            box.setAccessibleName(reference_label(Area, code))
            self.areas[code] = box
            areas_row.addWidget(box)
            watch(box, self.changed)
        areas_row.addStretch(1)
        layout.addWidget(areas_box)

        self.indicators_box = QGroupBox(self.tr("Metas e indicadores"))
        box_layout = QVBoxLayout(self.indicators_box)
        box_layout.addWidget(note_label(self.tr(
            "El monitoreo y el seguimiento se hacen contra metas: registre el valor de cada "
            "indicador frente a su meta.")))
        self.indicators = QTableWidget(0, 4)
        self.indicators.setHorizontalHeaderLabels(
            [self.tr("Indicador"), self.tr("Meta"), self.tr("Valor"), self.tr("Unidad")])
        self.indicators.setAccessibleName(self.tr("Indicadores"))
        self.indicators.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.indicators.setMinimumHeight(140)
        buttons = QHBoxLayout()
        self.add_indicator_button = QPushButton(self.tr("Agregar &indicador"))
        self.add_indicator_button.clicked.connect(lambda: self.add_indicator())
        self.remove_indicator = QPushButton(self.tr("Quitar indicador"))
        self.remove_indicator.clicked.connect(self._remove_indicator)
        buttons.addWidget(self.add_indicator_button)
        buttons.addWidget(self.remove_indicator)
        buttons.addStretch(1)
        box_layout.addWidget(self.indicators)
        box_layout.addLayout(buttons)
        layout.addWidget(self.indicators_box)
        layout.addStretch(1)
        self.indicators_box.hide()

        for widget in (self.objective, self.guidelines, self.habits, self.products, self.indicators):
            watch(widget, self.changed)

    def title(self) -> str:
        return self.tr("Alcance")

    def first_input(self):
        return self.objective

    def set_operations(self, operations: list[str]) -> None:
        self.indicators_box.setVisible(bool(INDICATOR_OPERATIONS & set(operations)))

    def add_indicator(self, values: dict | None = None) -> int:
        values = values or {}
        row = self.indicators.rowCount()
        self.indicators.blockSignals(True)
        self.indicators.insertRow(row)
        for column, key in enumerate(("name", "target", "value", "unit")):
            value = values.get(key)
            text = _number_text(value) if key in ("target", "value") else (value or "")
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(_ID_ROLE, values.get("id") or new_id())
                item.setData(_NOTE_ROLE, values.get("note"))
            self.indicators.setItem(row, column, item)
        self.indicators.blockSignals(False)
        if not values:
            self.indicators.setCurrentCell(row, 0)
            self.indicators.editItem(self.indicators.item(row, 0))
            self.changed.emit()
        return row

    def _remove_indicator(self) -> None:
        row = self.indicators.currentRow()
        if row >= 0:
            self.indicators.removeRow(row)
            self.changed.emit()

    def state(self) -> dict:
        indicators = []
        for row in range(self.indicators.rowCount()):
            cells = [self.indicators.item(row, c) for c in range(4)]
            indicators.append({
                "id": cells[0].data(_ID_ROLE),
                "name": cells[0].text(),
                "target": _number(cells[1].text()),
                "value": _number(cells[2].text()),
                "unit": cells[3].text(),
                "note": cells[0].data(_NOTE_ROLE),
            })
        return {
            "objective": self.objective.toPlainText(),
            "scope_guidelines": self.guidelines.toPlainText(),
            "scope_habits": self.habits.toPlainText(),
            "scope_products": self.products.toPlainText(),
            "areas": [code for code, box in self.areas.items() if box.isChecked()],
            "indicators": indicators,
        }

    def set_state(self, payload: dict) -> None:
        self.objective.setPlainText(payload["objective"] or "")
        self.guidelines.setPlainText(payload["scope_guidelines"] or "")
        self.habits.setPlainText(payload["scope_habits"] or "")
        self.products.setPlainText(payload["scope_products"] or "")
        for code, box in self.areas.items():
            box.setChecked(code in payload["areas"])
        self.indicators.setRowCount(0)
        for values in payload["indicators"]:
            self.add_indicator(values)
        self.set_operations(payload["operations"])


def _number(text: str) -> float | str | None:
    """A number typed with a decimal comma or point; other text is kept as typed for the draft."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    try:
        return float(cleaned) if cleaned else None
    except ValueError:
        return text.strip()


def _number_text(value: float | str | None) -> str:
    if value is None or isinstance(value, str):
        return value or ""
    return f"{value:g}".replace(".", ",")
