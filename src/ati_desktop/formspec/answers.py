"""Answer validation: relevance, required answers, value shapes, rules and constraints.

Answers for fields that are not relevant are refused (not silently dropped), so that what is
stored is exactly what the form showed; ``relevant_answers`` prunes them for callers that
keep hidden values while the user edits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ati_desktop.formspec import model
from ati_desktop.formspec.errors import AnswersError
from ati_desktop.formspec.evaluation import Environment, evaluate, is_true
from ati_desktop.formspec.expressions import parse
from ati_desktop.formspec.values import expression_value, is_empty, rule_problems, type_problem

Today = Callable[[], dt.date]


@dataclass(frozen=True)
class AnswerError:
    """One problem of the answers; ``message`` names the field, ``detail`` does not."""

    field_id: str
    message: str
    detail: str
    kind: str  # required | type | rule | constraint | irrelevant | unknown
    row: int | None = None  # 1-based row of a repeat group
    subfield_id: str | None = None


@dataclass(frozen=True)
class Relevance:
    """Which sections and fields are shown for some answers."""

    sections: dict[str, bool]
    fields: dict[str, bool]


class _Answers:
    """Answers seen through relevance: a hidden field reads as unanswered."""

    def __init__(self, form: model.FormDefinition, answers: dict, today: Today) -> None:
        self.form, self.answers, self.today = form, answers, today
        self._sections: dict[str, bool] = {}
        self._fields: dict[str, bool] = {}
        self._pending: set[str] = set()

    def lookup(self, field_id: str):
        if not self.form.has_field(field_id) or not self.field_relevant(field_id):
            return None
        item = self.form.field(field_id)
        if isinstance(item, model.NoteField):
            return None
        return expression_value(item, self.answers.get(field_id))

    def _holds(self, key: str, text: str | None) -> bool:
        if text is None:
            return True
        if key in self._pending:  # a cycle, refused when forms load; hidden if built by hand
            return False
        self._pending.add(key)
        try:
            return is_true(evaluate(parse(text), Environment(self.lookup, today=self.today)))
        finally:
            self._pending.discard(key)

    def section_relevant(self, section: model.Section) -> bool:
        if section.id not in self._sections:
            self._sections[section.id] = self._holds("s:" + section.id, section.relevant)
        return self._sections[section.id]

    def field_relevant(self, field_id: str) -> bool:
        if field_id not in self._fields:
            section, item = self.form.section_of(field_id), self.form.field(field_id)
            self._fields[field_id] = self.section_relevant(section) and self._holds(
                "f:" + field_id, item.relevant
            )
        return self._fields[field_id]


def relevance(form: model.FormDefinition, answers: dict, *, today: Today = dt.date.today):
    """The sections and fields shown for these answers."""
    view = _Answers(form, answers, today)
    return Relevance(
        sections={section.id: view.section_relevant(section) for section in form.sections},
        fields={item.id: view.field_relevant(item.id) for _s, item in form.iter_fields()},
    )


def relevant_answers(form: model.FormDefinition, answers: dict, *, today=dt.date.today) -> dict:
    """The answers without those of hidden or unknown fields, and without empty ones."""
    shown = relevance(form, answers, today=today).fields
    return {
        key: value
        for key, value in answers.items()
        if shown.get(key) and not is_empty(value)
        and not isinstance(form.field(key), model.NoteField)
    }


def validate_answers(
    form: model.FormDefinition, answers: dict, *, today: Today = dt.date.today
) -> list[AnswerError]:
    """Every problem of the answers, in field order; empty when they are acceptable."""
    if not isinstance(answers, dict):
        return [AnswerError("", "Las respuestas no tienen el formato esperado.", "", "type")]
    view = _Answers(form, answers, today)
    errors = [
        AnswerError(key, f"El formulario no tiene el campo «{key}».", "", "unknown")
        for key in answers
        if not form.has_field(key) or isinstance(form.field(key), model.NoteField)
    ]
    for _section, item in form.iter_fields():
        if isinstance(item, model.NoteField):
            continue
        value = answers.get(item.id)
        report = _reporter(errors, item.id, f"«{item.label}»")
        if not view.field_relevant(item.id):
            if item.id in answers:
                report("Esta respuesta no aplica según las demás respuestas.", "irrelevant")
            continue
        _check_value(item, value, view.lookup, view.today, report)
        if isinstance(item, model.RepeatField) and type_problem(item, value) is None:
            for number, row in enumerate(value or [], start=1):
                _check_row(item, row, number, view, errors)
    return errors


def check_answers(form: model.FormDefinition, answers: dict) -> None:
    """Raises AnswersError when the answers are not acceptable."""
    errors = validate_answers(form, answers)
    if errors:
        raise AnswersError(errors)


def _reporter(errors: list, field_id: str, name: str, row=None, subfield_id=None):
    def report(detail: str, kind: str) -> None:
        errors.append(AnswerError(field_id, f"{name}: {detail}", detail, kind, row, subfield_id))

    return report


def _check_value(item, value, lookup, today: Today, report) -> None:
    if is_empty(value):
        if item.required:
            report(item.required_message or "Este campo es obligatorio.", "required")
        return
    problem = type_problem(item, value)
    if problem:
        report(problem, "type")
        return
    for message in rule_problems(item, value):
        report(message, "rule")
    if item.constraint is not None:
        env = Environment(lookup, current=expression_value(item, value), today=today)
        if not is_true(evaluate(parse(item.constraint.expression), env)):
            report(item.constraint.message, "constraint")


def _check_row(group: model.RepeatField, row: dict, number: int, view, errors) -> None:
    subfields = {sub.id: sub for sub in group.fields}
    name = f"«{group.label}», fila {number}"
    for key in row:
        if key not in subfields:
            detail = f"El grupo no tiene el campo «{key}»."
            errors.append(AnswerError(group.id, f"{name}: {detail}", detail, "unknown", number))

    def lookup(field_id: str):
        if field_id in subfields:
            return expression_value(subfields[field_id], row.get(field_id))
        return view.lookup(field_id)

    for sub in group.fields:
        report = _reporter(errors, group.id, f"{name}, «{sub.label}»", number, sub.id)
        _check_value(sub, row.get(sub.id), lookup, view.today, report)
