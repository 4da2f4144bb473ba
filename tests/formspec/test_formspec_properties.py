"""Property tests: accepted answers survive JSON storage unchanged and always present."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ati_desktop.formspec import model, present, relevant_answers, search_text, validate_answers
from ati_desktop.formspec.values import CHECKLIST_ANSWERS

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
HEX64 = st.text("0123456789abcdef", min_size=64, max_size=64)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much]
)


def _bounds(rule, default_low, default_high):
    low = default_low if rule is None or rule.min is None else rule.min
    high = default_high if rule is None or rule.max is None else rule.max
    return low, high


def value_strategy(item) -> st.SearchStrategy:
    """Values of the right shape that respect the field's range, length, count and pattern."""
    if isinstance(item, model.TextField | model.LongTextField):
        low, high = _bounds(item.length, 1, 60)
        base = st.from_regex(item.pattern.regex, fullmatch=True) if getattr(
            item, "pattern", None
        ) else st.text(st.characters(exclude_categories=("Cs",)), min_size=low, max_size=high)
        return base.filter(lambda s: s.strip() and low <= len(s) <= high)
    if isinstance(item, model.IntegerField):
        low, high = _bounds(item.range, -(10**6), 10**6)
        return st.integers(int(low), int(high))
    if isinstance(item, model.DecimalField):
        low, high = _bounds(item.range, -(10**6), 10**6)
        return st.decimals(str(low), str(high), places=2).map(lambda d: format(d, "f"))
    if isinstance(item, model.DateField):
        return st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
    if isinstance(item, model.TimeField):
        return st.times().map(lambda t: t.strftime("%H:%M"))
    if isinstance(item, model.SingleChoiceField):
        return st.sampled_from([c.value for c in item.choices])
    if isinstance(item, model.MultipleChoiceField):
        low, high = _bounds(item.count, 1, len(item.choices))
        codes = [c.value for c in item.choices]
        return st.lists(st.sampled_from(codes), unique=True, min_size=max(low, 1), max_size=high)
    if isinstance(item, model.ChecklistItemField):
        return st.fixed_dictionaries(
            {"answer": st.sampled_from(sorted(CHECKLIST_ANSWERS)), "observation": TEXT}
        )
    if isinstance(item, model.RatingField):
        return st.sampled_from([level.value for level in item.levels])
    if isinstance(item, model.YesNoField):
        return st.booleans()
    if isinstance(item, model.RepeatField):
        low, high = _bounds(item.count, 1, 4)
        return st.lists(row_strategy(item), min_size=max(low, 1), max_size=high)
    if isinstance(item, model.LinkField):
        return st.uuids().map(str)
    if isinstance(item, model.SignatureField):
        moments = st.datetimes(timezones=st.sampled_from([dt.UTC, None]))
        return st.fixed_dictionaries({"sha256": HEX64, "signed_at": moments.map(dt.datetime.isoformat)})
    if isinstance(item, model.EvidenceField):
        low, high = _bounds(item.count, 1, 3)
        entry = st.fixed_dictionaries({"sha256": HEX64, "file_name": TEXT.filter(str.strip)})
        return st.lists(entry, min_size=max(low, 1), max_size=high)
    raise AssertionError(f"no strategy for {type(item).__name__}")


def row_strategy(group: model.RepeatField) -> st.SearchStrategy:
    return st.fixed_dictionaries(
        {sub.id: value_strategy(sub) for sub in group.fields if sub.required},
        optional={sub.id: value_strategy(sub) for sub in group.fields if not sub.required},
    )


def answers_strategy(form: model.FormDefinition) -> st.SearchStrategy:
    """Answers to a form: required fields always, optional ones sometimes; hidden ones pruned."""
    fields = [item for _s, item in form.iter_fields() if not isinstance(item, model.NoteField)]
    raw = st.fixed_dictionaries(
        {item.id: value_strategy(item) for item in fields if item.required},
        optional={item.id: value_strategy(item) for item in fields if not item.required},
    )
    return raw.map(lambda answers: relevant_answers(form, answers))


def stored_and_loaded(answers: dict) -> dict:
    """What storage does: JSON text in a TEXT column, read back."""
    return json.loads(json.dumps(answers, ensure_ascii=False))


def check_round_trip(form, answers):
    assume(validate_answers(form, answers) == [])  # constraints between fields may not hold
    loaded = stored_and_loaded(answers)
    assert loaded == answers
    assert validate_answers(form, loaded) == []
    assert isinstance(search_text(form, loaded), str)
    for section in present(form, loaded):
        assert section.blocks


@pytest.mark.parametrize(
    "form_id", ["observacion", "dialogo_reflexivo", "entrevista", "taller", "reunion"]
)
def test_shipped_forms_round_trip(registry, form_id):
    form = registry.latest(form_id)

    @SETTINGS
    @given(answers_strategy(form))
    def run(answers):
        check_round_trip(form, answers)

    run()


def test_all_types_round_trip(all_types):
    @SETTINGS
    @given(answers_strategy(all_types))
    def run(answers):
        check_round_trip(all_types, answers)

    run()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT | st.sampled_from(["si", "a", "2.5"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
)


def test_arbitrary_json_never_breaks_validation_or_presentation(all_types):
    ids = [item.id for _s, item in all_types.iter_fields()] + ["desconocido"]

    @SETTINGS
    @given(st.dictionaries(st.sampled_from(ids), JSON, max_size=8))
    def run(answers):
        errors = validate_answers(all_types, answers)
        present(all_types, answers)
        if not errors:
            assert stored_and_loaded(answers) == answers

    run()
