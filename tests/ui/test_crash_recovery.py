"""A power cut while typing loses at most the last two seconds.

The test starts the editor in another process, where a driver types into a question of the
form at a steady rate and reports each keystroke with its time; the process is killed with
SIGKILL mid-typing, then the editor is opened again on the draft. Run as a script, this
module is that driver: ``python test_crash_recovery.py DATABASE``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

# Spanish with accents and ñ, typed as key events as a keyboard would send them.
SENTENCE = "La señora rectora explicó cómo evalúan la lectura crítica en cada área del currículo. "
KEY_INTERVAL_MS = 40
KILL_AFTER_S = 5.0
GUARANTEE_S = 2.0
FIELD = "discusion"


def drive(database: str) -> None:
    """Open a new session in the editor, choose «Reunión» and type into its discussion."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from ati_desktop.formspec import load_registry
    from ati_desktop.storage.database import Database
    from ati_desktop.ui.editor import SessionEditor

    editor = SessionEditor(Database.open(Path(database)), load_registry())
    editor.show()
    editor.identification.technique.setCurrentIndex(editor.identification.technique.findData("reunion"))
    field = editor.development.view.editor(FIELD).focus_widgets()[0]
    field.setFocus()
    print(json.dumps({"key": editor.autosave.key}), flush=True)
    typed = []

    def press() -> None:
        char = SENTENCE[len(typed) % len(SENTENCE)]
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))
        typed.append(char)
        print(json.dumps({"t": time.time(), "text": "".join(typed)}, ensure_ascii=False), flush=True)

    timer = QTimer(interval=KEY_INTERVAL_MS)
    timer.timeout.connect(press)
    timer.start()
    app.exec()


@pytest.mark.slow
def test_killed_while_typing_the_draft_holds_all_but_the_last_two_seconds(tmp_path, qapp):
    from ati_desktop.formspec import load_registry
    from ati_desktop.services import drafts
    from ati_desktop.storage.database import Database
    from ati_desktop.ui import tasks
    from ati_desktop.ui.editor import SessionEditor

    database = tmp_path / "corte.sqlite"
    Database.open(database).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    child = subprocess.Popen([sys.executable, __file__, str(database)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, encoding="utf-8", env=env)
    try:
        key = json.loads(child.stdout.readline())["key"]
        progress: list[tuple[float, str]] = []
        started = None
        for line in child.stdout:
            event = json.loads(line)
            progress.append((event["t"], event["text"]))
            started = started or event["t"]
            if event["t"] - started >= KILL_AFTER_S:
                break
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert len(progress) > KILL_AFTER_S * 1000 / KEY_INTERVAL_MS / 2, "the driver typed too slowly"

    db = Database.open(database)
    saved = drafts.load_draft(db, key)["answers"].get(FIELD, "")
    typed_by_then = [text for moment, text in progress if moment <= killed_at - GUARANTEE_S][-1]
    assert saved.startswith(typed_by_then)
    assert progress[-1][1].startswith(saved)
    first_lost = next((moment for moment, text in progress if not saved.startswith(text)), killed_at)
    print(f"typed {len(progress[-1][1])} characters; the draft lacks the last {killed_at - first_lost:.2f} s")

    tasks.set_synchronous(True)
    try:
        editor = SessionEditor(db, load_registry(), draft_key=key)
        editor.show()
        assert editor.development.view.editor(FIELD).value() == saved
        assert editor.identification.technique.currentData() == "reunion"
        editor.close()
    finally:
        tasks.set_synchronous(False)
        db.close()


if __name__ == "__main__":
    drive(sys.argv[1])
