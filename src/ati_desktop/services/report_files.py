"""A report of the departmental record as a file (XLSX, CSV or PDF), for the CLI and the Tablero alike.

The whole file is made in memory and written through a temporary name in the target folder,
so a full disk or a read-only stick leaves no half-written report, only a :class:`StorageError`
that names the place.
"""

from __future__ import annotations

from pathlib import Path

from ati_desktop.actas.report_model import ReportDocument
from ati_desktop.domain.errors import ValidationError
from ati_desktop.storage.database import Database

from .files import write_whole
from .reports.filters import ReportFilter

SUFFIXES = (".xlsx", ".csv", ".pdf")
# How each report is named in a file name, in the words a supervisor uses.
FILE_WORDS = {"activity": "actividad", "coverage": "cobertura", "commitments": "compromisos",
              "indicators": "indicadores", "advisory": "bitacora-asesorias"}


def suggested_name(kind: str, flt: ReportFilter, suffix: str) -> str:
    """«informe-cobertura-2026-01-01-a-2026-11-30.xlsx»: the report and its period."""
    return f"informe-{FILE_WORDS[kind]}-{flt.date_from.isoformat()}-a-{flt.date_to.isoformat()}{suffix}"


def check_suffix(path: Path) -> str:
    """The output format named by ``path``'s ending, or a ValidationError saying which there are."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError("El archivo del informe debe terminar en .xlsx, .csv o .pdf.")
    return suffix


def report_bytes(doc: ReportDocument, suffix: str, table: str | None = None) -> bytes:
    """The document as the bytes of a ``suffix`` file; a CSV holds one ``table`` (the first by default)."""
    if suffix == ".xlsx":
        from .exports_xlsx import xlsx_bytes

        return xlsx_bytes(doc)
    if suffix == ".csv":
        from .exports_csv import csv_bytes

        return csv_bytes(doc, table)
    if suffix == ".pdf":
        from ati_desktop.actas.report import render_report

        return render_report(doc)
    raise ValidationError("El archivo del informe debe terminar en .xlsx, .csv o .pdf.")


def write_report(doc: ReportDocument, path: Path, table: str | None = None) -> Path:
    """Write the document to ``path`` in the format its ending names, whole or not at all."""
    return write_whole(Path(path), report_bytes(doc, check_suffix(path), table))


def export_report(db: Database, kind: str, flt: ReportFilter, path: Path, table: str | None = None) -> Path:
    """Compute the report ``kind`` for ``flt`` and write it to ``path``."""
    from .reports.document import build, document

    check_suffix(path)  # before the report is computed
    return write_report(document(db, build(db, kind, flt)), path, table)
