"""Which pages reach the printer, in which order, and on which paper."""

from __future__ import annotations

import pytest
from acta_helpers import pdfinfo_pages
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ati_desktop.services import actas
from ati_desktop.ui.actas import printing


@pytest.fixture
def pdf_printer(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "impreso.pdf"))
    return printer


def test_all_pages_by_default(pdf_printer):
    assert printing.pages_to_print(pdf_printer, 3, current_page=1) == [0, 1, 2]


def test_a_page_range_counts_from_one(pdf_printer):
    pdf_printer.setPrintRange(QPrinter.PrintRange.PageRange)
    pdf_printer.setFromTo(2, 3)
    assert printing.pages_to_print(pdf_printer, 4, current_page=0) == [1, 2]


def test_a_range_past_the_end_stops_at_the_last_page(pdf_printer):
    pdf_printer.setPrintRange(QPrinter.PrintRange.PageRange)
    pdf_printer.setFromTo(2, 9)
    assert printing.pages_to_print(pdf_printer, 3, current_page=0) == [1, 2]


def test_current_page_only(pdf_printer):
    pdf_printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert printing.pages_to_print(pdf_printer, 3, current_page=2) == [2]


def test_collated_copies_repeat_the_document(pdf_printer):
    assert not pdf_printer.supportsMultipleCopies()  # a PDF file: copies are ours to make
    pdf_printer.setCopyCount(2)
    pdf_printer.setCollateCopies(True)
    assert printing.pages_to_print(pdf_printer, 3, current_page=0) == [0, 1, 2, 0, 1, 2]


def test_uncollated_copies_repeat_each_page(pdf_printer):
    pdf_printer.setCopyCount(2)
    pdf_printer.setCollateCopies(False)
    assert printing.pages_to_print(pdf_printer, 2, current_page=0) == [0, 0, 1, 1]


def test_paper_follows_the_acta_and_pages_fill_it(pdf_printer, db, forms, make_session, tmp_path):
    from ati_desktop.services.sessions import save_session

    source = tmp_path / "acta.pdf"
    source.write_bytes(actas.render_session(db, forms, save_session(db, make_session()).id))
    document = QPdfDocument()
    document.load(str(source))
    pdf_printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    pdf_printer.setPageOrientation(QPageLayout.Orientation.Landscape)

    printing.prepare_printer(pdf_printer, document, "acta-prueba.pdf")
    sheets = printing.print_document(document, pdf_printer)

    assert pdf_printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert pdf_printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert pdf_printer.fullPage() and pdf_printer.docName() == "acta-prueba.pdf"
    assert sheets == document.pageCount() == pdfinfo_pages(tmp_path / "impreso.pdf")
