"""How a request names a person: a cédula compared by its digits, a name compared without
accents or case, and near matches (a typo, a missing second surname) scored by rapidfuzz."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

# Below this a name is not shown at all; from EXACT up it is the same name.
NEAR_SCORE = 80
EXACT_SCORE = 100
_DIGITS = re.compile(r"\D+")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def document_key(text: str | None) -> str:
    """A cédula as its digits only: «1.075.234.567», «CC 1075234567» are the same document."""
    return _DIGITS.sub("", text or "")


def fold(text: str | None) -> str:
    """Lower case, accents and punctuation dropped, spaces collapsed: «Peña» ~ «pena»."""
    # Decomposed, the accents are separate marks that the ASCII encoding drops (in C: a
    # departmental record's free text is folded in a fraction of a second).
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii")
    return " ".join(_NOT_WORD.sub(" ", plain.casefold()).split())


def is_document_query(query: str) -> bool:
    """A query of digits (with dots, spaces or a CC prefix) names a cédula, not a name."""
    letters = re.sub(r"(?i)^\s*c\.?\s*c\.?", "", query)
    return len(document_key(query)) >= 5 and not re.search(r"[^\W\d_]", letters)


@dataclass(frozen=True)
class Match:
    """One candidate for the query: ``exact`` when it is the same name or document."""

    key: str
    score: float
    exact: bool


def match_documents(query: str, documents: dict[str, str]) -> list[Match]:
    """Records whose cédula equals the query's digits, or differs by one typed digit (near)."""
    wanted = document_key(query)
    found = []
    for key, document in documents.items():
        digits = document_key(document)
        if not digits:
            continue
        if digits == wanted:
            found.append(Match(key, EXACT_SCORE, True))
        elif abs(len(digits) - len(wanted)) <= 1 and Levenshtein.distance(digits, wanted) == 1:
            found.append(Match(key, 100 * (1 - 1 / max(len(wanted), 1)), False))
    return sorted(found, key=lambda m: (-m.score, m.key))


def match_names(query: str, names: dict[str, str], limit: int = 50) -> list[Match]:
    """Records whose name holds every word of the query (exact) or resembles it (near).

    Near matches are scored by rapidfuzz's ``token_set_ratio``: word order does not count,
    a typo costs little («Cuellar Pina» ~ «Cuéllar Peña»), and sharing one surname with a
    stranger («María Perdomo» / «Yuliana Ospina Perdomo») stays below the cut.
    """
    wanted = fold(query)
    if not wanted:
        return []
    folded = {key: fold(name) for key, name in names.items()}
    words = set(wanted.split())
    found: dict[str, Match] = {}
    for key, name in folded.items():
        if words <= set(name.split()):
            found[key] = Match(key, EXACT_SCORE, True)
    scored = process.extract(wanted, folded, scorer=fuzz.token_set_ratio, score_cutoff=NEAR_SCORE,
                             limit=limit + len(found))
    for _, score, key in scored:
        if key not in found:
            found[key] = Match(key, round(score, 1), False)
    return sorted(found.values(), key=lambda m: (-m.score, m.key))[:limit]


def mentions(text: str | None, full_name: str) -> bool:
    """Whether free text names the person (all the name's words in a row, accents ignored)."""
    name = fold(full_name)
    return bool(name) and f" {name} " in f" {fold(text)} "
