"""Supervisor mode: open a record, preview and merge packages, resolve a conflict field by field."""

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from devices import meeting, new_device, package, write_device_package
from PySide6.QtWidgets import QRadioButton
from sqlalchemy import text

from ati_desktop.exchange.merge import merge_package
from ati_desktop.services.sessions import save_session
from ati_desktop.ui import tasks
from ati_desktop.ui.record.window import RecordWindow


@pytest.fixture
def inline_tasks():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def conflicting_packages(tmp_path):
    """ana's and beto's packages: the same session given two different objectives."""
    ana, beto = new_device(tmp_path, "ana"), new_device(tmp_path, "beto")
    data = meeting(ana)
    save_session(ana, data)
    merge_package(beto, package(ana))
    data.objective = "Versión de Ana"
    save_session(ana, data)
    data.objective = "Versión de Beto"
    save_session(beto, data)
    files = [write_device_package(device, tmp_path / f"{name}.ati", Ed25519PrivateKey.generate()).path
             for name, device in (("ana", ana), ("beto", beto))]
    ana.close()
    beto.close()
    return data.id, files


@pytest.fixture
def window(qtbot, inline_tasks):
    widget = RecordWindow()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()


def _column(table, column):
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_preview_then_merge_then_resolve_a_conflict_field_by_field(window, conflicting_packages, tmp_path):
    session_id, files = conflicting_packages
    record_path = tmp_path / "registro.sqlite"
    window.open_target(str(record_path))
    assert window.tabs.isEnabled() and str(record_path) in window.record_label.text()

    window.add_files(files)
    window.merge(dry_run=True)
    assert _column(window.results_table, 0) == ["ana.ati", "beto.ati"]
    assert all("Vista previa" in outcome for outcome in _column(window.results_table, 6))
    assert window.devices_table.rowCount() == 0 and window.file_list.count() == 2

    window.merge(dry_run=False)
    assert _column(window.results_table, 6) == ["Unido", "Unido"]
    assert _column(window.results_table, 4)[1] != "0"  # beto's package brought the conflict
    assert window.file_list.count() == 0
    assert sorted(_column(window.devices_table, 0)) == ["ana", "beto"]
    assert window.tabs.tabText(2) == "&Conflictos (1)"

    [item] = [window.conflict_list.item(i) for i in range(window.conflict_list.count())
              if window.conflict_list.item(i).text().startswith("Sesión")]
    window.tabs.setCurrentIndex(2)
    window.conflict_list.setCurrentItem(item)
    view = window.conflict_view
    cells = [view.grid.itemAt(i).widget() for i in range(view.grid.count())]
    texts = [w.text() for w in cells]
    assert any("Revisar el avance" in t for t in texts)  # the common ancestor's value
    assert any("Equipo: ana" in t and "Paquete: ana.ati" in t for t in texts)
    assert any("Equipo: beto" in t for t in texts)
    beto_choice = next(w for w in cells if isinstance(w, QRadioButton) and w.text() == "Versión de Beto")
    beto_choice.setChecked(True)
    window.grab().save(str(tmp_path / "registro-conflicto.png"))
    view.resolve_button.click()

    assert window.tabs.tabText(2) == "&Conflictos (0)"
    with window.record.engine.connect() as c:
        assert c.execute(text("SELECT objective FROM session WHERE id = :i"), {"i": session_id}).scalar() \
            == "Versión de Beto"


def test_a_refused_package_is_listed_with_its_reason_and_stays_to_retry(window, tmp_path):
    bad = tmp_path / "roto.ati"
    bad.write_bytes(b"PK\x03\x04 no es un paquete")
    window.open_target(str(tmp_path / "registro.sqlite"))
    window.add_files([bad])
    window.merge(dry_run=False)
    assert _column(window.results_table, 0) == ["roto.ati"]
    assert _column(window.results_table, 6)[0] not in ("", "Unido")
    assert window.file_list.count() == 1


def test_the_record_reviews_its_own_sessions(window, tmp_path, monkeypatch):
    from ati_desktop.services.reviews import review_of
    from ati_desktop.storage.database import Database
    from ati_desktop.ui.review import decision_dialog
    from ati_desktop.ui.review.decision_dialog import DecisionInput

    ana = new_device(tmp_path, "ana")
    session = save_session(ana, meeting(ana), close=True)
    path = tmp_path / "registro.sqlite"
    record = Database.open(path)
    merge_package(record, package(ana))
    record.close()
    ana.close()
    assert not window.review_button.isEnabled()
    window.open_target(str(path))
    queue = window.show_review()
    assert [e.session_id for e in queue.entries] == [session.id]
    assert queue.open_button.isHidden()  # the record's sessions are not opened in this device's editor
    monkeypatch.setattr(decision_dialog, "ask_decision",
                        lambda parent, state, about, reviewer: DecisionInput("", "Luz Marina Vargas"))
    queue.table.selectRow(0)
    queue.approve_button.click()
    assert queue.entries == []
    assert review_of(window.record, session.id).state == "aprobada"
