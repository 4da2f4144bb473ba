"""Fixtures of the forms engine tests: the shipped registry and a form with every type."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from ati_desktop.formspec import load_registry
from ati_desktop.formspec.loader import load_form_file
from form_samples import ALL_TYPES_ANSWERS

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def registry():
    return load_registry()


@pytest.fixture(scope="session")
def all_types():
    form, problems = load_form_file(DATA / "todos.v1.yaml")
    assert problems == []
    return form


@pytest.fixture
def full_answers():
    """Valid answers to every field of the all-types form."""
    return copy.deepcopy(ALL_TYPES_ANSWERS)
