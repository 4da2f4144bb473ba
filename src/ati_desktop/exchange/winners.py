"""Each record's winning head, conflict and origin, computed by the database in one query.

The rules are those of ``exchange.current``: the heads of a record are its revisions that no
revision names as a parent; the winner is a live head before a tombstone, then the highest
number, then the highest id; heads disagree when they differ in body or deletion, unless all
of them delete; the origin is the root revision with the lowest id, else the lowest revision
held (by number, then id). Ids and bodies compare byte by byte on both databases (PostgreSQL
would otherwise order text by the server's locale). Window functions need SQLite ≥ 3.25.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import text
from sqlmodel import Session as DbSession

from ati_desktop.storage.revlog import RecordType
from ati_desktop.storage.types import UTCDateTime

from .id_sets import among, bound

_QUERY = """
WITH held AS (
    SELECT r.id, r.record_id, r.number, r.device_id, r.made_at, r.body,
           CASE WHEN r.deleted THEN 1 ELSE 0 END AS dead,
           CASE WHEN EXISTS (SELECT 1 FROM revision_parent p WHERE p.parent_id = r.id) THEN 0 ELSE 1 END AS head,
           CASE WHEN EXISTS (SELECT 1 FROM revision_parent p WHERE p.revision_id = r.id) THEN 0 ELSE 1 END AS root
    FROM revision r
    WHERE r.record_type = :record_type AND {among_ids}
),
heads AS (
    SELECT id, record_id, number, made_at, dead,
           ROW_NUMBER() OVER (PARTITION BY record_id ORDER BY dead, number DESC, id{c} DESC) AS place,
           COUNT(*) OVER same AS heads, MIN(dead) OVER same AS all_dead, MAX(dead) OVER same AS any_dead,
           MIN(body{c}) OVER same AS low_body, MAX(body{c}) OVER same AS high_body
    FROM held WHERE head = 1
    WINDOW same AS (PARTITION BY record_id)
),
origins AS (
    SELECT record_id, device_id, made_at,
           ROW_NUMBER() OVER (PARTITION BY record_id
                              ORDER BY root DESC, CASE WHEN root = 1 THEN 0 ELSE number END, id{c}) AS place
    FROM held
)
SELECT h.record_id, h.id, h.number, h.made_at, h.dead, h.heads,
       CASE WHEN h.heads > 1 AND h.all_dead = 0 AND (h.any_dead = 1 OR h.low_body <> h.high_body)
            THEN 1 ELSE 0 END AS disagree,
       o.device_id AS origin_device_id, o.made_at AS origin_made_at, c.revision_id AS shown_id,
       CASE WHEN c.revision_id = h.id AND c.device_id = o.device_id AND c.created_at = o.made_at
            THEN 1 ELSE 0 END AS shown
FROM heads h
JOIN origins o ON o.record_id = h.record_id AND o.place = 1
LEFT JOIN {table} c ON c.id = h.record_id
WHERE h.place = 1
"""


# Of some records, those whose log holds a single revision and that have no row yet; of some
# revisions, those named as a parent; of some records, those with a row. All read indexes only
# (never the revisions' rows).
_SINGLE = """
SELECT f.record_id FROM (
    SELECT record_id, COUNT(*) AS revisions FROM revision
    WHERE record_type = :record_type AND {among_ids} GROUP BY record_id
) f
WHERE f.revisions = 1 AND NOT EXISTS (SELECT 1 FROM {table} c WHERE c.id = f.record_id)
"""
_NAMED = "SELECT DISTINCT parent_id FROM revision_parent WHERE {among_ids}"
_ROWFUL = "SELECT id FROM {table} WHERE {among_ids}"


class Winner(NamedTuple):
    """The head a record's row shows, how many heads it has and whether they disagree."""

    record_id: str
    id: str
    number: int
    made_at: datetime
    deleted: bool
    heads: int
    disagree: bool
    origin_device_id: str
    origin_made_at: datetime
    shown_id: str | None  # the revision the record's row shows now (None: no row yet)
    shown: bool  # the row shows this winner and this origin already


def byte_order(tx: DbSession) -> str:
    """The collation clause that makes text compare byte by byte ('' where that is the default)."""
    return ' COLLATE "C"' if tx.get_bind().dialect.name == "postgresql" else ""


def winners(tx: DbSession, kind: RecordType, ids: Sequence[str]) -> list[Winner]:
    """The winner of each of these records that has revisions in the log."""
    if not ids:
        return []
    query = (text(_QUERY.format(c=byte_order(tx), table=kind.table.name, among_ids=among(tx, "r.record_id")))
             .columns(made_at=UTCDateTime, origin_made_at=UTCDateTime))
    rows = tx.execute(query, {"record_type": kind.name, "ids": bound(ids)}).all()
    return [Winner(record_id, revision_id, number, made_at, bool(dead), heads, bool(disagree), origin_device_id,
                   origin_made_at, shown_id, bool(shown))
            for (record_id, revision_id, number, made_at, dead, heads, disagree, origin_device_id, origin_made_at,
                 shown_id, shown) in rows]


def fresh(tx: DbSession, kind: RecordType, candidates: Mapping[str, str], *, unlogged: bool = False) -> dict[str, str]:
    """Of these records (record id → a revision of it), those whose log holds only that revision,
    which no revision names as a parent, and that have no row yet: it is their only head and
    their origin. Returns record id → revision id.

    ``unlogged``: the caller knows the log held no revision of these records before it added
    the one given, so only rows and parents are asked (probes that mostly miss, unlike
    counting revisions just written).
    """
    if not candidates:
        return {}
    if unlogged:
        rowful = text(_ROWFUL.format(table=kind.table.name, among_ids=among(tx, "id")))
        with_rows = set(tx.execute(rowful, {"ids": bound(candidates)}).scalars())
        alone = [record_id for record_id in candidates if record_id not in with_rows]
    else:
        single = text(_SINGLE.format(table=kind.table.name, among_ids=among(tx, "record_id")))
        alone = tx.execute(single, {"record_type": kind.name, "ids": bound(candidates)}).scalars().all()
    if not alone:
        return {}
    named = text(_NAMED.format(among_ids=among(tx, "parent_id")))
    parents = set(tx.execute(named, {"ids": bound([candidates[record_id] for record_id in alone])}).scalars())
    return {record_id: candidates[record_id] for record_id in alone if candidates[record_id] not in parents}
