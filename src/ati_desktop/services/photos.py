"""Evidence photos are kept at a size that stays legible, not at the size a phone writes them.

A phone photo is 3–8 MB (12 megapixels). An evidence photo has to show, in an acta, in an
export and on a supervisor's screen, who was there and what was on the board or the signed
attendance sheet: 1600 pixels on the long side do that (an A4 sheet photographed whole comes
out at about 190 dpi), at a tenth to a twentieth of the bytes. Five years of a field laptop's
photos then stay a few gigabytes instead of tens, and a package for the supervisor stays small
enough to carry on a phone.

So a photo is downscaled when it is attached: turned upright as the camera recorded it, its
metadata (camera, GPS position) dropped, re-encoded as JPEG. A picture already small enough is
kept byte for byte. The assistant may keep an original when a detail matters more than the
space (``keep_original``). Files that are not pictures, or pictures this build cannot decode,
are kept as they are.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import PurePath

from PIL import Image, ImageOps

from ati_desktop.domain.errors import ValidationError

MAX_SIDE = 1600  # pixels on the long side of a kept photo
JPEG_QUALITY = 82
STORED_MEDIA_TYPE = "image/jpeg"
# A picture within both limits is kept untouched: re-encoding it would only lose detail.
SMALL_ENOUGH_BYTES = 700 * 1024
# Decoding is refused beyond these: a "photo" of this size is a decompression bomb, not a camera.
MAX_INPUT_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 120_000_000


@dataclass(frozen=True)
class KeptPicture:
    """What is stored for an attached file."""

    data: bytes
    media_type: str
    file_name: str
    downscaled: bool


def prepare(data: bytes, media_type: str, file_name: str = "foto.jpg",
            keep_original: bool = False) -> KeptPicture:
    """The file as it is kept as evidence: a picture downscaled to :data:`MAX_SIDE`, unless it is
    small already or ``keep_original`` is asked; anything else unchanged."""
    unchanged = KeptPicture(data, media_type, file_name, False)
    if keep_original or not media_type.startswith("image/"):
        return unchanged
    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError(
            "La imagen «{name}» pesa {size} MB; el máximo es {limit} MB.", name=file_name,
            size=len(data) // (1024 * 1024), limit=MAX_INPUT_BYTES // (1024 * 1024))
    try:
        picture = _open(data, file_name)
    except (OSError, ValueError, SyntaxError):
        return unchanged  # not a picture Pillow knows (HEIC, a damaged file): kept as given
    if max(picture.size) <= MAX_SIDE and len(data) <= SMALL_ENOUGH_BYTES:
        return unchanged
    try:
        if picture.format == "JPEG":  # decode straight at a reduced scale: several times faster
            picture.draft("RGB", _kept_size(picture.size))
        picture = ImageOps.exif_transpose(picture)
        picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS, reducing_gap=2.0)
        encoded = encode(picture)
    except (OSError, ValueError, SyntaxError) as exc:
        raise ValidationError("La imagen «{name}» está dañada y no se puede guardar.",
                              name=file_name) from exc
    if len(encoded) >= len(data):  # a small picture of many pixels: the original is smaller
        return unchanged
    return KeptPicture(encoded, STORED_MEDIA_TYPE, str(PurePath(file_name).with_suffix(".jpg")), True)


def encode(picture: Image.Image) -> bytes:
    """A picture as a kept photo: JPEG, transparency on white, no metadata."""
    if picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
        rgba = picture.convert("RGBA")
        picture = Image.new("RGB", rgba.size, "white")
        picture.paste(rgba, mask=rgba.getchannel("A"))
    elif picture.mode not in ("RGB", "L"):
        picture = picture.convert("RGB")
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def _open(data: bytes, file_name: str) -> Image.Image:
    """The picture's header read (pixels not yet decoded); a decompression bomb is refused."""
    too_big = ValidationError("La imagen «{name}» tiene más de {limit} megapíxeles; no es una foto "
                              "que se pueda guardar.", name=file_name, limit=MAX_PIXELS // 1_000_000)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # checked below
            picture = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise too_big from exc
    width, height = picture.size
    if width * height > MAX_PIXELS:
        raise too_big
    return picture


def _kept_size(size: tuple[int, int]) -> tuple[int, int]:
    scale = min(1.0, MAX_SIDE / max(size))
    return max(1, int(size[0] * scale)), max(1, int(size[1] * scale))
