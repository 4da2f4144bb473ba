"""Counting the pages of a PDF, the way the preview does and the way poppler does."""

from __future__ import annotations

import re
import subprocess

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument


def page_count(pdf: bytes) -> int:
    """Pages of a PDF as QtPdf counts them (what the preview shows)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    return document.pageCount()


def pdfinfo_pages(path) -> int:
    """Pages of a PDF file as poppler counts them (an outside opinion)."""
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE).group(1))
