"""Realistic demo data for Huila: school catalogue, people, and sessions that obey the guideline.

Rows go in chunks through ``executemany`` on the SQLAlchemy connection of one ``db.write()``
transaction (an ORM object per row is several times slower), and the full-text index gets
exactly the text a save would index. The same seed and day give the same data, ids included.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from sqlalchemy.engine import Connection

from ati_desktop.domain.errors import ValidationError
from ati_desktop.domain.reference import CommitmentStatus
from ati_desktop.formspec import load_registry
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database
from ati_desktop.storage.derived import refresh_last_verifications
from ati_desktop.storage.models import (
    Assistant,
    Attendance,
    Blob,
    Campus,
    Commitment,
    CommitmentVerification,
    Evidence,
    IndicatorValue,
    Participant,
    School,
    Session,
    SessionArea,
    SessionOperation,
)

from .demo_answers import DemoAnswers
from .demo_catalogue import Catalogue
from .demo_sessions import HISTORY_DAYS, SessionMaker

CHUNK_SESSIONS = 2000
CACHE_KIB = 256 * 1024  # the random-id indexes of a big demo outgrow SQLite's default 2 MB cache
TABLES = tuple(model.__table__.name for model in (
    Assistant, School, Campus, Participant, Blob, Session, SessionOperation, SessionArea,
    Attendance, Commitment, CommitmentVerification, Evidence, IndicatorValue,
))
SEARCH_TABLE = "session_search"
_SEARCH_INSERT = "INSERT INTO session_search (rowid, session_id, body) VALUES (:key, :id, :body)"
# Travelling tables: each row also becomes the first revision of its record's log.
LOGGED = {revlog_type.table.name: name for name, revlog_type in revlog.RECORD_TYPES.items()}
_REVISION_INSERT = ("INSERT INTO revision (id, record_type, record_id, number, device_id, made_at, "
                    "deleted, body) VALUES (:id, :record_type, :record_id, :number, :device_id, "
                    ":made_at, :deleted, :body)")
_CLOSE_COMMITMENT = (f"UPDATE commitment SET status = '{CommitmentStatus.CUMPLIDO.value}', "
                     "closed_at = :closed_at WHERE id = :commitment_id")


@dataclass(frozen=True)
class DemoReport:
    """What the generator wrote: sessions asked for and rows per table."""

    sessions: int
    rows: dict[str, int]

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def __str__(self) -> str:
        rows = self.rows
        return (f"{self.sessions} sesiones, {rows.get('school', 0)} establecimientos, "
                f"{rows.get('participant', 0)} participantes, {rows.get('commitment', 0)} "
                f"compromisos; {self.total_rows} filas en total")


def generate_demo(
    db: Database,
    sessions: int,
    seed: int = 7,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> DemoReport:
    """Add a catalogue and ``sessions`` sessions of the last two years to a SQLite ``db``."""
    if db.engine.dialect.name != "sqlite":
        raise ValidationError("Los datos de demostración solo se generan en una base SQLite local.")
    today = today or date.today()
    rng = Random(seed)
    sink = _Sink(db.device_id)
    catalogue = Catalogue(rng, sink, today - timedelta(days=HISTORY_DAYS + 1))
    answers = DemoAnswers(load_registry(), rng, today, catalogue.signatures, catalogue.photos)
    maker = SessionMaker(rng, sink, catalogue, answers, today)
    with db.write() as tx:
        connection = tx.connection()
        first_school = (catalogue.schools[0].id,)
        if connection.exec_driver_sql("SELECT 1 FROM school WHERE id = ?", first_school).first():
            raise ValidationError(
                "Esta base ya tiene los datos de demostración de la semilla {seed}: "
                "use otra semilla o una base nueva.", seed=seed)
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
        try:
            sink.flush(connection)
            for done, day in enumerate(maker.days(sessions), start=1):
                maker.session(day)
                if done % CHUNK_SESSIONS == 0 or done == sessions:
                    sink.flush(connection)
                    if progress is not None:
                        progress(done, sessions)
            refresh_last_verifications(tx)  # the rows went in as they were written: derive once
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size = {cache}")
    return DemoReport(sessions, dict(sink.counts))


class _Sink:
    """Rows waiting to be written, per table, and the counts of those already written.

    Values are already in SQLite's stored form (see ``demo_catalogue.db_datetime``), so rows go
    to the driver's ``executemany`` unconverted: per-row parameter processing would otherwise
    cost as much as SQLite's own work.
    """

    def __init__(self, device_id: str) -> None:
        self.device_id = device_id
        self.rows: dict[str, list[dict]] = {table: [] for table in TABLES}
        self.search: list[dict] = []
        self.closed_commitments: list[dict] = []
        self.counts: Counter[str] = Counter()
        self._pending_commitments: dict[str, dict] = {}

    def add(self, table: str, row: dict) -> dict:
        self.rows[table].append(row)
        if table == "commitment":
            self._pending_commitments[row["id"]] = row
        return row

    def close_commitment(self, commitment_id: str, stamp: str) -> None:
        """Mark a commitment met, whether it is still waiting here or already written."""
        row = self._pending_commitments.get(commitment_id)
        if row is not None:
            row["status"], row["closed_at"] = CommitmentStatus.CUMPLIDO.value, stamp
        else:
            self.closed_commitments.append({"commitment_id": commitment_id, "closed_at": stamp})

    def flush(self, connection: Connection) -> None:
        codes: dict[str, dict[str, list[str]]] = {"operations": {}, "areas": {}}
        for key, table, column in (("operations", "session_operation", "operation"),
                                   ("areas", "session_area", "area")):
            for row in self.rows[table]:
                codes[key].setdefault(row["session_id"], []).append(row[column])
        for table in TABLES:
            rows = self.rows[table]
            if rows:
                connection.exec_driver_sql(_insert(table, list(rows[0])), rows)
                if table in LOGGED:
                    connection.exec_driver_sql(_REVISION_INSERT, _first_revisions(LOGGED[table], rows, codes))
                self.counts[table] += len(rows)
                rows.clear()
        if self.search:
            connection.exec_driver_sql(_SEARCH_INSERT, self.search)
            self.counts[SEARCH_TABLE] += len(self.search)
            self.search.clear()
        if self.closed_commitments:
            connection.exec_driver_sql(_CLOSE_COMMITMENT, self.closed_commitments)
            self.closed_commitments.clear()
        self._pending_commitments.clear()


def _first_revisions(record_type: str, rows: list[dict], codes: dict[str, dict[str, list[str]]]) -> list[dict]:
    """Log rows of new demo rows (values in SQLite's stored form, which ``body_of`` reads too)."""
    logged = []
    for row in rows:
        if record_type == "session":
            row = {**row, "operations": codes["operations"].get(row["id"], []),
                   "areas": codes["areas"].get(row["id"], [])}
        logged.append({"id": row["revision_id"], "record_type": record_type, "record_id": row["id"],
                       "number": 1, "device_id": row["device_id"], "made_at": row["updated_at"],
                       "deleted": 0, "body": revlog.canonical_json(revlog.body_of(record_type, row))})
    return logged


def _insert(table: str, columns: list[str]) -> str:
    # Content-addressed files may already be stored: keep the stored copy.
    verb = "INSERT OR IGNORE" if table == "blob" else "INSERT"
    return (f"{verb} INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(':' + column for column in columns)})")
