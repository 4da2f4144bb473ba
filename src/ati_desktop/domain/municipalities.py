"""The 37 municipalities of Huila with their DIVIPOLA codes, shipped with the package."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Municipality:
    code: str
    name: str
    certified_in_education: bool


@cache
def municipalities() -> tuple[Municipality, ...]:
    text = files("ati_desktop.domain").joinpath("data/huila_municipalities.csv").read_text("utf-8")
    rows = csv.DictReader(text.splitlines())
    return tuple(
        Municipality(row["divipola_code"], row["name"], row["certified_in_education"] == "true")
        for row in rows
    )


def by_code() -> dict[str, Municipality]:
    return {m.code: m for m in municipalities()}


def find_municipality(text: str | None) -> Municipality | None:
    """The municipality a person means by a DIVIPOLA code or a name typed any way ("garzon").

    A partial name counts when it fits exactly one municipality ("pitali" → Pitalito).
    """
    from .text import fold, matches

    wanted = (text or "").strip()
    if not wanted:
        return None
    if wanted in by_code():
        return by_code()[wanted]
    exact = [m for m in municipalities() if fold(m.name) == fold(wanted)]
    if exact:
        return exact[0]
    partial = [m for m in municipalities() if matches(wanted, m.name)]
    return partial[0] if len(partial) == 1 else None
