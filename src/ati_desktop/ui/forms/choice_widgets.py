"""Editors of the choice-like field types: single and multiple choice, checklist, rating, yes/no."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.ui.forms.field_widgets import Editor, row_layout


class _RadioGroup(QWidget):
    """Radio buttons carrying codes; unlike a plain group it can return to «no answer»."""

    chosen = Signal()

    def __init__(self, field_id: str, options: list[tuple[object, str]], vertical: bool) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.buttons: list[tuple[object, QRadioButton]] = []
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for code, text in options:
            button = QRadioButton(text, self)
            button.setObjectName(f"{field_id}-{code}")
            self.group.addButton(button)
            self.buttons.append((code, button))
            # Only the text is clickable: a button as wide as the form would look clickable.
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        if not vertical:
            layout.addStretch(1)
        self.group.buttonToggled.connect(lambda _button, checked: checked and self.chosen.emit())

    def value(self):
        return next((code for code, button in self.buttons if button.isChecked()), None)

    def set_value(self, value) -> None:
        self.group.setExclusive(False)  # an exclusive group refuses to uncheck its last button
        for code, button in self.buttons:
            button.setChecked(type(code) is type(value) and code == value)
        self.group.setExclusive(True)

    def radios(self) -> list[QAbstractButton]:
        return [button for _code, button in self.buttons]


class SingleChoiceEditor(Editor):
    """Radio buttons, or a drop-down when the field asks for one."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        options = [(choice.value, context.text(choice.label)) for choice in field.choices]
        self.combo: QComboBox | None = None
        self.radios: _RadioGroup | None = None
        if field.appearance == "dropdown":
            self.combo = QComboBox(self)
            self.combo.setObjectName(field.id)
            self.combo.addItem(self.tr("— Seleccione —"), None)
            for code, text in options:
                self.combo.addItem(text, code)
            self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            row_layout(self, self.combo)
            self.combo.currentIndexChanged.connect(self.edited)
        else:
            vertical = len(options) > 3 or any(len(text) > 28 for _c, text in options)
            self.radios = _RadioGroup(field.id, options, vertical)
            row_layout(self, self.radios, stretch=False)
            self.radios.chosen.connect(self.edited)

    def value(self):
        return self.combo.currentData() if self.combo else self.radios.value()

    def set_value(self, value) -> None:
        if self.combo:
            index = self.combo.findData(value) if isinstance(value, str) else -1
            self.combo.setCurrentIndex(max(index, 0))
        else:
            self.radios.set_value(value)

    def focus_widgets(self):
        return [self.combo] if self.combo else self.radios.radios()


class MultipleChoiceEditor(Editor):
    """Check boxes, in two columns when the list is long."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Long lists go in two columns so that they fit on a laptop screen without scrolling.
        columns = 2 if len(field.choices) > 5 else 1
        rows = -(-len(field.choices) // columns)
        self.boxes: list[tuple[str, QCheckBox]] = []
        for index, choice in enumerate(field.choices):
            box = QCheckBox(context.text(choice.label), self)
            box.setObjectName(f"{field.id}-{choice.value}")
            box.toggled.connect(self.edited)
            layout.addWidget(box, index % rows, index // rows, Qt.AlignmentFlag.AlignLeft)
            self.boxes.append((choice.value, box))
        layout.setColumnStretch(columns, 1)

    def value(self):
        chosen = [code for code, box in self.boxes if box.isChecked()]
        return chosen or None

    def set_value(self, value) -> None:
        chosen = value if isinstance(value, list) else []
        for code, box in self.boxes:
            box.setChecked(code in chosen)

    def focus_widgets(self):
        return [box for _code, box in self.boxes]


class YesNoEditor(Editor):
    """Two radio buttons, Sí and No; unanswered until one is chosen."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        self.radios = _RadioGroup(field.id, [(True, self.tr("Sí")), (False, self.tr("No"))], False)
        self.radios.buttons[0][1].setObjectName(f"{field.id}-si")
        self.radios.buttons[1][1].setObjectName(f"{field.id}-no")
        row_layout(self, self.radios, stretch=False)
        self.radios.chosen.connect(self.edited)

    def value(self):
        return self.radios.value()

    def set_value(self, value) -> None:
        self.radios.set_value(value if isinstance(value, bool) else None)

    def focus_widgets(self):
        return self.radios.radios()


class ChecklistItemEditor(Editor):
    """Sí / No / Parcial / No aplica in one row, with the observation beside them."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        answers = [
            ("si", self.tr("Sí")),
            ("no", self.tr("No")),
            ("parcial", self.tr("Parcial")),
            ("na", self.tr("No aplica")),
        ]
        self.radios = _RadioGroup(field.id, answers, False)
        self.radios.layout().setSpacing(14)
        self.observation = QLineEdit(self)
        self.observation.setObjectName(f"{field.id}-observacion")
        self.observation.setPlaceholderText(self.tr("Observación"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.radios)
        layout.addWidget(self.observation, 1)
        self.radios.chosen.connect(self.edited)
        self.observation.textChanged.connect(self.edited)

    def value(self):
        answer = self.radios.value()
        if answer is None:
            return None
        return {"answer": answer, "observation": self.observation.text()}

    def set_value(self, value) -> None:
        value = value if isinstance(value, dict) else {}
        self.radios.set_value(value.get("answer"))
        observation = value.get("observation")
        self.observation.setText(observation if isinstance(observation, str) else "")

    def input_error(self):
        if self.radios.value() is None and self.observation.text().strip():
            return self.tr("Marque Sí, No, Parcial o No aplica.")
        return None

    def focus_widgets(self):
        return [*self.radios.radios(), self.observation]

    def set_accessible_name(self, name: str) -> None:
        super().set_accessible_name(name)
        self.observation.setAccessibleName(self.tr("Observación: %1").replace("%1", name))


class RatingEditor(Editor):
    """A rubric: one radio button per level, its descriptor written under it."""

    def __init__(self, field, context, parent=None) -> None:
        super().__init__(field, context, parent)
        options = [
            (level.value, f"{level.value} · {context.text(level.label)}") for level in field.levels
        ]
        self.radios = _RadioGroup(field.id, options, True)
        layout = self.radios.layout()
        for index, level in enumerate(field.levels):
            if level.descriptor:
                descriptor = QLabel(context.text(level.descriptor), self.radios)
                descriptor.setWordWrap(True)
                descriptor.setProperty("role", "descriptor")
                descriptor.setContentsMargins(26, 0, 0, 6)
                descriptor.setBuddy(self.radios.buttons[index][1])
                layout.insertWidget(layout.indexOf(self.radios.buttons[index][1]) + 1, descriptor)
        row_layout(self, self.radios, stretch=False)
        self.radios.chosen.connect(self.edited)

    def value(self):
        return self.radios.value()

    def set_value(self, value) -> None:
        is_int = isinstance(value, int) and not isinstance(value, bool)
        self.radios.set_value(value if is_int else None)

    def focus_widgets(self):
        return self.radios.radios()
