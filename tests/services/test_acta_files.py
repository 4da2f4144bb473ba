"""Acta file names say date, school and revision; a batch can take a municipality's sessions."""

from __future__ import annotations

from datetime import date

from report_record import VISITS, build


def test_file_name_names_date_school_and_revision(db, tmp_path):
    from ati_desktop.services import actas

    built = build(db, tmp_path)
    record = actas.current_record(db, built.sessions["s2"])
    name = actas.acta_file_name(record)
    assert name == f"acta-2026-10-05-ie-simon-bolivar-{built.sessions['s2'][:8]}-r{record['revision']}.pdf"
    municipal = actas.acta_file_name(actas.current_record(db, built.sessions["s9"]))
    assert municipal.startswith("acta-2026-10-12-neiva-")
    assert name.isascii() and " " not in name


def test_batch_of_a_municipality(db, tmp_path):
    from ati_desktop.services import actas

    built = build(db, tmp_path)
    ids = actas.sessions_for_batch(db, None, date(2026, 10, 1), date(2026, 11, 30), "41298")
    expected = sorted((v for v in VISITS if v.municipality == "41298" and not v.deleted
                       and date(2026, 10, 1) <= v.day <= date(2026, 11, 30)), key=lambda v: v.day)
    assert ids == [built.sessions[v.key] for v in expected]
