"""The main window on a real database: list, filters, commitments, advisory log, shortcuts."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ati_desktop.services.drafts import save_draft
from ati_desktop.services.inputs import CommitmentInput
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import save_session
from ati_desktop.ui import i18n, messages, tasks
from ati_desktop.ui.commitments_panel import OVERDUE_COLOR
from ati_desktop.ui.demo_data import DEMO_SESSIONS
from ati_desktop.ui.main_window import MainWindow


@pytest.fixture
def sync_tasks():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def sessions(db, make_session):
    """Three sessions: Garzón (a workshop on the school's coexistence manual), Garzón, Pitalito."""
    pitalito = add_school_in_field(db, "Institución Educativa Municipal Normal Superior", "41551")
    saved = [
        save_session(db, make_session(session_date=date(2026, 3, 2), technique="taller", form_id="taller",
                                      objective="Ajustar el manual de convivencia escolar")),
        save_session(db, make_session(session_date=date(2026, 3, 9))),
        save_session(db, make_session(session_date=date(2026, 3, 16), municipality_code="41551",
                                      school_id=pitalito.id, operations=["monitoreo"])),
    ]
    return [s.id for s in saved]


@pytest.fixture
def window(qtbot, db, sync_tasks):
    i18n.install("es_CO")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    return win


def column(win, col):
    return [win.model.index(row, col).data() for row in range(win.model.rowCount())]


def test_window_lists_the_saved_sessions_newest_first(window, db, sessions):
    window.attach(db)
    assert window.model.rowCount() == 3
    assert column(window, 0) == ["16/03/2026", "09/03/2026", "02/03/2026"]
    assert column(window, 1) == ["Pitalito", "Garzón", "Garzón"]
    assert column(window, 3) == ["Monitoreo", "Capacitación", "Capacitación"]
    assert column(window, 4) == ["Reunión", "Reunión", "Taller"]
    assert column(window, 5) == ["Abierta"] * 3
    assert window.count_label.text() == "3 sesiones"


def test_municipality_and_text_filters_narrow_the_list(qtbot, window, sessions, db):
    window.attach(db)
    bar = window.filters
    bar.municipality.setCurrentIndex(bar.municipality.findData("41551"))
    assert column(window, 1) == ["Pitalito"]
    assert window.count_label.text() == "1 sesión con los filtros actuales"
    bar.municipality.setCurrentIndex(0)
    bar.search.setText("convivencia")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    assert column(window, 4) == ["Taller"]
    bar.clear()
    assert window.model.rowCount() == 3


def test_accented_text_typed_with_real_key_events_searches(qtbot, window, db, make_session):
    save_session(db, make_session(objective="Revisión de la jornada única"))
    save_session(db, make_session(objective="Plan de estudios de la jornada"))
    window.attach(db)
    window.filters.search.setFocus()
    for char in "jornada única":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(window.filters.search,
                                   QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
    assert window.filters.search.text() == "jornada única"
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)


def test_school_type_ahead_filters_by_the_picked_school(qtbot, window, sessions, db):
    window.attach(db)
    bar = window.filters
    bar.school.setText("normal")
    bar._school_edited("normal")
    qtbot.waitUntil(lambda: bar._completions.rowCount() == 1, timeout=2000)
    picked = bar._completions.index(0).data()
    assert picked == "Institución Educativa Municipal Normal Superior (Pitalito)"
    bar.school.completer().activated[str].emit(picked)
    assert column(window, 1) == ["Pitalito"]


def test_commitments_panel_highlights_overdue_commitments(window, db, make_session):
    past = date.today() - timedelta(days=12)
    save_session(db, make_session(commitments=[
        CommitmentInput("Publicar el manual de convivencia", "Rector", "asistido", past),
        CommitmentInput("Socializar el PMI", "Coordinadora", "asistido", date.today() + timedelta(days=5)),
    ]))
    window.attach(db)
    window.view.selectRow(0)
    items = [window.commitments.list.item(i) for i in range(window.commitments.list.count())]
    assert [i.text().splitlines()[0] for i in items] == ["Publicar el manual de convivencia", "Socializar el PMI"]
    overdue, upcoming = items
    assert "Vencido hace 12 días" in overdue.text()
    assert overdue.foreground().color() == OVERDUE_COLOR and not overdue.icon().isNull()
    assert upcoming.foreground().color() != OVERDUE_COLOR and "Vence el" in upcoming.text()
    assert window.overdue_label.text() == "⚠ 1 compromiso vencido"


def test_advisory_log_lists_only_advisory_sessions(qtbot, window, db, make_session):
    save_session(db, make_session(operations=["asesoria"], channel="celular",
                                  objective="Orientar el ajuste del SIEE\npor teléfono"))
    save_session(db, make_session())
    window.attach(db)
    window.show()
    window.log_action.trigger()
    log = window.advisory_log.model
    assert window.advisory_log.isVisible()
    assert log.rowCount() == 1
    assert [log.index(0, c).data() for c in range(5)] == [
        "03/11/2026", "Garzón", "Institución Educativa Simón Bolívar", "Celular", "Orientar el ajuste del SIEE"]
    assert window.count_label.text() == "1 asesoría"
    assert window.selected_session_id() == log.session_id(0)  # the panel follows the log too
    assert window.commitments.subtitle.text().startswith("Institución Educativa Simón Bolívar")


def test_leaving_the_log_for_the_drafts_tab_shows_the_drafts(window, db):
    window.attach(db)
    window.show()
    window.log_action.trigger()
    window.tabs.setCurrentIndex(2)
    assert window.tabs.currentIndex() == 2
    assert window.drafts.isVisible()
    assert not window.log_action.isChecked()
    window.log_action.trigger()
    window.log_action.trigger()  # unchecking the menu's log goes back to the sessions
    assert window.tabs.currentIndex() == 0


def test_keyboard_shortcuts_trigger_the_actions(qtbot, window, db, sessions, monkeypatch):
    opened, created, settings = [], [], []
    monkeypatch.setattr(window, "_open_editor", lambda sid, draft: opened.append(sid))
    monkeypatch.setattr(window, "new_session", lambda draft_key=None: created.append(draft_key))
    monkeypatch.setattr(window, "show_settings", lambda: settings.append(True))
    window.attach(db)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.view.hasFocus()  # the list is where work starts
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filters.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert created == [None]
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert settings == [True]
    window.view.setFocus()
    window.view.selectRow(1)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert opened == [window.model.session_id(1)]
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.advisory_log.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not window.commitments.isVisible()


def test_tab_moves_from_filters_to_list_to_commitments(qtbot, window, sessions, db):
    window.attach(db)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.filters.last_control().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.view.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.commitments.list.hasFocus()


def test_unfinished_drafts_are_offered_on_start(window, db, monkeypatch):
    save_draft(db, "borrador-1", {"municipality_code": "41298"})
    offered, reopened = [], []
    monkeypatch.setattr(messages, "ask_reopen_drafts",
                        lambda parent, drafts: offered.extend(d[0] for d in drafts) or ["borrador-1"])
    monkeypatch.setattr(window, "new_session", lambda draft_key=None: reopened.append(draft_key))
    window.attach(db)
    assert offered == ["borrador-1"] and reopened == ["borrador-1"]


def test_layout_is_remembered_between_windows(qtbot, window):
    # The offscreen screen is 800 px wide: restoring clamps a window to its minimum width.
    window.resize(window.minimumSizeHint().width(), 700)
    window.show()
    window.splitter.setSizes([600, 400])
    wanted = window.splitter.sizes()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.restore_layout()
    again.show()
    assert again.height() == 700
    assert again.splitter.sizes() == wanted
    again.commitments_action.trigger()
    again.close()
    third = MainWindow()
    qtbot.addWidget(third)
    third.restore_layout()
    third.show()
    assert not third.commitments.isVisible() and not third.commitments_action.isChecked()


def test_real_worker_fills_the_list_and_drops_stale_results(qtbot, db, sessions):
    win = MainWindow()
    qtbot.addWidget(win)
    resets = []
    win.attach(db)
    qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=5000)
    win.model.modelReset.connect(lambda: resets.append(win.model.rowCount()))
    win.model.set_criteria({"municipality_code": "41298"})
    win.model.set_criteria({"municipality_code": "41551"})
    qtbot.waitUntil(lambda: not win.model.is_loading(), timeout=5000)
    assert column(win, 1) == ["Pitalito"]
    assert resets == [1]  # the answer for Garzón came back first and was dropped
    tasks.wait_for_idle()


def test_demo_data_action_adds_sessions_after_asking(qtbot, window, db, monkeypatch):
    asked = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)
    window.attach(db)
    window.demo_action.trigger()
    assert asked and "demostración" in asked[0]
    assert window.model.total() == DEMO_SESSIONS
    assert window.count_label.text() == f"{DEMO_SESSIONS} sesiones"
    assert not window.demo.is_running()


def test_open_and_new_session_use_the_editor_and_saves_refresh_the_list(qtbot, window, db, sessions,
                                                                        make_session):
    from ati_desktop.formspec import load_registry
    from ati_desktop.ui.editor import SessionEditor

    window.attach(db, load_registry())
    window.view.selectRow(1)
    window.open_action.trigger()
    window.new_action.trigger()
    opened, created = window.editors
    assert isinstance(opened, SessionEditor) and isinstance(created, SessionEditor)
    assert opened.payload()["id"] == window.model.session_id(1)
    assert created.payload()["id"] not in sessions
    saved = save_session(db, make_session(session_date=date(2026, 12, 1)))
    created.saved.emit(saved.id)
    assert window.model.total() == 4 and window.model.session_id(0) == saved.id
    for editor in (opened, created):
        editor.close()
    qtbot.waitUntil(lambda: window.editors == [], timeout=2000)


def test_without_forms_the_editor_is_not_opened_and_the_reason_is_shown(window, db, sessions, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text: shown.append(text))
    window.attach(db, None)
    window.new_action.trigger()
    assert window.editors == [] and "formularios" in shown[0]


def test_acta_actions_open_the_preview_batch_and_verify_dialogs(qtbot, window, db, sessions, monkeypatch):
    from ati_desktop.formspec import load_registry
    from ati_desktop.ui import actas

    opened = []
    monkeypatch.setattr(actas.BatchActasDialog, "exec", lambda dialog: opened.append(type(dialog)) or 0)
    monkeypatch.setattr(actas.VerifyActaDialog, "exec", lambda dialog: opened.append(type(dialog)) or 0)
    window.attach(db, load_registry())
    window.view.selectRow(1)

    preview = window.show_acta()
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=5000)
    assert sessions[1] in preview.windowTitle() or preview.pdf_bytes().count(sessions[1].encode()) > 0
    assert window.acta_action.shortcut().matches(Qt.Key.Key_P | Qt.KeyboardModifier.ControlModifier)
    window.batch_action.trigger()
    window.verify_action.trigger()
    assert opened == [actas.BatchActasDialog, actas.VerifyActaDialog]
    preview.close()


def test_without_forms_no_acta_is_generated(window, db, sessions, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text: shown.append(text))
    window.attach(db, None)
    window.view.selectRow(0)
    assert window.show_acta() is None and "actas" in shown[0]


def test_what_start_up_does_not_show_is_built_on_first_use():
    """The log, drafts and welcome pages, the demo data, the catalogue import and the file dialogs
    cost start-up nothing: their modules load when they are first needed."""
    probe = "\n".join([
        "import sys",
        "from ati_desktop.ui.main_window import MainWindow",
        "from PySide6.QtWidgets import QApplication",
        "app = QApplication([])",
        "window = MainWindow()",
        "window.show()",
        "app.processEvents()",
        "later = ('advisory_log', 'drafts_view', 'welcome', 'demo_data', 'catalogue_import', 'file_dialogs')",
        "print(' '.join(name for name in later if 'ati_desktop.ui.' + name in sys.modules))",
        "window.log_action.trigger()",
        "print(window.advisory_log.isVisible(), 'ati_desktop.ui.advisory_log' in sys.modules)",
    ])
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert shown.stdout.splitlines() == ["", "True True"]
