"""Test setup: offscreen Qt, and no test ever touches the real user directories."""

from __future__ import annotations

import os

# Must be set before anything imports Qt (see MACHINE-NOTES: without it pytest aborts).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("ATI_DATA_DIR", str(data))
    monkeypatch.delenv("ATI_DB", raising=False)
    yield


@pytest.fixture
def db(tmp_path):
    """A fresh local database in a real SQLite file."""
    from ati_desktop.storage.database import Database

    database = Database.open(tmp_path / "ati.sqlite")
    yield database
    database.close()


@pytest.fixture
def school(db):
    """A school of Garzón (41298) in the catalogue."""
    from ati_desktop.services.schools import add_school_in_field

    return add_school_in_field(db, "Institución Educativa Simón Bolívar", "41298", "241298000123")


@pytest.fixture
def make_session(school):
    """Builds a valid SessionInput for the school; keyword arguments override fields."""
    from datetime import date, time

    from ati_desktop.services.inputs import (
        AttendanceInput,
        CommitmentInput,
        ParticipantInput,
        SessionInput,
    )

    def build(**overrides):
        values = dict(
            level="institucional",
            municipality_code="41298",
            school_id=school.id,
            session_date=date(2026, 11, 3),
            start_time=time(8, 0),
            end_time=time(10, 30),
            channel="in_situ",
            operations=["capacitacion"],
            technique="reunion",
            form_id="reunion",
            form_version=1,
            answers={"conclusiones": "Se acordó ajustar el PMI con el consejo académico."},
            objective="Revisar el avance del Plan de Mejoramiento Institucional",
            attendance=[AttendanceInput(ParticipantInput("María Fernanda Perdomo", "Rectora"))],
            commitments=[CommitmentInput("Enviar el PMI ajustado", "María Fernanda Perdomo",
                                         "asistido", date(2026, 11, 30))],
        )
        values.update(overrides)
        return SessionInput(**values)

    return build
