"""A report as a file, the way the CLI and the Tablero both write it: named, whole or not at all."""

from __future__ import annotations

from datetime import date

import pytest
from mounts import files_in, fill, remount_read_only, tmpfs

from report_record import period, record  # noqa: F401 (fixtures)


def test_the_suggested_name_says_the_report_and_the_period():
    from ati_desktop.services.report_files import suggested_name
    from ati_desktop.services.reports.filters import ReportFilter

    flt = ReportFilter(date(2026, 1, 1), date(2026, 11, 30), municipality_code="41298")
    assert suggested_name("coverage", flt, ".xlsx") == "informe-cobertura-2026-01-01-a-2026-11-30.xlsx"
    assert suggested_name("advisory", flt, ".pdf") == "informe-bitacora-asesorias-2026-01-01-a-2026-11-30.pdf"


def test_the_csv_written_is_the_report_computed(record, period, tmp_path):
    from ati_desktop.services.exports_csv import csv_text
    from ati_desktop.services.report_files import export_report
    from ati_desktop.services.reports.document import build, document

    db, _built = record
    out = tmp_path / "informes"
    out.mkdir()
    path = export_report(db, "coverage", period, out / "cobertura.csv", table="schools")
    expected = csv_text(document(db, build(db, "coverage", period)).table("schools"))
    assert path.read_bytes() == b"\xef\xbb\xbf" + expected.encode("utf-8")
    assert files_in(out) == ["cobertura.csv"], "no temporary file left beside it"


def test_an_unknown_ending_is_refused_before_any_work(record, period, tmp_path):
    from ati_desktop.domain.errors import ValidationError
    from ati_desktop.services.report_files import export_report

    db, _built = record
    with pytest.raises(ValidationError, match=r"\.xlsx, \.csv o \.pdf"):
        export_report(db, "activity", period, tmp_path / "informe.docx")
    assert not (tmp_path / "informe.docx").exists()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".pdf"])
def test_a_read_only_drive_or_a_full_disk_leave_no_file(record, period, tmp_path, suffix):
    from ati_desktop.services.report_files import export_report
    from ati_desktop.storage.errors import StorageError

    db, _built = record
    with tmpfs(tmp_path / "usb", 256) as usb:
        remount_read_only(usb)
        with pytest.raises(StorageError, match="solo lectura"):
            export_report(db, "commitments", period, usb / f"informe{suffix}")
        assert files_in(usb) == []
    with tmpfs(tmp_path / "llena", 256) as full:
        fill(full)
        with pytest.raises(StorageError, match="el disco está lleno"):
            export_report(db, "commitments", period, full / f"informe{suffix}")
        assert files_in(full) == ["relleno.bin"]
