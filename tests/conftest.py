"""Test setup: offscreen Qt, and no test ever touches the real user directories."""

from __future__ import annotations

import os

# Must be set before anything imports Qt (see MACHINE-NOTES: without it pytest aborts).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib

import pytest
from pg import BACKENDS, ServerUnavailable, running_server, unavailable


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "both_databases: run the test on a SQLite file and on a PostgreSQL server"
    )


def pytest_generate_tests(metafunc):
    if metafunc.definition.get_closest_marker("both_databases") and "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("ATI_DATA_DIR", str(data))
    monkeypatch.delenv("ATI_DB", raising=False)
    yield


def sample_answers(technique, observation_id=None):
    """Valid answers to version 1 of each technique's form."""
    answers = {
        "reunion": {
            "tema_comun": "Avance del Plan de Mejoramiento Institucional",
            "agenda": [{"punto_tema": "Revisión del PMI", "punto_responsable": "Rectora"}],
            "discusion": "Se revisaron las metas del componente académico.",
            "conclusiones": "Se acordó ajustar el PMI con el consejo académico.",
        },
        "observacion": {
            "alcance": "general", "caracter": "formal", "proceso_observado": "Clase de matemáticas",
            "duracion_minutos": 45, "instrumento": "lista_chequeo", "nivel_desarrollo": 3,
            "aca_planeacion": {"answer": "parcial", "observation": "Falta la evaluación formativa"},
            "observaciones_generales": "La docente sigue la planeación de aula.",
        },
        "dialogo_reflexivo": {
            "observacion": observation_id or "", "impresiones_acompanante": "Buena disposición.",
            "impresiones_acompanado": "Se sintió acompañada.", "fortalezas": "Dominio del tema.",
            "aspectos_mejorar": "Evaluación formativa.", "acuerdos": "Ajustar la rúbrica.",
            "acompanado_conforme": True,
        },
        "entrevista": {
            "planificada": True, "entrevistado_nombre": "Jorge Cabrera", "entrevistado_rol": "coordinador",
            "temas": "Convivencia escolar", "punto_vista_entrevistado": "Faltan espacios de diálogo.",
            "punto_vista_entrevistador": "El comité debe sesionar cada mes.", "acuerdos": "Reunir el comité.",
        },
        "taller": {
            "tema": "Sistema institucional de evaluación", "necesidades": "Unificar criterios de evaluación.",
            "metodos": ["grupos_pequenos", "plenaria"],
            "alternativas": [{"alternativa_inquietud": "Criterios dispares",
                              "alternativa_solucion": "Rúbrica común por área"}],
            "productos": "Borrador del SIEE ajustado.",
        },
    }[technique]
    if technique == "dialogo_reflexivo" and not observation_id:
        del answers["observacion"]
    return answers


@pytest.fixture(scope="session")
def pg_server():
    """One throw-away PostgreSQL server for the whole run (see tests/pg.py)."""
    with contextlib.ExitStack() as stack:
        try:
            server = stack.enter_context(running_server())
        except ServerUnavailable as exc:
            unavailable(str(exc))
        yield server


@pytest.fixture
def pg_url(pg_server):
    """The URL of a new PostgreSQL database at the schema's head, dropped after the test."""
    url = pg_server.create_database(migrated=True)
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def backend(request):
    """Which database the ``db`` fixture opens: SQLite unless the test is ``both_databases``."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(request, backend, tmp_path):
    """A fresh database: a real SQLite file, or a real PostgreSQL database (``both_databases``)."""
    from ati_desktop.storage.database import Database

    if backend == "postgresql":
        database = Database.open_url(request.getfixturevalue("pg_url"))
    else:
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
            answers=sample_answers("reunion"),
            objective="Revisar el avance del Plan de Mejoramiento Institucional",
            attendance=[AttendanceInput(ParticipantInput("María Fernanda Perdomo", "Rectora"))],
            commitments=[CommitmentInput("Enviar el PMI ajustado", "María Fernanda Perdomo",
                                         "asistido", date(2026, 11, 30))],
        )
        if "technique" in overrides:
            values["form_id"] = overrides["technique"]
            values["answers"] = sample_answers(overrides["technique"], overrides.get("observation_session_id"))
        values.update(overrides)
        return SessionInput(**values)

    return build
