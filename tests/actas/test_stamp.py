"""Same data, same bytes; the stamp reads back from the PDF; anything else is refused."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from acta_samples import SESSION_ID, observacion, pdfinfo, pdftotext, record_hash, reunion

from ati_desktop.actas.model import ActaData
from ati_desktop.actas.render import render_acta, write_acta
from ati_desktop.actas.stamp import ActaStamp
from ati_desktop.actas.verify import ActaStampError, read_stamp
from ati_desktop.domain.errors import ValidationError

HERE = Path(__file__).resolve().parent


def test_the_same_data_renders_the_same_bytes():
    assert render_acta(observacion()) == render_acta(observacion())


def test_the_same_data_renders_the_same_bytes_in_another_process(tmp_path):
    out = tmp_path / "other.pdf"
    code = ("import sys; from acta_samples import observacion; "
            "from ati_desktop.actas.render import write_acta; "
            "write_acta(observacion(), sys.argv[1])")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), *sys.path]),
           "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", code, str(out)], check=True, env=env, timeout=120)
    assert out.read_bytes() == render_acta(observacion())


def test_another_revision_or_hash_gives_another_stamp_and_other_bytes():
    first = reunion()
    second = replace(first, revision=2, correction_reason="Hora corregida.")
    third = replace(first, record_hash=record_hash("otro"))
    pdfs = [render_acta(data) for data in (first, second, third)]
    stamps = [read_stamp(pdf) for pdf in pdfs]
    assert stamps == [ActaStamp(SESSION_ID, 1, first.record_hash),
                      ActaStamp(SESSION_ID, 2, first.record_hash),
                      ActaStamp(SESSION_ID, 1, third.record_hash)]
    assert len(set(pdfs)) == 3


def test_read_stamp_from_a_path(tmp_path):
    data = reunion()
    path = write_acta(data, tmp_path / "acta.pdf")
    assert read_stamp(path) == ActaStamp.of(data)
    assert read_stamp(str(path)).text == f"ATI|{SESSION_ID}|r1|{data.record_hash}"


def test_the_stamp_is_in_the_metadata_and_the_footer(tmp_path):
    data = reunion()
    pdf = render_acta(data)
    info = pdfinfo(pdf, tmp_path)
    assert info["Keywords"] == ActaStamp.of(data).text
    assert data.record_hash in info["Subject"]
    assert all(data.record_hash[:12] in page for page in pdftotext(pdf, tmp_path))


def test_the_qr_code_decodes_to_the_stamp(tmp_path):
    assert shutil.which("zbarimg"), "zbarimg missing: scripts/dev.sh installs zbar-tools"
    data = reunion()
    path = write_acta(data, tmp_path / "acta.pdf")
    pages = len(pdftotext(path.read_bytes(), tmp_path))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(pages), "-l", str(pages),
                    str(path), str(tmp_path / "page")], check=True)
    image = next(tmp_path.glob("page*.png"))
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True,
                             text=True).stdout.strip()
    assert decoded == ActaStamp.of(data).text


def test_refuses_a_file_that_is_not_a_pdf(tmp_path):
    with pytest.raises(ActaStampError, match="no es un PDF"):
        read_stamp(b"Acta escrita a mano, escaneada como texto")
    with pytest.raises(ActaStampError, match="no existe"):
        read_stamp(tmp_path / "no-hay.pdf")


def test_refuses_a_pdf_without_stamp():
    with pytest.raises(ActaStampError, match="no tiene el sello") as caught:
        read_stamp(_minimal_pdf(b"(Informe de otra entidad)"))
    assert isinstance(caught.value, ValidationError)
    with pytest.raises(ActaStampError, match="no es un PDF legible"):
        read_stamp(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")


def test_reads_escaped_and_utf16_keywords_and_the_last_incremental_info():
    stamp = ActaStamp("s-9", 3, "ab" * 32)
    literal = _minimal_pdf(b"(nota \\(ver\\) \\\\ " + stamp.text.encode() + b")")
    assert read_stamp(literal) == stamp
    utf16 = ("\ufeffsesión " + stamp.text).encode("utf-16-be")
    assert read_stamp(_minimal_pdf(b"<" + utf16.hex().encode() + b">")) == stamp
    newer = ActaStamp("s-9", 4, "cd" * 32)
    updated = _updated(_minimal_pdf(b"(" + stamp.text.encode() + b")"), b"(" + newer.text.encode() + b")")
    assert read_stamp(updated) == newer


def test_model_refuses_what_the_stamp_could_not_carry():
    good = dict(session_id="abc-1", revision=1, record_hash="ab" * 32, identification=[])
    for bad, message in [({"session_id": "a|b"}, "identificador"),
                         ({"revision": 0}, "revisión"),
                         ({"record_hash": "AB" * 32}, "huella"),
                         ({"record_hash": "abc"}, "huella"),
                         ({"page_size": "A5"}, "Tamaño")]:
        with pytest.raises(ValidationError, match=message):
            ActaData(**{**good, **bad})


def _pdf_objects(objects: dict[int, bytes], info: int, *, base: bytes = b"", prev: int | None = None) -> bytes:
    """A well-formed PDF (or an incremental update of ``base``) with a cross-reference table."""
    out = bytearray(base or b"%PDF-1.4\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    size = max(offsets) + 1
    previous = b" /Prev %d" % prev if prev is not None else b""
    out += b"trailer\n<< /Size %d /Info %d 0 R /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        size, info, previous, xref)
    return bytes(out)


def _minimal_pdf(keywords: bytes) -> bytes:
    return _pdf_objects({1: b"<< /Type /Catalog /Pages 3 0 R >>",
                         2: b"<< /Title (Otro) /Keywords " + keywords + b" >>",
                         3: b"<< /Type /Pages /Kids [] /Count 0 >>"}, info=2)


def _updated(base: bytes, keywords: bytes) -> bytes:
    """An incremental save of ``base`` whose new Info object carries other keywords."""
    previous = int(base.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    return _pdf_objects({4: b"<< /Keywords " + keywords + b" >>"}, info=4, base=base, prev=previous)
