"""Languages of the interface: compiled translations, reference labels and dates as shown.

Source strings are Spanish (Colombia); English comes from ``resources/translations/ati_en.ts``.
Compiled ``.qm`` files are never committed: a missing or stale one is built with Qt's
``lrelease`` into the user data directory, named by a hash of its ``.ts`` so an edited
source is recompiled exactly once.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

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


def _lrelease() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_translation(language: str, catalogue: str = "ati") -> Path | None:
    """The ``.qm`` of a catalogue for a language, compiling its ``.ts`` when needed; None when unavailable.

    ``ati`` is the application's own texts; ``qt`` rewords Qt's catalogue where it does not
    speak Colombian Spanish.
    """
    source = translations_dir() / f"{catalogue}_{language}.ts"
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    target_dir = data_dir() / "translations"
    target = target_dir / f"{catalogue}_{language}-{digest}.qm"
    if target.exists():
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("lrelease not found: the interface stays in Spanish")
        return None
    target_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(partial)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not partial.exists():
        log.warning("lrelease failed for %s: %s", source.name, result.stderr.strip())
        return None
    for old in target_dir.glob(f"{catalogue}_{language}-*.qm"):
        old.unlink(missing_ok=True)
    partial.replace(target)  # atomic: a second instance never loads a half-written file
    return target


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
