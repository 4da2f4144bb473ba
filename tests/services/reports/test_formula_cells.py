"""Names that start like a spreadsheet formula reach the exports as text, never as formulas."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook

from ati_desktop.services import settings
from ati_desktop.services.exports_csv import write_csv
from ati_desktop.services.exports_xlsx import write_xlsx
from ati_desktop.services.reports.document import build, document
from ati_desktop.services.reports.filters import ReportFilter
from ati_desktop.services.schools import import_catalogue

HYPERLINK = '=HYPERLINK("http://x","clic")'
NAMES = {"241298000123": HYPERLINK, "241298000124": "@ escuela rural", "241298000125": "-Sede Norte",
         "241298000126": "+57 escuela", "241298000127": "Institución Educativa El Rosario"}


@pytest.fixture
def coverage(db, tmp_path):
    """The coverage report of a catalogue imported with such names, under an entity typed so."""
    settings.save_institution(db, replace(settings.institution(db), entity="=GOBERNACIÓN DEL HUILA"))
    rows = "".join(f'{code},"{name.replace(chr(34), chr(34) * 2)}",41298,,\n' for code, name in NAMES.items())
    catalogue = tmp_path / "catalogo.csv"
    catalogue.write_text("dane_code,name,municipality_code,campus_dane_code,campus_name\n" + rows, encoding="utf-8")
    import_catalogue(db, catalogue)
    return document(db, build(db, "coverage", ReportFilter(date(2026, 10, 1), date(2026, 11, 30))))


def test_csv_writes_formula_like_names_with_a_leading_apostrophe(coverage, tmp_path):
    path = tmp_path / "cobertura.csv"
    write_csv(coverage, "schools", path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    column = rows[0].index("Establecimiento")
    written = {row[1]: row[column] for row in rows[1:]}

    assert written == {"241298000123": "'" + HYPERLINK, "241298000124": "'@ escuela rural",
                       "241298000125": "'-Sede Norte", "241298000126": "'+57 escuela",
                       "241298000127": "Institución Educativa El Rosario"}
    numbers = {row[1]: row[rows[0].index("Sesiones en el periodo")] for row in rows[1:]}
    assert set(numbers.values()) == {"0"}, "numbers are written as they are"


def test_xlsx_holds_formula_like_names_as_plain_text(coverage, tmp_path):
    path = tmp_path / "cobertura.xlsx"
    write_xlsx(coverage, path)
    book = load_workbook(path)
    sheet = book[next(name for name in book.sheetnames if name.startswith("Establecimientos"))]
    header = [cell.value for cell in sheet[10]]
    code, name = header.index("Código DANE"), header.index("Establecimiento")
    cells = {row[code].value: row[name] for row in sheet.iter_rows(min_row=11) if row[code].value}

    assert {key: cell.value for key, cell in cells.items()} == NAMES
    assert {cell.data_type for cell in cells.values()} == {"s"}, "no cell is a formula"
    assert not any(cell.hyperlink for cell in cells.values())
    for sheet in book.worksheets:
        assert (sheet["A1"].value, sheet["A1"].data_type) == ("=GOBERNACIÓN DEL HUILA", "s"), \
            "the header of every sheet is text too"
