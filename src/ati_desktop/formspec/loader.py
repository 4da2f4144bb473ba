"""Reads one form, from its file or its published text: YAML with line numbers, then the model, then the checks, in Spanish."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError as PydanticError

from ati_desktop.formspec import model
from ati_desktop.formspec.checks import Loc, check_form
from ati_desktop.formspec.model import FormDefinition


@dataclass(frozen=True)
class FormProblem:
    """One reason a form file cannot be used: file, line when known, and reason in Spanish."""

    file: Path | str  # a file, or where a published text came from
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else f"{self.file}"
        return f"{where}: {self.reason}"


class _Loader(yaml.SafeLoader):
    """YAML 1.1 reads ``no``, ``si``-like words as booleans; forms need ``no`` as a code."""


_Loader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)

_ALL_KEYS = sorted(
    {name for cls in vars(model).values() if isinstance(cls, type) and hasattr(cls, "model_fields")
     for name in cls.model_fields}
)


# The guideline's largest form is about 20 KB of YAML; a file far larger is no form.
MAX_FORM_BYTES = 512 * 1024
# Forms nest form → sections → fields → choices or sub-fields: a handful of levels. The YAML
# composer recurses once per level, so a deep file would exhaust the stack.
MAX_YAML_DEPTH = 32
# Anchors and aliases may share a list of choices; each alias counts as the nodes it stands for,
# so a few lines of nested aliases (an "alias bomb") cannot expand to millions of nodes.
MAX_YAML_NODES = 100_000


class _LimitExceeded(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line, self.reason = line, reason


def load_form_file(path: Path) -> tuple[FormDefinition | None, list[FormProblem]]:
    """The form in a file, or None with the problems found (never raises on bad content).

    The file must be named after the form's id and version (``observacion.v2.yaml``).
    """
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FORM_BYTES + 1)  # never more than a form can be
        if len(data) > MAX_FORM_BYTES:
            return None, [_too_large(path)]
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, [FormProblem(path, None, "el archivo no está codificado en UTF-8")]
    except OSError as error:
        return None, [FormProblem(path, None, f"no se pudo leer el archivo ({error.strerror})")]
    form, problems = _read(text, path)
    if form is not None:
        expected = f"{form.id}.v{form.version}"
        if path.name.rsplit(".", 1)[0] != expected:
            problems.append(FormProblem(path, 1, f"el archivo debería llamarse {expected}.yaml"))
    return (None if problems else form), problems


def load_form_text(text: str, origin: Path | str) -> tuple[FormDefinition | None, list[FormProblem]]:
    """The form in a YAML text, or None with the problems found (never raises on bad content).

    ``origin`` names the text in the problems: its file, or where it was published.
    """
    form, problems = _read(text, origin)
    return (None if problems else form), problems


def _read(text: str, origin: Path | str) -> tuple[FormDefinition | None, list[FormProblem]]:
    """The form model (None if it has none) and every problem, the guideline's checks included."""
    if len(text) > MAX_FORM_BYTES or len(text.encode("utf-8", "replace")) > MAX_FORM_BYTES:
        return None, [_too_large(origin)]
    try:
        _check_limits(text)
        node, data = _compose(text)
    except _LimitExceeded as error:
        return None, [FormProblem(origin, error.line, error.reason)]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        detail = error.problem or error.context or "error de formato"
        reason = f"YAML mal formado (revise sangría, dos puntos y comillas): {detail}"
        return None, [FormProblem(origin, line, reason)]
    except yaml.YAMLError as error:
        return None, [FormProblem(origin, None, f"YAML mal formado: {error}")]
    if node is None:
        return None, [FormProblem(origin, None, "el archivo está vacío")]
    problems = [FormProblem(origin, line, reason) for line, reason in _duplicate_keys(node)]
    if problems:
        return None, problems
    try:
        form = FormDefinition.model_validate(data)
    except PydanticError as error:
        return None, [
            FormProblem(origin, _line(node, _pointed(e)), _reason(data, e)) for e in error.errors()
        ]
    return form, [FormProblem(origin, _line(node, loc), reason) for loc, reason in check_form(form)]


def _too_large(origin: Path | str) -> FormProblem:
    return FormProblem(origin, None, f"el archivo es demasiado grande para ser un formulario "
                                     f"(máximo {MAX_FORM_BYTES // 1024} KB)")


def _check_limits(text: str) -> None:
    """Depth and expanded size of the YAML, read from its events (the parser does not recurse)."""
    open_nodes: list[list] = []  # per open collection: [anchor, expanded nodes so far]
    sizes: dict[str, int] = {}
    for event in yaml.parse(text, Loader=_Loader):
        line = event.start_mark.line + 1 if event.start_mark else None
        added = 0
        if isinstance(event, yaml.CollectionStartEvent):
            if len(open_nodes) >= MAX_YAML_DEPTH:
                raise _LimitExceeded(line, f"el YAML anida más de {MAX_YAML_DEPTH} niveles")
            open_nodes.append([event.anchor, 1])
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, added = open_nodes.pop()
            if anchor:
                sizes[anchor] = added
        elif isinstance(event, yaml.ScalarEvent):
            added = 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            added = sizes.get(event.anchor, 1)
        if open_nodes:
            open_nodes[-1][1] += added
            if open_nodes[-1][1] > MAX_YAML_NODES:
                raise _LimitExceeded(line, f"el YAML se expande a más de {MAX_YAML_NODES} elementos "
                                           "(¿alias «*» anidados?)")


def _compose(text: str):
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def _duplicate_keys(node):
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value in seen:
                yield key.start_mark.line + 1, f"la clave «{key.value}» está repetida"
            seen.add(getattr(key, "value", None))
            yield from _duplicate_keys(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _duplicate_keys(item)


def _line(node, loc: Loc) -> int:
    """The line of the deepest YAML node on the error's path (parts not in the file skipped)."""
    current = node
    for part in loc:
        if isinstance(current, yaml.MappingNode) and isinstance(part, str):
            current = next((v for k, v in current.value if k.value == part), current)
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int):
            if 0 <= part < len(current.value):
                current = current.value[part]
    return current.start_mark.line + 1


def _pointed(error: dict) -> Loc:
    """The location to show: an unknown field type is pointed at its «type» line."""
    loc = tuple(error["loc"])
    return (*loc, "type") if error["type"] == "union_tag_invalid" else loc


def _where(data, loc: Loc) -> str:
    """Names the place of a location as an author reads it: the field or section and the key."""
    place, keys, current = "formulario", [], data
    for part in loc:
        if isinstance(current, dict) and isinstance(part, str) and part in current:
            keys.append(part)
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
            owner = keys[-1] if keys else ""
            if isinstance(current, dict) and isinstance(current.get("id"), str):
                kind = {"sections": "sección", "fields": "campo"}.get(owner, "elemento")
                place, keys = f"{kind} «{current['id']}»", []
            else:
                keys[-1:] = [f"{owner} (elemento {part + 1})"]
    return f"{place}, clave «{'.'.join(keys)}»" if keys else place


def _reason(data, error: dict) -> str:
    kind, loc, ctx = error["type"], tuple(error["loc"]), error.get("ctx") or {}
    value = error.get("input")
    if kind in ("missing", "extra_forbidden"):
        key = loc[-1]
        if kind == "missing":
            return f"{_where(data, loc[:-1])}: falta la clave «{key}»"
        hint = difflib.get_close_matches(str(key), _ALL_KEYS, n=1)
        suggestion = f" (¿quiso decir «{hint[0]}»?)" if hint else ""
        return f"{_where(data, loc[:-1])}: la clave «{key}» no existe aquí{suggestion}"
    return f"{_where(data, loc)}: {_spanish(kind, ctx, value, error['msg'])}"


def _spanish(kind: str, ctx: dict, value, fallback: str) -> str:
    if kind == "union_tag_invalid":
        expected = str(ctx.get("expected_tags", "")).replace("'", "")
        hint = difflib.get_close_matches(str(ctx.get("tag")), expected.split(", "), n=1)
        suggestion = f" ¿Quiso decir «{hint[0]}»?" if hint else ""
        return f"tipo de campo desconocido «{ctx.get('tag')}».{suggestion} Tipos válidos: {expected}"
    if kind == "union_tag_not_found":
        return "falta la clave «type» (el tipo de campo)"
    if kind in ("enum", "literal_error"):
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", " o ")
        return f"el valor «{value}» no es válido; se espera: {expected}"
    if kind == "string_pattern_mismatch":
        return (
            f"«{value}» no es un identificador válido: use minúsculas sin tildes, "
            "números y «_», empezando por una letra"
        )
    if kind == "value_error":
        return str(ctx.get("error", fallback))
    messages = {
        "string_type": "debe ser un texto",
        "string_too_short": "no puede estar vacío",
        "string_too_long": f"es demasiado largo (máximo {ctx.get('max_length')} caracteres)",
        "int_type": "debe ser un número entero",
        "int_from_float": "debe ser un número entero",
        "float_type": "debe ser un número",
        "bool_type": "debe ser true o false",
        "list_type": "debe ser una lista (líneas que empiezan con «-»)",
        "model_type": "debe ser un bloque de claves («clave: valor»)",
        "model_attributes_type": "debe ser un bloque de claves («clave: valor»)",
        "dict_type": "debe ser un bloque de claves («clave: valor»)",
        "too_short": f"debe tener al menos {ctx.get('min_length')} elemento(s)",
        "greater_than_equal": f"debe ser mayor o igual a {ctx.get('ge')}",
    }
    return messages.get(kind, fallback)
