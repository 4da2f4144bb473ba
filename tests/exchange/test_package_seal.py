"""The sealing stream passes on every byte, whatever the sizes of the writes, and seals what it passed."""

from __future__ import annotations

import hashlib
import io

from ati_desktop.exchange.package_seal import PLACEHOLDER, TAG_BYTES, SealingStream, read_seal


def test_writes_of_any_size_give_the_same_sealed_file():
    content = bytes(range(256)) * 40
    pieces = [content[:3], content[3:70], content[70:5000], content[5000:5001], content[5001:], PLACEHOLDER]
    sink = io.BytesIO()
    stream = SealingStream(sink)
    for piece in pieces:
        assert stream.write(memoryview(piece) if len(piece) > 1000 else piece) == len(piece)
    assert stream.tell() == len(content) + len(PLACEHOLDER)
    stream.seal(lambda digest: hashlib.sha512(digest).digest())
    sealed = content + PLACEHOLDER[:-TAG_BYTES]
    tag = hashlib.sha512(hashlib.sha256(sealed).digest()).digest()
    assert sink.getvalue() == sealed + tag
    assert stream.file_sha256 == hashlib.sha256(sealed + tag).hexdigest()
    file, comment = io.BytesIO(sink.getvalue()), PLACEHOLDER[:-TAG_BYTES] + tag
    assert read_seal(file, len(sink.getvalue()), comment) == (hashlib.sha256(sealed).digest(), tag)
