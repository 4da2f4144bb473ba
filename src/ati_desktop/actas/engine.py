"""One-time ReportLab setup for actas: the embedded DejaVu Sans faces and stream encoding."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ati_desktop.resources import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"


@cache
def setup() -> None:
    """Register the fonts (parsing the TrueType files is the costly part) once per process."""
    for name in (REGULAR, BOLD, OBLIQUE):
        pdfmetrics.registerFont(TTFont(name, str(font_path(f"{name}.ttf"))))
    # <b> and <i> in paragraph markup resolve through these mappings.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, OBLIQUE)
    addMapping(REGULAR, 1, 1, BOLD)
    # Binary (Flate only) streams: ASCII85 makes every PDF a quarter larger and slower to write.
    # ReportLab is used by nothing else in the application, so the global setting is ours.
    rl_config.useA85 = 0
