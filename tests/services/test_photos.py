"""Evidence photos are kept legible and small: downscaled, upright, without camera metadata."""

import io
from random import Random

import pytest
from PIL import Image, ImageChops

from ati_desktop.domain.errors import ValidationError
from ati_desktop.services import photos


def phone_jpeg(size=(4032, 3024), exif=None) -> bytes:
    """A photo with a camera's detail and grain, megabytes as a phone writes it."""
    rng = Random(3)
    coarse = (size[0] // 40, size[1] // 40)
    scene = Image.frombytes("RGB", coarse, rng.randbytes(coarse[0] * coarse[1] * 3))
    scene = scene.resize(size, Image.Resampling.BICUBIC)
    grain = Image.frombytes("L", size, rng.randbytes(size[0] * size[1])).point(lambda v: v // 6)
    picture = ImageChops.add(scene, Image.merge("RGB", (grain, grain, grain)), offset=-20)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92, **({"exif": exif} if exif else {}))
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_phone_photo_is_downscaled_to_a_legible_jpeg_a_fraction_of_its_size():
    original = phone_jpeg()
    assert len(original) > 2_000_000
    kept = photos.prepare(original, "image/jpeg", "IMG_2041.JPG")
    picture = opened(kept.data)
    assert kept.downscaled and kept.media_type == "image/jpeg" and kept.file_name == "IMG_2041.jpg"
    assert picture.format == "JPEG" and picture.size == (photos.MAX_SIDE, photos.MAX_SIDE * 3 // 4)
    assert len(kept.data) < len(original) / 4


def test_photo_is_turned_upright_and_loses_its_camera_metadata():
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was held upright, the sensor wrote it sideways
    exif[0x010F] = "PhoneMaker"
    kept = photos.prepare(phone_jpeg((2400, 1800), exif.tobytes()), "image/jpeg", "retrato.jpg")
    picture = opened(kept.data)
    assert picture.size == (1200, 1600)
    assert not picture.getexif()


def test_small_pictures_other_files_and_originals_asked_for_are_kept_byte_for_byte():
    small = io.BytesIO()
    Image.new("RGB", (800, 600), "#3a7d44").save(small, "PNG")
    original = phone_jpeg((2400, 1800))
    cases = [(small.getvalue(), "image/png", "captura.png", False),
             (b"%PDF-1.4\n", "application/pdf", "lista.pdf", False),
             (b"not really a heic", "image/heic", "IMG_1.HEIC", False),
             (original, "image/jpeg", "pizarra.jpg", True)]
    for data, media_type, name, keep in cases:
        kept = photos.prepare(data, media_type, name, keep_original=keep)
        assert (kept.data, kept.media_type, kept.file_name, kept.downscaled) == (data, media_type, name, False)


def test_transparent_screenshot_is_flattened_on_white():
    out = io.BytesIO()
    picture = Image.frombytes("RGBA", (3000, 2000), Random(1).randbytes(3000 * 2000 * 4))
    picture.save(out, "PNG")
    kept = photos.prepare(out.getvalue(), "image/png", "captura.png")
    assert kept.file_name == "captura.jpg" and opened(kept.data).mode == "RGB"


def test_damaged_photo_and_decompression_bomb_are_refused_with_a_message():
    truncated = phone_jpeg((2400, 1800))[:50_000]
    with pytest.raises(ValidationError, match="dañada"):
        photos.prepare(truncated, "image/jpeg", "rota.jpg")
    bomb = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(bomb, "PNG")  # 144 megapixels in a few kilobytes
    with pytest.raises(ValidationError, match="megapíxeles"):
        photos.prepare(bomb.getvalue(), "image/png", "bomba.png")
    bigger = io.BytesIO()
    Image.new("1", (14_000, 14_000)).save(bigger, "PNG")  # beyond Pillow's own bomb limit
    with pytest.raises(ValidationError, match="megapíxeles"):
        photos.prepare(bigger.getvalue(), "image/png", "bomba.png")


def test_file_beyond_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(photos, "MAX_INPUT_BYTES", 1000)
    with pytest.raises(ValidationError, match="pesa"):
        photos.prepare(b"\xff\xd8" + b"\0" * 2000, "image/jpeg", "enorme.jpg")
