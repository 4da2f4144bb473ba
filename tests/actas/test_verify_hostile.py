"""PDFs from outside handed to verification: refused with a reason, in bounded time, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ati_desktop.actas.verify import MAX_PDF_BYTES, ActaStampError, read_stamp

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize("crafted", [
    # Hundreds of KB of object headers without an end: quadratic for a regular expression.
    b"%PDF-1.4\n" + b"2 0 obj << /Keywords (x" * 40_000 + b"\ntrailer << /Info 2 0 R >>\n%%EOF",
    b"%PDF-1.4\n" + b"/Info 2 0 R " * 60_000 + b"%%EOF",
    b"%PDF-1.4\n2 0 obj << /Keywords " + b"(" * 300_000 + b" >> endobj\ntrailer << /Info 2 0 R >>\n%%EOF",
    b"%PDF-1.4\n" + b"[" * 200_000 + b"\n%%EOF",
])
def test_a_crafted_pdf_is_refused_quickly(crafted):
    with pytest.raises(ActaStampError):
        read_stamp(crafted)


def test_a_file_over_the_cap_is_refused_without_parsing(tmp_path):
    path = tmp_path / "enorme.pdf"
    with open(path, "wb") as out:
        out.write(b"%PDF-1.4\n")
        out.truncate(MAX_PDF_BYTES + 1)
    with pytest.raises(ActaStampError, match="pesa más de"):
        read_stamp(path)


def test_verify_command_on_a_crafted_pdf_answers_in_spanish(tmp_path, db):
    path = tmp_path / "trampa.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"2 0 obj << /Keywords (x" * 40_000 + b"\n%%EOF")
    result = subprocess.run([sys.executable, "-c", "from ati_desktop.cli import main; main()",
                             "acta", "verify", str(path), "--db", str(db.path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "PDF" in result.stderr


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000).map(lambda tail: b"%PDF-1.4\n" + tail))
def test_any_bytes_give_a_stamp_or_a_reason(data):
    try:
        read_stamp(data)
    except ActaStampError as error:
        assert error.message
