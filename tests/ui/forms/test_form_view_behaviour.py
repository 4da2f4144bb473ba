"""FormView behaviour on a form with every field type: validation, relevance, signals, access."""

from __future__ import annotations

import copy
import hashlib

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTranslator
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ati_desktop.formspec import load_registry, validate_answers
from form_samples import ALL_TYPES_ANSWERS
from form_helpers import OBSERVATION_ID, child, click, error_text, shown, type_text

FULL = copy.deepcopy(ALL_TYPES_ANSWERS)


def test_every_type_round_trips_through_the_widgets(make_view, all_types):
    assert validate_answers(all_types, FULL) == []
    view = make_view(all_types, FULL)
    assert view.answers() == FULL
    assert view.validate() is True
    view.set_answers(view.answers())
    assert view.answers() == FULL


def test_a_link_the_device_does_not_list_is_kept(make_view, all_types):
    other = "0b7c2a9e-1d2f-4a5b-9c8d-7e6f5a4b3c2d"
    view = make_view(all_types, {**FULL, "vinculo": other})
    assert view.answers()["vinculo"] == other
    assert child(view, "vinculo").currentText() == "Sesión 0b7c2a9e"


def test_required_fields_block_validate_and_the_first_gets_focus(qtbot, make_view, all_types):
    view = make_view(all_types)
    assert error_text(view, "texto") == ""
    assert view.validate() is False
    assert error_text(view, "texto") == "Este campo es obligatorio."
    qtbot.waitUntil(lambda: child(view, "texto").hasFocus())
    click(qtbot, view, "unica-c")  # shows a section with a required field
    assert shown(view, "section-oculta")
    assert error_text(view, "extra") == "Este campo es obligatorio."
    click(qtbot, view, "unica-a")
    assert not shown(view, "section-oculta")
    qtbot.keyClicks(child(view, "texto"), "Hola")
    assert view.validate() is True
    assert view.answers() == {"texto": "Hola", "unica": "a"}


def test_constraint_and_rule_messages_appear_under_their_field(qtbot, make_view, all_types):
    view = make_view(all_types)
    qtbot.keyClicks(child(view, "texto"), "Hola 123")
    qtbot.keyClicks(child(view, "entero"), "4")
    qtbot.keyClicks(child(view, "despues"), "3")
    qtbot.keyClicks(child(view, "decimal"), "120")
    assert view.validate() is False
    assert error_text(view, "texto") == "Use solo letras y espacios."
    assert error_text(view, "despues") == "Debe ser mayor que el número entero."
    assert error_text(view, "decimal") == "Debe ser un valor entre 0,5 y 99,5."
    assert error_text(view, "entero") == ""
    # The message sits right under its field's input.
    error, editor = child(view, "despues-error"), child(view, "despues")
    assert error.mapTo(view, error.rect().topLeft()).y() > editor.mapTo(view, editor.rect().topLeft()).y()


def test_messages_show_once_the_user_leaves_the_field(qtbot, make_view, all_types):
    view = make_view(all_types)
    line = child(view, "texto")
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "A1")
    assert error_text(view, "texto") == ""  # not while typing the first letters
    child(view, "parrafo").setFocus()
    qtbot.waitUntil(lambda: error_text(view, "texto") != "")
    assert "Use solo letras y espacios." in error_text(view, "texto")
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Abc")
    assert error_text(view, "texto") == ""  # fixed: cleared while typing


def test_unreadable_decimal_is_reported_not_dropped(qtbot, make_view, all_types):
    view = make_view(all_types, {"texto": "Hola"})
    qtbot.keyClicks(child(view, "decimal"), "2,")
    assert "decimal" not in view.answers()
    assert view.validate() is False
    assert error_text(view, "decimal") == "Escriba un número completo, por ejemplo 2,5."


def test_changed_fires_on_every_edit_but_not_when_loading(qtbot, make_view, all_types):
    view = make_view(all_types)
    count = []
    view.changed.connect(lambda: count.append(1))
    view.set_answers(FULL)
    assert count == []
    qtbot.keyClicks(child(view, "texto"), "abc")
    assert len(count) == 3
    click(qtbot, view, "sino-no")
    assert len(count) == 4
    assert not shown(view, "row-detalle")


def test_hidden_answers_are_kept_while_editing_but_not_returned(qtbot, make_view, all_types):
    view = make_view(all_types, {"texto": "Hola", "sino": True, "detalle": "Guardado"})
    click(qtbot, view, "sino-no")
    assert "detalle" not in view.answers()
    click(qtbot, view, "sino-si")
    assert view.answers()["detalle"] == "Guardado"


def test_repeat_rows_add_and_remove(qtbot, make_view, all_types):
    view = make_view(all_types, {"texto": "Hola"})
    assert "filas" not in view.answers()
    click(qtbot, view, "filas-agregar")
    click(qtbot, view, "filas-agregar")
    rows = view.editor("filas").row_editors()
    qtbot.keyClicks(rows[0]["fila_tema"].line, "Uno")
    qtbot.keyClicks(rows[1]["fila_tema"].line, "Dos")
    qtbot.keyClicks(rows[1]["fila_cantidad"].spin, "5")
    click(qtbot, view, "filas-quitar-1")
    assert view.answers()["filas"] == [{"fila_tema": "Dos", "fila_cantidad": 5}]
    assert rows[1]["fila_tema"].line.accessibleName() == "Tema, fila 1"


def test_evidence_uses_the_injected_file_picker(qtbot, make_view, all_types):
    picked = iter([{"sha256": "c" * 64, "file_name": "foto.jpg"}, None])
    view = make_view(all_types, {"texto": "Hola"}, attach_file=lambda: next(picked))
    click(qtbot, view, "adjuntos-adjuntar")
    click(qtbot, view, "adjuntos-adjuntar")  # the user cancelled the dialog
    assert view.answers()["adjuntos"] == [{"sha256": "c" * 64, "file_name": "foto.jpg"}]
    child(view, "adjuntos").setCurrentRow(0)
    click(qtbot, view, "adjuntos-quitar")
    assert "adjuntos" not in view.answers()


def test_evidence_button_is_disabled_without_a_picker(make_view, all_types):
    view = make_view(all_types)
    assert not child(view, "adjuntos-adjuntar").isEnabled()


def draw(widget: QWidget, points: list[tuple[int, int]]) -> None:
    def send(kind, x, y, button, buttons):
        position = QPointF(x, y)
        event = QMouseEvent(
            kind, position, widget.mapToGlobal(position), button, buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, *points[0], left, left)
    for x, y in points[1:]:
        send(QEvent.Type.MouseMove, x, y, none, left)
    send(QEvent.Type.MouseButtonRelease, *points[-1], left, none)


def test_signature_field_stores_the_drawn_image(make_view, all_types):
    view = make_view(all_types, {"texto": "Hola"})
    draw(view.editor("firma").pad.canvas, [(20, 60), (80, 30), (140, 90), (200, 40)])
    signature = view.answers()["firma"]
    png = view.signature_images()[signature["sha256"]]
    assert hashlib.sha256(png).hexdigest() == signature["sha256"]
    assert validate_answers(all_types, view.answers()) == []


def test_signature_field_uses_an_injected_store(make_view, all_types):
    stored = []
    view = make_view(all_types, save_signature=lambda png: stored.append(png) or "d" * 64)
    draw(view.editor("firma").pad.canvas, [(20, 60), (90, 70)])
    assert view.answers()["firma"]["sha256"] == "d" * 64
    assert stored and stored[0].startswith(b"\x89PNG")


def test_tab_order_goes_top_to_bottom(qtbot, make_view, all_types):
    view = make_view(all_types)
    order = ["texto", "parrafo", "entero", "decimal", "fecha"]
    first = child(view, order[0])
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    visited = []
    for _ in range(len(order) + 1):  # the date field is followed by its «Quitar» button
        visited.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert visited[: len(order)] == order


def test_keyboard_only_answers_a_choice(qtbot, make_view, all_types):
    view = make_view(all_types)
    first = child(view, "sino-si")
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert view.answers()["sino"] is True
    assert shown(view, "row-detalle")


def test_inputs_are_named_after_their_labels(make_view, all_types):
    view = make_view(all_types)
    assert child(view, "texto").accessibleName() == "Texto corto"
    assert child(view, "fecha").accessibleName() == "Fecha"
    assert child(view, "sino-si").accessibleDescription() == "Sí o no"
    assert child(view, "item-observacion").accessibleName() == "Observación: Ítem verificado"


def test_fits_a_laptop_screen_scrolling_only_vertically(make_view, registry):
    view = make_view(registry.for_technique("observacion"))
    assert view.size().width() == 1366
    assert view.scroll.verticalScrollBar().maximum() > 0
    assert view.scroll.horizontalScrollBar().maximum() == 0
    labels = [label for label in view.findChildren(QLabel) if label.isVisibleTo(view)]
    assert all(label.width() >= min(label.sizeHint().width(), 300) for label in labels)


def test_accented_text_typed_as_key_events(qtbot, make_view, all_types):
    view = make_view(all_types)
    line = child(view, "texto")
    line.setFocus()
    type_text(line, "Ñandú Álvarez")
    assert view.answers()["texto"] == "Ñandú Álvarez"
    assert view.validate() is True


class _Upper(QTranslator):
    """Translates one form's texts to capitals, to see which texts go through translation."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context == "forms/todos" else None


@pytest.fixture
def upper_translator():
    translator = _Upper()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_form_texts_go_through_translation_with_the_form_context(
    upper_translator, make_view, all_types
):
    view = make_view(all_types)
    assert child(view, "texto-label").text().startswith("TEXTO CORTO")
    assert child(view, "unica-b").text() == "OPCIÓN B"
    assert child(view, "section-basicos").title() == "CAMPOS BÁSICOS"


def test_old_version_answers_render_after_a_new_version_ships(tmp_path, make_view):
    v1 = (
        "id: plan\nversion: 1\ntechnique: taller\ntitle: Plan\nsections:\n"
        "  - id: datos\n    title: Datos\n    fields:\n"
        "      - {id: tema, type: text, label: Tema, required: true}\n"
        "      - id: modo\n        type: single_choice\n        label: Modo\n        choices:\n"
        "          - {value: grupos, label: En grupos}\n"
        "          - {value: individual, label: Individual}\n"
    )
    v2 = v1.replace("version: 1", "version: 2").replace(
        "          - {value: individual, label: Individual}\n", ""
    ).replace("          - {value: grupos, label: En grupos}\n", (
        "          - {value: grupos, label: En grupos}\n          - {value: plenaria, label: Plenaria}\n"
    ))
    (tmp_path / "plan.v1.yaml").write_text(v1, encoding="utf-8")
    (tmp_path / "plan.v2.yaml").write_text(v2, encoding="utf-8")
    registry = load_registry(tmp_path)
    assert registry.latest("plan").version == 2
    answers = {"tema": "Convivencia", "modo": "individual"}
    view = make_view(registry.get("plan", 1), answers)
    assert child(view, "modo-individual").isChecked()
    assert view.answers() == answers and view.validate() is True
