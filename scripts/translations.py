"""Keep the translation sources up to date and build them.

    python scripts/translations.py extract   # refresh resources/translations/*.ts
    python scripts/translations.py compile   # build the .qm files next to them, as installs do

``extract`` runs Qt's ``lupdate`` over ``ui/`` and ``app.py`` and then adds the texts that live
in data: the Spanish labels of the reference codes (context ``reference``), the reasons the
guideline's rules give (context ``rules``), the message templates of the errors raised outside
the interface (context ``errors``) and every text of the shipped forms (contexts
``forms/<id>``). Translations already written are kept.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ati_desktop import catalogues  # noqa: E402
from ati_desktop.domain import reference, rules  # noqa: E402

PACKAGE = ROOT / "src" / "ati_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es_CO", "en")
# The layers without Qt whose errors reach the interface.
ERROR_PACKAGES = ("domain", "storage", "services", "actas", "formspec", "exchange")


def qt_tool(name: str) -> str:
    import PySide6

    bundled = Path(PySide6.__file__).parent / name
    found = str(bundled) if bundled.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py")) + [PACKAGE / "app.py"]


def reference_texts() -> Iterable[tuple[str, str]]:
    for enum_type in vars(reference).values():
        if isinstance(enum_type, type) and issubclass(enum_type, reference.Labeled) \
                and enum_type is not reference.Labeled:
            for member in enum_type:
                yield "reference", member.label


def rule_texts() -> Iterable[tuple[str, str]]:
    """Every message of the guideline's rules, found by breaking each rule.

    The rules write their reasons inline. A reflective dialogue with every operation and
    nothing recorded breaks each rule that is not about the channel; trying every channel
    then breaks each modality rule at least once.
    """
    everything = frozenset(reference.Operation)
    for channel in reference.Channel:
        facts = rules.SessionFacts(everything, channel, reference.Technique.DIALOGO_REFLEXIVO)
        for violation in rules.violations(facts):
            yield "rules", violation.message


def error_texts() -> Iterable[tuple[str, str]]:
    """Every literal message template of the errors the layers without Qt raise.

    That is the first argument of a call to ``AtiError`` or a subclass (found by name in the
    same files), or to the ``error_template`` marker, and the second of a ``Verdict``.
    """
    trees = [ast.parse(path.read_text(encoding="utf-8"))
             for package in ERROR_PACKAGES for path in sorted((PACKAGE / package).rglob("*.py"))]
    bases = {node.name: {ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases}
             for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    errors = {"AtiError"}
    while grown := {name for name, parents in bases.items() if parents & errors} - errors:
        errors |= grown
    position = dict.fromkeys(errors | {"error_template"}, 0) | {"Verdict": 1}
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = ast.unparse(node.func).rsplit(".", 1)[-1]
            index = position.get(name)
            if index is not None and len(node.args) > index:
                argument = node.args[index]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    yield "errors", argument.value


def form_texts() -> Iterable[tuple[str, str]]:
    try:
        from ati_desktop.formspec import load_registry, texts_for_translation
    except ImportError:
        print("formspec not available: form texts skipped")
        return []
    return list(texts_for_translation(load_registry()))


def is_data_context(name: str) -> bool:
    return name in ("reference", "rules", "errors") or name.startswith("forms/")


def read(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def kept_translations(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    """The translation elements of data contexts, which lupdate does not know about."""
    kept = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        if is_data_context(name):
            for message in context.iter("message"):
                kept[(name, message.findtext("source"))] = message.find("translation")
    return kept


def add_data_contexts(tree: ET.ElementTree, texts: Iterable[tuple[str, str]],
                      kept: dict[tuple[str, str], ET.Element]) -> int:
    root = tree.getroot()
    contexts: dict[str, ET.Element] = {}
    added = 0
    for name, text in texts:
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        message = ET.SubElement(contexts[name], "message")
        ET.SubElement(message, "source").text = text
        translation = kept.get((name, text))
        if translation is None:
            translation = ET.Element("translation", type="unfinished")
        message.append(translation)
        added += 1
    return added


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def extract() -> None:
    texts = list(dict.fromkeys([*reference_texts(), *rule_texts(), *error_texts(), *form_texts()]))
    files = [str(p) for p in sources()]
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"ati_{language}.ts"
        kept = kept_translations(read(ts)) if ts.exists() else {}
        subprocess.run([qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "es_CO", "-target-language", language,
                        *files, "-ts", str(ts)], check=True)
        tree = read(ts)
        for context in list(tree.getroot().iter("context")):
            if is_data_context(context.findtext("name")):
                tree.getroot().remove(context)
        added = add_data_contexts(tree, texts, kept)
        write(tree, ts)
        print(f"{ts.relative_to(ROOT)}: {added} texts from reference codes, rules, errors and forms")


def compile_all(out: Path) -> None:
    """What every build does (packaging/hatch_build.py, the installer's spec): see ``ati_desktop.catalogues``."""
    for compiled in catalogues.build(TRANSLATIONS, out):
        print(compiled)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("extract", "compile"))
    parser.add_argument("--out", type=Path, default=TRANSLATIONS, help="where compile writes the .qm files")
    args = parser.parse_args()
    if args.command == "extract":
        extract()
    else:
        compile_all(args.out)


if __name__ == "__main__":
    main()
