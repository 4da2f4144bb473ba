"""Fixtures for the form widgets: the forms to render and a view factory at laptop size."""

from __future__ import annotations

from pathlib import Path

import pytest

from ati_desktop.formspec import load_registry
from ati_desktop.formspec.loader import load_form_file
from ati_desktop.ui.forms import FormView
from form_helpers import link_options

ALL_TYPES_FILE = Path(__file__).parents[2] / "formspec" / "data" / "todos.v1.yaml"


@pytest.fixture(scope="session")
def registry():
    return load_registry()


@pytest.fixture(scope="session")
def all_types():
    form, problems = load_form_file(ALL_TYPES_FILE)
    assert problems == []
    return form


@pytest.fixture
def make_view(qtbot):
    """Builds a shown FormView at laptop size; extra keyword arguments go to FormView."""

    def make(form, answers=None, **kwargs) -> FormView:
        kwargs.setdefault("link_options", link_options)
        view = FormView(form, answers, **kwargs)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        return view

    return make
