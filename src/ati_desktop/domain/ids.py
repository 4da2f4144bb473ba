"""Identifiers of records: random for what only this device knows, derived for what has a code.

A school or campus that the secretariat has coded (DANE) gets a name-based UUID (version 5)
from that code, so every device that imports the catalogue, or adds the school by hand with its
code, gives it the same id and a merge never doubles it. Everything else gets a random UUID.
"""

from __future__ import annotations

import unicodedata
import uuid

# Fixed for ever: changing it would give every coded school a new id.
NAMESPACE = uuid.UUID("734b48a4-229c-4e2a-8f91-c0f5aa7ab7e8")


def new_id() -> str:
    """A global identifier: records keep it across devices, exports and merges."""
    return str(uuid.uuid4())


def derived_id(name: str) -> str:
    """The name-based id of ``name`` in the application's namespace."""
    return str(uuid.uuid5(NAMESPACE, name))


def school_id_for(dane_code: str) -> str:
    return derived_id("school:" + dane_code.strip())


def campus_id_for(school_id: str, dane_code: str | None, name: str) -> str:
    """A campus by its own DANE code, or by its school and its name when it has none."""
    if dane_code and dane_code.strip():
        return derived_id("campus:" + dane_code.strip())
    return derived_id(f"campus:{school_id}:{normalised_name(name)}")


def same_as_id(record_type: str, record_id: str, same_as: str) -> str:
    """The id of the link saying two records are one: the same whichever device makes it."""
    return derived_id(f"same_as:{record_type}:{record_id}:{same_as}")


def normalised_name(name: str) -> str:
    """Lower case, without accents and with single spaces: «Sede  Párraga» == «sede parraga»."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def document_key(id_document: str | None) -> str | None:
    """A cédula reduced to its digits («1.075.234.567» == «1075234567»); None without digits."""
    digits = "".join(c for c in id_document or "" if c.isdigit())
    return digits or None
