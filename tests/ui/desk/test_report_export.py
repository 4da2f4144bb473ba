"""«Exportar informe…» of the Tablero: each format holds the report the service computes for its filters."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from datetime import date, datetime

import pytest
from mounts import files_in, remount_read_only, tmpfs

from report_record import PERIOD, build

TODAY = PERIOD[1]
GARZON = "41298"


@pytest.fixture
def desk(qtbot, db, tmp_path):
    from ati_desktop.ui import tasks
    from ati_desktop.ui.desk import DeskWindow

    build(db, tmp_path)
    tasks.set_synchronous(True)
    window = DeskWindow(db, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.municipality.setCurrentIndex(window.municipality.findData(GARZON))
    window.technique.setCurrentIndex(window.technique.findData("reunion"))
    tasks.set_synchronous(False)  # the export itself runs on the worker thread, as in use
    yield window
    tasks.wait_for_idle()


@pytest.fixture
def targets(monkeypatch):
    """The save dialog answers with the path a test sets; the suggested path is noted."""
    from ati_desktop.ui.desk import report_export

    asked = {}

    def answer(parent, suggested, suffix):
        asked["suggested"], asked["suffix"] = suggested, suffix
        return asked.get("answer")

    monkeypatch.setattr(report_export, "ask_target", answer)
    return asked


def _export(window, qtbot, targets, kind, suffix, target):
    dialog = window.show_export()
    dialog.report.setCurrentIndex(dialog.report.findData(kind))
    next(b for b in dialog.formats.buttons() if b.property("suffix") == suffix).setChecked(True)
    targets["answer"] = target
    with qtbot.waitSignal(dialog.exported, timeout=60000) as written:
        dialog.export_button.click()
    assert written.args == [dialog.written] and dialog.written.exists()
    assert "Informe guardado en" in dialog.status.text() and dialog.open_button.isVisible()
    return dialog


def _expected(window, kind):
    from ati_desktop.services.reports.document import build as build_report
    from ati_desktop.services.reports.document import document

    flt = window.report_filter()
    assert flt.municipality_code == GARZON and flt.technique == "reunion"
    whole = document(window.db, build_report(window.db, kind, type(flt)(flt.date_from, flt.date_to)))
    doc = document(window.db, build_report(window.db, kind, flt))
    assert doc.tables != whole.tables, "the filters narrow the report"
    return doc


def _cell(value):
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    return None if value == "" else value


def test_xlsx_holds_every_table_of_the_report_for_the_filters(desk, qtbot, targets, tmp_path):
    from openpyxl import load_workbook

    dialog = _export(desk, qtbot, targets, "coverage", ".xlsx", tmp_path / "cobertura.xlsx")
    assert targets["suggested"].name == "informe-cobertura-2025-12-01-a-2026-11-30.xlsx"
    doc = _expected(desk, "coverage")
    book = load_workbook(dialog.written)
    assert book["Resumen"]["B5"].value == "Municipio: Garzón; Técnica: Reunión"
    figures = {r[0]: r[1] for r in book["Resumen"].iter_rows(min_row=10, max_col=2, values_only=True) if r[0]}
    assert figures == {f.label: f.value for f in doc.figures}
    assert len(book.worksheets) == 1 + len(doc.tables)
    for sheet, table in zip(book.worksheets[1:], doc.tables):
        assert [c.value for c in sheet[10]] == [c.label for c in table.columns]
        rows = [list(r) for r in sheet.iter_rows(min_row=11, max_col=len(table.columns), values_only=True)]
        assert rows == [[_cell(v) for v in row] for row in table.rows], table.key


def test_csv_is_the_first_table_of_the_report_for_the_filters(desk, qtbot, targets, tmp_path):
    from ati_desktop.services.exports_csv import csv_text

    dialog = _export(desk, qtbot, targets, "commitments", ".csv", tmp_path / "compromisos.csv")
    assert targets["suggested"].name == "informe-compromisos-2025-12-01-a-2026-11-30.csv"
    doc = _expected(desk, "commitments")
    raw = dialog.written.read_bytes()
    assert raw == csv_text(doc.tables[0]).encode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 1 + len(doc.tables[0].rows) and rows[1:], "the overdue commitments of Garzón"


def _pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return re.sub(r"Generado el \d\d/\d\d/\d{4} \d\d:\d\d", "Generado el …", text)


def test_pdf_says_what_the_service_renders_for_the_filters(desk, qtbot, targets, tmp_path):
    from ati_desktop.actas.report import render_report

    dialog = _export(desk, qtbot, targets, "activity", ".pdf", tmp_path / "actividad")  # no ending typed
    doc = _expected(desk, "activity")
    (tmp_path / "expected.pdf").write_bytes(render_report(doc))
    text = _pdf_text(dialog.written)
    assert dialog.written.name == "actividad.pdf"
    assert "Municipio: Garzón; Técnica: Reunión" in text and "INFORME DE ACTIVIDAD" in text
    assert text == _pdf_text(tmp_path / "expected.pdf")


def test_a_read_only_folder_is_explained_and_gets_no_file(desk, qtbot, targets, tmp_path):
    with tmpfs(tmp_path / "usb", 256) as usb:
        remount_read_only(usb)
        dialog = desk.show_export()
        targets["answer"] = usb / "informe.xlsx"
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=60000)
        assert "No se pudo guardar «" + str(usb / "informe.xlsx") + "»" in dialog.status.text()
        assert "solo lectura" in dialog.status.text()
        assert dialog.written is None and not dialog.open_button.isVisible()
        assert files_in(usb) == []


def test_an_ending_typed_chooses_the_format(desk, qtbot, targets, tmp_path):
    dialog = desk.show_export()
    targets["answer"] = tmp_path / "Informe.PDF"  # Excel is chosen, the name says PDF
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.export_button.click()
    assert dialog.written.read_bytes().startswith(b"%PDF") and dialog.suffix() == ".pdf"
    assert desk.last_export.suffix == ".pdf"


def test_cancelling_the_save_dialog_writes_nothing(desk, targets, tmp_path):
    dialog = desk.show_export()
    dialog.export_button.click()
    assert targets["suffix"] == ".xlsx" and dialog.status.text() == ""
    assert dialog.export_button.isEnabled() and dialog.written is None


def test_the_next_export_offers_the_folder_report_and_format_of_the_last(desk, qtbot, targets, tmp_path):
    folder = tmp_path / "informes"
    folder.mkdir()
    dialog = _export(desk, qtbot, targets, "advisory", ".csv", folder / "asesorias.csv")
    dialog.close()
    again = desk.show_export()
    assert again.suggested_path() == folder / "informe-bitacora-asesorias-2025-12-01-a-2026-11-30.csv"
    assert again.filters_label.text() == "Municipio: Garzón; Técnica: Reunión"


def test_the_save_dialog_offers_the_format_chosen(monkeypatch, tmp_path):
    from ati_desktop.ui import file_dialogs
    from ati_desktop.ui.desk import report_export

    asked = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda parent, title, start, name_filter: (
        asked.append((start, name_filter)) or str(tmp_path / "informe")))
    assert report_export.ask_target(None, tmp_path / "x.pdf", ".pdf") == tmp_path / "informe"
    assert asked == [(str(tmp_path / "x.pdf"), "Documento PDF (*.pdf)")]
