"""The archive writer: what it writes is a ZIP archive that zipfile reads, member by member."""

from __future__ import annotations

import io
import zipfile
import zlib

from ati_desktop.exchange import package_zip_writer
from ati_desktop.exchange.package_zip_writer import ZipStreamWriter

LINES = b"".join(b'{"id":"%d","texto":"linea de prueba"}\n' % n for n in range(3000))


def _deflated(data: bytes) -> bytes:
    compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def test_members_stored_deflated_and_deflated_beforehand_read_back():
    stream = io.BytesIO()
    writer = ZipStreamWriter(stream, level=1)
    deflated = _deflated(LINES)
    half = len(deflated) // 2
    writer.add_deflated("revisions/session.jsonl", [deflated[:half], deflated[half:]], zlib.crc32(LINES),
                        len(LINES), len(deflated))
    writer.add("blobs/foto", b"\xff\xd8 una foto", compressed=False)
    writer.add("manifest.json", b'{"format":"ati"}', compressed=True)
    writer.close(b"comentario")
    with zipfile.ZipFile(io.BytesIO(stream.getvalue())) as archive:
        assert archive.testzip() is None and archive.comment == b"comentario"
        assert [info.filename for info in archive.infolist()] == ["revisions/session.jsonl", "blobs/foto",
                                                                  "manifest.json"]
        assert [info.compress_type for info in archive.infolist()] == [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED,
                                                                       zipfile.ZIP_DEFLATED]
        assert archive.read("revisions/session.jsonl") == LINES
        assert archive.read("blobs/foto") == b"\xff\xd8 una foto"
        assert archive.read("manifest.json") == b'{"format":"ati"}'


def test_offsets_and_counts_beyond_the_classic_fields_go_in_zip64_records(monkeypatch):
    monkeypatch.setattr(package_zip_writer, "_OFFSET_LIMIT", 100)
    monkeypatch.setattr(package_zip_writer, "_COUNT_LIMIT", 3)
    stream = io.BytesIO()
    writer = ZipStreamWriter(stream, level=1)
    for n in range(5):
        writer.add(f"blobs/{n}", bytes([n]) * 80, compressed=n % 2 == 0)
    writer.close(b"")
    data = stream.getvalue()
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert [archive.read(f"blobs/{n}") for n in range(5)] == [bytes([n]) * 80 for n in range(5)]
        assert [info.header_offset for info in archive.infolist()][-1] > 100
