"""The demo generator: realistic, consistent, searchable, within the guideline, repeatable."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from ati_desktop.domain.errors import ValidationError
from ati_desktop.domain.municipalities import municipalities
from ati_desktop.domain.reference import (
    Channel,
    CommitmentSide,
    Operation,
    Technique,
    VerificationResult,
)
from ati_desktop.domain.rules import SessionFacts, violations
from ati_desktop.formspec import load_registry, validate_answers
from ati_desktop.services.actas import EVIDENCE_KINDS
from ati_desktop.services.commitments import overdue_count
from ati_desktop.services.demo import generate_demo
from ati_desktop.services.queries import SessionFilter, count_sessions, list_sessions, load_session
from ati_desktop.services.search_index import body_for
from ati_desktop.storage.search_keys import search_rowid
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Session

TODAY = date(2026, 11, 25)
SESSIONS = 800


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo database shared by the read-only checks of this module."""
    database = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    calls = []
    report = generate_demo(database, SESSIONS, seed=11, today=TODAY,
                           progress=lambda done, total: calls.append((done, total)))
    yield database, report, calls
    database.close()


def _rows(db: Database, sql: str, **params) -> list:
    with db.read() as tx:
        return tx.execute(text(sql), params).all()


def test_report_counts_match_the_tables(demo):
    db, report, calls = demo
    assert report.sessions == SESSIONS and count_sessions(db) == SESSIONS
    for table, count in report.rows.items():
        assert _rows(db, f"SELECT count(*) FROM {table}")[0][0] == count, table
    assert report.total_rows == sum(report.rows.values()) > 10 * SESSIONS
    assert calls[-1] == (SESSIONS, SESSIONS)
    assert f"{SESSIONS} sesiones" in str(report)


def test_database_is_sound(demo):
    db, _report, _calls = demo
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(db, "PRAGMA foreign_key_check") == []


def test_every_technique_operation_level_and_result_appears(demo):
    db, _report, _calls = demo
    assert {r[0] for r in _rows(db, "SELECT DISTINCT technique FROM session")} == set(Technique)
    assert {r[0] for r in _rows(db, "SELECT DISTINCT operation FROM session_operation")} == set(Operation)
    assert len(_rows(db, "SELECT DISTINCT level FROM session")) == 4
    results = {r[0] for r in _rows(db, "SELECT DISTINCT result FROM commitment_verification")}
    assert results == set(VerificationResult)
    statuses = dict(_rows(db, "SELECT status, count(*) FROM session GROUP BY status"))
    assert 0 < statuses["cerrada"] < statuses["abierta"]


def test_every_session_obeys_the_guideline(demo):
    db, _report, _calls = demo
    operations = _grouped(db, "SELECT session_id, operation FROM session_operation")
    sides = _grouped(db, "SELECT session_id, side FROM commitment")
    checked = _grouped(db, "SELECT session_id, id FROM commitment_verification")
    sessions = _rows(db, "SELECT s.id, s.channel, s.technique, o.technique, s.modality "
                         "FROM session s LEFT JOIN session o ON o.id = s.observation_session_id")
    for session_id, channel, technique, linked, modality in sessions:
        facts = SessionFacts(
            operations=frozenset(Operation(op) for op in operations[session_id]),
            channel=Channel(channel),
            technique=Technique(technique),
            linked_observation=linked == Technique.OBSERVACION,
            verifications=len(checked.get(session_id, [])),
            commitment_sides=frozenset(CommitmentSide(s) for s in sides.get(session_id, [])),
        )
        assert violations(facts) == [], session_id
        assert Channel(channel).modality == modality


def test_follow_ups_refer_to_earlier_sessions_of_the_same_school(demo):
    db, _report, _calls = demo
    wrong_dialogues = _rows(db, """
        SELECT d.id FROM session d JOIN session o ON o.id = d.observation_session_id
        WHERE o.school_id IS NOT d.school_id OR o.session_date >= d.session_date""")
    wrong_checks = _rows(db, """
        SELECT v.id FROM commitment_verification v
        JOIN commitment c ON c.id = v.commitment_id JOIN session born ON born.id = c.session_id
        JOIN session s ON s.id = v.session_id
        WHERE born.school_id IS NOT s.school_id OR born.session_date >= s.session_date
           OR v.verified_on != s.session_date""")
    assert wrong_dialogues == [] and wrong_checks == []
    assert _rows(db, "SELECT count(*) FROM session WHERE technique = 'dialogo_reflexivo'")[0][0] > 0


def test_commitment_status_follows_its_verifications(demo):
    db, _report, _calls = demo
    met = {r[0] for r in _rows(db, "SELECT commitment_id FROM commitment_verification "
                                   "WHERE result = 'cumplido'")}
    closed = _rows(db, "SELECT id, closed_at FROM commitment WHERE status = 'cumplido'")
    assert met and {r[0] for r in closed} == met
    assert all(r[1] is not None for r in closed)
    assert _rows(db, "SELECT count(*) FROM commitment WHERE status = 'abierto' "
                     "AND closed_at IS NOT NULL")[0][0] == 0
    assert overdue_count(db, today=TODAY) > 0
    assert _rows(db, "SELECT count(*) FROM commitment WHERE status = 'abierto' "
                     "AND due_date >= :today", today=TODAY.isoformat())[0][0] > 0


def test_indicators_only_where_goals_are_followed(demo):
    db, _report, _calls = demo
    stray = _rows(db, """
        SELECT DISTINCT i.session_id FROM indicator_value i
        WHERE NOT EXISTS (SELECT 1 FROM session_operation o WHERE o.session_id = i.session_id
                          AND o.operation IN ('monitoreo', 'seguimiento'))""")
    assert stray == [] and _rows(db, "SELECT count(*) FROM indicator_value")[0][0] > 0


def test_answers_are_valid_for_their_forms(demo):
    db, _report, _calls = demo
    registry = load_registry()
    rows = _rows(db, "SELECT form_id, form_version, technique, answers FROM session")
    for form_id, version, technique, answers in rows:
        form = registry.get(form_id, version)
        assert form.technique == technique
        assert validate_answers(form, json.loads(answers), today=lambda: TODAY) == []


def test_answers_speak_of_the_sessions_own_people_and_links(demo):
    db, _report, _calls = demo
    interviews = _rows(db, """
        SELECT json_extract(s.answers, '$.entrevistado_nombre'), p.full_name
        FROM session s JOIN attendance a ON a.session_id = s.id AND a.position = 'a0'
        JOIN participant p ON p.id = a.participant_id WHERE s.technique = 'entrevista'""")
    dialogues = _rows(db, "SELECT json_extract(answers, '$.observacion'), observation_session_id "
                          "FROM session WHERE technique = 'dialogo_reflexivo'")
    assert interviews and all(asked == attended for asked, attended in interviews)
    assert dialogues and all(linked == observation for linked, observation in dialogues)


def test_evidence_uses_the_editors_kinds(demo):
    db, _report, _calls = demo
    kinds = {r[0] for r in _rows(db, "SELECT DISTINCT kind FROM evidence")}
    assert kinds == set(EVIDENCE_KINDS)
    unconfirmed = _rows(db, "SELECT count(*) FROM evidence WHERE may_show_minors "
                            "AND minors_confirmed_at IS NULL")
    assert unconfirmed == [(0,)]


def test_catalogue_covers_the_departments_municipalities(demo):
    db, _report, _calls = demo
    schools = _rows(db, "SELECT dane_code, municipality_code, name FROM school")
    served = {m.code for m in municipalities() if not m.certified_in_education}
    assert {r[1] for r in schools} == served
    for dane, municipality, name in schools:
        assert len(dane) == 12 and dane.isdigit() and dane[1:6] == municipality
        assert name.startswith(("Institución Educativa", "Centro Educativo"))
    campuses = _rows(db, "SELECT count(*) FROM campus GROUP BY school_id")
    assert {r[0] for r in campuses} <= {1, 2, 3, 4}
    roles = {r[0] for r in _rows(db, "SELECT DISTINCT role FROM participant")}
    assert {"Rector(a)", "Coordinador(a)", "Docente"} <= roles


def test_rows_read_back_through_the_services(demo):
    db, _report, _calls = demo
    signed = _rows(db, "SELECT session_id FROM attendance WHERE signature_sha256 IS NOT NULL LIMIT 1")
    record = load_session(db, signed[0][0])
    assert record["attendance"] and any(a["signature_sha256"] for a in record["attendance"])
    png = _rows(db, "SELECT data FROM blob WHERE sha256 = :sha",
                sha=next(a["signature_sha256"] for a in record["attendance"] if a["signature_sha256"]))
    assert png[0][0].startswith(b"\x89PNG\r\n\x1a\n")
    with db.read() as tx:
        row = tx.get(Session, signed[0][0])
        assert row.created_at.tzinfo is not None and row.revision == 1 and row.device_id == db.device_id


def test_search_index_holds_what_a_save_would_index(demo):
    db, _report, _calls = demo
    sample = [r[0] for r in _rows(db, "SELECT id FROM session ORDER BY id LIMIT 25")]
    with db.read() as tx:
        for session_id in sample:
            indexed = tx.execute(text("SELECT session_id, body FROM session_search WHERE rowid = :k"),
                                 {"k": search_rowid(session_id)}).one()
            assert indexed == (session_id, body_for(tx, tx.get(Session, session_id)))


def test_text_search_finds_a_word_of_an_objective(demo):
    db, _report, _calls = demo
    session_id, objective, town = _rows(db, """
        SELECT s.id, s.objective, m.code FROM session s JOIN municipality m
        ON m.code = s.municipality_code WHERE s.objective LIKE '%Escuela Nueva%' LIMIT 1""")[0]
    flt = SessionFilter(municipality_code=town, text="escuela nueva")
    found = list_sessions(db, flt, limit=1000)
    assert session_id in {row.id for row in found}
    assert count_sessions(db, flt) == len(found)


def test_same_seed_gives_the_same_content_under_each_devices_own_ids(tmp_path):
    first, second, other = (Database.open(tmp_path / f"{name}.sqlite") for name in "abc")
    for database, seed in ((first, 3), (second, 3), (other, 4)):
        generate_demo(database, 150, seed=seed, today=TODAY)
    content = ("SELECT session_date, start_time, technique, objective, status FROM session "
               "ORDER BY session_date, start_time, objective")
    assert _rows(first, content) == _rows(second, content)
    assert _rows(first, "SELECT description, status FROM commitment ORDER BY description, status") == _rows(
        second, "SELECT description, status FROM commitment ORDER BY description, status")
    # Two laptops loaded with the same seed for a training day can be merged like real ones:
    # their sessions never share an id, while the (coded) schools are the same records.
    ids = "SELECT id FROM session"
    assert {r[0] for r in _rows(first, ids)}.isdisjoint(r[0] for r in _rows(second, ids))
    assert {r[0] for r in _rows(first, ids)}.isdisjoint(r[0] for r in _rows(other, ids))
    schools = "SELECT id, dane_code FROM school ORDER BY id"
    assert _rows(first, schools) == _rows(second, schools)
    with pytest.raises(ValidationError, match="semilla 3"):
        generate_demo(first, 10, seed=3, today=TODAY)
    assert count_sessions(first) == 150


def _grouped(db: Database, sql: str) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for key, value in _rows(db, sql):
        grouped.setdefault(key, []).append(value)
    return grouped
