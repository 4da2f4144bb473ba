"""Type sizes, colours and table rules of the acta, built once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle

from ati_desktop.actas.engine import BOLD, OBLIQUE, REGULAR, setup

INK = colors.HexColor("#1A1A1A")
RULE = colors.HexColor("#4D4D4D")
MUTED = colors.HexColor("#555555")
LABEL_FILL = colors.HexColor("#EEEEEE")
HEAD_FILL = colors.HexColor("#D9D9D9")
BAND_FILL = colors.HexColor("#C9D3DD")
RULE_WIDTH = 0.5


@dataclass(frozen=True)
class Styles:
    """The paragraph styles every part of the acta shares."""

    body: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    label: ParagraphStyle
    th: ParagraphStyle
    band: ParagraphStyle
    subheading: ParagraphStyle
    caption: ParagraphStyle
    help: ParagraphStyle
    small: ParagraphStyle


@cache
def styles() -> Styles:
    """Styles on the embedded font; cached because building them costs more than using them."""
    setup()
    base = ParagraphStyle(
        "acta-body",
        fontName=REGULAR,
        fontSize=8.5,
        leading=11,
        textColor=INK,
        alignment=TA_JUSTIFY,
        splitLongWords=1,
        spaceAfter=3,
    )
    cell = ParagraphStyle("acta-cell", parent=base, fontSize=8, leading=10, spaceAfter=0,
                          alignment=0)
    return Styles(
        body=base,
        cell=cell,
        cell_centre=ParagraphStyle("acta-cell-c", parent=cell, alignment=TA_CENTER),
        label=ParagraphStyle("acta-label", parent=cell, fontName=BOLD, fontSize=7.5, leading=9.5),
        th=ParagraphStyle("acta-th", parent=cell, fontName=BOLD, fontSize=7.5, leading=9,
                          alignment=TA_CENTER),
        band=ParagraphStyle("acta-band", parent=cell, fontName=BOLD, fontSize=9, leading=11),
        subheading=ParagraphStyle("acta-sub", parent=cell, fontName=BOLD, fontSize=8.5,
                                  leading=11),
        caption=ParagraphStyle("acta-caption", parent=cell, fontName=BOLD, fontSize=7.5,
                               leading=9.5),
        help=ParagraphStyle("acta-help", parent=cell, fontName=OBLIQUE, fontSize=7.5,
                            leading=9.5, textColor=MUTED, spaceAfter=3),
        small=ParagraphStyle("acta-small", parent=cell, fontSize=7, leading=8.5),
    )
