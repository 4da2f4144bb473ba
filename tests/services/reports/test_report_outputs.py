"""Reports as XLSX (numbers and dates as such), CSV and PDF with its charts; ``ati report``."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from datetime import date, datetime

import pytest

from report_record import PERIOD, VISITS, period, record  # noqa: F401 (fixtures)


@pytest.fixture
def documents(record, period):
    from ati_desktop.services.reports.document import build, document

    db, built = record
    return {kind: document(db, build(db, kind, period))
            for kind in ("activity", "coverage", "commitments", "indicators", "advisory")}


def test_xlsx_holds_numbers_and_dates(documents, tmp_path):
    from openpyxl import load_workbook

    from ati_desktop.services.exports_xlsx import write_xlsx

    path = tmp_path / "actividad.xlsx"
    write_xlsx(documents["activity"], path)
    book = load_workbook(path)
    summary = book["Resumen"]
    assert summary["A1"].value == "GOBERNACIÓN DEL HUILA"
    assert summary["A3"].value == "Informe de actividad"
    assert summary["B4"].value == datetime(*PERIOD[0].timetuple()[:3]) and summary["B4"].is_date
    assert summary["C4"].value == datetime(*PERIOD[1].timetuple()[:3])
    figures = {row[0].value: row[1].value for row in summary.iter_rows(min_row=10, max_col=2) if row[0].value}
    counted = [v for v in VISITS if not v.deleted and PERIOD[0] <= v.day <= PERIOD[1]]
    assert figures["Sesiones"] == len(counted)
    assert figures["Horas"] == sum(v.minutes for v in counted) / 60

    sheet = book.worksheets[1]  # the first table after the summary: by municipality and month
    header = [c.value for c in sheet[10]]
    assert header == ["Municipio", "Código", "Mes", "Sesiones", "Horas"]
    rows = [[c for c in row] for row in sheet.iter_rows(min_row=11) if row[0].value]
    assert all(isinstance(r[3].value, int) and r[2].is_date for r in rows)
    assert sum(r[3].value for r in rows) == len(counted)
    assert {(r[1].value, r[2].value.date()) for r in rows} == \
        {(v.municipality, v.day.replace(day=1)) for v in counted}


def test_xlsx_of_commitments_has_every_commitment(documents, tmp_path):
    from openpyxl import load_workbook

    from ati_desktop.services.exports_xlsx import write_xlsx

    path = tmp_path / "compromisos.xlsx"
    write_xlsx(documents["commitments"], path)
    doc = documents["commitments"]
    sheet = load_workbook(path).worksheets[1 + [t.key for t in doc.tables].index("lines")]
    rows = [row for row in sheet.iter_rows(min_row=11, values_only=True) if row[0]]
    made = [p for v in VISITS if not v.deleted and PERIOD[0] <= v.day <= PERIOD[1] for p in v.commitments]
    assert len(rows) == len(made)
    assert sorted(r[6].date() for r in rows) == sorted(p.due for p in made)
    assert all(isinstance(r[9], int) for r in rows if r[9] is not None)


def test_csv_is_one_table_excel_reads(documents, tmp_path):
    from ati_desktop.domain.errors import ValidationError
    from ati_desktop.services.exports_csv import write_csv

    path = tmp_path / "cobertura.csv"
    write_csv(documents["coverage"], "schools", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Municipio" and len(rows) == 1 + len(documents["coverage"].table("schools").rows)
    assert {r[5] for r in rows[1:]} >= {"2026-11-03", ""}
    with pytest.raises(ValidationError):
        write_csv(documents["coverage"], "nothing", path)


def test_pdf_has_the_header_the_figures_and_the_charts(documents, tmp_path):
    from ati_desktop.actas.report import render_report

    doc = documents["commitments"]
    path = tmp_path / "compromisos.pdf"
    path.write_bytes(render_report(doc))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "GOBERNACIÓN DEL HUILA" in text and "INFORME DE COMPROMISOS" in text
    assert "Página 1 de" in text and "01/10/2026 – 30/11/2026" in text
    for chart in doc.charts:
        assert chart.title in text
    # The chart's own axis: its category labels and the percent scale it drew.
    assert "Sin verificar" in text and "100 %" in text
    assert "Compromiso k3" in text
    assert render_report(doc) == path.read_bytes(), "the same document gives the same bytes"


def test_pdf_page_renders(documents, tmp_path):
    from ati_desktop.actas.report import render_report

    path = tmp_path / "actividad.pdf"
    path.write_bytes(render_report(documents["activity"]))
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
                   check=True)
    assert (tmp_path / "p-1.png").stat().st_size > 5000


def test_cli_report_outputs(record, tmp_path):
    from typer.testing import CliRunner

    from ati_desktop.cli import app

    db, built = record
    runner = CliRunner()
    base = ["report", "commitments", "--from", "2026-10-01", "--to", "2026-11-30", "--db", str(db.path)]
    result = runner.invoke(app, [*base, "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["figures"]
    assert figures["Compromisos hechos"] == 5 and figures["Vencidos"] == 3
    narrowed = runner.invoke(app, [*base, "--json", "--profesional", "BETO DÍAZ  cabrera"])
    assert json.loads(narrowed.output)["filters"] == {"Profesional de apoyo": "Beto Díaz Cabrera"}
    for suffix in ("xlsx", "csv", "pdf"):
        target = tmp_path / f"informe.{suffix}"
        assert runner.invoke(app, [*base, "-o", str(target)]).exit_code == 0
        assert target.stat().st_size > 100
    bad = runner.invoke(app, ["report", "activity", "--from", "2026-12-01", "--to", "2026-11-01",
                              "--db", str(db.path)])
    assert bad.exit_code == 1 and "antes de empezar" in bad.output
    unknown = runner.invoke(app, [*base, "--establecimiento", "999999999999"])
    assert unknown.exit_code == 1 and "999999999999" in unknown.output
