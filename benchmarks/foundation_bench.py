"""Foundation figures: saving into a big record, filtering and searching it, bulk-load speed.

``run(quick)`` returns:

- ``save_p50_ms``, ``save_p95_ms``: ``save_session`` of a realistic session (5 attendees with
  signatures, 3 commitments, a 150 KB photo) into a database of 50,000 sessions (goal p95 ≤ 5);
- ``filter_ms``: ``list_sessions`` first page (200 rows) filtered by municipality plus
  ``count_sessions``, at 100,000 sessions, median over municipalities (goal ≤ 50);
- ``search_ms``: the same with a full-text search word as well (goal ≤ 50);
- ``demo_rows_per_s``: rows per second written by ``generate_demo`` (every table it fills);
- ``raw_insert_rows_per_s``: plain ``sqlite3`` ``executemany`` of the same rows into the same
  schema with the same pragmas, the ceiling the generator is compared with;
- ``raw_commit_ms``: one raw one-row commit in WAL mode with ``synchronous=FULL`` (median).

``ATI_BENCH_SCALE`` (default 1) multiplies the database sizes, e.g. 0.01 for a smoke run.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, time as clock
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from ati_desktop.services import demo  # noqa: E402
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

FIGURES = ("save_p50_ms", "save_p95_ms", "filter_ms", "search_ms", "demo_rows_per_s",
           "raw_insert_rows_per_s", "raw_commit_ms")
GOALS = {"save_p95_ms": ("<=", 5.0), "filter_ms": ("<=", 50.0), "search_ms": ("<=", 50.0)}
SEARCH_WORDS = ("convivencia", "lectura", "PMI", "riesgo", "Saber", "inventario")
PHOTO_BYTES = 150 * 1024
WARM_UP_SAVES = 5


@dataclass(frozen=True)
class Sizes:
    save_base: int  # sessions already stored when saving
    saves: int  # saves timed
    query_base: int  # sessions stored when filtering, searching; also the demo run measured
    repeats: int  # timed repetitions of queries and raw commits


FULL = Sizes(save_base=50_000, saves=200, query_base=100_000, repeats=25)
QUICK = Sizes(save_base=5_000, saves=60, query_base=10_000, repeats=11)

_cache_dir: Path | None = None
_databases: dict[int, tuple[Path, demo.DemoReport, float]] = {}


def sizes(quick: bool) -> Sizes:
    """The sizes of a full or quick run, times ``ATI_BENCH_SCALE``."""
    base = QUICK if quick else FULL
    scale = float(os.environ.get("ATI_BENCH_SCALE", "1"))
    return Sizes(max(50, int(base.save_base * scale)), max(10, int(base.saves * min(1, scale * 10))),
                 max(100, int(base.query_base * scale)), base.repeats)


def describe(quick: bool) -> str:
    size = sizes(quick)
    return f"foundation: {size.save_base:,} sessions for saves, {size.query_base:,} for queries"


def demo_database(sessions: int) -> Path:
    """A demo database of ``sessions`` sessions, generated once per process; do not modify it."""
    return _demo(sessions)[0]


def run(quick: bool = False) -> dict[str, float]:
    size = sizes(quick)
    path, report, seconds = _demo(size.query_base)
    figures = {"demo_rows_per_s": report.total_rows / seconds}
    _note(f"demo: {report.total_rows:,} rows in {seconds:.1f} s")
    figures["raw_insert_rows_per_s"] = _raw_insert(path, _scratch() / "raw.sqlite")
    figures["raw_commit_ms"] = _raw_commit(_scratch() / "commit.sqlite", size.repeats * 8)
    figures["filter_ms"], figures["search_ms"] = _queries(path, size.repeats)
    save_copy = _scratch() / "saves.sqlite"
    shutil.copyfile(_demo(size.save_base)[0], save_copy)
    times = _saves(save_copy, size.saves)
    figures["save_p50_ms"] = statistics.median(times)
    figures["save_p95_ms"] = statistics.quantiles(times, n=20)[-1]
    return figures


def _scratch() -> Path:
    global _cache_dir
    if _cache_dir is None:
        _cache_dir = Path(tempfile.mkdtemp(prefix="ati-bench-"))
        atexit.register(shutil.rmtree, _cache_dir, True)
    return _cache_dir


def _note(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def _demo(sessions: int) -> tuple[Path, demo.DemoReport, float]:
    if sessions not in _databases:
        path = _scratch() / f"demo-{sessions}.sqlite"
        _note(f"generating {sessions:,} demo sessions…")
        db = Database.open(path)
        started = time.perf_counter()
        report = demo.generate_demo(db, sessions)
        seconds = time.perf_counter() - started
        db.close()
        _databases[sessions] = (path, report, seconds)
    return _databases[sessions]


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
        cursor = read.execute(f"SELECT {', '.join(columns)} FROM {table}")
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


def _queries(path: Path, repeats: int) -> tuple[float, float]:
    """Median milliseconds of a first page plus its count, by municipality, then with a word."""
    db = Database.open(path)
    try:
        with db.read() as tx:
            towns = [row[0] for row in tx.connection().exec_driver_sql(
                "SELECT DISTINCT municipality_code FROM session ORDER BY 1")]
        filters = [SessionFilter(municipality_code=towns[n % len(towns)]) for n in range(repeats)]
        searches = [SessionFilter(municipality_code=towns[n % len(towns)],
                                  text=SEARCH_WORDS[n % len(SEARCH_WORDS)]) for n in range(repeats)]
        return _median_ms(db, filters), _median_ms(db, searches)
    finally:
        db.close()


def _median_ms(db: Database, filters: list[SessionFilter]) -> float:
    list_sessions(db, filters[0])  # the app has the file open and warm by the time one filters
    times = []
    for flt in filters:
        started = time.perf_counter()
        page = list_sessions(db, flt, 0, 200)
        total = count_sessions(db, flt)
        times.append((time.perf_counter() - started) * 1000)
        assert total >= len(page)
    return statistics.median(times)


def _saves(path: Path, count: int) -> list[float]:
    """Milliseconds of each save after a short warm-up, as the session editor would save."""
    db = Database.open(path)
    rng = Random(5)
    try:
        with db.read() as tx:
            connection = tx.connection()
            school_id, town = connection.exec_driver_sql(
                "SELECT id, municipality_code FROM school ORDER BY id LIMIT 1").one()
            signature = connection.exec_driver_sql(
                "SELECT b.data FROM blob b JOIN attendance a ON a.signature_sha256 = b.sha256 "
                "LIMIT 1").scalar_one()
            answers = json.loads(connection.exec_driver_sql(
                "SELECT answers FROM session WHERE technique = 'reunion' LIMIT 1").scalar_one())
        known = participants_of(db, school_id)
        times = []
        for n in range(count + WARM_UP_SAVES):
            data = _session(school_id, town, known, signature, answers, rng, n)
            started = time.perf_counter()
            save_session(db, data)
            times.append((time.perf_counter() - started) * 1000)
        return times[WARM_UP_SAVES:]
    finally:
        db.close()


def _session(school_id, town, known, signature, answers, rng: Random, n: int) -> SessionInput:
    people = [ParticipantInput(p.full_name, p.role, id=p.id) for p in rng.sample(known, 3)]
    people += [ParticipantInput(f"Docente invitado {n}-{k}", "Docente") for k in range(2)]
    return SessionInput(
        level="institucional", municipality_code=town, school_id=school_id,
        session_date=date(2026, 11, 3), start_time=clock(8, 0), end_time=clock(10, 0),
        channel="in_situ", operations=["acompanamiento", "seguimiento"], technique="reunion",
        form_id="reunion", form_version=1, answers=answers, areas=["directiva"],
        objective="Acompañar al equipo directivo en el ajuste del Plan de Mejoramiento Institucional",
        scope_guidelines="Guía 34 del MEN", scope_habits="Reunión mensual del equipo de calidad",
        scope_products="PMI ajustado", conclusions="Se revisaron las metas del PMI.",
        attendance=[AttendanceInput(person, signature_png=signature) for person in people],
        commitments=[
            CommitmentInput("Enviar la matriz del PMI", "Rector", "asistido", date(2026, 12, 1)),
            CommitmentInput("Socializar los ajustes", "Coordinadora", "asistido", date(2026, 12, 5)),
            CommitmentInput("Remitir la guía de seguimiento", "Profesional de apoyo", "asistente",
                            date(2026, 11, 20)),
        ],
        evidence=[EvidenceInput(f"foto_{n}.jpg", "image/jpeg", rng.randbytes(PHOTO_BYTES),
                                kind="fotografia")],
    )


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:24} {value:12.2f}")
