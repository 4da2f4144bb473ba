"""What every page carries: the boxed document header, the footer stamp, "Página X de Y"."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ati_desktop.actas.engine import BOLD, REGULAR
from ati_desktop.actas.model import ActaData, ActaHeader
from ati_desktop.actas.stamp import ActaStamp
from ati_desktop.actas.styles import INK, LABEL_FILL, MUTED, RULE, RULE_WIDTH
from ati_desktop.domain.errors import ValidationError

_PAGE_SIZES = {"A4": A4, "LETTER": LETTER}
_HEADER_HEIGHT = 24 * mm
_LOGO_WIDTH = 30 * mm
_CODE_WIDTH = 46 * mm
_MIDDLE_ROWS = (10 * mm, 6 * mm, 8 * mm)


@dataclass(frozen=True)
class Geometry:
    """Page size, margins and the frame the body flows in."""

    width: float
    height: float
    margin: float = 15 * mm

    @classmethod
    def of(cls, page_size: str, landscape: bool = False) -> Geometry:
        width, height = _PAGE_SIZES[page_size]
        return cls(height, width) if landscape else cls(width, height)

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def header_top(self) -> float:
        return self.height - 10 * mm

    @property
    def frame_top(self) -> float:
        return self.header_top - _HEADER_HEIGHT - 4 * mm

    @property
    def frame_bottom(self) -> float:
        return 16 * mm


class PageDecorator:
    """Draws one acta's header and footer on each of its pages (a PageTemplate's onPage)."""

    def __init__(self, data: ActaData, group: int) -> None:
        stamp = ActaStamp.of(data)
        self._setup(data.header, data.page_size, group,
                    f"Sesión {stamp.session_id} · Revisión {stamp.revision} · Huella {stamp.short_hash}")

    @classmethod
    def for_document(cls, header: ActaHeader, page_size: str, footer: str,
                     landscape: bool = False) -> PageDecorator:
        """The same header and footer for another controlled document (e.g. a report)."""
        decorator = cls.__new__(cls)
        decorator._setup(header, page_size, 0, footer, landscape)
        return decorator

    def _setup(self, header: ActaHeader, page_size: str, group: int, footer: str,
               landscape: bool = False) -> None:
        self.header = header
        self.geometry = Geometry.of(page_size, landscape)
        self.group = group
        self.footer = footer
        self._logo = _image_reader(header.logo)
        self._label_at = (0.0, 0.0)  # where "Página X de Y" goes, found drawing the header

    def __call__(self, canv: Canvas, _doc: object) -> None:
        # Header and footer are the same on every page of a document: drawn once into a form
        # XObject that each page shows, instead of laying out and writing them page by page.
        form = f"ActaPage{self.group}"
        if not canv.hasForm(form):
            canv.beginForm(form)
            canv.saveState()
            self._label_at = self._draw_header(canv)
            self._draw_footer(canv)
            canv.restoreState()
            canv.endForm()
        canv.doForm(form)
        # Read back by NumberedCanvas.save, once the number of pages is known.
        canv.page_label = (self.group, *self._label_at)

    def _draw_header(self, canv: Canvas) -> tuple[float, float]:
        g, h = self.geometry, self.header
        left, top, bottom = g.margin, g.header_top, g.header_top - _HEADER_HEIGHT
        right = left + g.inner_width
        mid_left, mid_right = left + _LOGO_WIDTH, right - _CODE_WIDTH
        canv.setStrokeColor(RULE)
        canv.setLineWidth(RULE_WIDTH * 1.6)
        canv.rect(left, bottom, g.inner_width, _HEADER_HEIGHT)
        canv.setLineWidth(RULE_WIDTH)
        canv.line(mid_left, bottom, mid_left, top)
        canv.line(mid_right, bottom, mid_right, top)
        self._draw_logo(canv, left, bottom)

        mid_width, centre = mid_right - mid_left, (mid_left + mid_right) / 2
        y = top
        for row_height in _MIDDLE_ROWS[:-1]:
            y -= row_height
            canv.line(mid_left, y, mid_right, y)
        # (text, font, size, most lines): each row's lines fit its height at any size.
        rows = [
            [(h.entity, BOLD, 10.5, 1), (h.secondary, REGULAR, 8, 1)],
            [(f"Proceso: {h.process}", REGULAR, 7.5, 2)],
            [(h.title.upper(), BOLD, 9, 2)],
        ]
        y = top
        for row_height, lines in zip(_MIDDLE_ROWS, rows):
            _centred_block(canv, lines, centre, y - row_height / 2, mid_width - 4 * mm)
            y -= row_height
        return self._draw_codes(canv, mid_right, right, top)

    def _draw_codes(self, canv: Canvas, left: float, right: float,
                    top: float) -> tuple[float, float]:
        h = self.header
        cells = [("Código:", h.code), ("Versión:", h.version), ("Aprobación:", h.approval_date)]
        row = _HEADER_HEIGHT / 4
        value_x = left + 2 * mm + max(stringWidth(label, BOLD, 7) for label, _ in cells) + 1.5 * mm
        for i, (label, value) in enumerate(cells):
            y = top - row * (i + 1)
            canv.line(left, y, right, y)
            canv.setFillColor(INK)
            canv.setFont(BOLD, 7)
            canv.drawString(left + 2 * mm, y + row / 2 - 2.4, label)
            shown = _fit_one_line(value or "—", REGULAR, 7, right - value_x - 1.5 * mm)
            canv.setFont(REGULAR, 7)
            canv.drawString(value_x, y + row / 2 - 2.4, shown)
        return (left + right) / 2, top - row * 3.5 - 2.6

    def _draw_logo(self, canv: Canvas, left: float, bottom: float) -> None:
        pad = 2.5 * mm
        box_w, box_h = _LOGO_WIDTH - 2 * pad, _HEADER_HEIGHT - 2 * pad
        if self._logo is None:
            _draw_placeholder_shield(canv, left + _LOGO_WIDTH / 2, bottom + _HEADER_HEIGHT / 2)
            return
        img_w, img_h = self._logo.getSize()
        scale = min(box_w / img_w, box_h / img_h)
        w, h = img_w * scale, img_h * scale
        canv.drawImage(self._logo, left + (_LOGO_WIDTH - w) / 2, bottom + (_HEADER_HEIGHT - h) / 2,
                       w, h, mask="auto")

    def _draw_footer(self, canv: Canvas) -> None:
        g = self.geometry
        y = 11 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(RULE_WIDTH)
        canv.line(g.margin, y, g.width - g.margin, y)
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, 6.5)
        canv.drawString(g.margin, y - 3.2 * mm, self.footer)
        canv.drawRightString(g.width - g.margin, y - 3.2 * mm, "Generada con ATI Desktop")


class NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "Página X de Y" of its own acta."""

    page_label: tuple[int, float, float]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["page_label"][0] for page in self._held_pages)
        numbers: Counter[int] = Counter()
        for page in self._held_pages:
            self.__dict__.update(page)
            group, x, y = self.page_label
            numbers[group] += 1
            self.setFillColor(INK)
            self.setFont(BOLD, 7)
            self.drawCentredString(x, y, f"Página {numbers[group]} de {totals[group]}")
            super().showPage()
        super().save()


def _image_reader(logo: bytes | Path | str | None) -> ImageReader | None:
    if logo is None:
        return None
    try:
        return ImageReader(io.BytesIO(logo) if isinstance(logo, bytes) else str(logo))
    except OSError as exc:
        if isinstance(logo, bytes):
            raise ValidationError(
                "No se pudo leer el logo del encabezado: revise la imagen configurada "
                "(PNG o JPEG) en el encabezado de las actas."
            ) from exc
        raise ValidationError(
            "No se pudo leer el logo del encabezado «{logo}»: revise la imagen configurada "
            "(PNG o JPEG) en el encabezado de las actas.", logo=logo
        ) from exc


def _centred_block(canv: Canvas, lines: list[tuple[str, str, float, int]], x: float,
                   y_mid: float, width: float) -> None:
    """Centre lines of text vertically around ``y_mid``, wrapped or shrunk to fit."""
    laid: list[tuple[str, str, float]] = []
    for text, font, size, most in lines:
        wrapped, size = _fit(text, font, size, width, most)
        laid += [(part, font, size) for part in wrapped]
    total = sum(size * 1.2 for _, _, size in laid)
    y = y_mid + total / 2
    canv.setFillColor(INK)
    for text, font, size in laid:
        y -= size * 1.2
        canv.setFont(font, size)
        canv.drawCentredString(x, y + size * 0.25, text)


def _fit(text: str, font: str, size: float, width: float,
         most: int) -> tuple[list[str], float]:
    """Wrap to at most ``most`` lines, shrinking the type down to 6 pt, then clipping."""
    while True:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= most:
            return lines, size
        if size <= 6:
            last = _fit_one_line(" ".join(lines[most - 1:]), font, size, width)
            return [*lines[: most - 1], last], size
        size -= 0.5


def _fit_one_line(text: str, font: str, size: float, width: float) -> str:
    """``text``, or as much of it as fits in ``width`` followed by an ellipsis."""
    if stringWidth(text, font, size) <= width:
        return text
    # Start from a proportional guess, then drop characters until it fits.
    keep = int(len(text) * width / stringWidth(text, font, size))
    while keep > 0 and stringWidth(text[:keep] + "…", font, size) > width:
        keep -= 1
    return text[:keep].rstrip() + "…"


def _draw_placeholder_shield(canv: Canvas, cx: float, cy: float) -> None:
    """A neutral shield outline, shown until the secretariat configures its logo."""
    w, h = 14 * mm, 17 * mm
    top, left = cy + h / 2, cx - w / 2
    path = canv.beginPath()
    path.moveTo(left, top)
    path.lineTo(left + w, top)
    path.lineTo(left + w, top - h * 0.55)
    path.curveTo(left + w, top - h * 0.85, cx + w * 0.15, top - h * 0.95, cx, top - h)
    path.curveTo(cx - w * 0.15, top - h * 0.95, left, top - h * 0.85, left, top - h * 0.55)
    path.close()
    canv.setFillColor(LABEL_FILL)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.8)
    canv.drawPath(path, fill=1, stroke=1)
    canv.setFillColor(MUTED)
    canv.setFont(BOLD, 8)
    canv.drawCentredString(cx, cy - 1, "ATI")
