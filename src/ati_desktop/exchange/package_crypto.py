"""Encryption of a whole package to the secretariat's key, in fixed-size chunks.

A fresh 256-bit file key is sealed to the secretariat's X25519 key with HPKE (RFC 9180, base
mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305), as ``cryptography`` provides
it. The signed package is then encrypted as a stream of ``CHUNK_BYTES`` chunks with
ChaCha20-Poly1305 under a key derived from the file key; each chunk's nonce is its number and
a flag on the last one (the STREAM construction that age also uses), so chunks cannot be
reordered, dropped or cut off unnoticed, and memory stays at one chunk whatever the size.
The plaintext is padded (Padmé) before it is cut into chunks, so the file shows neither the
names nor the sizes of the members inside, and its total size only roughly.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .package_errors import PackageError

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
SUITE_NAME = "HPKE-X25519-HKDF-SHA256-ChaCha20Poly1305+STREAM-ChaCha20Poly1305-64KiB"
HPKE_INFO = b"ATI Desktop: paquete cifrado, version 1"
CHUNK_BYTES = 64 * 1024
AEAD_TAG_BYTES = 16
SEALED_CHUNK_BYTES = CHUNK_BYTES + AEAD_TAG_BYTES
FILE_KEY_BYTES = 32
_LENGTH = struct.Struct(">Q")


def new_file_key() -> bytes:
    return os.urandom(FILE_KEY_BYTES)


def wrap_file_key(file_key: bytes, recipient: X25519PublicKey) -> bytes:
    return SUITE.encrypt(file_key, recipient, info=HPKE_INFO)


def unwrap_file_key(wrapped: bytes, private_key: X25519PrivateKey) -> bytes:
    try:
        file_key = SUITE.decrypt(wrapped, private_key, info=HPKE_INFO)
    except (InvalidTag, ValueError):
        raise PackageError("Este paquete está cifrado para otra clave de secretaría (o está dañado): "
                           "no se puede abrir con la clave dada. No se importó nada.") from None
    if len(file_key) != FILE_KEY_BYTES:
        raise PackageError("El paquete cifrado está dañado. No se importó nada.")
    return file_key


def _derive(file_key: bytes, purpose: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"ATI Desktop " + purpose).derive(file_key)


def envelope_tag(file_key: bytes, digest: bytes) -> bytes:
    """The seal of an encrypted envelope: an HMAC only the key holders can make or check."""
    return hmac.new(_derive(file_key, b"sello"), digest, hashlib.sha512).digest()


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def padded_length(length: int) -> int:
    """Padmé (Nikitin et al., 2019): at most ~12% larger, leaks O(log log n) bits of the size."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1
    mask = (1 << (exponent - exponent.bit_length())) - 1
    return (length + mask) & ~mask


class EncryptingWriter:
    """A write-only stream: plaintext in, sealed chunks out to ``sink``."""

    def __init__(self, sink: BinaryIO, file_key: bytes) -> None:
        self._sink = sink
        self._aead = ChaCha20Poly1305(_derive(file_key, b"contenido"))
        self._buffer = bytearray()
        self._index = 0
        self._length = 0

    def write(self, data: bytes) -> int:
        self._buffer += data
        self._length += len(data)
        while len(self._buffer) > CHUNK_BYTES:  # keep one back: the last chunk is flagged
            self._emit(bytes(self._buffer[:CHUNK_BYTES]), last=False)
            del self._buffer[:CHUNK_BYTES]
        return len(data)

    def tell(self) -> int:
        return self._length

    def flush(self) -> None:
        pass

    def _emit(self, chunk: bytes, last: bool) -> None:
        self._sink.write(self._aead.encrypt(_nonce(self._index, last), chunk, None))
        self._index += 1

    def finish(self) -> int:
        """Pad, write the length and the last chunk; returns the number of chunks."""
        total = padded_length(self._length + _LENGTH.size)
        total += -total % CHUNK_BYTES
        self._buffer += bytes(total - self._length - _LENGTH.size) + _LENGTH.pack(self._length)
        while len(self._buffer) > CHUNK_BYTES:
            self._emit(bytes(self._buffer[:CHUNK_BYTES]), last=False)
            del self._buffer[:CHUNK_BYTES]
        self._emit(bytes(self._buffer), last=True)
        return self._index


class DecryptingReader:
    """A read-only, seekable view of the plaintext of sealed chunks stored at ``offset``.

    Every chunk is authenticated once when the reader is made (so a change in the padding is
    found too); later reads decrypt the one chunk they need again.
    """

    def __init__(self, file: BinaryIO, offset: int, chunks: int, file_key: bytes) -> None:
        self._file = file
        self._offset = offset
        self._chunks = chunks
        self._aead = ChaCha20Poly1305(_derive(file_key, b"contenido"))
        self._cached: tuple[int, bytes] | None = None
        self._position = 0
        if chunks < 1:
            raise PackageError("El paquete cifrado está vacío o dañado. No se importó nada.")
        last = b""
        for index in range(chunks):
            last = self._chunk(index)
        self.size = _LENGTH.unpack(last[-_LENGTH.size:])[0]
        if self.size > chunks * CHUNK_BYTES - _LENGTH.size:
            raise PackageError("El paquete cifrado está dañado. No se importó nada.")

    def _chunk(self, index: int) -> bytes:
        if self._cached and self._cached[0] == index:
            return self._cached[1]
        self._file.seek(self._offset + index * SEALED_CHUNK_BYTES)
        sealed = self._file.read(SEALED_CHUNK_BYTES)
        try:
            plain = self._aead.decrypt(_nonce(index, index == self._chunks - 1), sealed, None)
        except InvalidTag:
            raise PackageError("El paquete cifrado fue modificado o está dañado (el bloque {index} no "
                               "se pudo autenticar). No se importó nada.", index=index) from None
        self._cached = (index, plain)
        return plain

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, position: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self.size}[whence]
        self._position = max(0, base + position)
        return self._position

    def read(self, size: int = -1) -> bytes:
        end = self.size if size is None or size < 0 else min(self.size, self._position + size)
        parts = []
        while self._position < end:
            index, start = divmod(self._position, CHUNK_BYTES)
            piece = self._chunk(index)[start:start + end - self._position]
            parts.append(piece)
            self._position += len(piece)
        return b"".join(parts)
