"""FormView: a form definition drawn as Qt widgets, with live relevance and validation."""

from __future__ import annotations

import hashlib
import html
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ati_desktop.formspec import (
    AnswerError,
    FormDefinition,
    model,
    relevance,
    relevant_answers,
    validate_answers,
)
from ati_desktop.ui.forms import choice_widgets as choice
from ati_desktop.ui.forms import compound_widgets as compound
from ati_desktop.ui.forms import field_widgets as plain
from ati_desktop.ui.forms import spin_widgets as spin
from ati_desktop.ui.forms.field_widgets import AttachFile, Editor, FormContext, LinkOptions
from ati_desktop.ui.forms.problem_texts import problem_text
from ati_desktop.ui.forms.style import FORM_STYLE

MAX_FORM_WIDTH = 1040

_EDITORS = {
    model.TextField: plain.TextEditor,
    model.LongTextField: plain.LongTextEditor,
    model.IntegerField: spin.IntegerEditor,
    model.DecimalField: plain.DecimalEditor,
    model.DateField: spin.DateEditor,
    model.TimeField: spin.TimeEditor,
    model.SingleChoiceField: choice.SingleChoiceEditor,
    model.MultipleChoiceField: choice.MultipleChoiceEditor,
    model.ChecklistItemField: choice.ChecklistItemEditor,
    model.RatingField: choice.RatingEditor,
    model.YesNoField: choice.YesNoEditor,
    model.LinkField: compound.LinkEditor,
    model.SignatureField: compound.SignatureEditor,
    model.EvidenceField: compound.EvidenceEditor,
}


def make_editor(item, context: FormContext) -> Editor:
    """The editor of a field's type; repeat groups build their cells with this same function."""
    if isinstance(item, model.RepeatField):
        return compound.RepeatEditor(item, context, partial(make_editor, context=context))
    return _EDITORS[type(item)](item, context)


class FieldRow(QWidget):
    """One field: its label, help, editor and the error line under it."""

    def __init__(self, item, editor: Editor, context: FormContext, parent=None) -> None:
        super().__init__(parent)
        self.field_id, self.editor = item.id, editor
        self.setObjectName(f"row-{item.id}")
        label = context.text(item.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 6)
        layout.setSpacing(3)
        mark = ' <span style="color:#b00020">*</span>' if item.required else ""
        self.title = QLabel(f"{html.escape(label)}{mark}", self)
        # Always rich text: without the mark Qt would guess plain text and show «&#x27;» as is.
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setObjectName(f"{item.id}-label")
        # A checklist item is a statement to judge, not a question: regular weight reads better.
        is_item = isinstance(item, model.ChecklistItemField)
        self.title.setProperty("role", "item" if is_item else "label")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.help_text = context.text(item.help) if item.help else ""
        if item.help:
            help_label = QLabel(self.help_text, self)
            help_label.setProperty("role", "help")
            help_label.setWordWrap(True)
            layout.addWidget(help_label)
        layout.addWidget(editor)
        self.error = QLabel(self)
        self.error.setObjectName(f"{item.id}-error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.label = label
        editor.set_accessible_name(label)
        self._describe("")

    def show_error(self, text: str | None) -> None:
        text = text or ""
        if text == self.error.text():  # called on every edit: touch widgets only on change
            return
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self._describe(text)

    def _describe(self, problem: str) -> None:
        # Screen readers read the description: the problem when there is one, else the help.
        # A radio button or check box is named by its own text, so its description also
        # says which question it answers.
        detail = problem or self.help_text
        for widget in self.editor.focus_widgets():
            if isinstance(widget, QAbstractButton) and widget.text():
                widget.setAccessibleDescription(". ".join(filter(None, [self.label, detail])))
            else:
                widget.setAccessibleDescription(detail)


class FormView(QWidget):
    """Edits the answers to one form; ``changed`` fires on every edit (drafts autosave)."""

    changed = Signal()

    def __init__(
        self,
        form: FormDefinition,
        answers: dict | None = None,
        *,
        link_options: LinkOptions | None = None,
        attach_file: AttachFile | None = None,
        save_signature=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._signature_images: dict[str, bytes] = {}
        self._context = FormContext(
            form.context, save_signature or self._keep_signature, link_options, attach_file
        )
        self._rows: dict[str, FieldRow] = {}
        self._notes: dict[str, QLabel] = {}
        self._sections: dict[str, QGroupBox] = {}
        self._loading = False
        self._validated = False
        self._touched: set[str] = set()
        self._visited: set[str] = set()
        self.setStyleSheet(FORM_STYLE)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._build())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.set_answers(answers or {})

    def _build(self) -> QWidget:
        # Lines of text read badly past ~1000 px: on wide screens the form stays centred.
        page = QWidget()
        content = QWidget(page)
        content.setObjectName("form-content")
        content.setMaximumWidth(MAX_FORM_WIDTH)
        centred = QHBoxLayout(page)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(content)
        column = QVBoxLayout(content)
        column.setContentsMargins(18, 12, 18, 18)
        column.setSpacing(10)
        title = QLabel(self._context.text(self.form.title), content)
        title.setProperty("role", "title")
        column.addWidget(title)
        if self.form.description:
            description = QLabel(self._context.text(self.form.description), content)
            description.setProperty("role", "help")
            description.setWordWrap(True)
            column.addWidget(description)
        for section in self.form.sections:
            column.addWidget(self._section_box(section, content))
        column.addStretch(1)
        return page

    def _section_box(self, section: model.Section, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self._context.text(section.title), parent)
        box.setObjectName(f"section-{section.id}")
        layout = QVBoxLayout(box)
        layout.setSpacing(2)
        if section.help:
            help_label = QLabel(self._context.text(section.help), box)
            help_label.setProperty("role", "help")
            help_label.setWordWrap(True)
            layout.addWidget(help_label)
        for item in section.fields:
            if isinstance(item, model.NoteField):
                note = QLabel(self._context.text(item.label), box)
                note.setObjectName(f"row-{item.id}")
                note.setProperty("role", "note")
                note.setWordWrap(True)
                self._notes[item.id] = note
                layout.addWidget(note)
                continue
            editor = make_editor(item, self._context)
            editor.edited.connect(partial(self._on_edited, item.id))
            editor.structure_changed.connect(self._update_tab_order)
            row = FieldRow(item, editor, self._context, box)
            self._rows[item.id] = row
            layout.addWidget(row)
        self._sections[section.id] = box
        return box

    def _keep_signature(self, png: bytes) -> str:
        sha256 = hashlib.sha256(png).hexdigest()
        self._signature_images[sha256] = png
        return sha256

    def signature_images(self) -> dict[str, bytes]:
        """PNG images of signatures drawn here, by SHA-256, when no ``save_signature`` is given."""
        return dict(self._signature_images)

    def editor(self, field_id: str) -> Editor:
        return self._rows[field_id].editor

    def _raw_values(self) -> dict:
        values = {fid: row.editor.value() for fid, row in self._rows.items()}
        return {fid: value for fid, value in values.items() if value is not None}

    def answers(self) -> dict:
        """The answers as plain JSON data; hidden and unanswered fields are left out."""
        return relevant_answers(self.form, self._raw_values())

    def set_answers(self, answers: dict) -> None:
        """Shows these answers; does not emit ``changed``."""
        self._loading = True
        try:
            for fid, row in self._rows.items():
                row.editor.set_value(answers.get(fid))
        finally:
            self._loading = False
        self._touched.clear()
        self._visited.clear()
        self._validated = False
        self._apply_relevance()
        self._show_problems({})
        self._update_tab_order()

    def validate(self) -> bool:
        """Shows every problem next to its field and focuses the first; True when none."""
        self._validated = True
        problems = self._problems()
        self._show_problems(problems)
        first = next((row for fid, row in self._rows.items() if fid in problems), None)
        if first is not None:
            self.scroll.ensureWidgetVisible(first, 40, 80)
            first.editor.focus_widgets()[0].setFocus()
        return not problems

    def _on_edited(self, field_id: str) -> None:
        if self._loading:
            return
        self._touched.add(field_id)
        self._apply_relevance()
        self._show_problems(self._problems())
        self.changed.emit()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # A field's problems show once the user leaves it, not while the first letters go in.
        left = self._field_of(old)
        if left in self._touched and self._field_of(new) != left and left not in self._visited:
            self._visited.add(left)
            self._show_problems(self._problems())

    def _field_of(self, widget: QWidget | None) -> str | None:
        while widget is not None and widget is not self:
            if isinstance(widget, FieldRow) and self._rows.get(widget.field_id) is widget:
                return widget.field_id
            widget = widget.parentWidget()
        return None

    def _apply_relevance(self) -> None:
        shown = relevance(self.form, self._raw_values())
        widgets = [(box, shown.sections[sid]) for sid, box in self._sections.items()]
        widgets += [(row, shown.fields[fid]) for fid, row in {**self._rows, **self._notes}.items()]
        for widget, visible in widgets:
            if widget.isHidden() == visible:
                widget.setVisible(visible)

    def _problems(self) -> dict[str, list[tuple[str, str]]]:
        """(message, kind) by field: what was typed but cannot be read, then answer errors."""
        shown = relevance(self.form, self._raw_values()).fields
        problems: dict[str, list[tuple[str, str]]] = {}
        for fid, row in self._rows.items():
            problem = row.editor.input_error() if shown[fid] else None
            if problem:
                problems[fid] = [(problem, "input")]
        for error in validate_answers(self.form, self.answers()):
            if problems.get(error.field_id, [("", "")])[0][1] != "input":
                problems.setdefault(error.field_id, []).append((self._describe(error), error.kind))
        return problems

    def _describe(self, error: AnswerError) -> str:
        detail = problem_text(error.detail, self._context.translation_context)
        if error.row is None:
            return detail
        group = self.form.field(error.field_id)
        sub = next((s for s in group.fields if s.id == error.subfield_id), None)
        where = self.tr("Fila %1").replace("%1", str(error.row))
        if sub is not None:
            where += f", «{self._context.text(sub.label)}»"
        return f"{where}: {detail}"

    def _show_problems(self, problems: dict[str, list[tuple[str, str]]]) -> None:
        for fid, row in self._rows.items():
            if self._validated:
                messages = [text for text, _kind in problems.get(fid, [])]
            elif fid in self._visited:
                messages = [text for text, kind in problems.get(fid, []) if kind != "required"]
            else:
                messages = []
            row.show_error("\n".join(messages) or None)

    def _update_tab_order(self) -> None:
        chain = [w for row in self._rows.values() for w in row.editor.focus_widgets()]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
