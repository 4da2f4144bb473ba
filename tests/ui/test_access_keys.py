"""Every window gives each Alt+letter to one thing only, so the keyboard never presses the wrong one."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

from ati_desktop.ui import i18n, tasks

MNEMONIC = re.compile(r"&([^&\s])")


def access_keys(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the texts that claim it, among what the window shows now."""
    keys: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        for letter in MNEMONIC.findall(text.replace("&&", "")):
            keys[letter.lower()].append(text)

    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            claim(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text())
        elif isinstance(widget, QGroupBox):
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                claim(action.text())
    return keys


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in access_keys(window).items() if len(texts) > 1}


@pytest.fixture(params=["es_CO", "en"])
def language(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("es_CO")


@pytest.fixture
def sync():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


def test_main_window(qtbot, db, sync, language):
    from ati_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(db)
    assert clashes(window) == {}


def test_every_page_of_the_session_editor(qtbot, db, sync, language):
    from ati_desktop.formspec import load_registry
    from ati_desktop.ui.editor import SessionEditor

    editor = SessionEditor(db, load_registry())
    qtbot.addWidget(editor)
    editor.show()
    editor.identification.operations["verificacion_compartida"].setChecked(True)
    for page in editor.pages:
        editor.frame.show_page(page.page_id)
        assert clashes(editor) == {}, page.page_id


def test_dialogs(qtbot, db, sync, language):
    from ati_desktop.ui.actas.batch import BatchActasDialog
    from ati_desktop.ui.actas.verify_dialog import VerifyActaDialog
    from ati_desktop.ui.editor.dialogs import ClosingDialog
    from ati_desktop.ui.exchange.archive_dialog import ArchiveDialog
    from ati_desktop.ui.record.assignments_dialog import AssignmentsDialog
    from ati_desktop.ui.record.field_package_dialog import FieldPackageDialog
    from ati_desktop.ui.settings_dialog import SettingsDialog

    dialogs = [BatchActasDialog(db, None), VerifyActaDialog(db, None), ClosingDialog([("Falta algo", False)]),
               SettingsDialog(db), FieldPackageDialog(db), AssignmentsDialog(db), ArchiveDialog(db)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert clashes(dialog) == {}, type(dialog).__name__


def test_review_window_and_its_decision_dialog(qtbot, db, sync, language):
    from ati_desktop.ui.review import ReviewWindow
    from ati_desktop.ui.review.decision_dialog import APPROVE, REJECT, DecisionDialog

    windows = [ReviewWindow(db), DecisionDialog(APPROVE, "", ""), DecisionDialog(REJECT, "", "")]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
        assert clashes(window) == {}, type(window).__name__


def test_tablero_and_its_report_export(qtbot, db, sync, language):
    from ati_desktop.ui.desk import DeskWindow

    desk = DeskWindow(db)
    qtbot.addWidget(desk)
    desk.show()
    assert clashes(desk) == {}
    dialog = desk.show_export()
    assert clashes(dialog) == {}


def test_departmental_record_window(qtbot, sync, language):
    from ati_desktop.ui.record.window import RecordWindow

    window = RecordWindow()
    qtbot.addWidget(window)
    window.show()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert clashes(window) == {}, window.tabs.tabText(tab)
