"""One table of a report as CSV: UTF-8 with a byte-order mark, so Excel reads the accents.

A text cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a
carriage return) is written with a leading apostrophe, as OWASP advises against CSV injection:
a school named «=HYPERLINK(…)» in an imported catalogue stays text in Excel. Numbers and dates
are written as they are.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from ati_desktop.actas.report_model import ReportDocument, Table
from ati_desktop.domain.errors import ValidationError

from .files import write_whole

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(table: Table) -> str:
    """The table with its column names first; dates as AAAA-MM-DD, numbers with a dot."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(column.label) for column in table.columns])
    for values in table.rows:
        writer.writerow([_text(value, column.kind) for column, value in zip(table.columns, values)])
    return buffer.getvalue()


def chosen_table(doc: ReportDocument, table_key: str | None) -> Table:
    """The table named ``table_key`` (by default the report's first), or a message naming the others."""
    keys = [t.key for t in doc.tables]
    if table_key and table_key not in keys:
        raise ValidationError("El informe no tiene la tabla «{key}»; tiene: {keys}.", key=table_key,
                              keys=", ".join(keys))
    return doc.table(table_key) if table_key else doc.tables[0]


def csv_bytes(doc: ReportDocument, table_key: str | None) -> bytes:
    """One table of the report as the bytes of a CSV file."""
    return csv_text(chosen_table(doc, table_key)).encode("utf-8-sig")


def write_csv(doc: ReportDocument, table_key: str | None, path) -> Table:
    """Write one table (by default the report's first), whole or not at all, and return it."""
    table = chosen_table(doc, table_key)
    write_whole(Path(path), csv_bytes(doc, table.key))
    return table


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it but never runs it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _text(value, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()[:7] if kind == "month" else value.isoformat()
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if kind == "percent" else f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return str(value)
    return safe_cell(str(value))
