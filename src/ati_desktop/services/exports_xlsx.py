"""A report document as an Excel workbook: a summary sheet and one sheet per table.

Written with XlsxWriter: a write-only library (what an export needs) that streams rows in
constant memory and writes about twice as fast as openpyxl. Numbers and dates are written as
such, with a number format, so the sheet sums and sorts them; every sheet repeats the
header (entity, report, period, filters) so a printed page says what it is. Text is always
text: XlsxWriter would otherwise write a string that starts with «=» as a formula, and a school
name from an imported catalogue could then run in the supervisor's Excel.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

from ati_desktop.actas.report_model import ReportDocument, Table
from ati_desktop.domain.clock import local

_FORMATS = {"int": "0", "number": "#,##0.00", "hours": "0.00", "percent": "0.0%", "date": "dd/mm/yyyy",
            "month": "mm/yyyy"}
_WIDTH = 14


def write_xlsx(doc: ReportDocument, target: Path | io.BytesIO) -> None:
    """Write the workbook to a file path or a binary buffer."""
    book = xlsxwriter.Workbook(target if isinstance(target, io.BytesIO) else str(target),
                               {"constant_memory": True, "in_memory": isinstance(target, io.BytesIO),
                                "strings_to_formulas": False, "strings_to_urls": False,
                                "default_date_format": _FORMATS["date"]})
    styles = _Styles(book)
    book.set_properties({"title": doc.title, "subject": f"{doc.title} {doc.period}",
                         "author": f"{doc.header.entity} – {doc.header.secondary}",
                         "company": doc.header.entity, "created": _naive(doc.generated_at)})
    summary = book.add_worksheet("Resumen")
    row = _header(summary, doc, styles)
    summary.write(row, 0, "Cifras clave", styles.heading)
    for offset, figure in enumerate(doc.figures, 1):
        summary.write(row + offset, 0, figure.label)
        _cell(summary, row + offset, 1, figure.value, figure.kind, styles)
    summary.set_column(0, 0, 34)
    summary.set_column(1, 1, 16)
    names = {"Resumen"}
    for table in doc.tables:
        sheet = book.add_worksheet(_sheet_name(table.title, names))
        _table(sheet, doc, table, styles)
    book.close()


def xlsx_bytes(doc: ReportDocument) -> bytes:
    buffer = io.BytesIO()
    write_xlsx(doc, buffer)
    return buffer.getvalue()


class _Styles:
    def __init__(self, book) -> None:
        self.title = book.add_format({"bold": True, "font_size": 13})
        self.heading = book.add_format({"bold": True})
        self.column = book.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True,
                                       "valign": "top"})
        self.kinds = {kind: book.add_format({"num_format": fmt}) for kind, fmt in _FORMATS.items()}
        self.moment = book.add_format({"num_format": "dd/mm/yyyy hh:mm"})


def _header(sheet, doc: ReportDocument, styles: _Styles) -> int:
    """Entity, report, period and filters on the first rows; returns the first free row."""
    sheet.write(0, 0, doc.header.entity, styles.title)
    sheet.write(1, 0, f"{doc.header.secondary} · {doc.header.process}")
    sheet.write(2, 0, doc.title, styles.heading)
    sheet.write(3, 0, "Periodo")
    sheet.write_datetime(3, 1, doc.date_from, styles.kinds["date"])
    sheet.write_datetime(3, 2, doc.date_to, styles.kinds["date"])
    sheet.write(4, 0, "Filtros")
    sheet.write(4, 1, "; ".join(f"{label}: {value}" for label, value in doc.filters) or "Ninguno")
    sheet.write(5, 0, "Generado")
    sheet.write_datetime(5, 1, _naive(doc.generated_at), styles.moment)
    sheet.write(6, 0, f"Documento {doc.header.code} · versión {doc.header.version}")
    return 8


def _table(sheet, doc: ReportDocument, table: Table, styles: _Styles) -> None:
    top = _header(sheet, doc, styles)
    sheet.write(top, 0, table.title, styles.heading)
    top += 1
    for col, column in enumerate(table.columns):
        sheet.write(top, col, column.label, styles.column)
        sheet.set_column(col, col, max(_WIDTH, min(60, _WIDTH * column.width)))
    for offset, values in enumerate(table.rows, 1):
        for col, (column, value) in enumerate(zip(table.columns, values)):
            _cell(sheet, top + offset, col, value, column.kind, styles)
    sheet.freeze_panes(top + 1, 0)
    sheet.autofilter(top, 0, top + max(len(table.rows), 1), len(table.columns) - 1)
    sheet.repeat_rows(top)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)


def _cell(sheet, row: int, col: int, value, kind: str, styles: _Styles) -> None:
    if value is None or value == "":
        sheet.write_blank(row, col, None)
    elif isinstance(value, datetime):
        sheet.write_datetime(row, col, _naive(value), styles.moment)
    elif isinstance(value, date):
        sheet.write_datetime(row, col, value, styles.kinds["month" if kind == "month" else "date"])
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, int | float):
        sheet.write_number(row, col, value, styles.kinds.get(kind))
    else:
        sheet.write_string(row, col, str(value))


def _naive(moment: datetime) -> datetime:
    """Excel has no time zones: Colombian civil time, as people read it."""
    return local(moment).replace(tzinfo=None) if moment.tzinfo else moment


def _sheet_name(title: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", title.split("(")[0]).strip()
    while len(base) > 28:  # Excel allows 31 characters; keep whole words and room for a number
        base = base.rsplit(" ", 1)[0] if " " in base else base[:28]
    base = base or "Tabla"
    name, n = base, 2
    while name.casefold() in {t.casefold() for t in taken}:
        name, n = f"{base[:26]} {n}", n + 1
    taken.add(name)
    return name
