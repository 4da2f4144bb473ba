"""A report as titled tables, key figures and bar charts: what the PDF, XLSX and CSV print.

Plain data, filled by the services (``services.reports.document``); the PDF layout is
:mod:`actas.report`, the charts :mod:`actas.charts`. Values keep their types (int, float,
date) so spreadsheets get numbers and dates, not text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ati_desktop.actas.model import ActaHeader

# How a column's values are meant: text, int, number (2 decimals), hours, percent (0–1), date,
# month (a date on the first day of its month).
KINDS = ("text", "int", "number", "hours", "percent", "date", "month")


@dataclass(frozen=True)
class Column:
    label: str
    kind: str = "text"
    width: float = 1.0  # relative width in the PDF


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    # Rows beyond this are left out of the PDF (with a note); XLSX and CSV hold them all.
    pdf_limit: int = 200


@dataclass(frozen=True)
class BarChart:
    """Bars by category; ``keys`` say what each category is, for a click that drills down."""

    key: str
    title: str
    dimension: str  # what the categories are: month, municipality, operation, technique, ...
    labels: tuple[str, ...]
    keys: tuple[str, ...]
    series: tuple[tuple[float, ...], ...]
    series_names: tuple[str, ...]
    value_kind: str = "int"


@dataclass(frozen=True)
class Figure:
    """A key figure: sessions in the period, compliance rate …"""

    label: str
    value: Any
    kind: str = "int"


@dataclass(frozen=True)
class ReportDocument:
    kind: str  # activity, coverage, commitments, indicators, advisory
    title: str
    header: ActaHeader
    date_from: date
    date_to: date
    filters: tuple[tuple[str, str], ...]
    generated_at: datetime
    figures: tuple[Figure, ...] = ()
    charts: tuple[BarChart, ...] = ()
    tables: tuple[Table, ...] = field(default_factory=tuple)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    @property
    def period(self) -> str:
        return f"{self.date_from:%d/%m/%Y} – {self.date_to:%d/%m/%Y}"
