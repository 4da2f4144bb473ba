"""Fixtures of the session editor tests: a real database with a catalogue, the shipped forms."""

from __future__ import annotations

import pytest
import shiboken6

from ati_desktop.formspec import load_registry
from ati_desktop.services import schools
from ati_desktop.storage.database import Database
from ati_desktop.ui import tasks


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "t.sqlite")
    yield database
    database.close()


@pytest.fixture(scope="session")
def forms():
    return load_registry()


@pytest.fixture
def school(db, tmp_path):
    """A school of Gigante with two campuses, imported from a catalogue as the secretariat sends it."""
    catalogue = tmp_path / "catalogo.csv"
    catalogue.write_text(
        "dane_code,name,municipality_code,campus_dane_code,campus_name\n"
        "241306000111,Institución Educativa La Esperanza,41306,24130600011101,Sede Principal\n"
        "241306000111,Institución Educativa La Esperanza,41306,24130600011102,Sede El Recreo\n"
        "241306000222,Institución Educativa Otoniel Ramírez,41306,,\n",
        encoding="utf-8")
    schools.import_catalogue(db, catalogue)
    return next(s for s in schools.search_schools(db, "Esperanza"))


@pytest.fixture
def make_editor(qtbot, db, forms):
    """Editors whose background tasks run inline, so each step is deterministic."""
    from ati_desktop.ui.editor import SessionEditor

    tasks.set_synchronous(True)
    editors = []

    def make(**kwargs) -> SessionEditor:
        editor = SessionEditor(db, forms, **kwargs)
        editors.append(editor)
        editor.resize(1366, 740)
        editor.show()
        return editor

    yield make
    for editor in editors:  # the editor deletes itself when closed
        if shiboken6.isValid(editor):
            editor.close()
    tasks.set_synchronous(False)
