"""One language at a time: Qt's own dialogs in Colombian Spanish, nothing left behind by a switch."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from ati_desktop.services.inputs import CommitmentInput
from ati_desktop.services.sessions import save_session
from ati_desktop.ui import i18n, tasks
from ati_desktop.ui.main_window import MainWindow


@pytest.fixture
def spanish_after():
    yield
    i18n.install("es_CO")


def test_qt_file_dialog_speaks_colombian_spanish(qtbot, spanish_after):
    i18n.install("es_CO")
    dialog = QFileDialog(None, "Guardar acta")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "&Buscar en:" in labels and "Archivos de &tipo:" in labels and "&Nombre del archivo:" in labels
    assert "fichero" not in labels.lower() and "Look in" not in labels


def test_overdue_commitments_follow_a_live_switch_to_english(qtbot, db, make_session, spanish_after):
    tasks.set_synchronous(True)
    try:
        i18n.install("es_CO")
        late = CommitmentInput("Enviar el PMI", "Rectora", "asistido", date.today() - timedelta(days=12))
        save_session(db, make_session(session_date=date.today() - timedelta(days=40), commitments=[late]))
        window = MainWindow()
        qtbot.addWidget(window)
        window.attach(db)
        assert window.overdue_label.text() == "⚠ 1 compromiso vencido"
        i18n.install("en")
        assert window.overdue_label.text() == "⚠ 1 overdue commitment"
    finally:
        tasks.set_synchronous(False)
