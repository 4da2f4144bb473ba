"""Attached files and signatures as the editor holds them: bytes by SHA-256, kept in the database."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap

from ati_desktop.services import editing
from ati_desktop.ui.tasks import Task


class FileStore(QObject):
    """Stores files as blobs off the main thread and keeps their bytes for thumbnails."""

    def __init__(self, db, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._cache: dict[str, bytes] = {}

    def add(self, data: bytes) -> str:
        """The file's SHA-256 at once; the blob is written before any later draft."""
        digest = hashlib.sha256(data).hexdigest()
        self._cache[digest] = data
        Task(lambda: editing.store_file(self._db, data)).run(self)
        return digest

    def get(self, digest: str) -> bytes | None:
        return self._cache.get(digest)

    def fetch(self, digests: list[str], done: Callable[[], None]) -> None:
        """Bring the bytes of stored files into memory, then call ``done``."""
        missing = [d for d in digests if d and d not in self._cache]
        if not missing:
            done()
            return

        def keep(found: dict[str, bytes]) -> None:
            self._cache.update(found)
            done()

        Task(lambda: editing.read_files(self._db, missing)).on_success(keep).run(self)


def thumbnail(data: bytes | None, size: QSize) -> QPixmap | None:
    """An image scaled while it is decoded, so a 12-megapixel photo costs little memory."""
    if not data:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if not reader.canRead():
        return None
    original = reader.size()
    if original.isValid():
        reader.setScaledSize(original.scaled(size, Qt.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else None
