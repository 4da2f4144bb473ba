"""Answers in the reader's words, laid out by section, for actas and full-text search.

Presenting never fails on odd data: a value of an unexpected shape is shown as it is, so
that an acta of an old or damaged record can still be printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from ati_desktop.domain import clock
from ati_desktop.domain.document import Block, FieldRows, Section, Table
from ati_desktop.formspec import model
from ati_desktop.formspec.answers import relevance
from ati_desktop.formspec.values import CHECKLIST_ANSWERS, format_number, is_empty, type_problem

LinkLabel = Callable[[str], str]
# Puts a fixed word (Sí, No, a checklist answer) or a form's choice label in the reader's language.
Words = Callable[[str], str]
CHECKLIST_COLUMNS = ["Ítem", "Respuesta", "Observación"]
_CHECKLIST_WIDTHS = [0.5, 0.15, 0.35]


def _as_written(text: str) -> str:
    return text


def display(item: model.AnswerField, value: object, link_label: LinkLabel | None = None,
            words: Words = _as_written) -> str:
    """One answer as a reader reads it: DD/MM/AAAA dates, choice labels, Sí/No."""
    if type_problem(item, value) is not None:
        return str(value)
    if isinstance(item, model.DecimalField):
        return format_number(value)
    if isinstance(item, model.DateField):
        return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    if isinstance(item, model.SingleChoiceField):
        return words(next(c.label for c in item.choices if c.value == value))
    if isinstance(item, model.MultipleChoiceField):
        return ", ".join(words(c.label) for c in item.choices if c.value in value)
    if isinstance(item, model.ChecklistItemField):
        return words(CHECKLIST_ANSWERS[value["answer"]])
    if isinstance(item, model.RatingField):
        level = next(lv for lv in item.levels if lv.value == value)
        return f"{level.value} – {words(level.label)}"
    if isinstance(item, model.YesNoField):
        return words("Sí" if value else "No")
    if isinstance(item, model.LinkField):
        return link_label(value) if link_label else value
    if isinstance(item, model.SignatureField):
        signed = clock.local(dt.datetime.fromisoformat(value["signed_at"]))
        return f"Firmado el {signed.strftime('%d/%m/%Y %H:%M')}"
    if isinstance(item, model.EvidenceField):
        return "\n".join(entry["file_name"] for entry in value)
    if isinstance(item, model.RepeatField):
        return f"{len(value)} fila(s)"
    return str(value)


def present(
    form: model.FormDefinition, answers: dict, *, link_label: LinkLabel | None = None,
    words: Words = _as_written,
) -> list[Section]:
    """The answered sections of a form as printable sections; unanswered parts are left out.

    Labels stay the form's (Spanish) texts; ``words`` translates the values' fixed words.
    """
    answers = answers if isinstance(answers, dict) else {}
    shown = relevance(form, answers)
    sections = []
    for section in form.sections:
        if not shown.sections[section.id]:
            continue
        answered = [
            item
            for item in section.fields
            if not isinstance(item, model.NoteField)
            and shown.fields[item.id]
            and not is_empty(answers.get(item.id))
        ]
        blocks = list(_blocks(answered, answers, link_label, words))
        if blocks:
            sections.append(Section(section.title, blocks, section.help))
    return sections


def _blocks(items: list, answers: dict, link_label: LinkLabel | None, words: Words) -> Iterator[Block]:
    """Consecutive plain fields share one FieldRows, consecutive checklist items one Table."""
    rows: list[tuple[str, str]] = []
    checklist: list[list[str]] = []
    for item in items:
        value = answers[item.id]
        is_checklist = isinstance(item, model.ChecklistItemField)
        is_table = isinstance(item, model.RepeatField) and type_problem(item, value) is None
        if rows and (is_checklist or is_table):
            yield FieldRows(rows)
            rows = []
        if checklist and not is_checklist:
            yield Table(CHECKLIST_COLUMNS, checklist, widths=_CHECKLIST_WIDTHS)
            checklist = []
        if is_checklist:
            observation = value.get("observation", "") if isinstance(value, dict) else ""
            checklist.append([item.label, display(item, value, words=words), str(observation)])
        elif is_table:
            yield _repeat_table(item, value, words)
        else:
            rows.append((item.label, display(item, value, link_label, words)))
    if rows:
        yield FieldRows(rows)
    if checklist:
        yield Table(CHECKLIST_COLUMNS, checklist, widths=_CHECKLIST_WIDTHS)


def _repeat_table(group: model.RepeatField, rows: list[dict], words: Words) -> Table:
    body = [
        ["" if is_empty(row.get(sub.id)) else display(sub, row.get(sub.id), words=words) for sub in group.fields]
        for row in rows
    ]
    return Table([sub.label for sub in group.fields], body, title=group.label)


def search_text(form: model.FormDefinition, answers: dict) -> str:
    """Every answer's text in one string, one value a line, for full-text search."""
    lines = []
    for section in present(form, answers):
        for block in section.blocks:
            if isinstance(block, FieldRows):
                lines += [value for _label, value in block.rows]
            else:
                # A checklist's first column is the item's wording: form text, not an answer.
                skip = 1 if block.columns == CHECKLIST_COLUMNS else 0
                lines += [cell for row in block.rows for cell in row[skip:]]
    return "\n".join(line for line in lines if line.strip())
