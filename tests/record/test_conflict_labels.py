"""The conflict view names fields in Spanish, and a session's answers by its form's questions."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from devices import ANSWERS
from PySide6.QtWidgets import QLabel, QRadioButton

from ati_desktop.exchange.conflicts import Conflict, Provenance, Version
from ati_desktop.ui import i18n
from ati_desktop.ui.record.conflict_view import ConflictView

MOMENT = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def version(revision_id: str, device: str, **body) -> Version:
    base = {"form_id": "reunion", "form_version": 1, "answers": dict(ANSWERS), "objective": "Revisar el PMI",
            "scope_habits": "Reuniones mensuales", "present": True}
    return Version(revision_id, 2, device, MOMENT, False, {**base, **body},
                   Provenance(device, device, None, f"{device}.ati", 1, MOMENT))


@pytest.fixture(params=["es_CO", "en"])
def language(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("es_CO")


def shown(qtbot, conflict: Conflict) -> tuple[list[str], list[str]]:
    view = ConflictView()
    qtbot.addWidget(view)
    view.show_conflict(conflict)
    cells = [view.grid.itemAt(i).widget() for i in range(view.grid.count())]
    fields = [view.grid.itemAtPosition(row, 0).widget().text() for row in range(1, view.grid.rowCount())]
    return fields, [w.text() for w in cells if isinstance(w, (QLabel, QRadioButton))]


def test_fields_are_named_as_the_supervisor_calls_them(qtbot, language):
    ancestor = version("a" * 8, "ana")
    ana = version("b" * 8, "ana", scope_habits="Reuniones semanales", present=False,
                  answers={**ANSWERS, "discusion": "Se revisó el componente directivo."})
    beto = version("c" * 8, "beto", objective="Versión de Beto")
    fields, texts = shown(qtbot, Conflict("session", "s-1", beto.revision_id, (ana, beto), ancestor, MOMENT))

    if language == "es_CO":
        assert fields == ["Respuestas del formulario", "Objetivo", "Asistió", "Hábitos o herramientas"]
        assert "Sí" in texts and "No" in texts
    else:
        assert fields == ["Form answers", "Objective", "Attended", "Habits or tools"]
        assert "Yes" in texts and "No" in texts
    answers = next(t for t in texts if "Se revisó el componente directivo." in t)
    assert "discusion" not in answers and "tema_comun" not in answers  # the form's questions, not their ids
    assert answers.splitlines()[0].endswith(": Avance del Plan de Mejoramiento Institucional")


def test_a_form_this_program_does_not_hold_shows_the_identifiers(qtbot):
    i18n.install("es_CO")
    ana = version("b" * 8, "ana", form_id="desconocido", answers={"pregunta_x": "sí"})
    beto = version("c" * 8, "beto", form_id="desconocido", answers={"pregunta_x": "no"})
    fields, texts = shown(qtbot, Conflict("session", "s-1", beto.revision_id, (ana, beto), None, MOMENT))
    assert fields == ["Respuestas del formulario"]
    assert '{"pregunta_x": "no"}' in texts
