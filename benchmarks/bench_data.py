"""What the benchmark modules share: a scratch folder, the big demo databases, realistic photos
and signatures, and evicting a file from the page cache for the cold figures.

``demo_database(n)`` builds a demo database of ``n`` sessions once per process (every module
of a run uses the same files) and gives the most recent sessions phone photos as an assistant
attaches them, so the file holds pictures of the size the field produces, not thumbnails.
"""

from __future__ import annotations

import atexit
import functools
import io
import os
import shutil
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PIL import Image, ImageChops  # noqa: E402

PHONE_SIZE = (4032, 3024)  # a 12-megapixel phone camera
ORIGINALS = 2
PHOTO_SESSIONS_SHARE = 0.005  # recent sessions that get a photo attached in the demo databases
MAX_PHOTO_SESSIONS = 400
PHOTO_PREFIX = "IMG_2026"  # file names of the photos attached to the demo databases

_scratch_dir: Path | None = None
_databases: dict[int, DemoFile] = {}


@dataclass(frozen=True)
class DemoFile:
    path: Path
    rows: int  # rows the demo generator wrote
    seconds: float  # how long it took
    photos: int  # phone photos attached afterwards


def scratch() -> Path:
    """A temporary folder for this process, removed at exit (a big demo file is ~1 GB)."""
    global _scratch_dir
    if _scratch_dir is None:
        _scratch_dir = Path(tempfile.mkdtemp(prefix="ati-bench-"))
        atexit.register(shutil.rmtree, _scratch_dir, True)
    return _scratch_dir


def note(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def demo_database(sessions: int) -> Path:
    """A demo database of ``sessions`` sessions, built once per process; do not modify it."""
    return demo_file(sessions).path


def demo_file(sessions: int) -> DemoFile:
    if sessions not in _databases:
        from ati_desktop.services import demo
        from ati_desktop.storage.database import Database

        # Device markers and compiled translations go to the scratch folder, not the user's; the
        # windows started later use the same folder, so they know the file as this device's own.
        os.environ["ATI_DATA_DIR"] = str(scratch() / "data")
        path = scratch() / f"demo-{sessions}.sqlite"
        note(f"generating {sessions:,} demo sessions…")
        db = Database.open(path)
        try:
            started = time.perf_counter()
            report = demo.generate_demo(db, sessions)
            seconds = time.perf_counter() - started
            photos = min(MAX_PHOTO_SESSIONS, max(3, int(sessions * PHOTO_SESSIONS_SHARE)))
            attach_photos(db, photos)
        finally:
            db.close()
        _databases[sessions] = DemoFile(path, report.total_rows, seconds, photos)
    return _databases[sessions]


def attach_photos(db, count: int) -> None:
    """Attach a distinct phone photo to each of the ``count`` most recent sessions, as the editor
    does: the photo as kept on attach, then a save of the session."""
    from ati_desktop.services import editing, queries

    started = time.perf_counter()
    rows = queries.list_sessions(db, limit=count)
    photos = PhotoMaker(first=0)
    for n, row in enumerate(rows):
        payload = editing.open_session(db, row.id)
        photo = photos.stored(n)
        payload["evidence"].append({
            "id": str(uuid.uuid4()), "file_name": f"{PHOTO_PREFIX}{n:04d}.jpg",
            "media_type": photo.media_type, "kind": "foto",
            "caption": "Registro fotográfico de la sesión",
            "sha256": editing.store_file(db, photo.data), "verification_id": None,
            "may_show_minors": False, "minors_confirmed_at": None})
        if payload["status"] == "cerrada":
            payload["new_correction_reason"] = "Se adjunta el registro fotográfico"
        editing.save(db, payload, None)
    note(f"attached {len(rows)} phone photos in {time.perf_counter() - started:.1f} s")


def phone_photo(seed: int, quality: int = 92) -> bytes:
    """A 12-megapixel JPEG of 3–8 MB, as a phone writes it: a scene with detail and sensor grain."""
    rng = Random(seed)
    width, height = PHONE_SIZE
    coarse_size = (width // 48, height // 48)
    scene = Image.frombytes("RGB", coarse_size, rng.randbytes(coarse_size[0] * coarse_size[1] * 3))
    scene = scene.resize(PHONE_SIZE, Image.Resampling.BICUBIC)
    grain = Image.frombytes("L", PHONE_SIZE, rng.randbytes(width * height)).point(lambda v: v // 6)
    picture = ImageChops.add(scene, Image.merge("RGB", (grain, grain, grain)), offset=-20)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality)
    return out.getvalue()


@dataclass(frozen=True)
class Photo:
    data: bytes
    media_type: str


@functools.cache
def original(n: int) -> bytes:
    """One of a few 3–8 MB phone JPEGs, generated once per process."""
    return phone_photo(n % ORIGINALS)


class PhotoMaker:
    """Fresh photos, each different from every other maker's: variants of a few phone originals,
    as the evidence page keeps them. ``first`` numbers this maker's first photo."""

    def __init__(self, first: int) -> None:
        self._first = first

    def stored(self, n: int) -> Photo:
        """The ``n``-th photo as the evidence page keeps it, unique in its pixels."""
        n += self._first
        try:
            from ati_desktop.services import photos
        except ImportError:  # no downscaling on attach: the original is what is kept
            data = bytearray(original(n))
            data[2:2] = _jpeg_comment(f"foto {n}".encode())  # a distinct file, same size
            return Photo(bytes(data), "image/jpeg")
        base = _kept(n % ORIGINALS)
        variant = ImageChops.offset(base, n % base.width, (n * 7) % base.height)
        return Photo(photos.encode(variant), photos.STORED_MEDIA_TYPE)


@functools.cache
def _kept(n: int) -> Image.Image:
    from ati_desktop.services import photos

    return Image.open(io.BytesIO(photos.prepare(original(n), "image/jpeg").data)).convert("RGB")


def _jpeg_comment(text: bytes) -> bytes:
    return b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text


def signature(seed: int) -> bytes:
    """A signature as the signature pad stores it, different for every ``seed``."""
    from ati_desktop.actas.sample import signature_png

    return signature_png(seed)


def evict(path: Path) -> None:
    """Drop a database file (and its log) from the page cache: the next read comes from disk."""
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if not name.exists():
            continue
        descriptor = os.open(name, os.O_RDONLY)
        try:
            os.fsync(descriptor)  # dirty pages are not dropped
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(descriptor)
