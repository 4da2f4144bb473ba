"""Signatures are embedded as grey levels on white, whatever PNG mode they come in."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from ati_desktop.actas.signature import SignatureImage, grey_on_white
from ati_desktop.domain.errors import ValidationError


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_transparent_background_turns_white_and_ink_stays_dark():
    image = Image.new("RGBA", (4, 1), (0, 0, 0, 0))  # transparent black, as pads often leave it
    image.putpixel((1, 0), (0, 0, 0, 255))
    image.putpixel((2, 0), (20, 30, 140, 255))
    image.putpixel((3, 0), (0, 0, 0, 128))
    grey = grey_on_white(Image.open(io.BytesIO(_png(image))))
    assert grey.mode == "L"
    assert [grey.getpixel((x, 0)) for x in range(4)] == [255, 0, 40, 127]


@pytest.mark.parametrize("mode", ["RGB", "L", "1", "LA"])
def test_opaque_black_on_white_keeps_its_pixels(mode):
    image = Image.new("RGB", (3, 1), "white")
    image.putpixel((1, 0), (0, 0, 0))
    grey = grey_on_white(Image.open(io.BytesIO(_png(image.convert(mode)))))
    assert [grey.getpixel((x, 0)) for x in range(3)] == [255, 0, 255]


def test_palette_with_a_transparent_entry_turns_white():
    image = Image.new("P", (2, 1), 0)
    image.putpalette([0, 0, 0, 10, 10, 10])
    image.putpixel((1, 0), 1)
    image.info["transparency"] = 0
    grey = grey_on_white(Image.open(io.BytesIO(_png(image))))
    assert [grey.getpixel((x, 0)) for x in range(2)] == [255, 10]


def test_keeps_proportions_inside_the_box():
    flowable = SignatureImage(_png(Image.new("RGB", (600, 220), "white")), 120, 36, "Ana")
    assert flowable.wrap(500, 500) == pytest.approx((36 * 600 / 220, 36))


def test_truncated_png_is_refused_in_spanish():
    png = _png(Image.new("RGB", (600, 220), "white"))
    with pytest.raises(ValidationError, match="La firma de Ana no es una imagen legible"):
        SignatureImage(png[: len(png) // 2], 120, 36, "Ana")
