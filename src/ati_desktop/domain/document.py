"""Printable content shared by the forms engine (which produces it) and the actas (which lay it out).

A form's answers are presented as sections of labelled values and tables, already in the
words a reader sees, so that the acta renderer needs to know nothing about forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldRows:
    """Label/value pairs, printed as a two-column block."""

    rows: list[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    """A table with a header row (a checklist, a repeat group, a list of commitments)."""

    columns: list[str]
    rows: list[list[str]]
    title: str | None = None
    # Relative column widths; None means equal widths.
    widths: list[float] | None = None


Block = FieldRows | Table


@dataclass(frozen=True)
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    help_text: str | None = None
