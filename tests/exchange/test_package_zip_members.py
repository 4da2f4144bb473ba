"""Members are read from their own bytes, inflated in bounded pieces, and checked by their CRC-32."""

import io
import struct
import threading
import zipfile

import pytest

from ati_desktop.exchange.package_errors import PackageError
from ati_desktop.exchange.package_zip import SafeZip

TEXT = "".join(f'{{"n":{n},"texto":"línea {n} del registro"}}\n' for n in range(20000)).encode()


def _archive(method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("revisions/session.jsonl"), TEXT, method)
        archive.writestr(zipfile.ZipInfo("blobs/foto"), b"\xff\xd8" + bytes(range(256)) * 400, zipfile.ZIP_STORED)
    return buffer.getvalue()


def _with_wrong_crc(data: bytes) -> bytes:
    """The archive with the first member's CRC-32 changed in its entry and its local header."""
    changed = bytearray(data)
    central = changed.index(b"PK\x01\x02")
    crc = struct.unpack_from("<I", changed, central + 16)[0] ^ 1
    struct.pack_into("<I", changed, central + 16, crc)
    struct.pack_into("<I", changed, 14, crc)
    return bytes(changed)


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_members_read_whole_on_several_threads_at_once(method):
    archive = SafeZip(io.BytesIO(_archive(method)))
    results: dict[str, bytes] = {}

    def read(name):
        results[name] = archive.read(name)

    threads = [threading.Thread(target=read, args=(name,)) for name in archive.members]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["revisions/session.jsonl"] == TEXT
    assert results["blobs/foto"] == b"\xff\xd8" + bytes(range(256)) * 400


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_a_member_whose_crc_differs_is_refused(method):
    archive = SafeZip(io.BytesIO(_with_wrong_crc(_archive(method))))
    with pytest.raises(PackageError, match="está dañado"):
        archive.read("revisions/session.jsonl")


def test_a_deflated_member_cut_short_is_refused():
    data = bytearray(_archive(zipfile.ZIP_DEFLATED))
    central = data.index(b"PK\x01\x02")
    compressed = struct.unpack_from("<I", data, central + 20)[0]
    struct.pack_into("<I", data, central + 20, compressed // 2)  # the entry claims half its bytes
    archive = SafeZip(io.BytesIO(bytes(data)))
    with pytest.raises(PackageError, match="dañado|incompleto"):
        archive.read("revisions/session.jsonl")
