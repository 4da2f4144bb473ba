"""Writing a ZIP archive to a stream, members given as their bytes or as bytes deflated already.

:mod:`zipfile` deflates what it is given itself, on the thread that writes; a package's large
members are deflated beforehand, in chunks on several threads (:mod:`package_deflate`), so
this writer takes a member's compressed bytes with its CRC and sizes. The archive it makes is
the one :mod:`zipfile` reads: local headers without data descriptors (sizes are known before
each member), a central directory, the end record with the archive's comment, and the ZIP64
end records when offsets or the number of members outgrow the classic fields.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterable
from typing import BinaryIO

# Fixed member times (1980-01-01 00:00): the same content gives the same bytes, and no clock leaks.
_DOS_TIME, _DOS_DATE = 0, (0 << 9) | (1 << 5) | 1
_VERSION = 20  # what a reader needs: deflate
_VERSION_ZIP64 = 45
_UNIX = 3
_FILE_ATTRIBUTES = 0o644 << 16
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_END64 = struct.Struct("<4sQ2H2L4Q")
_LOCATOR64 = struct.Struct("<4sLQL")
_EXTRA_OFFSET64 = struct.Struct("<HHQ")  # the ZIP64 extra field holding only the local header's offset
_SIZE_LIMIT = zipfile.ZIP64_LIMIT  # members stay far below (see limits.MAX_MEMBER_BYTES)
# Beyond these, an offset or a count goes in the ZIP64 records; the classic field then holds its maximum.
_OFFSET_LIMIT = _MAX32 = 0xFFFFFFFF
_COUNT_LIMIT = _MAX16 = 0xFFFF


class ZipStreamWriter:
    """Members one after the other into ``stream``, then :meth:`close` writes the directory."""

    def __init__(self, stream: BinaryIO, level: int) -> None:
        self._stream = stream
        self._level = level
        self._offset = 0
        self._directory: list[bytes] = []

    def _write(self, data: bytes) -> None:
        self._stream.write(data)
        self._offset += len(data)

    def add_deflated(self, name: str, chunks: Iterable[bytes], crc: int, size: int, compressed_size: int) -> None:
        """A member whose raw-deflate stream is ``chunks``; ``crc`` and ``size`` are of its content."""
        self._add(name, zipfile.ZIP_DEFLATED, chunks, crc, size, compressed_size)

    def add(self, name: str, data: bytes, *, compressed: bool) -> None:
        """A member from its content: deflated at the writer's level, or stored as it is."""
        if not compressed:
            self._add(name, zipfile.ZIP_STORED, (data,), zlib.crc32(data), len(data), len(data))
            return
        compressor = zlib.compressobj(self._level, zlib.DEFLATED, -15)
        deflated = compressor.compress(data) + compressor.flush()
        self._add(name, zipfile.ZIP_DEFLATED, (deflated,), zlib.crc32(data), len(data), len(deflated))

    def _add(self, name: str, method: int, chunks: Iterable[bytes], crc: int, size: int,
             compressed_size: int) -> None:
        if size > _SIZE_LIMIT or compressed_size > _SIZE_LIMIT:
            raise ValueError(f"member too large for this writer: {name}")
        encoded = name.encode("ascii")  # member names are ASCII by the package format
        offset = self._offset
        self._write(_LOCAL.pack(b"PK\x03\x04", _VERSION, 0, 0, method, _DOS_TIME, _DOS_DATE, crc,
                                compressed_size, size, len(encoded), 0) + encoded)
        written = 0
        for chunk in chunks:
            self._write(chunk)
            written += len(chunk)
        if written != compressed_size:
            raise ValueError(f"member {name}: {written} bytes given, {compressed_size} declared")
        extra = _EXTRA_OFFSET64.pack(1, 8, offset) if offset > _OFFSET_LIMIT else b""
        version = _VERSION_ZIP64 if extra else _VERSION
        self._directory.append(_CENTRAL.pack(
            b"PK\x01\x02", version, _UNIX, version, 0, 0, method, _DOS_TIME, _DOS_DATE, crc, compressed_size,
            size, len(encoded), len(extra), 0, 0, 0, _FILE_ATTRIBUTES, _MAX32 if extra else offset) + encoded + extra)

    def close(self, comment: bytes) -> None:
        """The central directory and the end records, ``comment`` last of all."""
        start = self._offset
        for entry in self._directory:
            self._write(entry)
        count, size = len(self._directory), self._offset - start
        zip64 = count > _COUNT_LIMIT or start > _OFFSET_LIMIT or size > _OFFSET_LIMIT
        if zip64:
            end64 = self._offset
            self._write(_END64.pack(b"PK\x06\x06", _END64.size - 12, _VERSION_ZIP64, _VERSION_ZIP64, 0, 0,
                                    count, count, size, start))
            self._write(_LOCATOR64.pack(b"PK\x06\x07", 0, end64, 1))
        entries = _MAX16 if zip64 else count
        self._write(_END.pack(b"PK\x05\x06", 0, 0, entries, entries, _MAX32 if zip64 else size,
                              _MAX32 if zip64 else start, len(comment)) + comment)
