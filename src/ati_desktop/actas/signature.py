"""Signature images for the participants table, embedded as grey levels on white.

The signature pad draws black ink on white, so one grey channel carries all of it; embedding
that instead of colour plus a transparency mask makes the image a quarter of the data, and
the acta markedly faster to write. Every step is exact integer arithmetic, so the same PNG
always gives the same PDF bytes.
"""

from __future__ import annotations

import io

from PIL import Image, ImageChops
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from ati_desktop.domain.errors import ValidationError

_TRANSPARENT_MODES = ("RGBA", "LA", "PA", "RGBa", "La")
PRINT_DPI = 200


class SignatureImage(Flowable):
    """A signature scaled to fit ``max_width`` × ``max_height`` points, keeping its proportions."""

    def __init__(self, png: bytes, max_width: float, max_height: float, owner: str) -> None:
        super().__init__()
        try:
            grey = grey_on_white(Image.open(io.BytesIO(png)))
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            raise ValidationError(
                "La firma de {owner} no es una imagen legible; vuelva a capturarla.", owner=owner
            ) from exc
        # Pixels beyond print resolution only slow the PDF down; ink stays crisp at 200 dpi.
        # An integer box reduction is exact and several times cheaper than resampling.
        factor = max(grey.width * 72 // (max_width * PRINT_DPI), grey.height * 72 // (max_height * PRINT_DPI))
        if factor >= 2:
            grey = grey.reduce(int(factor))
        scale = min(max_width / grey.width, max_height / grey.height)
        self.width, self.height = grey.width * scale, grey.height * scale
        self._reader = ImageReader(grey)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self._reader, 0, 0, self.width, self.height)


def grey_on_white(image: Image.Image) -> Image.Image:
    """The image's luminance, with transparent parts turned white."""
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode not in _TRANSPARENT_MODES:
        return image.convert("L")
    rgba = image.convert("RGBA")
    alpha = rgba.getchannel("A")
    if alpha.getextrema() == (255, 255):
        return rgba.convert("L")
    ink = ImageChops.invert(rgba.convert("L"))
    return ImageChops.invert(ImageChops.multiply(ink, alpha))
