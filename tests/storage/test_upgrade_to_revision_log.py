"""A database of schema 0002 with real work upgrades to the revision log and loses nothing.

``data/schema_0002`` holds a database made by the version before the revision log (catalogue
import, a hand-added duplicate school, closed, corrected, open and verification sessions) and
the actas that version printed from it.
"""

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from ati_desktop.domain.ids import campus_id_for, school_id_for
from ati_desktop.formspec import load_registry
from ati_desktop.services import actas, settings
from ati_desktop.services.queries import SessionFilter, list_sessions, load_session
from ati_desktop.services.sessions import revisions
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database

DATA = Path(__file__).parent / "data" / "schema_0002"
FORMS = load_registry()
CLOSED, FIRST_EDITION, LAST_EDITION, DRAFT, VERIFICATION = (
    "acta-cerrada.pdf", "acta-corregida-r1.pdf", "acta-corregida-r3.pdf", "acta-borrador.pdf",
    "acta-verificacion.pdf")


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "ati.sqlite"
    shutil.copyfile(DATA / "ati-0002.sqlite", path)
    with_snapshot = _rows_0002(path)
    database = Database.open(path)
    yield database, with_snapshot
    database.close()


def _rows_0002(path: Path) -> dict:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        tables = ("assistant", "school", "campus", "participant", "session", "attendance", "commitment",
                  "commitment_verification", "evidence", "indicator_value")
        return {t: dict(connection.execute(f"SELECT id, revision FROM {t}").fetchall()) for t in tables}
    finally:
        connection.close()


def test_the_upgrade_keeps_a_backup_of_the_old_file(upgraded):
    database, _ = upgraded
    assert database.last_backup is not None and database.last_backup.exists()
    assert database.last_backup.stat().st_size > 0


def test_every_acta_printed_before_the_upgrade_still_verifies(upgraded):
    database, _ = upgraded
    for name in (CLOSED, LAST_EDITION, VERIFICATION):
        verdict = actas.verify_pdf(database, FORMS, (DATA / name).read_bytes())
        assert verdict.matches, (name, verdict.message)
    # A draft of an open session keeps no record of the program that printed it, so one printed
    # before the renderer changed cannot be compared any more; closing issues the official acta.
    draft = actas.verify_pdf(database, FORMS, (DATA / DRAFT).read_bytes())
    assert not draft.matches
    replaced = actas.verify_pdf(database, FORMS, (DATA / FIRST_EDITION).read_bytes())
    assert not replaced.matches and "reemplazada por la revisión 3" in replaced.message


def test_closed_actas_keep_verifying_after_renaming_the_school_and_changing_the_header(upgraded, tmp_path):
    database, _ = upgraded
    from ati_desktop.services.schools import import_catalogue

    catalogue = tmp_path / "catalogo.csv"
    catalogue.write_text("dane_code,name,municipality_code\n"
                         "241298000123,Institución Educativa Libertador Simón Bolívar,41298\n", encoding="utf-8")
    assert import_catalogue(database, catalogue).schools_updated == 1
    settings.save_institution(database, settings.Institution(document_code="PAM-F-002", document_version="6"))
    for name in (CLOSED, LAST_EDITION, VERIFICATION):
        verdict = actas.verify_pdf(database, FORMS, (DATA / name).read_bytes())
        assert verdict.matches, (name, verdict.message)


def test_corrections_become_editions_of_the_acta(upgraded):
    database, _ = upgraded
    corrected = _session_id_of(database, FIRST_EDITION)
    earlier = revisions(database, corrected)
    assert [(e.edition, e.revision) for e in earlier] == [(1, 1), (2, 2)]
    assert earlier[1].reason == "El objetivo estaba incompleto"
    assert earlier[0].snapshot["objective"] == "Acompañar el comité de convivencia"


def test_every_current_row_is_the_head_of_its_log_with_its_revision(upgraded):
    database, before = upgraded
    table_of = {kind.table.name: name for name, kind in revlog.RECORD_TYPES.items()}
    with database.read() as tx:
        for table, old in before.items():
            record_type = table_of[table]
            current = {}
            for row in tx.execute(text(f"SELECT id FROM {table}")).scalars():
                current[row] = None
            rows = revlog.current_rows(tx, record_type, list(current))
            found = revlog.heads(tx, record_type, list(rows))
            assert len(rows) == len(old)
            for record_id, row in rows.items():
                [head] = found[record_id]
                assert head.id == row["revision_id"] and head.number == row["revision"]
                assert head.parents == () and head.body == revlog.body_of(record_type, row)
            if table not in ("school", "campus"):
                assert {i: r["revision"] for i, r in rows.items()} == old


def test_coded_schools_and_campuses_take_their_derived_ids(upgraded):
    database, _ = upgraded
    with database.read() as tx:
        schools = tx.execute(text("SELECT id, dane_code, added_in_field FROM school")).all()
        campuses = tx.execute(text("SELECT id, school_id, dane_code, name FROM campus")).all()
        same_as = tx.execute(text("SELECT record_type, record_id, same_as_id FROM same_as")).all()
        dangling = tx.execute(text(
            "SELECT count(*) FROM session s LEFT JOIN school sc ON sc.id = s.school_id "
            "WHERE s.school_id IS NOT NULL AND sc.id IS NULL")).scalar()
    simon = school_id_for("241298000123")
    imported = {row.id for row in schools if row.dane_code and not row.added_in_field}
    assert imported == {simon, school_id_for("141551000456")}
    [duplicate] = [row.id for row in schools if row.dane_code == "241298000123" and row.added_in_field]
    assert same_as == [("school", duplicate, simon)]
    assert {c.id for c in campuses} == {campus_id_for(simon, "24129800012301", "Sede Principal"),
                                        campus_id_for(simon, None, "Sede El Recreo")}
    assert dangling == 0
    assert {s.school for s in list_sessions(database, SessionFilter())} >= {
        "Institución Educativa Simón Bolívar", "Centro Educativo La Esperanza"}


def test_children_keep_their_order_under_fractional_keys(upgraded):
    database, _ = upgraded
    session_id = _session_id_of(database, CLOSED)
    record = load_session(database, session_id)
    assert [a["full_name"] for a in record["attendance"]] == [
        "María Fernanda Perdomo", "Jorge Cabrera", "Luz Dary Cuéllar"]
    with database.read() as tx:
        keys = tx.execute(text("SELECT position FROM attendance WHERE session_id = :s ORDER BY position"),
                          {"s": session_id}).scalars().all()
    assert keys == sorted(keys) and all(isinstance(k, str) for k in keys)


def test_participants_get_the_key_of_their_cedula(upgraded):
    database, _ = upgraded
    with database.read() as tx:
        keys = dict(tx.execute(text("SELECT full_name, document_key FROM participant")).all())
    assert keys["María Fernanda Perdomo"] == "1075234567" and keys["Jorge Cabrera"] is None


def _session_id_of(database: Database, pdf_name: str) -> str:
    from ati_desktop.actas.verify import read_stamp

    return read_stamp((DATA / pdf_name).read_bytes()).session_id
