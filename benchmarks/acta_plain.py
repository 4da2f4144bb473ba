"""The content of an acta written straight against ReportLab: the baseline of the acta's overhead.

:func:`plain_content` reads, once and untimed, what an acta shows: every table with its cells,
column widths, repeated rows and spans; the paragraphs and spaces between them; the signature
images as the PNG they are embedded from; the QR code's text; the header and footer lines.
:func:`render_plain` lays that out as anybody would with ReportLab alone: platypus Paragraphs,
Tables with a grid, Images, ReportLab's own QR widget, a header and footer drawn on each page and
the usual two-pass canvas for "Página X de Y". Whatever the acta spends beyond this is the
project's own work.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ati_desktop.actas.engine import BOLD, REGULAR, setup
from ati_desktop.actas.model import ActaData
from ati_desktop.actas.page import Geometry
from ati_desktop.actas.qr import QrCode
from ati_desktop.actas.signature import SignatureImage
from ati_desktop.actas.stamp import ActaStamp
from ati_desktop.actas.story import build_story


@dataclass(frozen=True)
class PlainContent:
    story: list  # nested tuples, see _read
    header: list[str]
    footer: str
    page_size: tuple[float, float]
    margin: float
    top: float
    bottom: float


def plain_content(data: ActaData) -> PlainContent:
    setup()
    g = Geometry.of(data.page_size)
    stamp = ActaStamp.of(data)
    h = data.header
    return PlainContent(
        story=[_read(f) for f in build_story(data, g.inner_width)],
        header=[h.entity, h.secondary, f"Proceso: {h.process}", h.title.upper(),
                f"Código: {h.code}", f"Versión: {h.version}", f"Aprobación: {h.approval_date}"],
        footer=f"Sesión {stamp.session_id} · Revisión {stamp.revision} · Huella {stamp.short_hash}",
        page_size=(g.width, g.height), margin=g.margin,
        top=g.height - g.frame_top, bottom=g.frame_bottom)


def _read(item):
    if isinstance(item, Table):
        rows = [[_read(cell) for cell in row] for row in item._cellvalues]
        return ("table", rows, list(item._argW), item.repeatRows, list(item._spanCmds))
    if isinstance(item, KeepTogether):
        return ("keep", [_read(part) for part in item._content])
    if isinstance(item, Paragraph):
        return ("para", item.text, item.style)
    if isinstance(item, SignatureImage):
        png = io.BytesIO()
        item._reader._image.save(png, "PNG")
        return ("image", png.getvalue(), item.width, item.height)
    if isinstance(item, QrCode):  # the same modules, as a one-bit picture
        modules = len(item.matrix)
        picture = PILImage.new("1", (modules, modules), 1)
        picture.putdata([0 if dark else 1 for row in item.matrix for dark in row])
        png = io.BytesIO()
        picture.save(png, "PNG")
        return ("image", png.getvalue(), item.width, item.height)
    if isinstance(item, Spacer):
        return ("space", item.height)
    if isinstance(item, list):
        return ("cell", [_read(part) for part in item])
    if isinstance(item, str):
        return ("text", item)
    if item is None:
        return ("text", "")
    raise TypeError(f"no plain equivalent for {type(item).__name__}")


def render_plain(content: PlainContent) -> bytes:
    out = io.BytesIO()
    width, height = content.page_size
    document = SimpleDocTemplate(out, pagesize=content.page_size, invariant=1,
                                 leftMargin=content.margin, rightMargin=content.margin,
                                 topMargin=content.top, bottomMargin=content.bottom)

    def decorate(canvas: Canvas, _doc) -> None:
        canvas.saveState()
        canvas.rect(content.margin, height - 34 * mm, width - 2 * content.margin, 24 * mm)
        canvas.setFont(BOLD, 10)
        y = height - 15 * mm
        for line in content.header:
            canvas.drawCentredString(width / 2, y, line)
            canvas.setFont(REGULAR, 7)
            y -= 3 * mm
        canvas.setFont(REGULAR, 6.5)
        canvas.drawString(content.margin, 8 * mm, content.footer)
        canvas.restoreState()

    document.build([_build(item) for item in content.story], onFirstPage=decorate,
                   onLaterPages=decorate, canvasmaker=_PageCountCanvas)
    return out.getvalue()


def _build(item):
    kind = item[0]
    if kind == "table":
        _kind, rows, widths, repeat, spans = item
        table = Table([[_build(cell) for cell in row] for row in rows], colWidths=widths,
                      repeatRows=repeat)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]))
        return table
    if kind == "keep":
        return KeepTogether([_build(part) for part in item[1]])
    if kind == "para":
        return Paragraph(item[1], item[2])
    if kind == "image":
        return Image(io.BytesIO(item[1]), item[2], item[3])
    if kind == "space":
        return Spacer(1, item[1])
    if kind == "cell":
        return [_build(part) for part in item[1]]
    return item[1]


class _PageCountCanvas(Canvas):
    """ReportLab's usual recipe for "page X of Y": keep each page's state, number them at the end."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, page in enumerate(self._pages, 1):
            self.__dict__.update(page)
            self.setFont(BOLD, 7)
            self.drawRightString(self._pagesize[0] - 15 * mm, self._pagesize[1] - 30 * mm,
                                 f"Página {number} de {len(self._pages)}")
            super().showPage()
        super().save()
