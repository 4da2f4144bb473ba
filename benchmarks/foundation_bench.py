"""Foundation figures: saving into a big record, filtering and searching it, bulk-load speed.

``run(quick)`` returns (see README.md for what each one times and why):

- ``save_p50_ms``, ``save_p95_ms``, ``save_p99_ms``, ``save_max_ms``: ``save_session`` of a new
  session (5 attendees each with a signature never stored before, 3 commitments, a fresh phone
  photo as the evidence page keeps it) into a database of 100,000 sessions (goal p95 ≤ 5);
- ``raw_save_p50_ms``: plain ``sqlite3`` writing exactly the rows and blobs each of those saves
  wrote, in one transaction each, into a copy of the same database, same pragmas;
  ``save_ratio`` = ``save_p50_ms`` / ``raw_save_p50_ms`` (goal ≤ 2.0);
- ``edit_p95_ms``: saving a change of conclusions and answers to an existing session (a
  correction when it is closed), same database;
- ``filter_ms``: first page (200 rows) plus count, filtered by municipality, 100,000 sessions,
  file warm, median over municipalities (goal ≤ 50); ``filter_cold_ms``: the same, first query
  of a fresh connection with the file evicted from the page cache, median (goal ≤ 200);
- ``search_ms``: first page plus count of a plain text search (no other filter) over 100,000
  sessions, p95 over rare, common and very common words, warm (goal ≤ 50);
  ``search_cold_ms``: the slowest of those words searched first on an evicted file;
- ``filter_cpu_ms``, ``search_cpu_ms``: the processor time of the same warm queries (median,
  p95): what they cost when no other process shares the machine;
- ``demo_rows_per_s``: rows per second written by ``generate_demo`` (every table it fills);
- ``raw_insert_rows_per_s``: plain ``sqlite3`` ``executemany`` of the same rows into the same
  schema with the same pragmas, the ceiling the generator is compared with;
- ``raw_commit_ms``: one raw one-row commit in WAL mode with ``synchronous=FULL`` (median).

``ATI_BENCH_SCALE`` (default 1) multiplies the database sizes, e.g. 0.01 for a smoke run.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date, time as clock
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import PHOTO_PREFIX, PhotoMaker, demo_file, evict, note, scratch, signature  # noqa: E402

from ati_desktop.services import demo, editing  # noqa: E402
from ati_desktop.services.inputs import (  # noqa: E402
    AttendanceInput,
    CommitmentInput,
    EvidenceInput,
    ParticipantInput,
    SessionInput,
)
from ati_desktop.services.queries import SessionFilter, count_sessions, list_sessions  # noqa: E402
from ati_desktop.services.schools import participants_of  # noqa: E402
from ati_desktop.services.sessions import save_session  # noqa: E402
from ati_desktop.storage.database import Database  # noqa: E402
from ati_desktop.storage.search_keys import search_rowid  # noqa: E402

FIGURES = ("save_p50_ms", "save_p95_ms", "save_p99_ms", "save_max_ms", "raw_save_p50_ms",
           "save_ratio", "edit_p95_ms", "filter_ms", "filter_cpu_ms", "filter_cold_ms",
           "search_ms", "search_cpu_ms", "search_cold_ms", "demo_rows_per_s",
           "raw_insert_rows_per_s", "raw_commit_ms")
GOALS = {"save_p95_ms": ("<=", 5.0), "save_ratio": ("<=", 2.0), "filter_ms": ("<=", 50.0),
         "filter_cold_ms": ("<=", 200.0), "search_ms": ("<=", 50.0)}
# Shares of the sessions a word is found in: rare, common, very common.
WORD_SHARES = (0.001, 0.05, 0.5)
WORDS_PER_SHARE = 2
WARM_UP_SAVES = 5
COLD_SAMPLES = 3
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@dataclass(frozen=True)
class Sizes:
    save_base: int  # sessions already stored when saving
    saves: int  # saves timed (and edits)
    query_base: int  # sessions stored when filtering, searching; also the demo run measured
    repeats: int  # timed repetitions of queries and raw commits


# Saves go into a copy of the query database: one demo file per run (each takes minutes).
FULL = Sizes(save_base=100_000, saves=200, query_base=100_000, repeats=25)
QUICK = Sizes(save_base=10_000, saves=60, query_base=10_000, repeats=11)


def sizes(quick: bool) -> Sizes:
    """The sizes of a full or quick run, times ``ATI_BENCH_SCALE``."""
    base = QUICK if quick else FULL
    scale = float(os.environ.get("ATI_BENCH_SCALE", "1"))
    return Sizes(max(50, int(base.save_base * scale)), max(10, int(base.saves * min(1, scale * 10))),
                 max(100, int(base.query_base * scale)), base.repeats)


def describe(quick: bool) -> str:
    size = sizes(quick)
    return f"foundation: {size.save_base:,} sessions for saves, {size.query_base:,} for queries"


def run(quick: bool = False) -> dict[str, float]:
    size = sizes(quick)
    built = demo_file(size.query_base)
    figures = {"demo_rows_per_s": built.rows / built.seconds}
    note(f"demo: {built.rows:,} rows in {built.seconds:.1f} s")
    figures["raw_insert_rows_per_s"] = _raw_insert(built.path, scratch() / "raw.sqlite")
    figures["raw_commit_ms"] = _raw_commit(scratch() / "commit.sqlite", size.repeats * 8)
    figures.update(_queries(built.path, size.repeats))
    figures.update(_saves(demo_file(size.save_base).path, size.saves))
    return figures


def _raw_insert(source: Path, target: Path) -> float:
    """Rows per second of plain executemany of the demo's rows into an empty copy of the schema."""
    Database.open(target).close()
    tables = [*demo.TABLES, demo.SEARCH_TABLE]
    read = sqlite3.connect(source)
    write = sqlite3.connect(target, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   f"cache_size=-{demo.CACHE_KIB}"):
        write.execute(f"PRAGMA {pragma}")
    rows, spent = 0, 0.0
    write.execute("BEGIN IMMEDIATE")
    for table in tables:
        columns = (["rowid", "session_id", "body"] if table == demo.SEARCH_TABLE
                   else [r[1] for r in read.execute(f"PRAGMA table_info({table})")])
        insert = (f"INSERT INTO {table} ({', '.join(columns)}) "
                  f"VALUES ({', '.join(':' + c for c in columns)})")
        # The generator's own rows only: not the phone photos attached afterwards.
        only_generated = {
            "blob": " WHERE sha256 NOT IN (SELECT sha256 FROM evidence WHERE file_name LIKE :photo)",
            "evidence": " WHERE file_name NOT LIKE :photo"}.get(table, "")
        cursor = read.execute(f"SELECT {', '.join(columns)} FROM {table}{only_generated}",
                              {"photo": PHOTO_PREFIX + "%"})
        while batch := cursor.fetchmany(20_000):
            dicts = [dict(zip(columns, row)) for row in batch]
            started = time.perf_counter()
            write.executemany(insert, dicts)
            spent += time.perf_counter() - started
            rows += len(dicts)
    started = time.perf_counter()
    write.execute("COMMIT")
    spent += time.perf_counter() - started
    read.close()
    write.close()
    target.unlink()
    return rows / spent


def _raw_commit(path: Path, repeats: int) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)")
    times = []
    for n in range(repeats):
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO t (value) VALUES (?)", (f"fila {n}",))
        connection.execute("COMMIT")
        times.append((time.perf_counter() - started) * 1000)
    connection.close()
    return statistics.median(times)


def _queries(path: Path, repeats: int) -> dict[str, float]:
    """Filters and plain searches, warm (the app has the file open) and cold (first query)."""
    towns = _towns(path)
    words = search_words(path)
    note("search words: " + ", ".join(f"{word} ({share:.1%})" for word, share in words))
    filters = [SessionFilter(municipality_code=towns[n % len(towns)]) for n in range(repeats)]
    searches = [SessionFilter(text=word) for word, _share in words for _ in range(repeats // 3 + 1)]
    cold_filters = [SessionFilter(municipality_code=towns[n * 7 % len(towns)]) for n in range(COLD_SAMPLES)]
    cold_searches = [SessionFilter(text=word) for word, _share in words[1::WORDS_PER_SHARE]]
    figures = {
        "filter_cold_ms": statistics.median(_cold_ms(path, flt) for flt in cold_filters),
        "search_cold_ms": max(_cold_ms(path, flt) for flt in cold_searches),
    }
    db = Database.open(path)
    try:
        _page_and_count_ms(db, filters[0])  # the app has the file open and warm by the time one filters
        filter_times = [_page_and_count_times(db, flt) for flt in filters]
        search_times = [_page_and_count_times(db, flt) for flt in searches]
        figures["filter_ms"] = statistics.median(wall for wall, _cpu in filter_times)
        figures["filter_cpu_ms"] = statistics.median(cpu for _wall, cpu in filter_times)
        figures["search_ms"] = _p95([wall for wall, _cpu in search_times])
        figures["search_cpu_ms"] = _p95([cpu for _wall, cpu in search_times])
    finally:
        db.close()
    return figures


def _towns(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute(
            "SELECT DISTINCT municipality_code FROM session ORDER BY 1")]


def search_words(path: Path) -> list[tuple[str, float]]:
    """Words of the index found in about each share of :data:`WORD_SHARES` of the sessions."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE VIRTUAL TABLE temp.vocabulary USING "
                           "fts5vocab(main, 'session_search', 'row')")
        total = connection.execute("SELECT count(*) FROM session").fetchone()[0]
        terms = connection.execute(
            "SELECT term, doc FROM temp.vocabulary WHERE length(term) >= 5 "
            "AND term NOT GLOB '*[0-9]*' ORDER BY term").fetchall()
    finally:
        connection.close()
    chosen: list[tuple[str, float]] = []
    for share in WORD_SHARES:
        nearest = sorted(terms, key=lambda term: (abs(term[1] / total - share), term[0]))
        picked = [term for term in nearest if not any(term[0].startswith(w) or w.startswith(term[0])
                                                       for w, _s in chosen)][:WORDS_PER_SHARE]
        chosen += [(term, doc / total) for term, doc in picked]
    return chosen


def _cold_ms(path: Path, flt: SessionFilter) -> float:
    """A query's page and count on a fresh connection, the file read from disk."""
    evict(path)
    db = Database.open(path)
    try:
        return _page_and_count_ms(db, flt)
    finally:
        db.close()


def _page_and_count_ms(db: Database, flt: SessionFilter) -> float:
    return _page_and_count_times(db, flt)[0]


def _page_and_count_times(db: Database, flt: SessionFilter) -> tuple[float, float]:
    """What the list waits for after a change of criteria, its first page and the count:
    (wall clock, processor) milliseconds."""
    started, processor = time.perf_counter(), time.thread_time()
    page = list_sessions(db, flt, limit=200)
    total = count_sessions(db, flt)
    spent = ((time.perf_counter() - started) * 1000, (time.thread_time() - processor) * 1000)
    assert total >= len(page)
    return spent


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


class _Writes:
    """The write statements a save sends to SQLite, to replay them with plain ``sqlite3``."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.statements: list[tuple[str, object, bool]] = []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _connection, _cursor, statement, parameters, _context, executemany) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            self.statements.append((statement, parameters, executemany))

    def take(self) -> list[tuple[str, object, bool]]:
        taken, self.statements = self.statements, []
        return taken


def _replay_ms(connection: sqlite3.Connection, statements) -> float:
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    for statement, parameters, many in statements:
        (connection.executemany if many else connection.execute)(statement, parameters)
    connection.execute("COMMIT")
    return (time.perf_counter() - started) * 1000


def _saves(base: Path, count: int) -> dict[str, float]:
    """New sessions saved as the editor saves them, each write replayed raw beside it; then edits."""
    path, raw_path = scratch() / "saves.sqlite", scratch() / "raw-saves.sqlite"
    shutil.copyfile(base, path)
    shutil.copyfile(base, raw_path)
    db = Database.open(path)
    db.continue_as_new_device()  # a copy of the demo file: it must not write as the demo's device
    raw = sqlite3.connect(raw_path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        raw.execute(f"PRAGMA {pragma}")
    raw.create_function("search_rowid", 1, search_rowid, deterministic=True)
    writes = _Writes(db.engine)
    rng = Random(5)
    photos = PhotoMaker(first=100_000)
    try:
        school_id, town, answers = _reunion_context(path)
        known = participants_of(db, school_id)
        times, raw_times = [], []
        for n in range(count + WARM_UP_SAVES):
            data = _session(school_id, town, known, answers, photos, rng, n)
            writes.take()
            started = time.perf_counter()
            save_session(db, data)
            times.append((time.perf_counter() - started) * 1000)
            raw_times.append(_replay_ms(raw, writes.take()))
        times, raw_times = times[WARM_UP_SAVES:], raw_times[WARM_UP_SAVES:]
        edits = _edits(db, path, count)
    finally:
        raw.close()
        db.close()
        path.unlink()
        raw_path.unlink()
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    figures = {"save_p50_ms": statistics.median(times), "save_p95_ms": cuts[94],
               "save_p99_ms": cuts[98], "save_max_ms": max(times),
               "raw_save_p50_ms": statistics.median(raw_times),
               "edit_p95_ms": statistics.quantiles(edits, n=20, method="inclusive")[-1]}
    figures["save_ratio"] = figures["save_p50_ms"] / figures["raw_save_p50_ms"]
    return figures


def _reunion_context(path: Path) -> tuple[str, str, dict]:
    with sqlite3.connect(path) as connection:
        school_id, town = connection.execute(
            "SELECT id, municipality_code FROM school ORDER BY id LIMIT 1").fetchone()
        answers = json.loads(connection.execute(
            "SELECT answers FROM session WHERE technique = 'reunion' LIMIT 1").fetchone()[0])
    return school_id, town, answers


def _edits(db: Database, path: Path, count: int) -> list[float]:
    """Milliseconds of saving a changed conclusion of existing sessions, spread over the file."""
    with sqlite3.connect(path) as connection:
        ids = [row[0] for row in connection.execute(
            "SELECT id FROM session WHERE deleted_at IS NULL ORDER BY id")]
    picked = Random(9).sample(ids, min(len(ids), count + WARM_UP_SAVES))
    times = []
    for n, session_id in enumerate(picked):
        payload = editing.open_session(db, session_id)
        payload["conclusions"] = (payload["conclusions"] + f" Ajuste {n} acordado con el rector.").strip()
        closed = payload["status"] == "cerrada"
        files = editing.read_files(db, [a["signature_sha256"] for a in payload["attendance"]
                                        if a.get("signature_sha256")] + [e["sha256"] for e in payload["evidence"]])
        data = editing.session_input(payload, files.__getitem__)
        started = time.perf_counter()
        save_session(db, data, correction_reason="Ajuste de las conclusiones" if closed else None)
        times.append((time.perf_counter() - started) * 1000)
    return times[WARM_UP_SAVES:]


def _session(school_id, town, known, answers, photos: PhotoMaker, rng: Random, n: int) -> SessionInput:
    people = [ParticipantInput(p.full_name, p.role, id=p.id) for p in rng.sample(known, 3)]
    people += [ParticipantInput(f"Docente invitado {n}-{k}", "Docente") for k in range(2)]
    photo = photos.stored(n)
    return SessionInput(
        level="institucional", municipality_code=town, school_id=school_id,
        session_date=date(2026, 11, 3), start_time=clock(8, 0), end_time=clock(10, 0),
        channel="in_situ", operations=["acompanamiento", "seguimiento"], technique="reunion",
        form_id="reunion", form_version=1, answers=answers, areas=["directiva"],
        objective="Acompañar al equipo directivo en el ajuste del Plan de Mejoramiento Institucional",
        scope_guidelines="Guía 34 del MEN", scope_habits="Reunión mensual del equipo de calidad",
        scope_products="PMI ajustado", conclusions="Se revisaron las metas del PMI.",
        attendance=[AttendanceInput(person, signature_png=signature(1000 + n * 5 + k))
                    for k, person in enumerate(people)],
        commitments=[
            CommitmentInput("Enviar la matriz del PMI", "Rector", "asistido", date(2026, 12, 1)),
            CommitmentInput("Socializar los ajustes", "Coordinadora", "asistido", date(2026, 12, 5)),
            CommitmentInput("Remitir la guía de seguimiento", "Profesional de apoyo", "asistente",
                            date(2026, 11, 20)),
        ],
        evidence=[EvidenceInput(f"IMG_{n:04d}.jpg", photo.media_type, photo.data, kind="foto")],
    )


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:24} {value:12.2f}")
