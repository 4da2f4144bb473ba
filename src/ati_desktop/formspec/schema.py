"""The JSON Schema of form files, generated from the model, so editors can check forms."""

from __future__ import annotations

import json

from ati_desktop.formspec.model import FormDefinition

SCHEMA_FILE_NAME = "form.schema.json"


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of a form definition file."""
    schema = FormDefinition.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text() -> str:
    """The schema as committed in ``forms/form.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
