"""Strict JSON for data from outside: no NaN or Infinity, no repeated keys, bounded nesting."""

from __future__ import annotations

import json
import re
from typing import Any

from .limits import MAX_JSON_DEPTH


class StrictJSONError(ValueError):
    """The text is not JSON this application accepts; the message says why (in Spanish)."""


def _no_constant(name: str) -> Any:
    raise StrictJSONError(f"tiene un número no válido ({name})")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StrictJSONError(f"repite la clave «{key[:40]}»")
        result[key] = value
    return result


def _check_depth(value: Any) -> None:
    # Iterative, so a hostile value cannot exhaust the stack here either.
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise StrictJSONError(f"anida valores a más de {MAX_JSON_DEPTH} niveles")
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)


# Built once: json.loads and json.dumps with arguments build a new decoder or encoder per call.
_DECODER = json.JSONDecoder(parse_constant=_no_constant)
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def loads(data: bytes | str) -> Any:
    """Parse ``data`` (UTF-8) or raise :class:`StrictJSONError`."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        value = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_unique_keys)
    except StrictJSONError:
        raise
    except UnicodeDecodeError:
        raise StrictJSONError("no está en UTF-8") from None
    except RecursionError:
        raise StrictJSONError(f"anida valores a más de {MAX_JSON_DEPTH} niveles") from None
    except ValueError as exc:
        raise StrictJSONError("no es JSON válido") from exc
    _check_depth(value)
    return value


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST = re.compile(r"\[\]|\{\}")


def _shallow_enough(text: str) -> bool:
    """Nesting within MAX_JSON_DEPTH, judged on the text (each pass drops one level of brackets).

    Unbalanced brackets stop the passes early: that text is not JSON, as the parser will say.
    """
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return True  # nesting never exceeds the number of opening brackets
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    for _level in range(MAX_JSON_DEPTH):
        inner = _INNERMOST.sub("", brackets)
        if not inner or inner == brackets:
            return True
        brackets = inner
    return False


def loads_canonical(data: bytes) -> Any:
    """Parse JSON that must be in canonical form (:func:`dumps`): what the signer wrote, byte for byte.

    Canonical text cannot repeat a key, hold NaN or spaces; checking the form lets the fast
    parser do the work, and the strict one runs only to name what is wrong.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise StrictJSONError("no está en UTF-8") from None
    if not _shallow_enough(text):
        raise StrictJSONError(f"anida valores a más de {MAX_JSON_DEPTH} niveles")
    try:
        value = _DECODER.decode(text)
        canonical = _ENCODER.encode(value) == text
    except (ValueError, RecursionError):
        canonical = False
    if not canonical:
        loads(text)  # raises with the reason when there is one
        raise StrictJSONError("no está en la forma canónica (orden de claves, espacios o escapes)")
    return value


def loads_canonical_lines(lines: list[str]) -> list[Any] | None:
    """Every line parsed, when each one passes :func:`loads_canonical`; None when one does not.

    The bulk form for JSON Lines: the same checks without the cost of a call and an exception
    handler per line. On None, :func:`loads_canonical` line by line says which line and why.
    """
    values = []
    decode, encode = _DECODER.raw_decode, _ENCODER.encode
    try:
        for line in lines:
            if not _shallow_enough(line):
                return None
            value, end = decode(line)
            if end != len(line) or encode(value) != line:
                return None
            values.append(value)
    except (ValueError, RecursionError):
        return None
    return values


def dumps(value: Any) -> str:
    """The canonical form: sorted keys, no spaces, non-ASCII kept, NaN refused."""
    return _ENCODER.encode(value)
