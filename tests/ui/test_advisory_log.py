"""The bitácora de asesorías: one query a page, asesorías only, channel and objective shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ati_desktop.services import queries
from ati_desktop.services.sessions import save_session
from ati_desktop.ui import i18n, tasks
from ati_desktop.ui.advisory_log import AdvisoryLog, AdvisoryLogModel


@pytest.fixture
def sync_tasks():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def advisories(db, make_session):
    """Five asesorías on five days by phone, mail or video call, and a session that is none."""
    channels = ["celular", "correo", "conexion_remota", "celular", "fijo"]
    for day, channel in enumerate(channels, start=1):
        save_session(db, make_session(operations=["asesoria", "seguimiento"], channel=channel,
                                      session_date=date(2026, 10, day),
                                      objective=f"  Orientar el ajuste del SIEE ({day})\npor {channel}  "))
    save_session(db, make_session(session_date=date(2026, 10, 9)))
    return db


def test_rows_come_from_one_query_a_page_newest_first(qtbot, advisories, sync_tasks, monkeypatch):
    i18n.install("es_CO")

    def no_full_records(*_args):
        raise AssertionError("a page of the log reads no session in full")

    monkeypatch.setattr(queries, "load_session", no_full_records)
    model = AdvisoryLogModel()
    model.page_size = 2
    model.set_database(advisories)
    assert (model.rowCount(), model.total()) == (2, 5)
    while model.canFetchMore():
        model.fetchMore()
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [row[0] for row in rows] == ["05/10/2026", "04/10/2026", "03/10/2026", "02/10/2026", "01/10/2026"]
    assert [row[3] for row in rows] == ["Teléfono fijo", "Celular", "Conexión remota", "Correo electrónico", "Celular"]
    assert rows[0][1:3] == ["Garzón", "Institución Educativa Simón Bolívar"]
    assert rows[0][4] == "Orientar el ajuste del SIEE (5)"
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "Orientar el ajuste del SIEE (5)\npor fijo"
    assert [model.session_id(r) for r in range(5)] == [e.id for e in queries.list_advisories(advisories)]


def test_the_log_loads_when_first_shown(qtbot, advisories, sync_tasks):
    log = AdvisoryLog()
    qtbot.addWidget(log)
    log.set_database(advisories)
    assert log.model.rowCount() == 0  # a hidden tab does no work
    log.show()
    qtbot.waitExposed(log)
    assert log.model.rowCount() == log.model.total() == 5
