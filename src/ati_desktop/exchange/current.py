"""Current rows derived from the revision log, for the records a merge or a resolution touched.

For each record: its heads are its revisions that no revision names as a parent. Heads that
all say the same (same body, same deletion) are one state; heads that disagree are a
**conflict**, kept in ``record_conflict`` until someone resolves it. The row shows the
deterministic winner: a live head before a tombstone (a deletion that conflicts with an edit
never hides the edit while the conflict is open), then the highest number, then the highest
id — never a clock. The row's origin (``device_id``, ``created_at``) is the record's root
revision (lowest id if several; the lowest revision held while the root has not arrived).

A row whose winner names records this database does not hold yet (a package that follows
one not merged yet) is not written: the record waits in ``record_waiting`` and is written by
the merge that brings what it names. Everything here is a few statements per record type
and chunk of records, never one per row.
"""

from __future__ import annotations

import graphlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import delete, select
from sqlmodel import Session as DbSession

from ati_desktop.storage.derived import refresh_touched_commitments
from ati_desktop.storage.driver_sql import default_of
from ati_desktop.storage.merge_models import RecordConflict, RecordWaiting
from ati_desktop.storage.revlog import RECORD_TYPES, REVISION, RecordType, row_of

from . import bulk_rows
from .id_sets import one_of
from .revision import TravellingRevision
from .winners import Winner, fresh, winners

CHUNK = 5000
CONFLICT = RecordConflict.__table__
WAITING = RecordWaiting.__table__


class Known(NamedTuple):
    """A revision the caller holds already, and the row its body makes."""

    revision: TravellingRevision
    row: dict


@dataclass
class Refreshed:
    """What a refresh found: per record type, which rows it wrote and which records conflict."""

    written: dict[str, set[str]] = field(default_factory=dict)
    conflicting: dict[str, set[str]] = field(default_factory=dict)
    waiting: dict[str, dict[str, str]] = field(default_factory=dict)  # record id → what it lacks
    session_ids: set[str] = field(default_factory=set)
    # Per record type, the revision each examined record's row showed before and shows after.
    shown_before: dict[str, dict[str, str | None]] = field(default_factory=dict)
    shown_after: dict[str, dict[str, str | None]] = field(default_factory=dict)

    def absorb(self, later: Refreshed) -> None:
        """Take in what a later refresh of the same transaction found (it has the last word)."""
        for name, ids in later.written.items():
            self.written[name] = self.written.get(name, set()) | ids
        self.session_ids |= later.session_ids
        for name, shown in later.shown_before.items():
            examined = set(shown)
            before = self.shown_before.setdefault(name, {})
            for record_id, revision_id in shown.items():
                before.setdefault(record_id, revision_id)
            self.shown_after.setdefault(name, {}).update(later.shown_after[name])
            self.conflicting[name] = (self.conflicting.get(name, set()) - examined) | later.conflicting[name]
            self.waiting[name] = {**{i: m for i, m in self.waiting.get(name, {}).items() if i not in examined},
                                  **later.waiting[name]}


def type_order() -> list[str]:
    """Record types so that every type comes after the types its foreign keys point to."""
    by_table = {kind.table.name: name for name, kind in RECORD_TYPES.items()}
    graph = graphlib.TopologicalSorter()
    for name, kind in sorted(RECORD_TYPES.items()):
        targets = {by_table[fk.column.table.name] for fk in kind.table.foreign_keys
                   if fk.column.table.name in by_table}
        graph.add(name, *sorted(targets - {name}))
    return list(graph.static_order())


def chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def upsert(tx: DbSession, table, rows: list[dict], keys: list[str], update: list[str]) -> None:
    """INSERT … ON CONFLICT (keys) DO UPDATE for SQLite and PostgreSQL, many rows at once."""
    if rows:
        names, rows = _with_defaults(table, rows)
        bulk_rows.upsert(tx, table, names, bulk_rows.tuples(tx, table, names, rows), keys, update)


def _defaults(table, present: Iterable[str]) -> dict:
    """The model's defaults of the columns not present (evaluated once, as for a multi-row INSERT)."""
    present = set(present)
    return {column.name: default_of(column)()
            for column in table.columns if column.name not in present and column.default is not None}


def _with_defaults(table, rows: list[dict]) -> tuple[list[str], list[dict]]:
    """The column names of the rows, with the model's defaults for the columns they leave out."""
    names = list(rows[0])
    defaults = _defaults(table, names)
    if defaults:
        names += list(defaults)
        rows = [{**row, **defaults} for row in rows]
    return names, rows


def refresh(tx: DbSession, touched: Mapping[str, Iterable[str]],
            known_heads: Mapping[str, Mapping[str, Known]] | None = None,
            unlogged: Mapping[str, set[str]] | None = None) -> Refreshed:
    """Recompute the current rows of the touched records (and of every waiting record).

    ``known_heads`` may give, by record type and revision id, revisions the caller already
    holds (body text, body and row), so that new revisions are not read back and parsed.
    ``unlogged`` may give, by record type, the records whose only revision in the log is the
    one of ``known_heads`` that the caller has just added (the log held none before).
    """
    wanted = {name: set(ids) for name, ids in touched.items()}
    waited: dict[str, set[str]] = {}
    for record_type, record_id in tx.execute(select(WAITING.c.record_type, WAITING.c.record_id)):
        wanted.setdefault(record_type, set()).add(record_id)
        waited.setdefault(record_type, set()).add(record_id)
    result = Refreshed()
    bodies = known_heads or {}
    for record_type in type_order():
        ids = sorted(wanted.get(record_type, ()))
        if ids:
            _refresh_type(tx, RECORD_TYPES[record_type], ids, waited.get(record_type, set()),
                          bodies.get(record_type, {}), None if unlogged is None else unlogged.get(record_type, set()),
                          result)
    _refresh_derived(tx, result)
    return result


def _refresh_type(tx: DbSession, kind: RecordType, ids: list[str], waited: set[str],
                  known: Mapping[str, Known], unlogged: set[str] | None, result: Refreshed) -> None:
    rows, conflicts, unread, new = [], [], [], set()
    before = result.shown_before.setdefault(kind.name, {})
    arrived = {entry.revision.record_id: revision_id for revision_id, entry in known.items()}
    for chunk in chunks(ids):
        # New records with a single head take it as it came: no need to ask the log for winners.
        single = fresh(tx, kind, {record_id: arrived[record_id] for record_id in chunk
                                  if record_id in arrived and record_id not in waited
                                  and (unlogged is None or record_id in unlogged)},
                       unlogged=unlogged is not None)
        for record_id, revision_id in single.items():
            revision = known[revision_id].revision
            before[record_id] = None
            new.add(record_id)
            rows.append(Winner(record_id, revision_id, revision.number, revision.made_at, revision.deleted, 1, False,
                               revision.device_id, revision.made_at, None, False))
        for chosen in winners(tx, kind, [record_id for record_id in chunk if record_id not in single]):
            before[chosen.record_id] = chosen.shown_id
            if chosen.disagree:
                conflicts.append({"record_type": kind.name, "record_id": chosen.record_id,
                                  "heads": chosen.heads, "winner_id": chosen.id})
            if chosen.shown:
                continue
            if chosen.id not in known:
                unread.append(chosen.id)
            rows.append(chosen)
    bodies = _bodies(tx, unread)
    values = []
    for chosen in rows:
        if chosen.id in known:
            body, columns = known[chosen.id].revision.body, known[chosen.id].row
        else:
            body = json.loads(bodies[chosen.id])
            columns = row_of(kind.name, body)
        values.append({**columns, "id": chosen.record_id, "device_id": chosen.origin_device_id,
                       "created_at": chosen.origin_made_at, "revision": chosen.number, "revision_id": chosen.id,
                       "updated_at": chosen.made_at, "deleted_at": chosen.made_at if chosen.deleted else None,
                       **{code.key: body.get(code.key) or [] for code in kind.codes}})
    ready, waiting = _references_held(tx, kind, values, result.written)
    for batch in ready:
        _write_rows(tx, kind, batch, new)
    written = {row["id"] for batch in ready for row in batch}
    result.written[kind.name] = written
    result.shown_after[kind.name] = {**before, **{row["id"]: row["revision_id"] for batch in ready for row in batch}}
    result.conflicting[kind.name] = {c["record_id"] for c in conflicts}
    result.waiting[kind.name] = waiting
    if kind.name == "session":
        result.session_ids |= written
    _keep_conflicts(tx, kind.name, ids, conflicts)
    _keep_waiting(tx, kind.name, waited, waiting)


def _bodies(tx: DbSession, revision_ids: list[str]) -> dict[str, str]:
    """The stored body text of revisions the caller does not hold in memory."""
    stored: dict[str, str] = {}
    for chunk in chunks(revision_ids):
        stored.update(tx.execute(select(REVISION.c.id, REVISION.c.body).where(one_of(tx, REVISION.c.id, chunk))).all())
    return stored


def _references_held(tx: DbSession, kind: RecordType, rows: list[dict],
                     written: Mapping[str, set[str]]) -> tuple[list[list[dict]], dict[str, str]]:
    """Split rows into batches whose foreign keys are held (in order) and waiting ones.

    A row naming a row of its own table comes in a later batch than the row it names, so
    that each statement finds what it references. Rows this refresh ``written`` already (by
    record type) are held without asking the database.
    """
    foreign = [(fk.parent.name, f"{fk.column.table.name}.{fk.column.name}", fk.column)
               for fk in kind.table.foreign_keys]
    own = f"{kind.table.name}.id"
    held: dict[str, set] = {own: set()}
    for column_name, key, target in foreign:
        present = held.setdefault(key, set())
        if key != own and target.name == "id":
            present.update(*(ids for name, ids in written.items() if RECORD_TYPES[name].table is target.table))
        values = sorted({row[column_name] for row in rows if row.get(column_name) is not None} - present)
        for chunk in chunks(values):
            present.update(tx.scalars(select(target).where(one_of(tx, target, chunk))))
    batches: list[list[dict]] = []
    waiting: dict[str, str] = {}
    left = rows
    while left:
        ready, later = [], []
        for row in left:
            lacking = [(column_name, key) for column_name, key, _target in foreign
                       if row.get(column_name) is not None and row[column_name] not in held[key]]
            if not lacking:
                ready.append(row)
            elif all(key == own for _column, key in lacking):
                later.append(row)
            else:
                waiting[row["id"]] = _missing(row, lacking)
        if not ready:
            waiting.update({row["id"]: _missing(row, [(c, k) for c, k, _t in foreign if k == own])
                            for row in later})
            break
        batches.append(ready)
        held[own].update(row["id"] for row in ready)
        left = later
    return batches, waiting


def _missing(row: dict, lacking: list[tuple[str, str]]) -> str:
    return ", ".join(f"{key.split('.')[0]}:{row[column]}" for column, key in lacking if row.get(column))


def _write_rows(tx: DbSession, kind: RecordType, rows: list[dict], new: set[str]) -> None:
    """Write current rows: appended for the records ``new`` names (no row yet), upserted for the others."""
    code_keys = {code.key for code in kind.codes}
    given = [name for name in rows[0] if name not in code_keys]
    # Columns the body does not give (derived ones) take the model's default in a new row only.
    defaults = _defaults(kind.table, given)
    names = given + list(defaults)
    if defaults:
        rows = [{**row, **defaults} for row in rows]
    appended = [row for row in rows if row["id"] in new]
    replaced = [row for row in rows if row["id"] not in new]
    bulk_rows.insert(tx, kind.table, names, bulk_rows.tuples(tx, kind.table, names, appended))
    bulk_rows.upsert(tx, kind.table, names, bulk_rows.tuples(tx, kind.table, names, replaced), ["id"],
                     [name for name in given if name != "id"])
    for code in kind.codes:
        ids = [row["id"] for row in replaced]
        for chunk in chunks(ids):
            tx.execute(delete(code.table).where(one_of(tx, code.table.c.session_id, chunk)))
        codes = [(row["id"], value) for row in rows for value in sorted(set(row[code.key]))]
        bulk_rows.insert(tx, code.table, ["session_id", code.column], codes)


def _keep_conflicts(tx: DbSession, record_type: str, ids: list[str], conflicts: list[dict]) -> None:
    """Record the conflicts found among these records, and end those of the others."""
    still = {c["record_id"] for c in conflicts}
    examined = set(ids)
    # Only open conflicts can end: look them up once rather than deleting every id examined.
    gone = sorted(record_id for record_id in tx.scalars(select(CONFLICT.c.record_id)
                                                        .where(CONFLICT.c.record_type == record_type))
                  if record_id in examined and record_id not in still)
    for chunk in chunks(gone):
        tx.execute(delete(CONFLICT).where(CONFLICT.c.record_type == record_type,
                                          one_of(tx, CONFLICT.c.record_id, chunk)))
    upsert(tx, CONFLICT, conflicts, ["record_type", "record_id"], ["heads", "winner_id"])


def _keep_waiting(tx: DbSession, record_type: str, waited: set[str], waiting: dict[str, str]) -> None:
    """Record the records that wait now; those that waited and were examined wait no more.

    Every record that waited is examined by the refresh, so ``waited`` holds all that may end.
    """
    done = sorted(record_id for record_id in waited if record_id not in waiting)
    for chunk in chunks(done):
        tx.execute(delete(WAITING).where(WAITING.c.record_type == record_type, one_of(tx, WAITING.c.record_id, chunk)))
    rows = [{"record_type": record_type, "record_id": i, "missing": m} for i, m in sorted(waiting.items())]
    upsert(tx, WAITING, rows, ["record_type", "record_id"], ["missing"])


def _refresh_derived(tx: DbSession, result: Refreshed) -> None:
    """Commitment status follows its verifications and carry-overs: recompute what they touch."""
    refresh_touched_commitments(tx, result.written.get("commitment", ()), result.written.get("verification", ()),
                                result.session_ids)

