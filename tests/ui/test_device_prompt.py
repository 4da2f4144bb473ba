"""A copied database file asks at start-up which device it is, before anything is written."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ati_desktop import app
from ati_desktop.services.sessions import save_session
from ati_desktop.ui import i18n, tasks
from ati_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def spanish_after(qapp):
    yield
    i18n.install("es_CO")
    tasks.wait_for_idle()


def answer_with(button_text: str, asked: list) -> None:
    def look():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == button_text).click()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def close_when_ready(seen: list) -> None:
    def poll():
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is not None and window.db is not None and window.model.rowCount() == 1:
            seen.append(window)
            window.close()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def copy_of(db, tmp_path):
    db.close()
    copy = tmp_path / "copia" / "ati.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(db.path, copy)
    return copy


def test_a_copied_file_continues_as_a_new_device_when_asked(tmp_path, make_session, db):
    save_session(db, make_session())
    original = db.device_id
    copy = copy_of(db, tmp_path)
    asked, seen = [], []
    answer_with("Continuar como equipo nuevo", asked)
    close_when_ready(seen)
    assert app.main(["--db", str(copy)]) == 0
    assert asked and "copiada" in asked[0]
    assert seen[0].db.device_id != original


def test_leaving_the_question_unanswered_writes_nothing(tmp_path, make_session, db):
    save_session(db, make_session())
    copy = copy_of(db, tmp_path)
    asked = []
    answer_with("Salir", asked)
    assert app.main(["--db", str(copy)]) == 1
    assert asked
    from ati_desktop.storage.database import Database

    reopened = Database.open(copy)
    try:
        assert reopened.identity.value == "copied" and reopened.device_id == db.device_id
    finally:
        reopened.close()
