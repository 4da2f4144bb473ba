"""Languages of the interface: compiled translations, reference labels and dates as shown.

Source strings are Spanish (Colombia); English comes from ``resources/translations/ati_en.ts``.
Compiled ``.qm`` files are build outputs, never committed: every build (wheel, editable
install, field installer) puts them next to the ``.ts``, named by a digest of it (see
``ati_desktop.catalogues``), and the app loads those.
"""

from __future__ import annotations

import logging
from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ati_desktop import catalogues
from ati_desktop.paths import data_dir
from ati_desktop.resources import translations_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "es_CO"
# Each language is named in itself, as language pickers do, so nobody is lost in a wrong one.
LANGUAGES: dict[str, str] = {"es_CO": "Español (Colombia)", "en": "English"}
REFERENCE_CONTEXT = "reference"
RULES_CONTEXT = "rules"
ERRORS_CONTEXT = "errors"
DATE_FORMAT = "%d/%m/%Y"
QT_DATE_FORMAT = "dd/MM/yyyy"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def normalise(code: str | None) -> str:
    """A supported language code for whatever was stored or typed (``en_US`` → ``en``)."""
    if code in LANGUAGES:
        return code
    if code and code.split("_")[0] == "en":
        return "en"
    return DEFAULT_LANGUAGE


def compiled_translation(language: str, catalogue: str = "ati") -> Path | None:
    """The ``.qm`` of a catalogue for a language; None when unavailable.

    ``ati`` is the application's own texts; ``qt`` rewords Qt's catalogue where it does not
    speak Colombian Spanish. The build's ``.qm`` next to the ``.ts`` is used when its digest
    matches the source.
    """
    source = translations_dir() / f"{catalogue}_{language}.ts"
    if not source.exists():
        return None
    name = catalogues.compiled_name(source)
    shipped = source.with_name(name)
    if shipped.exists():
        return shipped
    # Fallback for a source checkout where the build step did not run, or whose .ts was
    # edited since: compile once into the user data directory, reused until the .ts changes.
    cached = data_dir() / "translations" / name
    if cached.exists():
        return cached
    tool = catalogues.lrelease()
    if tool is None:
        log.warning("lrelease not found: the interface stays in Spanish")
        return None
    compiled, complaint = catalogues.compile_catalogue(tool, source, cached.parent)
    if compiled is None:
        log.warning("lrelease failed for %s: %s", source.name, complaint)
    return compiled


def install(language: str) -> str:
    """Switch the whole interface to ``language``; open widgets get a LanguageChange event."""
    global _current
    app = QCoreApplication.instance()
    language = normalise(language)
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own strings (dialog buttons, context menus) come from its shipped catalogues.
    candidates = [(f"qtbase_{language.split('_')[0]}", qt_translations)]
    for catalogue in ("qt", "ati"):  # a later translator wins: Colombian wording over Qt's
        compiled = compiled_translation(language, catalogue)
        if compiled is not None:
            candidates.append((str(compiled),))
    for arguments in candidates:
        translator = QTranslator(app)
        if translator.load(*arguments):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    _current = language
    # Qt announces a new translator only once the event loop runs; open windows (and tests)
    # must follow the switch right away, so tell them now. A second notice later is harmless.
    for widget in QApplication.topLevelWidgets():
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    return language


def reference_label(member: Enum) -> str:
    """The label of a reference code in the interface language."""
    return QCoreApplication.translate(REFERENCE_CONTEXT, member.label)


def rule_text(message: str) -> str:
    """Why the guideline refuses a choice (``domain.rules`` writes it in Spanish), translated."""
    return QCoreApplication.translate(RULES_CONTEXT, message)


def error_text(exc: object) -> str:
    """The message of an :class:`AtiError` (or a ``Verdict``) in the interface language.

    The layers without Qt write a Spanish template and its values; the template is translated
    and filled here. A template the catalogue lacks, or a translation that does not fit its
    values, falls back to the Spanish message.
    """
    violations = getattr(exc, "violations", None)
    if violations:  # a RuleError: each reason is translated in the rules' own context
        return "\n".join(rule_text(violation.message) for violation in violations)
    template, params = getattr(exc, "template", None), getattr(exc, "params", None) or {}
    if not template:
        return getattr(exc, "message", None) or str(exc)
    text = QCoreApplication.translate(ERRORS_CONTEXT, template)
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its values", template)
        return exc.message


def code_label(enum_type: type[Enum], code: str | None) -> str:
    """The label of a stored code; an unknown code (from a newer version) is shown as is."""
    if not code:
        return ""
    try:
        return reference_label(enum_type(code))
    except ValueError:
        return code


def format_date(value: date | None) -> str:
    """Dates are shown DD/MM/AAAA everywhere, whatever the system locale says."""
    return value.strftime(DATE_FORMAT) if value else ""
