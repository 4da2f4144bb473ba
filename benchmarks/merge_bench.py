"""Merge figures: packages of many devices into the departmental record, SQLite and PostgreSQL.

``run(quick)`` returns:

- ``merge_records_per_s``: records (sessions, attendance, commitments, participants, schools)
  per second merged from 20 packages totalling 100,000 sessions into an empty SQLite record,
  each package in its own transaction, as ``ati merge`` does (revisions, parents,
  provenance, heads, current rows, derived statuses, search index);
- ``raw_upsert_rows_per_s``: the ceiling — plain ``sqlite3`` writing the same current rows
  into an empty record with the same schema and pragmas (``ATTACH`` + ``INSERT … SELECT …
  ON CONFLICT DO UPDATE``, one transaction); ``merge_ratio`` = merge / raw (goal ≥ 0.5);
- ``pg_merge_records_per_s`` and ``pg_raw_upsert_rows_per_s``: the same on a local
  PostgreSQL server (raw: ``COPY`` into temporary tables + ``INSERT … ON CONFLICT DO
  UPDATE``), ``pg_merge_ratio`` (goal ≥ 0.3); ``pg_write_only_ratio``: as
  ``write_only_ratio``, the merged rows (but the search index, SQLite's only) sent with
  ``COPY`` into an empty PostgreSQL record in 20 transactions;
- ``write_only_ratio``: the ratio a merge could reach if writing were all it did — the
  rows the merge wrote (log, parents, provenance, merge log, current rows, search index)
  copied by SQLite itself from the merged record into an empty one (``ATTACH`` +
  ``INSERT … SELECT``), in 20 transactions as the 20 packages are; records per second of
  that copy / ``raw_upsert_rows_per_s``. ``merge_ratio`` cannot pass it;
- ``merge_again_s``: merging the same 20 packages again into the SQLite record (nothing
  new); ``merge_again_share`` = that time / the first merge's (goal ≤ 0.1).

The packages are built in memory from a real session saved through the services (the
package reader's own speed is the export benchmarks' business). ``ATI_BENCH_SCALE``
multiplies the number of sessions.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from bench_data import note, scratch  # noqa: E402

from ati_desktop.exchange.incoming import Incoming, Source, from_database  # noqa: E402
from ati_desktop.exchange.merge import merge_package  # noqa: E402
from ati_desktop.exchange.revision import TravellingRevision  # noqa: E402
from ati_desktop.services.search_index import refresh_sessions  # noqa: E402
from ati_desktop.storage.database import Database  # noqa: E402

FIGURES = ("merge_records_per_s", "raw_upsert_rows_per_s", "merge_ratio", "write_only_ratio",
           "pg_merge_records_per_s", "pg_raw_upsert_rows_per_s", "pg_merge_ratio", "pg_write_only_ratio",
           "merge_again_s", "merge_again_share")
GOALS = {"merge_ratio": (">=", 0.5), "pg_merge_ratio": (">=", 0.3), "merge_again_share": ("<=", 0.1)}
PACKAGES = 20
TABLES = ("school", "participant", "session", "attendance", "commitment")
# Every table a merge of these packages writes, in an order that keeps foreign keys held.
WRITTEN = ("known_device", "merge_log", "package_log", "revision", "revision_parent", "revision_source",
           "school", "participant", "session", "session_operation", "session_area", "attendance",
           "commitment", "session_search")


def sessions_count(quick: bool) -> int:
    scale = float(os.environ.get("ATI_BENCH_SCALE", "1"))
    return max(PACKAGES, int((10_000 if quick else 100_000) * scale))


def describe(quick: bool) -> str:
    return f"merge: {PACKAGES} packages, {sessions_count(quick):,} sessions in all"


def _template(folder: Path) -> dict[str, TravellingRevision]:
    """One session saved through the services, as revisions to copy."""
    tests = HERE.parent / "tests" / "record"
    sys.path.insert(0, str(tests))
    from devices import meeting, new_device

    from ati_desktop.services.sessions import save_session

    device = new_device(folder, "plantilla")
    save_session(device, meeting(device))
    incoming = from_database(device)
    device.close()
    return {kind: group[0] for kind, group in incoming.revisions.items()}


def _packages(template: dict[str, TravellingRevision], sessions: int) -> list[Incoming]:
    """20 devices' packages: each device's own copy of the school, and its sessions."""
    start = datetime(2026, 11, 1, 12, tzinfo=UTC)
    packages = []
    for device_number in range(PACKAGES):
        device_id = str(uuid.uuid4())
        groups: dict[str, list[TravellingRevision]] = {kind: [] for kind in TABLES}
        school = template["school"]
        groups["school"].append(replace(school, id=str(uuid.uuid4()), device_id=device_id))
        for number in range(sessions // PACKAGES):
            made = start + timedelta(minutes=number)
            ids = {kind: str(uuid.uuid4()) for kind in TABLES}

            def copy(kind, **body):
                revision = template[kind]
                return replace(revision, id=str(uuid.uuid4()), record_id=ids[kind], device_id=device_id,
                               made_at=made, body={**revision.body, **body})

            groups["participant"].append(copy("participant", id_document=f"{device_number:02d}{number:08d}"))
            groups["session"].append(copy("session", objective=f"Sesión {number} del equipo {device_number}"))
            groups["attendance"].append(copy("attendance", session_id=ids["session"],
                                             participant_id=ids["participant"]))
            groups["commitment"].append(copy("commitment", session_id=ids["session"]))
        packages.append(Incoming(Source(device_id, f"Equipo {device_number + 1}", sequence=1), groups))
    return packages


def _timed_merge(record: Database, packages: list[Incoming]) -> float:
    started = time.perf_counter()
    for incoming in packages:
        merge_package(record, incoming, index_sessions=refresh_sessions)
    return time.perf_counter() - started


def _records(packages: list[Incoming]) -> int:
    return sum(len(group) for incoming in packages for group in incoming.revisions.values())


def _sqlite_raw(record_path: Path, empty_path: Path) -> tuple[int, float]:
    """Upsert the merged record's current rows into an empty record with plain sqlite3."""
    target = scratch() / "raw-target.sqlite"
    shutil.copy(empty_path, target)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    rows = 0
    started = time.perf_counter()
    connection.execute("ATTACH DATABASE ? AS src", (str(record_path),))
    connection.execute("BEGIN IMMEDIATE")
    for name in TABLES + ("session_operation",):
        columns = [row[1] for row in connection.execute(f"PRAGMA main.table_info({name})")]
        keys = [row[1] for row in connection.execute(f"PRAGMA main.table_info({name})") if row[5]]
        update = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys) or None
        conflict = f"DO UPDATE SET {update}" if update else "DO NOTHING"
        listed = ", ".join(columns)
        cursor = connection.execute(f"INSERT INTO main.{name} ({listed}) SELECT {listed} FROM src.{name} "
                                    f"WHERE true ON CONFLICT ({', '.join(keys)}) {conflict}")
        rows += cursor.rowcount
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return rows, elapsed


def _sqlite_write_only(record_path: Path, empty_path: Path) -> float:
    """Seconds to copy what each merge wrote into an empty record, one transaction per package."""
    target = scratch() / "write-only-target.sqlite"
    shutil.copy(empty_path, target)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("ATTACH DATABASE ? AS src", (str(record_path),))
    parts = _parts(connection, "src")
    started = time.perf_counter()
    for part in range(PACKAGES):
        connection.execute("BEGIN IMMEDIATE")
        for name in WRITTEN:
            columns = ", ".join(["rowid"] + [row[1] for row in connection.execute(f"PRAGMA src.table_info({name})")])
            connection.execute(f"INSERT INTO main.{name} ({columns}) SELECT {columns} FROM src.{name} "
                               "WHERE rowid IN (SELECT value FROM json_each(?))", (parts[name][part],))
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _parts(connection: sqlite3.Connection, schema: str) -> dict[str, list[str]]:
    """Per written table, the rowids (a JSON array per package, in merge order) of the rows the
    merge of that package wrote first: a record belongs to the first package that brought it."""
    def rows(sql):
        return connection.execute(sql.replace("S.", f"{schema}.")).fetchall()

    merges = {merge_id: place for place, (merge_id,) in enumerate(rows("SELECT id FROM S.merge_log ORDER BY rowid"))}
    by_revision = {revision_id: merges[merge_id]
                   for revision_id, merge_id in rows("SELECT revision_id, merge_id FROM S.revision_source")}
    by_record: dict[tuple[str, str], int] = {}
    by_device: dict[str, int] = {}
    for revision_id, kind, record_id, device_id in rows("SELECT id, record_type, record_id, device_id FROM S.revision"):
        part = by_revision[revision_id]
        by_record[kind, record_id] = min(part, by_record.get((kind, record_id), part))
        by_device[device_id] = min(part, by_device.get(device_id, part))
    owners = {"merge_log": [(rowid, merges[i]) for rowid, i in rows("SELECT rowid, id FROM S.merge_log")]}
    for name, key in (("known_device", "device_id"), ("package_log", "device_id")):
        owners[name] = [(rowid, by_device[i]) for rowid, i in rows(f"SELECT rowid, {key} FROM S.{name}")]
    for name in ("revision", "revision_source", "revision_parent"):
        key = "id" if name == "revision" else "revision_id"
        owners[name] = [(rowid, by_revision[i]) for rowid, i in rows(f"SELECT rowid, {key} FROM S.{name}")]
    for name in TABLES:
        owners[name] = [(rowid, by_record[name, i]) for rowid, i in rows(f"SELECT rowid, id FROM S.{name}")]
    for name in ("session_operation", "session_area", "session_search"):
        owners[name] = [(rowid, by_record["session", i]) for rowid, i in rows(f"SELECT rowid, session_id FROM S.{name}")]
    parts = {}
    for name, owned in owners.items():
        split: list[list[int]] = [[] for _ in range(PACKAGES)]
        for rowid, part in owned:
            split[part].append(rowid)
        parts[name] = [json.dumps(rowids) for rowids in split]
    return parts


def _pg_write_only(record_path: Path, url: str) -> float:
    """Seconds to COPY what each merge wrote into an empty PostgreSQL record, one transaction per package."""
    import psycopg

    source = sqlite3.connect(record_path)
    tables = [name for name in WRITTEN if name != "session_search"]
    parts = _parts(source, "main")
    columns = {name: [row[1] for row in source.execute(f"PRAGMA table_info({name})")] for name in tables}
    with psycopg.connect(**_pg_address(url)) as connection:
        started = time.perf_counter()
        for part in range(PACKAGES):
            with connection.cursor() as cursor:
                for name in tables:
                    listed = ", ".join(f'"{column}"' for column in columns[name])
                    with cursor.copy(f"COPY {name} ({listed}) FROM STDIN") as copy:
                        for row in source.execute(f"SELECT {listed} FROM {name} "
                                                  "WHERE rowid IN (SELECT value FROM json_each(?))",
                                                  (parts[name][part],)):
                            copy.write_row(row)
            connection.commit()
        elapsed = time.perf_counter() - started
    source.close()
    return elapsed


def _pg_address(url: str) -> dict[str, str]:
    return {"host": url.split("host=", 1)[1], "dbname": url.split("@/", 1)[1].split("?", 1)[0], "user": "ati"}


def _pg_raw(record_path: Path, url: str) -> tuple[int, float]:
    """The same rows into an empty PostgreSQL record: COPY into temporary tables, then upsert."""
    import psycopg

    source = sqlite3.connect(record_path)
    rows = 0
    with psycopg.connect(**_pg_address(url)) as connection:
        started = time.perf_counter()
        with connection.cursor() as cursor:
            for name in TABLES + ("session_operation",):
                columns = [row[1] for row in source.execute(f"PRAGMA table_info({name})")]
                keys = [row[1] for row in source.execute(f"PRAGMA table_info({name})") if row[5]]
                cursor.execute(f"CREATE TEMPORARY TABLE raw_{name} (LIKE {name}) ON COMMIT DROP")
                listed = ", ".join(columns)
                with cursor.copy(f"COPY raw_{name} ({listed}) FROM STDIN") as copy:
                    for row in source.execute(f"SELECT {listed} FROM {name}"):
                        copy.write_row(row)  # text format: PostgreSQL reads SQLite's 0/1 and times
                update = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
                conflict = f"DO UPDATE SET {update}" if update else "DO NOTHING"
                cursor.execute(f"INSERT INTO {name} ({listed}) SELECT {listed} FROM raw_{name} "
                               f"ON CONFLICT ({', '.join(keys)}) {conflict}")
                rows += cursor.rowcount
        connection.commit()
        elapsed = time.perf_counter() - started
    source.close()
    return rows, elapsed


def run(quick: bool = False) -> dict[str, float]:
    folder = scratch() / f"merge-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    sessions = sessions_count(quick)
    template = _template(folder)
    packages = _packages(template, sessions)
    records = _records(packages)
    note(f"merge: {records:,} records in {PACKAGES} packages")
    empty = folder / "vacio.sqlite"
    Database.open(empty).close()
    record_path = folder / "registro.sqlite"
    record = Database.open(record_path)
    first = _timed_merge(record, packages)
    again = _timed_merge(record, packages)
    record.close()
    raw_rows, raw_seconds = _sqlite_raw(record_path, empty)
    write_seconds = _sqlite_write_only(record_path, empty)
    raw = raw_rows / raw_seconds
    figures = {"merge_records_per_s": records / first, "raw_upsert_rows_per_s": raw,
               "merge_ratio": records / first / raw, "write_only_ratio": records / write_seconds / raw,
               "merge_again_s": again, "merge_again_share": again / first}
    figures.update(_postgresql(packages, records, record_path))
    return figures


def _postgresql(packages: list[Incoming], records: int, record_path: Path) -> dict[str, float]:
    from pg import running_server

    with running_server() as server:
        record = Database.open_url(server.create_database(migrated=True))
        seconds = _timed_merge(record, packages)
        record.close()
        raw_rows, raw_seconds = _pg_raw(record_path, server.create_database(migrated=True))
        write_seconds = _pg_write_only(record_path, server.create_database(migrated=True))
    merged = records / seconds
    raw = raw_rows / raw_seconds
    return {"pg_merge_records_per_s": merged, "pg_raw_upsert_rows_per_s": raw, "pg_merge_ratio": merged / raw,
            "pg_write_only_ratio": records / write_seconds / raw}

