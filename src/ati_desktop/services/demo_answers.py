"""Answers to the technique forms for demo sessions: filled field by field, then validated.

Validating every session's answers would dominate the time of a 100,000-session demo, so a
few checked answer sets are made per technique and topic and reused; only what belongs to
one session (the linked observation, the interviewee, dates) is put in afterwards.
"""

from __future__ import annotations

import datetime as dt
import uuid
from random import Random

from ati_desktop.formspec import (
    FormDefinition,
    FormRegistry,
    model,
    relevant_answers,
    validate_answers,
)

from .demo_catalogue import Person
from .demo_text import (
    CHECKLIST_NOTES,
    ROLE_CODES,
    Topic,
    field_text,
    names_a_person,
    person_name,
)

VARIANTS = 3
ATTEMPTS = 60
CHECKLIST_WEIGHTS = {"si": 5, "parcial": 3, "no": 2, "na": 1}
OPTIONAL_ANSWERED = 0.8


class DemoAnswers:
    """Valid answers for the latest form of each technique, varied by topic."""

    def __init__(self, registry: FormRegistry, rng: Random, today: dt.date,
                 signatures: list[str], files: list[tuple[str, str]]) -> None:
        self.registry, self.rng, self.today = registry, rng, today
        self.signatures, self.files = signatures, files
        self._variants: dict[tuple[str, str], list[dict]] = {}
        self._forms: dict[str, FormDefinition] = {}
        self._slots: dict[str, dict[str, str]] = {}

    def form(self, technique: str) -> FormDefinition:
        if technique not in self._forms:
            form = self._forms[technique] = self.registry.for_technique(technique)
            self._slots[form.id] = {
                item.id: kind for _section, item in form.iter_fields()
                if (kind := _slot(item)) is not None
            }
        return self._forms[technique]

    def answers(self, technique: str, topic: Topic, session_date: dt.date, *,
                person: Person, link_id: str | None) -> dict:
        """Answers for one session; ``person`` is the one interviewed or observed, ``link_id``
        the session the form links to."""
        form = self.form(technique)
        key = (form.id, topic.short)
        if key not in self._variants:
            self._variants[key] = [self._checked(form, topic) for _ in range(VARIANTS)]
        answers = dict(self.rng.choice(self._variants[key]))
        for field_id, kind in self._slots[form.id].items():
            if field_id not in answers:
                continue
            if kind == "link" and link_id:
                answers[field_id] = link_id
            elif kind == "date":
                shifted = dt.date.fromisoformat(answers[field_id]) + (session_date - self.today)
                answers[field_id] = shifted.isoformat()
            elif kind == "person":
                answers[field_id] = person.name
            elif kind == "role" and answers[field_id] != "otro":  # "otro" comes with its text
                code = ROLE_CODES.get(person.role)
                if code in {choice.value for choice in form.field(field_id).choices}:
                    answers[field_id] = code
        return answers

    def _checked(self, form: FormDefinition, topic: Topic) -> dict:
        errors = []
        for _ in range(ATTEMPTS):
            raw = {}
            for _section, item in form.iter_fields():
                value = self._value(item, topic)
                if value is not None:
                    raw[item.id] = value
            answers = relevant_answers(form, raw, today=lambda: self.today)
            errors = validate_answers(form, answers, today=lambda: self.today)
            if not errors:
                return answers
        raise RuntimeError(f"No demo answers fit the form «{form.id}»: {errors[0].message}")

    def _value(self, item, topic: Topic):
        rng = self.rng
        if isinstance(item, model.NoteField):
            return None
        if not item.required and rng.random() > OPTIONAL_ANSWERED:
            return None
        if isinstance(item, model.TextField | model.LongTextField):
            return self._text(item, topic)
        if isinstance(item, model.IntegerField):
            low, high = _bounds(item.range, 1, 120)
            return rng.randint(int(low), int(high))
        if isinstance(item, model.DecimalField):
            low, high = _bounds(item.range, 0.5, 8)
            return f"{rng.randint(int(low * 2 + 0.999), int(high * 2)) / 2:.1f}"
        if isinstance(item, model.DateField):
            return (self.today + dt.timedelta(days=rng.randint(3, 30))).isoformat()
        if isinstance(item, model.TimeField):
            return f"{rng.randint(7, 15):02d}:{rng.choice((0, 15, 30, 45)):02d}"
        if isinstance(item, model.SingleChoiceField):
            codes = [choice.value for choice in item.choices]
            return rng.choices(codes, [1 if code == "otro" else 8 for code in codes])[0]
        if isinstance(item, model.MultipleChoiceField):
            codes = [choice.value for choice in item.choices if choice.value != "otro"]
            low, high = _bounds(item.count, 1, 3)
            return rng.sample(codes, rng.randint(int(low), min(int(high), len(codes))))
        if isinstance(item, model.ChecklistItemField):
            answer = rng.choices(list(CHECKLIST_WEIGHTS), list(CHECKLIST_WEIGHTS.values()))[0]
            return {"answer": answer, "observation": rng.choice(CHECKLIST_NOTES)}
        if isinstance(item, model.RatingField):
            return rng.choice(item.levels[1:] or item.levels).value
        if isinstance(item, model.YesNoField):
            return rng.random() < 0.75
        if isinstance(item, model.RepeatField):
            low, high = _bounds(item.count, 1, 4)
            return [{sub.id: v for sub in item.fields if (v := self._value(sub, topic)) is not None}
                    for _ in range(rng.randint(int(low), int(high)))]
        if isinstance(item, model.LinkField):
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if isinstance(item, model.SignatureField):
            signed = dt.datetime.combine(self.today, dt.time(10), dt.UTC)
            return {"sha256": rng.choice(self.signatures), "signed_at": signed.isoformat()}
        if isinstance(item, model.EvidenceField):
            sha256, file_name = rng.choice(self.files)
            return [{"sha256": sha256, "file_name": file_name}]
        raise TypeError(f"no demo answer for {type(item).__name__}")

    def _text(self, item, topic: Topic) -> str:
        long = isinstance(item, model.LongTextField)
        text = field_text(item.id, topic, self.rng, long)
        if text is None:
            text = person_name(self.rng) if names_a_person(item.id) else _upper_first(topic.short)
        rule = item.length
        if rule is not None and rule.min is not None:
            while len(text) < rule.min:
                text = f"{text} {_upper_first(topic.phrase)}."
        if rule is not None and rule.max is not None:
            text = text[: rule.max].rstrip()
        return text


def _slot(item) -> str | None:
    """What of one session goes into a field: the linked session, a date, or a person."""
    if isinstance(item, model.LinkField):
        return "link"
    if isinstance(item, model.DateField):
        return "date"
    if isinstance(item, model.TextField) and names_a_person(item.id):
        return "person"
    if isinstance(item, model.SingleChoiceField) and item.id.endswith("_rol"):
        return "role"
    return None


def _bounds(rule, low: float, high: float) -> tuple[float, float]:
    """The rule's bounds where it sets them, else a plausible default range."""
    if rule is None:
        return low, high
    low, default_high = (rule.min if rule.min is not None else low), high
    high = rule.max if rule.max is not None else default_high
    return low, min(high, max(low, default_high))


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
