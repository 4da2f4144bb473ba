"""Configuración › Paquetes: importing the secretariat's key and reading both fingerprints."""

from __future__ import annotations

import pytest

from ati_desktop.exchange import keys
from ati_desktop.ui import i18n, messages, tasks
from ati_desktop.ui.exchange import key_page
from ati_desktop.ui.settings_dialog import SettingsDialog


@pytest.fixture
def page(qtbot, db):
    tasks.set_synchronous(True)
    i18n.install("es_CO")
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    found = dialog.findChild(key_page.KeyPage)
    dialog.tabs.setCurrentWidget(found)
    yield found
    tasks.set_synchronous(False)


def test_the_page_says_when_no_key_is_configured(page, db):
    assert "No configurada" in page.secretariat.text()
    assert page.device.text() == keys.fingerprint(keys.device_key(db.device_id).public_key())
    assert page.parent().parent().tabText(3) == "Pa&quetes"


def test_importing_the_key_shows_its_fingerprint(page, tmp_path, monkeypatch):
    public_path, _private = keys.new_secretariat_pair(tmp_path)
    shown = []
    monkeypatch.setattr(key_page, "ask_key_file", lambda parent: str(public_path))
    monkeypatch.setattr(messages, "show_info", lambda parent, text: shown.append(text))
    page.import_button.click()
    fingerprint = keys.fingerprint(keys.read_secretariat_public(public_path))
    assert page.secretariat.text() == fingerprint and fingerprint in shown[0]
    assert keys.fingerprint(keys.secretariat_key()) == fingerprint


def test_importing_the_private_half_is_refused_with_a_message(page, tmp_path, monkeypatch):
    _public, private_path = keys.new_secretariat_pair(tmp_path)
    errors = []
    monkeypatch.setattr(key_page, "ask_key_file", lambda parent: str(private_path))
    monkeypatch.setattr(messages, "show_error", lambda parent, text: errors.append(text))
    page.import_button.click()
    assert "PRIVADA" in errors[0] and keys.secretariat_key() is None
    assert "No configurada" in page.secretariat.text()
