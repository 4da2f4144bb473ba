"""Matching text as people type it: without accents, capitals or extra spaces.

One rule for every picker and filter (schools, municipalities, participants, the CLI): the
query's words must each appear in the candidate, in any order, once both are folded —
"simon bolivar" finds "Institución Educativa Simón Bolívar", "iquira" finds "Íquira".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def fold(text: str | None) -> str:
    """Lower case, without diacritics, single spaces: "  Íquira " → "iquira"; ñ becomes n."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def matches(query: str | None, *candidates: str | None) -> bool:
    """Every word of the query appears in the candidates (joined); an empty query matches all."""
    words = fold(query).split()
    haystack = " ".join(fold(c) for c in candidates if c)
    return all(word in haystack for word in words)


def same(a: str | None, b: str | None) -> bool:
    """Two names that are the same to a reader ("Garzon" and "Garzón")."""
    return fold(a) == fold(b)


def filter_matching(query: str | None, items: Iterable[T], texts: Callable[[T], Iterable[str | None]]) -> list[T]:
    """The items whose texts match the query; those whose text starts with it come first."""
    folded = fold(query)
    found = [item for item in items if matches(query, *texts(item))]
    return sorted(found, key=lambda item: not any(fold(t).startswith(folded) for t in texts(item) if t))
