"""Fixtures of the acta screens: forms, sessions long enough for several pages, PDF helpers."""

from __future__ import annotations

from datetime import date

import pytest

from ati_desktop.formspec import load_registry
from ati_desktop.services.inputs import CommitmentInput
from ati_desktop.services.sessions import save_session
from ati_desktop.ui import tasks


@pytest.fixture(scope="session")
def forms():
    return load_registry()


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch):
    """A test that reaches a system dialog by mistake fails instead of waiting for a click."""
    from ati_desktop.ui.actas import files, printing

    def unexpected(*_args):
        raise AssertionError("a modal dialog was opened without a test answer")

    for name in ("ask_save_path", "ask_merged_path", "ask_folder", "ask_open_pdf"):
        monkeypatch.setattr(files, name, unexpected)
    monkeypatch.setattr(printing, "ask_print_options", unexpected)


@pytest.fixture(autouse=True)
def _tasks_finish_before_widgets_close(qtbot):
    """Background work ends before pytest-qt closes the widgets that would receive its result."""
    yield
    assert tasks.wait_for_idle()
    qtbot.wait(10)  # deliver the queued results while their receivers still exist


@pytest.fixture
def long_session(db, make_session):
    """Saves a session with enough commitments for an acta of several pages; returns its id."""

    def save(day: date = date(2026, 11, 3), commitments: int = 30, **overrides) -> str:
        many = [CommitmentInput(f"Compromiso {n}: ajustar el componente {n} del PMI",
                                "María Fernanda Perdomo", "asistido", date(2026, 12, 15))
                for n in range(1, commitments + 1)]
        return save_session(db, make_session(session_date=day, commitments=many, **overrides)).id

    return save
