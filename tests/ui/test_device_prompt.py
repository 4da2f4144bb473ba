"""A copied database file asks at start-up which device it is, before anything is written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

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


# «Salir» ends the application's event loop for good, so this start runs in a process of its own.
_LEAVE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from ati_desktop import app

def look():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print("asked:", box.text(), flush=True)
        next(b for b in box.buttons() if b.text() == "Salir").click()
    else:
        QTimer.singleShot(20, look)

application = QApplication(sys.argv[:1])
QTimer.singleShot(20, look)
sys.exit(app.main(["--db", sys.argv[1]]))
"""


def test_leaving_the_question_unanswered_writes_nothing(tmp_path, make_session, db):
    save_session(db, make_session())
    copy = copy_of(db, tmp_path)
    done = subprocess.run([sys.executable, "-c", _LEAVE, str(copy)], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 1, done.stderr
    assert "asked:" in done.stdout
    from ati_desktop.storage.database import Database

    reopened = Database.open(copy)
    try:
        assert reopened.identity.value == "copied" and reopened.device_id == db.device_id
    finally:
        reopened.close()
