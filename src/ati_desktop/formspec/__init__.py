"""Declarative per-technique forms: definitions, expressions and answer validation.

Forms are YAML files in ``forms/`` (one per form and version). Answers are plain JSON data
stored with the form id and version that produced them.
"""

from ati_desktop.formspec.errors import AnswersError, FormDefinitionError
from ati_desktop.formspec.loader import FormProblem
from ati_desktop.formspec.model import FormDefinition
from ati_desktop.formspec.registry import FormRegistry, load_paths, load_registry
from ati_desktop.formspec.schema import json_schema, schema_text

__all__ = [
    "AnswersError",
    "FormDefinition",
    "FormDefinitionError",
    "FormProblem",
    "FormRegistry",
    "json_schema",
    "load_paths",
    "load_registry",
    "schema_text",
]
