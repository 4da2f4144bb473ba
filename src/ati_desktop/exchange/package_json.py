"""Strict JSON for data from outside: no NaN or Infinity, no repeated keys, bounded nesting."""

from __future__ import annotations

import json
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


def dumps(value: Any) -> str:
    """The canonical form: sorted keys, no spaces, non-ASCII kept, NaN refused."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
