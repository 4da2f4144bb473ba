"""Reads the stamp back from an acta PDF: plain Python, no OCR, no ReportLab.

How a printed or saved acta is checked against the record (the ``ati acta verify`` command):

1. ``read_stamp(pdf)`` returns the session id, revision and record hash that the renderer wrote
   in the PDF's Info dictionary (Keywords: ``ATI|<session_id>|r<revision>|<record_hash>``; the
   same string is in the QR code on the last page, and the footer shows the first 12 hex digits).
2. The caller loads that revision of the session and recomputes its record hash: a different
   hash means the record changed after the acta was printed.
3. The caller renders the acta again from the record and compares bytes: rendering is
   deterministic, so identical bytes prove the file is exactly what the application produced;
   different bytes (with equal hashes) mean the PDF was edited, or was produced by another
   version of the renderer or its fonts.

A PDF rewritten by another program may keep its Info dictionary in a compressed object
stream; such a file is reported as having no stamp, and the QR code is the way to read it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ati_desktop.actas.stamp import ActaStamp, find_stamps
from ati_desktop.domain.errors import ValidationError

_INFO_REF = re.compile(rb"/Info\s+(\d+)\s+(\d+)\s+R")
_KEYWORDS = re.compile(rb"/Keywords\s*([(<])")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


class ActaStampError(ValidationError):
    """The file is not a PDF, or carries no ATI stamp."""


def read_stamp(pdf: bytes | str | os.PathLike[str]) -> ActaStamp:
    """The stamp of a PDF holding exactly one acta."""
    stamps = read_stamps(pdf)
    if len(stamps) > 1:
        raise ActaStampError(
            "El PDF reúne {count} actas; verifique cada acta en su propio archivo.", count=len(stamps)
        )
    return stamps[0]


def read_stamps(pdf: bytes | str | os.PathLike[str]) -> list[ActaStamp]:
    """Every stamp of a PDF (several when actas were merged into one file), in page order."""
    data = _load(pdf)
    if b"%PDF-" not in data[:1024]:
        raise ActaStampError("El archivo no es un PDF; no se puede verificar como acta.")
    keywords = _info_keywords(data)
    stamps = find_stamps(keywords) if keywords else []
    if not stamps:
        raise ActaStampError(
            "El PDF no tiene el sello de ATI Desktop (identificador de sesión, revisión y "
            "huella): no es un acta generada por la aplicación, o fue modificado por otro "
            "programa."
        )
    return stamps


def _load(pdf: bytes | str | os.PathLike[str]) -> bytes:
    if isinstance(pdf, bytes | bytearray):
        return bytes(pdf)
    path = Path(pdf)
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ActaStampError("El archivo «{path}» no existe.", path=path) from exc
    except OSError as exc:
        raise ActaStampError("No se pudo leer el archivo «{path}» ({reason}).", path=path,
                             reason=exc.strerror) from exc


def _info_keywords(data: bytes) -> str | None:
    """Keywords of the Info dictionary the last trailer points to (incremental saves append)."""
    refs = _INFO_REF.findall(data)
    if not refs:
        return None
    number, generation = refs[-1]
    objects = re.findall(
        rb"(?<![0-9])" + number + rb"\s+" + generation + rb"\s+obj\b(.*?)endobj", data, re.S
    )
    if not objects:
        return None
    info = objects[-1]
    match = _KEYWORDS.search(info)
    if not match:
        return None
    start = match.start(1)
    raw = _literal(info, start) if info[start:start + 1] == b"(" else _hex(info, start)
    return _decode_text(raw)


def _literal(data: bytes, start: int) -> bytes:
    """A PDF literal string starting at the "(" at ``start``: escapes and nested parentheses."""
    out = bytearray()
    depth, i = 0, start
    while i < len(data):
        byte = data[i]
        if byte == 0x5C:  # backslash
            i += 1
            escaped = data[i] if i < len(data) else 0
            if escaped in _ESCAPES:
                out += _ESCAPES[escaped]
            elif 0x30 <= escaped <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", data[i:i + 3])[0]
                out.append(int(digits, 8) & 0xFF)
                i += len(digits) - 1
            elif escaped in (0x0A, 0x0D):  # line continuation
                if escaped == 0x0D and data[i + 1:i + 2] == b"\n":
                    i += 1
            else:
                out.append(escaped)
        elif byte == 0x28:
            depth += 1
            if depth > 1:
                out.append(byte)
        elif byte == 0x29:
            depth -= 1
            if depth == 0:
                break
            out.append(byte)
        else:
            out.append(byte)
        i += 1
    return bytes(out)


def _hex(data: bytes, start: int) -> bytes:
    end = data.find(b">", start)
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", data[start + 1:end if end >= 0 else len(data)])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


def _decode_text(raw: bytes) -> str:
    """PDF text strings are UTF-16BE with a byte-order mark, or a Latin-1-like single byte code."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    return raw.decode("latin-1")
