"""The revision history says, in the interface's language, which device made each revision."""

from __future__ import annotations

import re

import pytest

from ati_desktop.services import database as devices
from ati_desktop.services import editing
from ati_desktop.storage.database import Database
from ati_desktop.ui import i18n
from ati_desktop.ui.editor import dialogs
from ati_desktop.ui.editor.revisions_dialog import RevisionsDialog

from editor_helpers import click

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
OBSERVATION = {
    "alcance": "general", "caracter": "formal", "proceso_observado": "Clase de matemáticas",
    "duracion_minutos": 45, "instrumento": "lista_chequeo", "nivel_desarrollo": 3,
    "aca_planeacion": {"answer": "parcial", "observation": "Falta la evaluación formativa"},
    "observaciones_generales": "La docente sigue la planeación de aula.",
}
DIALOGUE = {
    "impresiones_acompanante": "Buena disposición.", "impresiones_acompanado": "Se sintió acompañada.",
    "fortalezas": "Dominio del tema.", "aspectos_mejorar": "Evaluación formativa.",
    "acuerdos": "Ajustar la rúbrica.", "acompanado_conforme": True,
}


@pytest.fixture
def device_label():
    return "Portátil de Ana Ruiz"


@pytest.fixture
def db(tmp_path, device_label):
    """The file first written on Ana's laptop, then carried on as another device (this one)."""
    database = Database.open(tmp_path / "t.sqlite", device_label=device_label)
    yield database
    database.close()


@pytest.fixture
def language(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("es_CO")


def _closed(db, school, technique, answers, **fields):
    payload = editing.new_payload()
    payload.update(municipality_code=school.municipality_code, school_id=school.id, school_name=school.name,
                   operations=["capacitacion"], channel="in_situ", technique=technique, form_id=technique,
                   form_version=1, objective="Acompañar la práctica de aula", answers=answers, **fields)
    editing.save(db, payload, None, close=True)
    return payload["id"]


@pytest.fixture
def corrected(make_editor, db, school, monkeypatch):
    """A reflective dialogue closed on Ana's laptop and corrected on this device: its history open."""
    def open_history():
        observation = _closed(db, school, "observacion", OBSERVATION)
        dialogue = _closed(db, school, "dialogo_reflexivo", {"observacion": observation, **DIALOGUE},
                           observation_session_id=observation)
        devices.continue_as_new_device(db)
        editor = make_editor(session_id=dialogue)
        monkeypatch.setattr(dialogs, "ask_correction_reason", lambda parent: "Faltaba un acuerdo")
        click(editor.frame.correct_button)
        click(editor.frame.save_button)
        assert editor.frame.message.isHidden(), editor.frame.message.text()
        click(editor.frame.history_button)
        dialog = editor.findChild(RevisionsDialog)
        assert dialog.isVisible() and dialog.table.rowCount() == 2
        return dialog
    return open_history


def _table(dialog):
    return [[dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]
            for row in range(dialog.table.rowCount())]


def _lines(dialog, row):
    dialog.table.selectRow(row)
    return dialog.view.toPlainText().splitlines()


@pytest.mark.parametrize(("language", "words"), [
    ("es_CO", {"device": "Equipo", "here": "este equipo", "yes": "Sí", "observation": "Observación del "}),
    ("en", {"device": "Device", "here": "this device", "yes": "Yes", "observation": "Observation on "}),
], indirect=["language"])
def test_each_revision_names_its_device_in_words(corrected, language, words):
    dialog = corrected()
    header = [dialog.table.horizontalHeaderItem(column).text() for column in range(dialog.table.columnCount())]
    assert header[1] == words["device"]
    table = _table(dialog)
    assert [row[1] for row in table] == ["Portátil de Ana Ruiz", words["here"]]
    assert table[1][3] == "Faltaba un acuerdo"

    for row, device in ((0, "Portátil de Ana Ruiz"), (1, words["here"])):
        lines = _lines(dialog, row)
        assert lines[lines.index(words["device"]) + 1] == device
        assert lines[-1] == words["yes"], "the mentee's agreement, in the interface's language"
        assert any(line.startswith(words["observation"]) for line in lines), "the observation by its date"
        assert not UUID.search("\n".join(lines)), "no record id is shown to the reader"
    assert not any(UUID.search(cell) for row in table for cell in row)
    if language == "en":
        shown = "\n".join(_lines(dialog, 1))
        assert "Sí" not in shown.split() and "este equipo" not in shown


@pytest.mark.parametrize("device_label", [None])
@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_device_nobody_named_is_another_device_not_an_id(corrected, language, device_label):
    dialog = corrected()
    assert [row[1] for row in _table(dialog)] == ["another device", "this device"]
