"""Archivo › Importar paquete de la Secretaría…: preview, confirmation, import with progress, result."""

from __future__ import annotations

import pytest

from ati_desktop.ui import i18n, tasks
from ati_desktop.ui.exchange import field_import_dialog
from ati_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db):
    tasks.set_synchronous(True)
    i18n.install("es_CO")
    win = MainWindow()
    qtbot.addWidget(win)
    win.attach(db)
    yield win
    tasks.set_synchronous(False)


def test_the_file_menu_offers_the_import_once_the_database_is_open(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.field_import_action in win.file_menu.actions()
    assert not win.field_import_action.isEnabled()
    assert win.field_import_action.text() == "Importar &paquete de la Secretaría…"


def test_cancelling_the_file_dialog_opens_nothing(window, monkeypatch):
    monkeypatch.setattr(field_import_dialog, "ask_package_file", lambda parent: "")
    assert window.field_import_action.isEnabled()
    assert window.show_field_import() is None
