"""Reading sessions: the filtered, paged list, the advisory log, and one session in full.

Lists are newest first and page by key: a page starts after the last row already shown
(its :class:`SessionKey`), so the thousandth page costs what the first does, where an OFFSET
makes SQLite step over every row before it.

A text search lists its matches newest first too, as mail programs do. With no other filter
the full-text index (FTS5) answers it: it counts the matches itself, and a page either sorts
the few matching sessions (at most :data:`FEW_MATCHES`) or, for a common word, walks the date
index newest first and tests each session against the index's matches until the page is full
(a word found in half of 100,000 sessions: a few hundred tests). FTS5's relevance order would
score every match first: 136 ms for such a word, past what typing may cost.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, literal_column, or_, select, text
from sqlmodel import Session as DbSession

from ati_desktop.domain.errors import NotFoundError
from ati_desktop.domain.reference import Operation
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Municipality, School, Session, SessionOperation

from .reviews import open_remarks
from .search_index import match_query
from .session_rows import AdvisoryEntry, SessionFilter, SessionKey, SessionRow
from .snapshot import session_snapshot


# Up to this many matches a page sorts them; beyond, walking the date index is cheaper.
FEW_MATCHES = 1500


_ADVISORIES = SessionFilter(operation=Operation.ASESORIA.value)

# Newest first; a session without a start time comes after the timed ones of its day. SQLite
# sorts NULLs last in DESC anyway; PostgreSQL sorts them first unless told, and _after() below
# must agree with this order on every database.
_NEWEST_FIRST = (Session.session_date.desc(), Session.start_time.desc().nulls_last(), Session.id)


def _after(key: SessionKey):
    """The sessions that follow ``key`` in :data:`_NEWEST_FIRST`.

    ``session_date <= :date`` stands on its own so that SQLite reads ``ix_session_date`` (or
    ``ix_session_municipality_date``) from the key onward instead of testing every row.
    """
    if key.start_time is None:  # only untimed sessions of the same day, by id
        same_day = and_(Session.start_time.is_(None), Session.id > key.id)
    else:
        same_day = or_(Session.start_time < key.start_time, Session.start_time.is_(None),
                       and_(Session.start_time == key.start_time, Session.id > key.id))
    return and_(Session.session_date <= key.session_date,
                or_(Session.session_date < key.session_date, same_day))


def _where(query, flt: SessionFilter, dialect: str, paging: bool = False,
           joined_matches: bool = False):
    query = query.where(Session.deleted_at.is_(None))
    if flt.date_from:
        query = query.where(Session.session_date >= flt.date_from)
    if flt.date_to:
        query = query.where(Session.session_date <= flt.date_to)
    if flt.municipality_code:
        query = query.where(Session.municipality_code == flt.municipality_code)
    if flt.school_id:
        query = query.where(Session.school_id == flt.school_id)
    if flt.technique:
        query = query.where(Session.technique == flt.technique)
    if flt.status:
        query = query.where(Session.status == flt.status)
    if flt.remarks:
        query = query.where(open_remarks())
    if flt.operation:
        tagged = select(SessionOperation.session_id).where(SessionOperation.operation == flt.operation)
        if paging:
            # A page walks the date index and looks up each session's own operation row, so it
            # stops at the page's end (1 ms, where reading all 8,500 asesorías of 100,000
            # sessions and sorting them took 30). A count visits every match anyway: walking the
            # operation's index is cheaper there.
            query = query.where(tagged.where(SessionOperation.session_id == Session.id).exists())
        else:
            query = query.where(Session.id.in_(tagged))
    fts = match_query(flt.text or "")
    if fts and dialect == "sqlite" and not joined_matches:
        # Test each session met against the index's matches by row number, never reading the
        # index's ids: with other filters few sessions are left to test, and a page of a
        # common word stops after a few hundred.
        matches = text("SELECT rowid FROM session_search WHERE session_search MATCH :q").bindparams(q=fts)
        query = query.where(func.search_rowid(Session.id).in_(matches.columns(literal_column("rowid"))))
    elif fts and dialect != "sqlite":
        # A shared record on PostgreSQL: every word, accents and case ignored, as FTS5 does.
        for word in _folded_text(flt.text).translate(_NOT_LITERAL).split():
            pattern = f"%{word}%"
            query = query.where(or_(*(_folded(column).like(pattern) for column in
                                      (Session.answers, Session.objective, Session.conclusions))))
    return query


_ACCENTED, _PLAIN = "áéíóúüñàèìòùâêîôûäëïö", "aeiouunaeiouaeiouaeio"
_NOT_LITERAL = str.maketrans({'"': " ", "%": " ", "_": " ", "\\": " "})


def _folded_text(value: str) -> str:
    return value.lower().translate(str.maketrans(_ACCENTED, _PLAIN))


def _folded(column):
    return func.translate(func.lower(column), _ACCENTED, _PLAIN)


def _narrowed(flt: SessionFilter) -> bool:
    return any((flt.date_from, flt.date_to, flt.municipality_code, flt.school_id, flt.operation,
                flt.technique, flt.status, flt.remarks))


def count_sessions(db: Database, flt: SessionFilter = SessionFilter()) -> int:
    with db.read() as tx:
        if _plain_search(flt, db):
            return _match_count(tx, match_query(flt.text))
        if _town_and_dates_only(flt) and db.engine.dialect.name == "sqlite":
            return _town_count(tx, flt)
        query = _where(select(func.count()).select_from(Session), flt, db.engine.dialect.name)
        return tx.execute(query).scalar_one()


def _town_and_dates_only(flt: SessionFilter) -> bool:
    return bool(flt.municipality_code) and not any(
        (flt.school_id, flt.operation, flt.technique, flt.status, flt.remarks, flt.text))


def _town_count(tx: DbSession, flt: SessionFilter) -> int:
    """The sessions of a municipality (and dates), not deleted: every one, less the deleted.

    Testing ``deleted_at`` on each match reads its whole row, a random page from the file for
    each of thousands of sessions (the first filter of the day waited on the disk for them).
    Counted this way, the first count reads ``ix_session_municipality_date`` alone, and the
    second walks ``ix_session_deleted``, the few deleted sessions: its municipality and date
    are compared as expressions, so that no index on them is chosen instead.
    """
    every = select(func.count()).select_from(Session).where(
        Session.municipality_code == flt.municipality_code)
    deleted = select(func.count()).select_from(Session).where(
        Session.deleted_at.is_not(None), Session.municipality_code.concat("") == flt.municipality_code)
    if flt.date_from:
        every = every.where(Session.session_date >= flt.date_from)
        deleted = deleted.where(func.date(Session.session_date) >= flt.date_from)
    if flt.date_to:
        every = every.where(Session.session_date <= flt.date_to)
        deleted = deleted.where(func.date(Session.session_date) <= flt.date_to)
    return tx.execute(every).scalar_one() - tx.execute(deleted).scalar_one()


def _plain_search(flt: SessionFilter, db: Database) -> bool:
    """A text search and nothing else, on SQLite: the full-text index answers it by itself."""
    return bool(match_query(flt.text or "")) and not _narrowed(flt) and db.engine.dialect.name == "sqlite"


def _match_count(tx: DbSession, fts: str, up_to: int = -1) -> int:
    """Sessions matching a full-text query (counting stops at ``up_to``), counted by FTS5 alone:
    the index holds exactly the sessions not deleted (see :mod:`.search_index`)."""
    return tx.execute(text("SELECT count(*) FROM (SELECT 1 FROM session_search "
                           "WHERE session_search MATCH :q LIMIT :up_to)"),
                      {"q": fts, "up_to": up_to}).scalar_one()


def list_sessions(db: Database, flt: SessionFilter = SessionFilter(), offset: int = 0,
                  limit: int = 200, after: SessionKey | None = None) -> list[SessionRow]:
    """A page of sessions, newest first: those following ``after`` (skipping ``offset`` more).

    Page on with ``after=rows[-1].key``; a large ``offset`` is slow on a large database.
    """
    operations = (
        select(func.aggregate_strings(SessionOperation.operation, ","))
        .where(SessionOperation.session_id == Session.id)
        .scalar_subquery()
    )
    rows = _page(db, (Session.id, Session.session_date, Municipality.name, School.name, operations,
                      Session.technique, Session.status, Session.revision, Session.start_time),
                 flt, after, offset, limit)
    return [SessionRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], r[7], r[8]) for r in rows]


def count_advisories(db: Database) -> int:
    """How many sessions the bitácora de asesorías lists."""
    return count_sessions(db, _ADVISORIES)


def list_advisories(db: Database, after: SessionKey | None = None, limit: int = 200) -> list[AdvisoryEntry]:
    """A page of the bitácora de asesorías, newest first, following ``after``."""
    rows = _page(db, (Session.id, Session.session_date, Session.start_time, Municipality.name,
                      School.name, Session.channel, Session.objective),
                 _ADVISORIES, after, 0, limit)
    return [AdvisoryEntry(r[0], r[1], r[2], r[3], r[4], r[5], (r[6] or "").strip()) for r in rows]


def _page(db: Database, columns, flt: SessionFilter, after: SessionKey | None, offset: int,
          limit: int) -> list:
    query = select(*columns)
    with db.read() as tx:
        few = _plain_search(flt, db) and _match_count(tx, match_query(flt.text), FEW_MATCHES + 1) <= FEW_MATCHES
        if few:  # read the matches first, then their sessions: a sort of at most FEW_MATCHES
            hits = (text("SELECT session_id FROM session_search WHERE session_search MATCH :q")
                    .bindparams(q=match_query(flt.text))
                    .columns(literal_column("session_id")).subquery("hits"))
            query = query.select_from(hits).join(Session, Session.id == hits.c.session_id)
        query = (query.join(Municipality, Municipality.code == Session.municipality_code)
                 .outerjoin(School, School.id == Session.school_id))
        query = _where(query, flt, db.engine.dialect.name, paging=True, joined_matches=few)
        if after is not None:
            query = query.where(_after(after))
        query = query.order_by(*_NEWEST_FIRST).offset(offset).limit(limit)
        return tx.execute(query).all()


def load_session(db: Database, session_id: str) -> dict[str, Any]:
    """Everything recorded about one session (see :mod:`.snapshot`)."""
    with db.read() as tx:
        return _load(tx, session_id)


def _load(tx: DbSession, session_id: str) -> dict[str, Any]:
    row = tx.get(Session, session_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("No existe la sesión {session_id}.", session_id=session_id)
    return session_snapshot(tx, row)
