"""Checks of a form definition beyond its shape: unique ids, coherent rules, sound expressions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ati_desktop.formspec import expressions
from ati_desktop.formspec.model import (
    FormDefinition,
    NoteField,
    RepeatField,
    SingleChoiceField,
    MultipleChoiceField,
    RatingField,
)

Loc = tuple[str | int, ...]
Problem = tuple[Loc, str]


# The guideline's forms have under a hundred fields; the cycle check is quadratic in them.
MAX_FORM_FIELDS = 1000


def check_form(form: FormDefinition) -> list[Problem]:
    """Every problem of the form, each with the location of the offending key."""
    fields = sum(len(section.fields) for section in form.sections)
    if fields > MAX_FORM_FIELDS:
        return [(("sections",), f"el formulario tiene {fields} campos; el máximo es {MAX_FORM_FIELDS}")]
    return [
        *_duplicate_ids(form),
        *_rule_problems(form),
        *_expression_problems(form),
        *_relevance_cycles(form),
    ]


def _all_fields(form: FormDefinition) -> Iterator[tuple[Loc, object, RepeatField | None]]:
    """Every field and sub-field with its location and, for sub-fields, their group."""
    for s, section in enumerate(form.sections):
        for f, item in enumerate(section.fields):
            loc = ("sections", s, "fields", f)
            yield loc, item, None
            if isinstance(item, RepeatField):
                for k, sub in enumerate(item.fields):
                    yield (*loc, "fields", k), sub, item


def _duplicate_ids(form: FormDefinition) -> Iterator[Problem]:
    seen: set[str] = set()
    for s, section in enumerate(form.sections):
        if section.id in seen:
            yield ("sections", s, "id"), f"la sección «{section.id}» está repetida"
        seen.add(section.id)
    seen = set()
    for loc, item, _group in _all_fields(form):
        if item.id in seen:
            yield (*loc, "id"), f"el identificador de campo «{item.id}» está repetido"
        seen.add(item.id)


def _rule_problems(form: FormDefinition) -> Iterator[Problem]:
    for loc, item, _group in _all_fields(form):
        for key in ("range", "length", "count"):
            rule = getattr(item, key, None)
            if rule is not None and rule.min is not None and rule.max is not None:
                if rule.min > rule.max:
                    yield (*loc, key), f"campo «{item.id}»: el mínimo es mayor que el máximo"
        pattern = getattr(item, "pattern", None)
        if pattern is not None:
            try:
                re.compile(pattern.regex)
            except re.error as error:
                yield (*loc, "pattern", "regex"), (
                    f"campo «{item.id}»: la expresión regular no es válida ({error})"
                )
        if isinstance(item, SingleChoiceField | MultipleChoiceField):
            yield from _duplicates(loc, item.id, [c.value for c in item.choices], "choices")
        if isinstance(item, RatingField):
            yield from _duplicates(loc, item.id, [lv.value for lv in item.levels], "levels")


def _duplicates(loc: Loc, field_id: str, values: list, key: str) -> Iterator[Problem]:
    seen = set()
    for index, value in enumerate(values):
        if value in seen:
            yield (*loc, key, index), f"campo «{field_id}»: la opción «{value}» está repetida"
        seen.add(value)


def _expression_problems(form: FormDefinition) -> Iterator[Problem]:
    notes = {item.id for _s, item in form.iter_fields() if isinstance(item, NoteField)}
    top_level = {item.id for _s, item in form.iter_fields()} - notes

    def check(loc: Loc, owner: str, text: str, known: set[str], allow_current: bool):
        where = f"{owner}, «{loc[-1] if loc[-1] != 'expression' else 'constraint'}»"
        try:
            refs = expressions.references(expressions.parse(text))
        except expressions.ExpressionSyntaxError:
            refs = set()
        for name in sorted(refs & notes):
            yield loc, f"{where}: ${{{name}}} es una nota y no tiene respuesta"
        for problem in expressions.check(text, known | notes, allow_current=allow_current):
            yield loc, f"{where}: {problem}"

    for s, section in enumerate(form.sections):
        if section.relevant:
            owner = f"sección «{section.id}»"
            yield from check(("sections", s, "relevant"), owner, section.relevant, top_level, False)
    for loc, item, group in _all_fields(form):
        known = top_level | ({sub.id for sub in group.fields} if group else set())
        owner = f"campo «{item.id}»"
        if item.relevant and group is not None:
            yield (*loc, "relevant"), f"{owner}: «relevant» no se admite dentro de un grupo repetible"
        elif item.relevant:
            yield from check((*loc, "relevant"), owner, item.relevant, known, False)
        constraint = getattr(item, "constraint", None)
        if constraint is not None:
            yield from check(
                (*loc, "constraint", "expression"), owner, constraint.expression, known, True
            )


def _relevance_cycles(form: FormDefinition) -> Iterator[Problem]:
    """A field shown only when itself (or a chain back to it) is answered can never show."""
    depends: dict[str, set[str]] = {}
    locations: dict[str, Loc] = {}
    for s, section in enumerate(form.sections):
        for f, item in enumerate(section.fields):
            locations[item.id] = ("sections", s, "fields", f, "relevant")
            depends[item.id] = set()
            for text in (section.relevant, item.relevant):
                try:
                    depends[item.id] |= expressions.references(expressions.parse(text or "0"))
                except expressions.ExpressionSyntaxError:
                    pass  # reported by the expression check
    reported: set[frozenset[str]] = set()
    for start in depends:
        cycle = _find_cycle(start, depends)
        if cycle and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            if len(cycle) == 1:
                reason = f"campo «{start}»: su relevancia depende de su propia respuesta"
            else:
                chain = " → ".join(f"«{name}»" for name in [*cycle, cycle[0]])
                reason = f"la relevancia forma un ciclo: {chain}"
            yield locations[start], reason


def _find_cycle(start: str, depends: dict[str, set[str]]) -> list[str] | None:
    """A chain of dependencies from ``start`` back to itself, found without recursion.

    A form from outside may chain thousands of fields; each is visited once.
    """
    path: list[str] = [start]
    pending = [iter(sorted(depends.get(start, ())))]
    on_path, explored = {start}, set()
    while pending:
        nxt = next(pending[-1], None)
        if nxt is None:
            pending.pop()
            done = path.pop()
            on_path.discard(done)
            explored.add(done)
            continue
        if nxt == start:
            return list(path)
        if nxt in on_path or nxt in explored:
            continue
        path.append(nxt)
        on_path.add(nxt)
        pending.append(iter(sorted(depends.get(nxt, ()))))
    return None
