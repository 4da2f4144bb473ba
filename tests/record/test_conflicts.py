"""Reviewing and resolving conflicts: a resolution is a revision whose parents are all the heads."""

import pytest
from devices import meeting, new_device, package
from pg import both_databases
from record_dump import heads_of
from sqlalchemy import text

from ati_desktop.domain.errors import NotFoundError
from ati_desktop.exchange.conflicts import (
    ResolutionError,
    find_conflict,
    list_conflicts,
    resolve_fields,
    resolve_keep,
    summary,
)
from ati_desktop.exchange.merge import merge_package
from ati_desktop.services.sessions import delete_session, save_session
from ati_desktop.storage import revlog

pytestmark = both_databases


@pytest.fixture
def conflict(db, tmp_path):
    """A session edited apart on two devices (objective and place), both merged."""
    ana, beto = new_device(tmp_path, "ana"), new_device(tmp_path, "beto")
    data = meeting(ana, place="Biblioteca")
    save_session(ana, data)
    merge_package(beto, package(ana))
    merge_package(db, package(ana))
    data.objective, data.place = "Objetivo de Ana", "Sala de profesores"
    save_session(ana, data)
    data.objective, data.place = "Objetivo de Beto", "Biblioteca"
    save_session(beto, data)
    merge_package(db, package(ana))
    merge_package(db, package(beto))
    yield data.id, ana, beto
    ana.close()
    beto.close()


def _session(db, session_id):
    with db.engine.connect() as c:
        return c.execute(text("SELECT objective, place, deleted_at FROM session WHERE id = :i"),
                         {"i": session_id}).one()


def test_conflict_lists_each_version_its_source_and_the_common_ancestor(db, conflict):
    session_id, ana, beto = conflict
    [found] = list_conflicts(db)
    assert found.record_type == "session" and found.record_id == session_id
    assert {h.body["objective"] for h in found.heads} == {"Objetivo de Ana", "Objetivo de Beto"}
    assert {h.provenance.device_label for h in found.heads} == {"ana", "beto"}
    assert found.ancestor.body["objective"] == "Revisar el avance del Plan de Mejoramiento Institucional"
    assert found.differing_fields == ["objective", "place"]
    assert found.winner_id == max(found.heads, key=lambda h: (h.number, h.revision_id)).revision_id
    assert summary(found)["fields"] == ["objective", "place"]


def test_keeping_one_version_makes_a_revision_with_all_heads_as_parents(db, conflict):
    session_id, ana, beto = conflict
    found = find_conflict(db, session_id[:8])
    beto_head = next(h for h in found.heads if h.body["objective"] == "Objetivo de Beto")
    resolution = resolve_keep(db, session_id[:8], beto_head.revision_id[:8])
    assert heads_of(db, "session", session_id) == [resolution]
    with db.read() as tx:
        [entry] = [e for e in revlog.history(tx, "session", session_id) if e.id == resolution]
    assert set(entry.parents) == {h.revision_id for h in found.heads}
    assert entry.number == 1 + max(h.number for h in found.heads)
    assert list_conflicts(db) == []
    assert tuple(_session(db, session_id)[:2]) == ("Objetivo de Beto", "Biblioteca")


def test_field_by_field_resolution_combines_the_versions(db, conflict):
    session_id, _, _ = conflict
    found = find_conflict(db, session_id)
    by_objective = {h.body["objective"]: h.revision_id for h in found.heads}
    ana_head = next(h for h in found.heads if h.body["objective"] == "Objetivo de Ana")
    resolve_fields(db, session_id, {"objective": by_objective["Objetivo de Beto"], "place": ana_head.revision_id})
    assert tuple(_session(db, session_id)[:2]) == ("Objetivo de Beto", "Sala de profesores")
    assert list_conflicts(db) == []


def test_a_resolution_travels_and_ends_the_conflict_elsewhere(db, conflict, tmp_path):
    session_id, ana, beto = conflict
    found = find_conflict(db, session_id)
    resolve_keep(db, session_id, found.heads[0].revision_id)
    from ati_desktop.exchange.incoming import from_database

    merge_package(ana, package(beto))
    assert len(heads_of(ana, "session", session_id)) == 2
    merge_package(ana, from_database(db))
    assert len(heads_of(ana, "session", session_id)) == 1


def test_unknown_conflicts_versions_and_fields_are_refused_with_a_message(db, conflict):
    session_id, _, _ = conflict
    with pytest.raises(NotFoundError):
        find_conflict(db, "zzzzzzzz")
    with pytest.raises(ResolutionError):
        resolve_keep(db, session_id, "00000000")
    found = find_conflict(db, session_id)
    with pytest.raises(ResolutionError, match="campo"):
        resolve_fields(db, session_id, {"no_such_field": found.heads[0].revision_id})
    assert len(list_conflicts(db)) == 1


def test_a_deletion_can_be_kept(db, tmp_path):
    ana, beto = new_device(tmp_path, "ana"), new_device(tmp_path, "beto")
    data = meeting(ana)
    save_session(ana, data)
    merge_package(beto, package(ana))
    delete_session(ana, data.id)
    data.objective = "Editado"
    save_session(beto, data)
    for device in (ana, beto):
        merge_package(db, package(device))
    found = find_conflict(db, data.id)
    assert found.differing_fields[0] == "deleted"
    tombstone = next(h for h in found.heads if h.deleted)
    resolve_keep(db, data.id, tombstone.revision_id)
    assert _session(db, data.id)[2] is not None
    assert not [c for c in list_conflicts(db) if c.record_type == "session"]
