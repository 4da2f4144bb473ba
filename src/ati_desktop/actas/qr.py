"""A QR code flowable drawn as one filled vector path of whole-module rectangles."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.platypus import Flowable

from ati_desktop.actas.styles import INK

_QUIET_ZONE = 2  # modules of white around the code; the surrounding box adds the rest
# Any of the eight masks decodes; searching for the one with the lowest penalty costs
# more than laying out the whole rest of a page, for no measurable gain with a short code.
_MASK = 0


class QrCode(Flowable):
    """``text`` as a square QR code ``size`` points wide (error correction level M)."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=_QUIET_ZONE,
                             mask_pattern=_MASK)
        code.add_data(text)
        code.make(fit=True)
        self.matrix: list[list[bool]] = code.get_matrix()
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.matrix)
        # Integer module coordinates under one scaling: a few bytes per rectangle, and the
        # rectangles of a row meet exactly. Written as raw operators because the canvas
        # path API formats every number as a float, a hundred times slower.
        ops = [f"q {INK.red:.3f} {INK.green:.3f} {INK.blue:.3f} rg",
               f"{self.width / count:.5f} 0 0 {self.height / count:.5f} 0 0 cm"]
        for row, line in enumerate(self.matrix):
            y = count - 1 - row
            col = 0
            while col < count:
                if not line[col]:
                    col += 1
                    continue
                start = col
                while col < count and line[col]:
                    col += 1
                ops.append(f"{start} {y} {col - start} 1 re")
        ops.append("f Q")
        self.canv.addLiteral("\n".join(ops))
