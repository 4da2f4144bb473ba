"""Spanish first, English second: compiled catalogues, live switching, labels and dates."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget, QWidget

from ati_desktop import catalogues
from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.domain.reference import Channel, Operation, Technique
from ati_desktop.formspec import load_registry, validate_answers
from ati_desktop.formspec.values import _bounds, rule_problems, type_problem
from ati_desktop.paths import data_dir
from ati_desktop.resources import translations_dir
from ati_desktop.ui import i18n, messages, tasks
from ati_desktop.ui.forms.problem_texts import engine_text, problem_text
from ati_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "ati_desktop" / "ui"
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{\w+\}")


@pytest.fixture
def spanish_after():
    yield
    i18n.install("es_CO")


def menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def test_spanish_is_the_default(qtbot, spanish_after):
    assert i18n.install(i18n.normalise(None)) == "es_CO"
    window = MainWindow()
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&Archivo", "&Ver", "A&ctas", "&Herramientas", "Ay&uda"]
    assert window.new_action.text() == "&Nueva sesión"
    assert i18n.reference_label(Operation.ASESORIA) == "Asesoría"


def test_switching_to_english_retranslates_an_open_window(qtbot, spanish_after):
    i18n.install("es_CO")
    window = MainWindow()
    qtbot.addWidget(window)
    assert i18n.install("en") == "en"
    assert menu_titles(window) == ["&File", "&View", "M&inutes", "&Tools", "&Help"]
    assert window.new_action.text() == "&New session"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert window.filters.operation.itemText(0) == "All"
    assert window.filters.technique.itemText(1) == "Meeting"
    assert i18n.reference_label(Channel.VISITA_RECIBIDA) == "Visit received by the adviser"
    i18n.install("es_CO")
    assert menu_titles(window)[0] == "&Archivo"
    assert window.filters.technique.itemText(1) == "Reunión"


def test_plural_forms_come_from_the_catalogues(spanish_after):
    i18n.install("es_CO")
    say = lambda n: QCoreApplication.translate("MainWindow", "%n sesión(es)", "", n)  # noqa: E731
    assert (say(1), say(2)) == ("1 sesión", "2 sesiones")
    i18n.install("en")
    assert (say(1), say(2)) == ("1 session", "2 sessions")


@pytest.fixture
def sources(tmp_path, monkeypatch):
    """A copy of the translation sources, as a checkout or an install has them, used by the app."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for source in translations_dir().glob("*.ts"):
        shutil.copy(source, folder)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


def refuse_to_compile(monkeypatch):
    monkeypatch.setattr(catalogues, "lrelease", lambda: pytest.fail("compiled a catalogue at start"))
    monkeypatch.setattr(catalogues, "compile_catalogue",
                        lambda *_: pytest.fail("compiled a catalogue at start"))


def test_the_build_compiles_every_catalogue(tmp_path):
    sources = sorted(translations_dir().glob("*.ts"))
    built = catalogues.build(translations_dir(), tmp_path)
    assert sorted(path.name for path in built) == sorted(catalogues.compiled_name(ts) for ts in sources)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(path.name for path in built)
    assert all(QTranslator().load(str(path)) for path in built)


def test_a_fresh_start_loads_the_built_catalogues_without_compiling(sources, monkeypatch, spanish_after):
    catalogues.build(sources, sources)
    refuse_to_compile(monkeypatch)
    assert i18n.install("en") == "en"
    assert QCoreApplication.translate("MainWindow", "&Nueva sesión") == "&New session"
    assert i18n.compiled_translation("en").parent == sources
    assert not (data_dir() / "translations").exists()


def test_a_stale_catalogue_is_never_loaded(sources, spanish_after):
    catalogues.build(sources, sources)
    english = sources / "ati_en.ts"
    english.write_text(english.read_text(encoding="utf-8").replace(
        "<translation>&amp;New session</translation>", "<translation>&amp;Fresh session</translation>"),
        encoding="utf-8")
    i18n.install("en")
    assert QCoreApplication.translate("MainWindow", "&Nueva sesión") == "&Fresh session"
    assert i18n.compiled_translation("en").parent == data_dir() / "translations"


def test_without_a_build_a_catalogue_is_compiled_once_and_reused(sources, monkeypatch):
    first = i18n.compiled_translation("en")
    assert first.parent == data_dir() / "translations" and first.suffix == ".qm"
    refuse_to_compile(monkeypatch)
    assert i18n.compiled_translation("en") == first


def catalogue(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(translations_dir() / f"ati_{language}.ts").getroot()
    return [(context.findtext("name"), message) for context in root.iter("context")
            for message in context.iter("message")]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_text_has_an_english_translation():
    missing = []
    for context, message in catalogue("en"):
        translation = message.find("translation")
        forms = translations_of(message)
        plural_ok = message.get("numerus") != "yes" or len(forms) == 2
        if translation.get("type") is not None or not all(f.strip() for f in forms) or not plural_ok:
            missing.append((context, message.findtext("source")))
    assert missing == []


def test_english_keeps_every_placeholder_and_adds_none():
    wrong = []
    for context, message in catalogue("en"):
        source = message.findtext("source")
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((context, source, text))
    assert wrong == []


def test_english_keeps_an_access_key_where_the_source_has_one():
    def key(text: str) -> str | None:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        return found.group(1) if found else None

    lost = [(context, message.findtext("source")) for context, message in catalogue("en")
            if key(message.findtext("source")) and not all(key(t) for t in translations_of(message))]
    assert lost == []


def test_spanish_catalogue_gives_both_forms_of_every_plural():
    incomplete = [(context, message.findtext("source")) for context, message in catalogue("es_CO")
                  if message.get("numerus") == "yes"
                  and (len(translations_of(message)) != 2 or not all(translations_of(message)))]
    assert incomplete == []


def _literal_calls() -> list[tuple[str, str, str]]:
    """(file, context, text) of every tr(), translate() and QT_TRANSLATE_NOOP() with literal text."""
    found = []

    def visit(node: ast.AST, owner: str | None, path: Path) -> None:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, ast.ClassDef) else owner
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Name):
                args = [a.value if isinstance(a, ast.Constant) else None for a in child.args]
                if child.func.id == "QT_TRANSLATE_NOOP":
                    found.append((path.name, args[0], args[1]))
            elif isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                args = [a.value if isinstance(a, ast.Constant) else None for a in child.args]
                if child.func.attr == "tr" and args and args[0] is not None:
                    found.append((path.name, owner, args[0]))
                elif (child.func.attr == "translate" and ast.unparse(child.func.value) == "QCoreApplication"
                      and len(args) > 1 and args[0] is not None and args[1] is not None):
                    found.append((path.name, args[0], args[1]))
            visit(child, name, path)

    for path in [*sorted(UI.rglob("*.py")), UI.parent / "app.py"]:
        visit(ast.parse(path.read_text(encoding="utf-8")), None, path)
    return found


def _script():
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogue_holds_every_text_of_the_code_and_the_data():
    """Fails when `scripts/translations.py extract` was not run after texts changed."""
    held = {(context, message.findtext("source")) for context, message in catalogue("en")}
    calls = _literal_calls()
    assert len(calls) > 400  # the scan itself works
    assert [call for call in calls if call[1:] not in held] == []
    script = _script()
    data = [*script.reference_texts(), *script.rule_texts(), *script.error_texts(), *script.form_texts()]
    assert {context for context, _text in data} >= {"reference", "rules", "errors", "forms/reunion"}
    assert [text for text in data if text not in held] == []


@pytest.fixture
def english():
    i18n.install("en")
    yield
    i18n.install("es_CO")


def test_reasons_of_the_rules_are_shown_in_english(english):
    texts = [text for _context, text in _script().rule_texts()]
    assert texts and all(i18n.rule_text(text) != text for text in texts)
    assert i18n.rule_text(texts[0]).isascii()


def test_extraction_finds_the_templates_of_the_errors():
    texts = {text for context, text in _script().error_texts() if context == "errors"}
    # A raise site, a subclass defined elsewhere, the marker and a verdict of verify_pdf.
    assert {"No existe la sesión {session_id}.",
            "El archivo no es un PDF; no se puede verificar como acta.",
            "La operación «{value}» no existe en la lista de referencia.",
            "El acta coincide con el registro: sesión {session_id}, revisión {revision}."} <= texts
    assert texts == {message.findtext("source") for context, message in catalogue("en") if context == "errors"}


def test_an_error_with_a_value_is_shown_in_the_interface_language(spanish_after):
    error = ValidationError("El participante «{participant}» no existe.", participant="Ana Ruiz")
    i18n.install("es_CO")
    assert i18n.error_text(error) == error.message == "El participante «Ana Ruiz» no existe."
    i18n.install("en")
    assert i18n.error_text(error) == "The participant “Ana Ruiz” does not exist."
    assert messages.error_text(error) == "The participant “Ana Ruiz” does not exist."
    assert error.message == "El participante «Ana Ruiz» no existe."  # what the command line prints
    with pytest.raises(NotFoundError) as raised:
        load_registry().get("no-such-form", 2)
    assert i18n.error_text(raised.value) == "Version 2 of the form “no-such-form” does not exist."


def test_an_error_the_catalogue_lacks_is_shown_as_written(english):
    error = ValidationError("Un mensaje {raro}.", raro="nuevo")
    assert i18n.error_text(error) == "Un mensaje nuevo."


def test_default_messages_of_the_forms_engine_are_shown_in_english(english):
    forms = load_registry()
    # Unanswered forms: the engine's «required» message and the forms' own required messages.
    required = {(error.detail, form.context) for form in forms.all() for error in validate_answers(form, {})}
    assert [m for m, context in required if problem_text(m, context) == m] == []
    messages = {m for m, _context in required if engine_text(m) is not None}
    for form in forms.all():
        for _section, item in form.iter_fields():
            for field in [item, *getattr(item, "fields", [])]:
                if type(field).__name__ != "NoteField":
                    messages.add(type_problem(field, object()))
    for start, unit in [("Debe ser un valor", ""), *(("Debe tener", u) for u in
                                                      (" caracteres", " opciones", " filas", " archivos"))]:
        messages |= {_bounds(start, 1, 3, unit), _bounds(start, 1, None, unit), _bounds(start, None, 20, unit)}
    messages |= {_bounds("Debe ser un valor", 0.5, 12, "")}
    assert "Este campo es obligatorio." in messages and len(messages) > 25
    untranslated = [m for m in messages if engine_text(m) is None or engine_text(m) == m]
    assert untranslated == []
    assert engine_text("Debe tener como máximo 1 filas.") == "Must have at most 1 row."
    assert engine_text("Debe tener como máximo 20 filas.") == "Must have at most 20 rows."
    assert engine_text("Debe ser un valor entre 0,5 y 12.") == "Must be between 0,5 and 12."
    assert engine_text("La opción «x» no existe en la lista.") == "The option “x” is not in the list."
    taller = forms.for_technique("taller")
    rows = [{"alternativa_inquietud": "a", "alternativa_solucion": "b"}] * 21
    [too_many] = rule_problems(taller.field("alternativas"), rows)
    assert problem_text(too_many, taller.context) == "Must have at most 20 rows."
    # A message written in the form is the form's text, translated in the form's context.
    assert problem_text("Entre 1 y 240 minutos.", "forms/reunion") == "Between 1 and 240 minutes."


def visible_texts(root: QWidget) -> list[str]:
    """What a person reads on a window: labels, buttons, group titles, lists and hints."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return [text for text in texts if text]


def test_session_editor_opens_in_english(qtbot, db, english):
    from ati_desktop.ui.editor import SessionEditor

    tasks.set_synchronous(True)
    try:
        editor = SessionEditor(db, load_registry())
        qtbot.addWidget(editor)
        editor.identification.technique.setCurrentIndex(editor.identification.technique.findData("taller"))
        steps = [editor.frame.steps.item(row).text() for row in range(editor.frame.steps.count())]
        assert steps == ["1. Identification", "2. Scope", "3. Proceedings", "4. Participants",
                         "5. Commitments", "6. Shared verification", "7. Evidence"]
        frame = editor.frame
        assert [frame.previous_button.text(), frame.next_button.text(), frame.save_button.text()] == \
            ["« &Previous", "&Next »", "&Save"]
        assert editor.windowTitle() == "New session — ATI Desktop"
        assert editor.development.view.form.id == "taller"
        shown = visible_texts(editor)
        assert "Topic of the workshop" in " ".join(shown)
        # No text on any page is left in Spanish: none is a source with a different English text.
        spanish = {message.findtext("source") for context, message in catalogue("en")
                   if context != "reference" and translations_of(message)[0] != message.findtext("source")}
        assert sorted({text for text in shown if text in spanish}) == []
        assert not any("Siguiente" in text or "Guardar" in text for text in shown)
    finally:
        tasks.set_synchronous(False)


def test_language_codes_and_dates():
    assert i18n.normalise("en_US") == "en" and i18n.normalise("fr") == "es_CO"
    assert i18n.format_date(date(2026, 3, 9)) == "09/03/2026"
    assert i18n.format_date(None) == ""
    assert i18n.code_label(Technique, "dialogo_reflexivo") == "Diálogo reflexivo"
