"""The set of form definitions shipped in ``forms/``, every version, loaded and checked."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from ati_desktop import resources
from ati_desktop.domain.errors import NotFoundError
from ati_desktop.formspec.errors import FormDefinitionError
from ati_desktop.formspec.loader import FormProblem, load_form_file
from ati_desktop.formspec.model import FormDefinition

FORM_SUFFIXES = (".yaml", ".yml")


class FormRegistry:
    """All loaded forms, found by id and version, by technique, or listed.

    ``problems`` names the forms that were left out and why (a published text that does not
    load), so the app can say so instead of failing.
    """

    def __init__(self, forms: Iterable[FormDefinition], problems: Sequence[FormProblem] = ()) -> None:
        self._forms = {(form.id, form.version): form for form in forms}
        self.problems = tuple(problems)

    def get(self, form_id: str, version: int) -> FormDefinition:
        try:
            return self._forms[(form_id, version)]
        except KeyError:
            raise NotFoundError(
                "No existe el formulario «{form_id}» en su versión {version}.",
                form_id=form_id, version=version
            ) from None

    def latest(self, form_id: str) -> FormDefinition:
        versions = [form for (fid, _v), form in self._forms.items() if fid == form_id]
        if not versions:
            raise NotFoundError("No existe el formulario «{form_id}».", form_id=form_id)
        return max(versions, key=lambda form: form.version)

    def for_technique(self, technique_code: str) -> FormDefinition:
        """The latest version of the form of a technique."""
        for form in sorted(self.all(), key=lambda f: -f.version):
            if form.technique == technique_code:
                return form
        raise NotFoundError("No hay formulario para la técnica «{technique}».",
                            technique=technique_code)

    def all(self) -> list[FormDefinition]:
        return [self._forms[key] for key in sorted(self._forms)]


def load_registry(directory: Path | None = None) -> FormRegistry:
    """Loads every form of a directory (``forms/`` by default); refuses any problem."""
    directory = resources.forms_dir() if directory is None else Path(directory)
    forms, problems = load_paths([directory])
    if problems:
        raise FormDefinitionError(problems)
    return FormRegistry(forms)


def load_paths(paths: Sequence[Path]) -> tuple[list[FormDefinition], list[FormProblem]]:
    """Forms in files and directories, with every problem found, including across files."""
    files: list[Path] = []
    problems: list[FormProblem] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix in FORM_SUFFIXES)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(FormProblem(path, None, "no existe el archivo o la carpeta"))
    forms: list[tuple[Path, FormDefinition]] = []
    for file in dict.fromkeys(files):  # a file named twice is read once
        form, file_problems = load_form_file(file)
        problems += file_problems
        if form is not None:
            forms.append((file, form))
    problems += _cross_file_problems(forms)
    return [form for _file, form in forms], problems


def _cross_file_problems(forms: list[tuple[Path, FormDefinition]]) -> list[FormProblem]:
    problems = []
    versions: dict[tuple[str, int], Path] = {}
    owners: dict[str, tuple[str, Path]] = {}
    for file, form in forms:
        key = (form.id, form.version)
        if key in versions:
            problems.append(FormProblem(file, 1, (
                f"el formulario «{form.id}» versión {form.version} ya está en {versions[key]}"
            )))
        versions.setdefault(key, file)
        owner = owners.setdefault(form.technique.value, (form.id, file))
        if owner[0] != form.id:
            problems.append(FormProblem(file, 1, (
                f"la técnica «{form.technique.value}» ya tiene el formulario «{owner[0]}» "
                f"({owner[1]}); cada técnica tiene un solo formulario con sus versiones"
            )))
    return problems
