"""The status bar's export note also says what the secretariat confirmed receiving."""

from __future__ import annotations

from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ati_desktop.domain import clock
from ati_desktop.exchange.receipts import import_receipt, write_receipts
from ati_desktop.exchange.record import merge_files
from ati_desktop.services.packages import Confirmation, export_to_file
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database
from ati_desktop.ui import i18n, tasks
from ati_desktop.ui.main_window import MainWindow


@pytest.fixture
def sync():
    tasks.set_synchronous(True)
    i18n.install("es_CO")
    yield
    tasks.set_synchronous(False)


def test_the_label_shows_the_receipt_kept_and_keeps_its_own_text(qtbot, db, make_session, sync, tmp_path):
    save_session(db, make_session())
    delivered = export_to_file(db, tmp_path / "ana-1.ati")
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(db)
    before = window.export_status.text()
    assert before.startswith("Último paquete:") and "Secretaría" not in before

    record = Database.open(tmp_path / "registro.sqlite")
    try:
        [merged] = merge_files(record, [delivered.path])
        assert merged.error is None
        [receipt] = write_receipts(record, tmp_path / "acuses", Ed25519PrivateKey.generate())
    finally:
        record.close()
    import_receipt(db, receipt)
    window.export_status.refresh()

    text = window.export_status.text()
    assert text.startswith(before + " · La Secretaría confirmó el paquete 1 el "), text
    assert window.export_status.confirmation.received == [1]
    assert text.endswith(clock.today().strftime("%d/%m/%Y"))  # the receipt's day in Colombia


def test_a_gap_in_what_arrived_is_named():
    from ati_desktop.ui.exchange.export_status import confirmed_text

    day = date(2026, 11, 20)
    assert confirmed_text(Confirmation([1, 2, 4, 5], [3], day)) == \
        "La Secretaría confirmó los paquetes 1–5 (falta el 3) el 20/11/2026"
    assert confirmed_text(Confirmation([1, 5], [2, 3, 4], day)) == \
        "La Secretaría confirmó los paquetes 1–5 (faltan 2, 3, 4) el 20/11/2026"
    assert confirmed_text(Confirmation([1, 2], [], day)) == "La Secretaría confirmó los paquetes 1–2 el 20/11/2026"
    assert confirmed_text(Confirmation([], [1], day)) == "La Secretaría aún no tenía paquetes de este equipo el 20/11/2026"
