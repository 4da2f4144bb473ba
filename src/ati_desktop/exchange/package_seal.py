"""The seal at the end of a package file: a tag over every byte before it.

The archive's comment is the last thing in a ZIP file; it holds ``SEAL_MAGIC`` and a 64-byte
tag over all the bytes that precede the tag (the signature of the device for a package, an
HMAC for an encrypted envelope). Together with the manifest's hashes this makes a change of
any single byte anywhere in the file visible, including bytes no member hash covers (ZIP
headers, timestamps, the index).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import BinaryIO

from .package_errors import PackageError

SEAL_MAGIC = b"ATI-SELLO-1:"
TAG_BYTES = 64
SEAL_BYTES = len(SEAL_MAGIC) + TAG_BYTES
PLACEHOLDER = SEAL_MAGIC + bytes(TAG_BYTES)
_CHUNK = 1024 * 1024


class SealingStream:
    """A write-only stream that hashes what passes and replaces the final tag placeholder.

    Zipfile writes the comment (``PLACEHOLDER``) last; the stream holds back the last
    ``TAG_BYTES`` bytes so they never reach ``sink`` until :meth:`seal` swaps in the tag.
    """

    def __init__(self, sink: BinaryIO) -> None:
        self._sink = sink
        self._held = b""
        self._position = 0
        self.digest = hashlib.sha256()
        self.file_sha256 = ""  # of every byte, the tag included, once sealed

    def write(self, data: bytes) -> int:
        view = memoryview(data).cast("B")
        self._position += view.nbytes
        if view.nbytes < TAG_BYTES:
            held = self._held + view
            self._pass(held[:-TAG_BYTES])
            self._held = held[-TAG_BYTES:]
        else:  # a photo or a deflated chunk passes on as it is, without copies
            self._pass(self._held)
            self._pass(view[:-TAG_BYTES])
            self._held = bytes(view[-TAG_BYTES:])
        return view.nbytes

    def _pass(self, data: bytes | memoryview) -> None:
        if data:
            self.digest.update(data)
            self._sink.write(data)

    def tell(self) -> int:
        return self._position

    def flush(self) -> None:
        self._sink.flush()

    def seal(self, tag_of: Callable[[bytes], bytes]) -> None:
        """Write the tag made from the digest of everything before it."""
        if self._held != bytes(TAG_BYTES):
            raise RuntimeError("the archive did not end with the seal placeholder")
        tag = tag_of(self.digest.digest())
        assert len(tag) == TAG_BYTES
        self._sink.write(tag)
        self._held = b""
        whole = self.digest.copy()
        whole.update(tag)
        self.file_sha256 = whole.hexdigest()


def read_seal(file: BinaryIO, size: int, comment: bytes) -> tuple[bytes, bytes]:
    """The digest of the sealed bytes and the tag; refuses a file whose comment is not the seal."""
    if size < SEAL_BYTES or comment != _tail(file, size):
        raise PackageError("El archivo no es un paquete de ATI Desktop o está dañado: le falta el sello "
                           "final (¿se copió a medias o se modificó?). No se importó nada.")
    digest = hashlib.sha256()
    file.seek(0)
    remaining = size - TAG_BYTES
    while remaining:
        chunk = file.read(min(_CHUNK, remaining))
        if not chunk:
            raise PackageError("El paquete terminó antes de lo esperado. No se importó nada.")
        digest.update(chunk)
        remaining -= len(chunk)
    return digest.digest(), comment[len(SEAL_MAGIC):]


def _tail(file: BinaryIO, size: int) -> bytes:
    file.seek(size - SEAL_BYTES)
    tail = file.read(SEAL_BYTES)
    return tail if tail.startswith(SEAL_MAGIC) else b""
