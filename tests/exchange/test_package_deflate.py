"""Members deflated in chunks on threads: each is one deflate stream of its lines, hashed in order."""

from __future__ import annotations

import hashlib
import zlib

from ati_desktop.exchange import package_deflate
from ati_desktop.exchange.package_deflate import MemberDeflater


def _lines(kind: str, start: int, count: int) -> bytes:
    return b"".join(b'{"id":"%s-%d","nota":"una nota de campo"}\n' % (kind.encode(), n)
                    for n in range(start, start + count))


def test_interleaved_members_come_out_whole_in_their_order(monkeypatch):
    monkeypatch.setattr(package_deflate, "CHUNK_BYTES", 2000)  # many chunks per member
    deflater = MemberDeflater(level=1)
    expected: dict[str, list[bytes]] = {"session": [], "attendance": []}
    try:
        for start in range(0, 600, 50):
            for kind in expected:
                data = _lines(kind, start, 50)
                expected[kind].append(data)
                deflater.add(kind, data, 50)
        members = deflater.finish()
    finally:
        deflater.close()
    assert list(members) == ["session", "attendance"]
    for kind, member in members.items():
        content = b"".join(expected[kind])
        assert len(member.chunks) > 10
        inflater = zlib.decompressobj(-15)
        assert inflater.decompress(b"".join(member.chunks)) == content and inflater.eof
        assert member.compressed_size == sum(map(len, member.chunks))
        assert (member.size, member.lines) == (len(content), 600)
        assert member.crc == zlib.crc32(content) and member.sha256 == hashlib.sha256(content).hexdigest()
