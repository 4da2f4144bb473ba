"""Identificación: rules limit the modality with the reason in view; places come from the catalogue."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ati_desktop.domain.rules import allowed_channels
from ati_desktop.domain.reference import Channel, Operation
from ati_desktop.services import schools
from ati_desktop.ui.editor import dialogs

from editor_helpers import click, type_text


def test_modality_choices_follow_the_operations_with_the_reason_shown(make_editor):
    editor = make_editor()
    page = editor.identification
    assert all(radio.isEnabled() for radio in page.channels.values())
    assert page.channel_note.isHidden()
    click(page.channels["zonal"])
    click(page.operations["entrenamiento"])
    reason = allowed_channels([Operation.ENTRENAMIENTO])[Channel.ZONAL]
    assert [code for code, radio in page.channels.items() if radio.isEnabled()] == ["in_situ"]
    assert page.channels["zonal"].toolTip() == reason
    assert page.channel_note.isVisible() and reason in page.channel_note.text()
    assert page.state()["channel"] is None  # a forbidden choice does not stay selected
    click(page.operations["entrenamiento"])
    click(page.operations["orientacion"])
    enabled = {code for code, radio in page.channels.items() if radio.isEnabled()}
    assert enabled == {"conexion_remota", "correo", "celular", "fijo"}
    assert "presencial" in page.channels["in_situ"].toolTip()


def test_certified_municipality_warns_but_can_be_chosen(make_editor):
    editor = make_editor()
    page = editor.identification
    type_text(page.municipality.lineEdit(), "Pitalito")
    QTest.keyClick(page.municipality.lineEdit(), Qt.Key_Return)
    assert page.municipality_code() == "41551"
    assert page.certified_note.isVisible() and "certificado" in page.certified_note.text()
    page.municipality.lineEdit().selectAll()
    type_text(page.municipality.lineEdit(), "Gigante")
    QTest.keyClick(page.municipality.lineEdit(), Qt.Key_Return)
    assert page.municipality_code() == "41306" and page.certified_note.isHidden()


def test_school_is_found_by_typing_and_brings_its_campuses(make_editor, school, qtbot):
    editor = make_editor()
    page = editor.identification
    type_text(page.school.edit, "esperanza")
    qtbot.waitUntil(lambda: bool(page.school.results()), timeout=3000)
    QTest.keyClick(page.school.edit, Qt.Key_Return)
    assert page.school.school_id() == school.id
    assert page.municipality_code() == "41306"  # the school's municipality is filled in
    assert [page.campus.itemText(i) for i in range(page.campus.count())][1:] == ["Sede El Recreo", "Sede Principal"]
    type_text(page.school.edit, "x")
    assert page.school.school_id() is None  # typing over a chosen school clears the choice


def test_a_school_missing_from_the_catalogue_is_added_in_the_field(make_editor, monkeypatch, db):
    editor = make_editor()
    page = editor.identification
    asked = []
    monkeypatch.setattr(dialogs, "ask_new_school",
                        lambda parent, municipality, typed="": asked.append((municipality, typed))
                        or ("Escuela Rural El Mirador", None))
    click(page.school.add_button)
    assert asked == [] and "municipio" in page.school.status.text()  # a municipality comes first
    type_text(page.municipality.lineEdit(), "Hobo")
    QTest.keyClick(page.municipality.lineEdit(), Qt.Key_Return)
    type_text(page.school.edit, "El Mirador")
    click(page.school.add_button)
    assert asked == [("Hobo", "El Mirador")]  # the dialog starts from the typed name
    added = schools.search_schools(db, "Mirador")
    assert len(added) == 1 and added[0].added_in_field and added[0].municipality_code == "41349"
    assert page.school.school_id() == added[0].id


def test_operations_bring_the_pages_and_notes_they_need(make_editor):
    editor = make_editor()
    page = editor.identification
    assert not editor.frame.step_visible("verification") and editor.scope.indicators_box.isHidden()
    click(page.operations["verificacion_compartida"])
    click(page.operations["seguimiento"])
    click(page.operations["acompanamiento"])
    assert editor.frame.step_visible("verification")
    assert not editor.scope.indicators_box.isHidden()
    assert not editor.commitments.reminder.isHidden()
    assert "dos partes" in editor.commitments.reminder.text()


def press(widget, key) -> None:
    """A key as the keyboard delivers it: to an open completion list first, as Qt does."""
    QTest.keyClick(QApplication.activePopupWidget() or widget, key)


def test_school_and_municipality_are_found_as_people_type_them(make_editor, qtbot, db):
    schools.add_school_in_field(db, "Institución Educativa Simón Bolívar", "41298", "241298000123")
    schools.add_school_in_field(db, "Institución Educativa Simón Bolívar", "41357", "241357000456")
    editor = make_editor()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    page = editor.identification
    type_text(page.municipality.lineEdit(), "garzon")
    press(page.municipality.lineEdit(), Qt.Key_Tab)  # Tab keeps what was typed
    assert page.municipality_code() == "41298" and page.municipality.currentText() == "Garzón"
    type_text(page.school.edit, "simon bolivar")
    qtbot.waitUntil(lambda: bool(page.school.results()), timeout=3000)
    assert [s.dane_code for s in page.school.results()] == ["241298000123"]
    QTest.keyClick(page.school.edit, Qt.Key_Return)
    assert page.school.text() == "Institución Educativa Simón Bolívar — Garzón · DANE 241298000123"

    while QApplication.activePopupWidget():  # Escape closes what the school search left open
        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key_Escape)
    page.municipality.lineEdit().setFocus()
    page.municipality.lineEdit().selectAll()
    type_text(page.municipality.lineEdit(), "iquira")
    press(page.municipality.lineEdit(), Qt.Key_Return)
    assert page.municipality.currentText() == "Íquira" and page.municipality_code() == "41357"
    offered = page.municipality.completer().model()
    page.municipality.lineEdit().setFocus()
    page.municipality.lineEdit().selectAll()
    type_text(page.municipality.lineEdit(), "tesa")
    assert [offered.index(i, 0).data() for i in range(offered.rowCount())] == ["Tesalia"]
