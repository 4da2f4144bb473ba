"""Every Spanish text of the forms with its translation context, for the translation files."""

from __future__ import annotations

from collections.abc import Iterator

from ati_desktop.formspec import model
from ati_desktop.formspec.registry import FormRegistry


def texts_for_translation(registry: FormRegistry) -> Iterator[tuple[str, str]]:
    """(context, text) pairs, each once, context ``forms/<form id>``, every version included."""
    seen: set[tuple[str, str]] = set()
    for form in registry.all():
        for text in _form_texts(form):
            if text and (form.context, text) not in seen:
                seen.add((form.context, text))
                yield form.context, text


def _form_texts(form: model.FormDefinition) -> Iterator[str | None]:
    yield form.title
    yield form.description
    for section in form.sections:
        yield section.title
        yield section.help
        for item in section.fields:
            yield from _field_texts(item)


def _field_texts(item) -> Iterator[str | None]:
    yield item.label
    yield item.help
    yield getattr(item, "required_message", None)
    for key in ("constraint", "range", "length", "count", "pattern"):
        rule = getattr(item, key, None)
        yield getattr(rule, "message", None)
    for choice in getattr(item, "choices", []):
        yield choice.label
    for level in getattr(item, "levels", []):
        yield level.label
        yield level.descriptor
    for sub in getattr(item, "fields", []):
        yield from _field_texts(sub)
