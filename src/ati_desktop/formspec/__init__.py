"""Declarative per-technique forms: definitions, expressions and answer validation.

Forms are YAML files in ``forms/`` (one per form and version). Answers are plain JSON data
stored with the form id and version that produced them.
"""

from ati_desktop.formspec.answers import (
    AnswerError,
    Relevance,
    check_answers,
    relevance,
    relevant_answers,
    validate_answers,
)
from ati_desktop.formspec.errors import AnswersError, FormDefinitionError
from ati_desktop.formspec.loader import FormProblem, load_form_text
from ati_desktop.formspec.model import FormDefinition
from ati_desktop.formspec.present import display, present, search_text
from ati_desktop.formspec.registry import FormRegistry, load_paths, load_registry
from ati_desktop.formspec.schema import json_schema, schema_text
from ati_desktop.formspec.texts import texts_for_translation
from ati_desktop.formspec.values import CHECKLIST_ANSWERS

__all__ = [
    "CHECKLIST_ANSWERS",
    "AnswerError",
    "AnswersError",
    "FormDefinition",
    "FormDefinitionError",
    "FormProblem",
    "FormRegistry",
    "Relevance",
    "check_answers",
    "display",
    "json_schema",
    "load_form_text",
    "load_paths",
    "load_registry",
    "present",
    "relevance",
    "relevant_answers",
    "schema_text",
    "search_text",
    "texts_for_translation",
    "validate_answers",
]
