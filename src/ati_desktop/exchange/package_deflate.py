"""Deflating the members of revisions in chunks, on threads, while the caller keeps producing lines.

Each chunk of a member is deflated by a fresh compressor and ended with a sync flush, which
leaves the output at a byte boundary with no reference to what came before: the chunks,
concatenated and followed by an empty final block, are one raw-deflate stream (as ``pigz``
makes them), read by any inflater as the member it is. The chunks are deflated by ISA-L
(``isal``), which at its level 1 makes JSON Lines five times faster than zlib's fastest level,
and a tenth smaller; any inflater reads its streams. ISA-L and hashlib let go of the
interpreter's lock, so the chunks of every member are deflated on the pool's threads at once;
one more thread hashes each member's chunks in their order (SHA-256 for the manifest, CRC-32
for the ZIP).
"""

from __future__ import annotations

import hashlib
import zlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from isal import isal_zlib

CHUNK_BYTES = 1024 * 1024
# Chunks handed to the threads and not yet deflated: bounds the memory when lines come faster.
_IN_FLIGHT = 8
_FINAL_BLOCK = zlib.compressobj(1, zlib.DEFLATED, -15).flush()  # an empty block marked as the last


@dataclass
class DeflatedMember:
    """A member's raw-deflate stream in chunks, with what the ZIP and the manifest say of it."""

    chunks: list[bytes] = field(default_factory=list)
    size: int = 0
    lines: int = 0
    crc: int = 0
    digest: Any = field(default_factory=hashlib.sha256)

    @property
    def compressed_size(self) -> int:
        return sum(map(len, self.chunks))

    @property
    def sha256(self) -> str:
        return self.digest.hexdigest()


def _deflate(level: int, pieces: list[bytes]) -> bytes:
    compressor = isal_zlib.compressobj(level, isal_zlib.DEFLATED, -15)
    return b"".join([*map(compressor.compress, pieces), compressor.flush(isal_zlib.Z_SYNC_FLUSH)])


def _hash(member: DeflatedMember, pieces: list[bytes]) -> None:
    for piece in pieces:
        member.digest.update(piece)
        member.crc = isal_zlib.crc32(piece, member.crc)


class MemberDeflater:
    """Takes the lines of several members (bytes, whole lines) and deflates them as they come."""

    def __init__(self, level: int, workers: int = 2) -> None:
        self._level = level
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="package-deflate")
        self._hasher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="package-hash")
        self._members: dict[str, DeflatedMember] = {}
        self._buffers: dict[str, list[bytes]] = {}
        self._buffered: dict[str, int] = {}
        self._pending: deque[tuple[DeflatedMember, int, Future]] = deque()

    def add(self, name: str, data: bytes, lines: int) -> DeflatedMember:
        """Append ``data`` (``lines`` whole lines) to the member ``name``; returns the member so far."""
        member = self._members.get(name)
        if member is None:
            member = self._members[name] = DeflatedMember()
            self._buffers[name], self._buffered[name] = [], 0
        member.size += len(data)
        member.lines += lines
        self._buffers[name].append(data)
        self._buffered[name] += len(data)
        if self._buffered[name] >= CHUNK_BYTES:
            self._submit(name)
        return member

    def _submit(self, name: str) -> None:
        pieces = self._buffers[name]  # deflated and hashed piece by piece: never joined
        self._buffers[name], self._buffered[name] = [], 0
        member = self._members[name]
        member.chunks.append(b"")  # its place, filled in order when deflated
        self._hasher.submit(_hash, member, pieces)
        self._pending.append((member, len(member.chunks) - 1, self._pool.submit(_deflate, self._level, pieces)))
        while len(self._pending) > _IN_FLIGHT:
            self._collect()

    def _collect(self) -> None:
        member, place, future = self._pending.popleft()
        member.chunks[place] = future.result()

    def finish(self) -> dict[str, DeflatedMember]:
        """Every member complete, in the order they were first given."""
        for name, buffered in self._buffered.items():
            if buffered:
                self._submit(name)
        while self._pending:
            self._collect()
        self._hasher.shutdown(wait=True)
        for member in self._members.values():
            member.chunks.append(_FINAL_BLOCK)
        return self._members

    def close(self) -> None:
        """Stop the threads; what is still queued is dropped (on an error or a cancel)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._hasher.shutdown(wait=True, cancel_futures=True)
