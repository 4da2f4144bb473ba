"""A merge's re-indexing builds each session's body in SQLite: the same text as search_body."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from ati_desktop.services import search_index
from ati_desktop.services.search_index import refresh_sessions, search_body
from ati_desktop.services.sessions import save_session

PARTS = ("place", "objective", "scope_guidelines", "scope_habits", "scope_products", "conclusions")

words = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)  # Cs: surrogates, never UTF-8
parts = st.none() | st.sampled_from(["", " ", "Garzón ñandú", "  dos  espacios "]) | words
leaves = st.none() | st.booleans() | st.integers() | st.floats() | words
answers = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(words, inner, max_size=4),
                       max_leaves=20)
# How answers reach the row: canonical (UTF-8 kept), ASCII escapes, or indented.
writings = st.sampled_from([
    lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
    json.dumps,
    lambda value: json.dumps(value, indent=2),
])


@pytest.fixture
def saved(db, make_session):
    made = make_session()
    save_session(db, made)
    return made.id


def indexed(db, session_id, values, school_name):
    """The body refresh_sessions indexes for the session holding ``values``."""
    with db.write() as tx:
        tx.execute(text(f"UPDATE session SET {', '.join(f'{n} = :{n}' for n in values)} WHERE id = :id"),
                   {**values, "id": session_id})
        if school_name is None:
            tx.execute(text("UPDATE session SET school_id = NULL WHERE id = :id"), {"id": session_id})
        else:
            tx.execute(text("UPDATE school SET name = :name WHERE id = (SELECT school_id FROM session "
                            "WHERE id = :id)"), {"name": school_name, "id": session_id})
        refresh_sessions(tx, [session_id])
        bodies = tx.execute(text("SELECT body FROM session_search WHERE session_id = :id"),
                            {"id": session_id}).scalars().all()
        tx.rollback()
    return bodies


def expected(values, school_name):
    return search_body(values["place"], school_name, values["objective"], values["scope_guidelines"],
                       values["scope_habits"], values["scope_products"], values["conclusions"], values["answers"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({name: parts for name in PARTS}), st.none() | words, answers, writings)
def test_the_body_is_search_bodys_for_any_answers(db, saved, values, school_name, value, writing):
    values = {**values, "answers": writing(value)}
    assert indexed(db, saved, values, school_name) == [expected(values, school_name)]


@pytest.mark.parametrize("raw", [
    '{"a": "primero", "b": ["x", {"a": "y"}], "a": "último"}',  # a key twice: json.loads keeps the last
    '{"n": NaN, "i": [Infinity, -Infinity], "t": "texto"}',      # not JSON to SQLite 3.40
    '{"a": "antes\\u0000después"}',                              # SQLite ends the string at NUL
    '{"a": "cara \\ud83d\\ude00 feliz", "b": "\\u00e9"}',        # a surrogate pair, escaped
    '{"a": "\\\\ud800 is no escape", "b": "\\\\u0000 neither"}',  # escaped backslashes
    '"solo texto"', "[]", "null", "  {\n\"a\" :\t\"espacios\" }  ",
])
def test_answers_sqlite_could_read_otherwise_are_indexed_the_same(db, saved, raw):
    values = {name: "parte" for name in PARTS} | {"answers": raw}
    assert indexed(db, saved, values, "Escuela") == [expected(values, "Escuela")]


def test_answers_stored_as_a_blob_are_indexed_the_same(db, saved):
    values = {name: "parte" for name in PARTS} | {"answers": '{"a": "en un blob", "b": ["ñandú"]}'.encode()}
    assert indexed(db, saved, values, "Escuela") == [expected(values, "Escuela")]


def test_a_deleted_session_leaves_the_index_and_a_live_one_enters_it(db, make_session, monkeypatch):
    first, second = make_session(), make_session(objective="Visita de seguimiento")
    save_session(db, first)
    save_session(db, second)
    with db.write() as tx:
        tx.execute(text("DELETE FROM session_search WHERE session_id = :id"), {"id": second.id})
        tx.execute(text("UPDATE session SET deleted_at = updated_at WHERE id = :id"), {"id": first.id})
        with monkeypatch.context() as patched:  # plain rows: SQLite builds their bodies
            patched.setattr(search_index, "search_body", None)
            refresh_sessions(tx, [first.id, second.id, "no-such-session"])
    with db.engine.connect() as c:
        assert c.execute(text("SELECT session_id, body FROM session_search")).all() == [
            (second.id, expected_of(c, second.id))]


def expected_of(c, session_id):
    row = c.execute(text("SELECT s.place, sc.name, s.objective, s.scope_guidelines, s.scope_habits, "
                         "s.scope_products, s.conclusions, s.answers FROM session AS s "
                         "JOIN school AS sc ON sc.id = s.school_id WHERE s.id = :id"), {"id": session_id}).one()
    return search_body(*row)
