"""Printing a PDF acta: the system's print dialog, then each page drawn at printer resolution.

Pages are rasterised by QtPdf (the acta's own fonts and layout, exactly as previewed) rather
than re-laid out, so the paper copy matches the PDF the supervisor can verify.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ati_desktop.domain.errors import AtiError

# A4 at 1200 dpi is a 556 MB image; 300 dpi (35 MB) is already finer than the toner's dot.
MAX_RASTER_DPI = 300
POINTS_PER_INCH = 72


class PrintError(AtiError):
    """The printer (or the file it prints to) refused the job."""


def prepare_printer(printer: QPrinter, document: QPdfDocument, name: str) -> None:
    """Paper of the acta's own size, the whole sheet, and a job name the queue shows."""
    first = document.pagePointSize(0)
    portrait = QSizeF(min(first.width(), first.height()), max(first.width(), first.height()))
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if first.width() > first.height()
                               else QPageLayout.Orientation.Portrait)
    # The acta carries its own margins; printing the full sheet keeps them as designed.
    printer.setFullPage(True)
    printer.setDocName(name)


def ask_print_options(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """The system's print dialog (printer, pages, copies); False when the user cancels."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ActaPrinting", "Imprimir el acta"))
    dialog.setMinMax(1, page_count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def pages_to_print(printer: QPrinter, page_count: int, current_page: int) -> list[int]:
    """Zero-based pages in print order, honouring the range and, when the driver can't, copies."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        pages = [current_page]
    elif mode == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
        ranges = printer.pageRanges()
        pages = [number - 1 for number in range(1, page_count + 1) if ranges.contains(number)]
    else:
        pages = list(range(page_count))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _copy in range(copies)]


def print_document(document: QPdfDocument, printer: QPrinter, current_page: int = 0) -> int:
    """Print the chosen pages of ``document``; returns the number of sheets sent."""
    pages = pages_to_print(printer, document.pageCount(), current_page)
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "ActaPrinting", "No se pudo iniciar la impresión. Revise que la impresora esté "
            "encendida y conectada, o elija otra."))
    try:
        dpi = min(printer.resolution(), MAX_RASTER_DPI)
        sheet = printer.pageLayout().fullRectPixels(printer.resolution())
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            size = document.pagePointSize(page)
            image = document.render(page, QSize(round(size.width() * dpi / POINTS_PER_INCH),
                                                round(size.height() * dpi / POINTS_PER_INCH)))
            painter.drawImage(_fitted(sheet, size), image)
    finally:
        painter.end()
    return len(pages)


def _fitted(sheet: QRect, page: QSizeF) -> QRect:
    """The largest rectangle of the page's proportions centred on the sheet."""
    scale = min(sheet.width() / page.width(), sheet.height() / page.height())
    width, height = round(page.width() * scale), round(page.height() * scale)
    return QRect(sheet.x() + (sheet.width() - width) // 2, sheet.y() + (sheet.height() - height) // 2,
                 width, height)
