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

The PDF is read with pypdf, a maintained parser that copes with incremental saves and
compressed object streams, within a size cap; a file it cannot read is "not a PDF".
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ati_desktop.actas.stamp import ActaStamp, find_stamps
from ati_desktop.domain.errors import ValidationError

# A merged batch of a few hundred actas stays well below this; a larger file is not an acta.
MAX_PDF_BYTES = 64 * 1024 * 1024
# The Keywords holding the stamps of a merged batch: about 100 characters per acta.
MAX_KEYWORDS_CHARS = 1_000_000


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
    stamps = find_stamps(keywords[:MAX_KEYWORDS_CHARS]) if keywords else []
    if not stamps:
        raise ActaStampError(
            "El PDF no tiene el sello de ATI Desktop (identificador de sesión, revisión y "
            "huella): no es un acta generada por la aplicación, o fue modificado por otro "
            "programa."
        )
    return stamps


def _load(pdf: bytes | str | os.PathLike[str]) -> bytes:
    if isinstance(pdf, bytes | bytearray):
        data = bytes(pdf)
    else:
        path = Path(pdf)
        try:
            if path.stat().st_size > MAX_PDF_BYTES:
                raise _too_large()
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise ActaStampError("El archivo «{path}» no existe.", path=path) from exc
        except OSError as exc:
            raise ActaStampError("No se pudo leer el archivo «{path}» ({reason}).", path=path,
                                 reason=exc.strerror) from exc
    if len(data) > MAX_PDF_BYTES:
        raise _too_large()
    return data


def _too_large() -> ActaStampError:
    return ActaStampError("El archivo pesa más de {size} MB: no es un acta de ATI Desktop.",
                          size=MAX_PDF_BYTES // (1024 * 1024))


def _info_keywords(data: bytes) -> str | None:
    """Keywords of the Info dictionary the last trailer points to (incremental saves append)."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file is our message, not a log
    try:
        metadata = PdfReader(io.BytesIO(data), strict=False).metadata
        keywords = metadata.get("/Keywords") if metadata else None
    except (PyPdfError, ValueError, TypeError, KeyError, IndexError, AttributeError,
            RecursionError, OverflowError, AssertionError, UnicodeError, ZeroDivisionError) as exc:
        raise ActaStampError("El archivo no es un PDF legible (está dañado o incompleto); no se "
                             "puede verificar como acta.") from exc
    return str(keywords) if keywords is not None else None
