"""Finding a person by cédula or name, and everything held about them."""

from pg import both_databases

from ati_desktop.services.personal_data.find import find_people, holdings

from person_samples import NAME

pytestmark = both_databases


def test_a_cedula_is_found_whatever_its_punctuation_and_a_typo_is_shown_as_near(db, seeded):
    exact = find_people(db, "CC 1075234567")
    assert {c.participant_id for c in exact} == {seeded.participant_id, seeded.second_record_id}
    assert all(c.exact and c.by == "cedula" for c in exact)
    near = find_people(db, "1.075.234.568")
    assert near and not any(c.exact for c in near)


def test_a_name_is_found_without_accents_or_case_and_near_spellings_are_marked(db, seeded):
    found = {c.participant_id: c for c in find_people(db, "gloria cuellar pena")}
    assert found[seeded.participant_id].exact and found[seeded.second_record_id].exact
    near = find_people(db, "Gloria Cuellar Pina")
    assert near and all(not c.exact for c in near)
    assert NAME in {c.full_name for c in near}
    assert not find_people(db, "Jorge Cabrera")[0].full_name.startswith("Gloria")


def test_holdings_gather_every_record_of_the_person_and_where_they_appear(db, seeded):
    held = holdings(db, seeded.second_record_id)
    assert held.ids[0] == seeded.second_record_id
    assert set(held.ids) == {seeded.participant_id, seeded.second_record_id}
    assert {a.session_id for a in held.appearances} == {seeded.first_session, seeded.second_session}
    assert len(held.signatures) == 1
    assert [(c.description, c.by) for c in held.commitments] == [("Enviar el PMI ajustado", "nombre")]
    assert [(e.file_name, e.why) for e in held.evidence] == [("taller.jpg", "leyenda")]
    assert [(m.session_id, m.fields) for m in held.mentions] == [(seeded.other_session, ("conclusions",))]
    assert set(held.session_ids) == {seeded.first_session, seeded.second_session, seeded.other_session}


def test_someone_else_is_not_swept_in(db, seeded):
    jorge = find_people(db, "12345678")[0]
    held = holdings(db, jorge.participant_id)
    assert held.names == ["Jorge Cabrera"] and not held.commitments
    # The photo of a session he attended may show him; the caption names only Gloria.
    assert [(e.file_name, e.why) for e in held.evidence] == [("taller.jpg", "foto")]
    # The interview form records him as the person interviewed.
    assert [(m.session_id, m.fields) for m in held.mentions] == [(seeded.other_session, ("answers",))]


def test_revisions_holding_the_person_and_the_packages_that_carried_them(db, seeded):
    from datetime import UTC, datetime

    from sqlalchemy import insert, select

    from ati_desktop.storage.models import PackageLog, Revision

    with db.read() as tx:
        last = tx.scalar(select(Revision.seq).order_by(Revision.seq.desc()).limit(1))
    with db.write() as tx:
        tx.execute(insert(PackageLog.__table__), [
            {"device_id": db.device_id, "sequence": 1, "direction": "export", "first_revision_seq": 1,
             "last_revision_seq": last, "created_at": datetime(2026, 11, 20, tzinfo=UTC),
             "file_name": "garzon-0001.atipkg", "sha256": "0" * 64},
            {"device_id": db.device_id, "sequence": 2, "direction": "export", "first_revision_seq": last + 1,
             "last_revision_seq": last + 5, "created_at": datetime(2026, 11, 21, tzinfo=UTC),
             "file_name": "garzon-0002.atipkg", "sha256": "1" * 64}])
    held = holdings(db, seeded.participant_id)
    assert held.revisions["participant"] >= 1 and held.revisions["attendance"] == 2
    assert held.revisions["commitment"] == 1 and held.revisions["evidence"] == 1
    assert [p.file_name for p in held.packages] == ["garzon-0001.atipkg"]
