"""Archiving old local data the secretariat confirmed: photos and signatures move to a verified file.

What moves is only the heavy part — the bytes of the evidence photos and signature images of old,
closed sessions whose every revision made here reached the secretariat (a package the latest
receipt names as received). The records, their revisions and the actas' hashes stay in the
working database, so exports, merges and the follow-up of commitments are unaffected, and no
revision is written: archiving never travels.

The order keeps everything: the archive file is written under a temporary name, fsynced, renamed
and verified (every blob's SHA-256 recomputed) before one transaction of the working database
empties those blobs' bytes (a blob whose bytes are empty but whose size is not is archived).
Killed before that transaction, nothing was freed; killed during it, SQLite rolls it back.
:func:`restore` puts the bytes back from the file. An erasure of a person (Ley 1581) reaches the
archive files too: :func:`follow_erasures` gives each file the working log's redacted bodies and
drops the blobs the erasure deleted, then rebuilds the file so the bytes leave the disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select, update
from sqlmodel import Session as DbSession

from ati_desktop.domain import clock
from ati_desktop.domain.errors import AtiError
from ati_desktop.domain.reference import CommitmentStatus, SessionStatus
from ati_desktop.exchange.package_export import last_export
from ati_desktop.exchange.receipts import latest_receipt
from ati_desktop.storage import erasure
from ati_desktop.storage.blobs import is_archived
from ati_desktop.storage.database import Database
from ati_desktop.storage.errors import storage_errors
from ati_desktop.storage.merge_models import RevisionSource
from ati_desktop.storage.models import (
    ActaRecord,
    AppMeta,
    Attendance,
    Blob,
    Commitment,
    CommitmentVerification,
    Draft,
    Evidence,
    IndicatorValue,
    PackageLog,
    Session,
)
from ati_desktop.storage.revlog import REVISION

FORMAT = "ati-archivo"
VERSION = 1
ARCHIVES_KEY = "archives"  # app_meta: the archive files this database's blobs went to
DEFAULT_MONTHS = 12
_CHUNK = 500
_BLOB_CHUNK = 50  # photos of a few MB each: at most this many in memory

BLOB = Blob.__table__
SESSION = Session.__table__
# The session's own rows, by the record type their revisions carry in the log.
CHILDREN = {"attendance": Attendance.__table__, "commitment": Commitment.__table__,
            "verification": CommitmentVerification.__table__, "evidence": Evidence.__table__,
            "indicator": IndicatorValue.__table__, "acta": ActaRecord.__table__}


class ArchiveError(AtiError):
    """An archive that cannot be written, verified or restored as it is."""


@dataclass(frozen=True)
class ArchivedSession:
    id: str
    session_date: date
    school_id: str | None
    place: str | None


@dataclass
class ArchivePlan:
    """What archiving would move now: sessions, their blobs (digest → size), the cut-off."""

    cutoff: date
    confirmed: list[int]  # package numbers the latest receipt names as received
    sessions: list[ArchivedSession] = field(default_factory=list)
    blobs: dict[str, int] = field(default_factory=dict)
    has_receipt: bool = True

    @property
    def size(self) -> int:
        return sum(self.blobs.values())


@dataclass(frozen=True)
class ArchiveResult:
    path: Path
    sessions: int
    blobs: int
    freed: int  # bytes emptied in the working database
    compacted: bool  # the database file shrank (VACUUM) as well


def cutoff_for(months: int, today: date | None = None) -> date:
    """The day ``months`` months before today: sessions held before it are old."""
    today = today or clock.today()
    month = today.month - months
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for day in (today.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


# --- what may be archived ------------------------------------------------------------------


def plan(db: Database, months: int = DEFAULT_MONTHS, today: date | None = None) -> ArchivePlan:
    """What :func:`run` would archive with this cut-off (nothing without a receipt)."""
    cutoff = cutoff_for(months, today)
    receipt = latest_receipt(db)
    if receipt is None:
        return ArchivePlan(cutoff, [], has_receipt=False)
    with db.read() as tx:
        return _plan(tx, db.device_id, cutoff, sorted(receipt.received))


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _plan(tx: DbSession, device_id: str, cutoff: date, confirmed: list[int]) -> ArchivePlan:
    result = ArchivePlan(cutoff, confirmed)
    ranges = [(first or 0, last or 0) for first, last in tx.execute(
        select(PackageLog.first_revision_seq, PackageLog.last_revision_seq).where(
            PackageLog.device_id == device_id, PackageLog.direction == "export",
            PackageLog.sequence.in_(confirmed or [-1])))]
    if not ranges:
        return result
    sessions = {row.id: row for row in tx.execute(
        select(SESSION.c.id, SESSION.c.session_date, SESSION.c.school_id, SESSION.c.place).where(
            SESSION.c.deleted_at.is_(None), SESSION.c.status == SessionStatus.CERRADA.value,
            SESSION.c.session_date < cutoff))}
    drafts = [payload for (payload,) in tx.execute(select(Draft.payload))]
    keep = {sid for sid in sessions if not any(sid in payload for payload in drafts)}
    keep -= _with_open_commitments(tx, list(keep))
    owner = _tree(tx, list(keep))
    keep &= _confirmed(tx, owner, ranges)
    # Who uses each blob: a blob any other row names (even a deleted one) stays.
    users: dict[str, set[str]] = {}
    for table, column in ((Evidence.__table__, "sha256"), (Attendance.__table__, "signature_sha256")):
        named = sorted({sha for chunk in _chunks(sorted(keep)) for (sha,) in tx.execute(
            select(table.c[column]).where(table.c[column].is_not(None), table.c.session_id.in_(chunk)))})
        for chunk in _chunks(named):
            for sha, session_id in tx.execute(select(table.c[column], table.c.session_id)
                                              .where(table.c[column].in_(chunk))):
                users.setdefault(sha, set()).add(session_id)
    wanted = [sha for sha, used_by in users.items() if used_by <= keep and not any(sha in p for p in drafts)]
    for chunk in _chunks(wanted):
        for sha, size in tx.execute(select(BLOB.c.sha256, BLOB.c.size).where(
                BLOB.c.sha256.in_(chunk), func.length(BLOB.c.data) > 0)):
            result.blobs[sha] = size
    moving = {sid for sha in result.blobs for sid in users[sha]}
    result.sessions = sorted((ArchivedSession(sid, sessions[sid].session_date, sessions[sid].school_id,
                                              sessions[sid].place) for sid in moving),
                             key=lambda s: (s.session_date, s.id))
    return result


def _with_open_commitments(tx: DbSession, ids: list[str]) -> set[str]:
    """Sessions with a commitment still open, or verifying one still open: their follow-up goes on."""
    found: set[str] = set()
    commitment, verification = Commitment.__table__, CommitmentVerification.__table__
    open_status = CommitmentStatus.ABIERTO.value
    for chunk in _chunks(ids):
        found.update(tx.scalars(select(commitment.c.session_id).where(
            commitment.c.session_id.in_(chunk), commitment.c.deleted_at.is_(None),
            commitment.c.status == open_status)))
        found.update(tx.scalars(select(verification.c.session_id).join(
            commitment, commitment.c.id == verification.c.commitment_id).where(
            verification.c.session_id.in_(chunk), verification.c.deleted_at.is_(None),
            commitment.c.status == open_status)))
    return found


def _tree(tx: DbSession, ids: list[str]) -> dict[tuple[str, str], str]:
    """(record type, record id) → session, for the sessions and all their rows."""
    owner = {("session", sid): sid for sid in ids}
    for record_type, table in CHILDREN.items():
        for chunk in _chunks(ids):
            for record_id, session_id in tx.execute(select(table.c.id, table.c.session_id)
                                                    .where(table.c.session_id.in_(chunk))):
                owner[(record_type, record_id)] = session_id
    return owner


def _made_here():
    """Revisions this database made itself (not received in a merge): only those need a receipt."""
    return REVISION.c.id.not_in(select(RevisionSource.__table__.c.revision_id))


def _confirmed(tx: DbSession, owner: dict[tuple[str, str], str], ranges: list[tuple[int, int]]) -> set[str]:
    """Sessions recorded here whose every revision made here a confirmed package carried."""
    recorded_here: set[str] = set()
    late: set[str] = set()
    ids = sorted({record_id for _type, record_id in owner})
    for chunk in _chunks(ids):
        for record_type, record_id, seq in tx.execute(
                select(REVISION.c.record_type, REVISION.c.record_id, REVISION.c.seq)
                .where(REVISION.c.record_id.in_(chunk), _made_here())):
            session_id = owner.get((record_type, record_id))
            if session_id is None:
                continue
            if record_type == "session":
                recorded_here.add(session_id)
            if not any(first <= seq <= last for first, last in ranges):
                late.add(session_id)
    return recorded_here - late


# --- the archive file ----------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE session (id TEXT PRIMARY KEY, session_date TEXT NOT NULL, school_id TEXT, place TEXT);
CREATE TABLE blob (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE revision (id TEXT PRIMARY KEY, record_type TEXT NOT NULL, record_id TEXT NOT NULL,
                       number INTEGER NOT NULL, device_id TEXT NOT NULL, made_at TEXT NOT NULL,
                       deleted INTEGER NOT NULL, body TEXT NOT NULL);
"""


def default_path(db: Database) -> Path:
    """``archivos/archivo-AAAAMMDD-HHMMSS.sqlite`` next to the database."""
    folder = (Path(db.path).parent if db.path else Path.home()) / "archivos"
    return folder / f"archivo-{datetime.now(UTC).astimezone().strftime('%Y%m%d-%H%M%S')}.sqlite"


def write_archive(db: Database, work: ArchivePlan, target: Path,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """The archive file of ``work``: written aside, fsynced, then renamed into place.

    :func:`free` verifies it before it frees anything.
    """
    target = Path(target)
    if target.exists():
        raise ArchiveError("Ya existe un archivo «{name}»; elija otro nombre.", name=target.name)
    temporary = target.with_name(f".{target.name}.part")
    with storage_errors(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        try:
            _fill(db, work, temporary, progress)
            with open(temporary, "rb+") as written:
                os.fsync(written.fileno())
            os.replace(temporary, target)
            _fsync_folder(target.parent)
        except BaseException:
            for leftover in (temporary, Path(f"{temporary}-journal")):
                leftover.unlink(missing_ok=True)
            raise
    return target


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows has no fsync of a folder; the rename is durable once the file is
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _fill(db: Database, work: ArchivePlan, path: Path, progress: Callable[[int, int], None] | None) -> None:
    archive = sqlite3.connect(path)
    try:
        archive.executescript(_SCHEMA)
        meta = {"format": FORMAT, "version": str(VERSION), "device_id": db.device_id,
                "created_at": datetime.now(UTC).isoformat(), "cutoff": work.cutoff.isoformat(),
                "confirmed": json.dumps(work.confirmed)}
        archive.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        archive.executemany("INSERT INTO session VALUES (?, ?, ?, ?)",
                            [(s.id, s.session_date.isoformat(), s.school_id, s.place) for s in work.sessions])
        digests = sorted(work.blobs)
        with db.read() as tx:
            owner = _tree(tx, [s.id for s in work.sessions])
            ids = sorted({record_id for _type, record_id in owner})
            for chunk in _chunks(ids):
                archive.executemany("INSERT OR IGNORE INTO revision VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
                    (r.id, r.record_type, r.record_id, r.number, r.device_id, r.made_at.isoformat(),
                     int(r.deleted), r.body)
                    for r in tx.execute(select(REVISION).where(REVISION.c.record_id.in_(chunk)))
                    if (r.record_type, r.record_id) in owner])
            for done, chunk in enumerate(_chunks(digests, _BLOB_CHUNK)):
                rows = tx.execute(select(BLOB.c.sha256, BLOB.c.size, BLOB.c.data).where(BLOB.c.sha256.in_(chunk)))
                archive.executemany("INSERT INTO blob VALUES (?, ?, ?)", [tuple(row) for row in rows])
                archive.commit()
                if progress:
                    progress(min((done + 1) * _BLOB_CHUNK, len(digests)), len(digests))
        archive.commit()
    finally:
        archive.close()


def verify_archive(path: Path, device_id: str, expected: dict[str, int] | None = None) -> dict[str, int]:
    """The blobs an archive holds (digest → size), each one's SHA-256 recomputed; raises if any is off.

    With ``expected``, every one of those blobs must be there with that size.
    """
    path = Path(path)
    if not path.is_file():
        raise ArchiveError("No se encontró el archivo «{name}».", name=path.name)
    try:
        archive = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if archive.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise ArchiveError("El archivo «{name}» está dañado.", name=path.name)
            meta = dict(archive.execute("SELECT key, value FROM meta"))
            if meta.get("format") != FORMAT or meta.get("version") != str(VERSION):
                raise ArchiveError("«{name}» no es un archivo de datos antiguos de ATI Desktop.", name=path.name)
            if meta.get("device_id") != device_id:
                raise ArchiveError("El archivo «{name}» es de otro equipo.", name=path.name)
            held: dict[str, int] = {}
            for sha, size, data in archive.execute("SELECT sha256, size, data FROM blob"):
                if len(data) != size or hashlib.sha256(data).hexdigest() != sha:
                    raise ArchiveError("El archivo «{name}» está dañado: una foto o firma no corresponde a su "
                                       "huella.", name=path.name)
                held[sha] = size
        finally:
            archive.close()
    except sqlite3.DatabaseError:
        raise ArchiveError("«{name}» no es un archivo de datos antiguos de ATI Desktop.", name=path.name) from None
    if expected is not None and any(held.get(sha) != size for sha, size in expected.items()):
        raise ArchiveError("El archivo «{name}» no contiene todo lo que se iba a archivar; no se liberó "
                           "espacio.", name=path.name)
    return held


# --- freeing space and the way back -----------------------------------------------------------


def run(db: Database, months: int = DEFAULT_MONTHS, target: Path | None = None, *, today: date | None = None,
        progress: Callable[[int, int], None] | None = None) -> ArchiveResult:
    """Archive what :func:`plan` names: write and verify the file, then free the space."""
    follow_erasures(db)  # a file plugged in now that was away when an erasure arrived
    work = plan(db, months, today)
    if not work.has_receipt:
        raise ArchiveError("Este equipo aún no ha recibido un acuse de la Secretaría: no hay datos confirmados "
                           "que se puedan archivar.")
    if not work.blobs:
        raise ArchiveError("No hay datos antiguos confirmados por la Secretaría para archivar.")
    path = write_archive(db, work, target or default_path(db), progress)
    freed = free(db, path, work)
    return ArchiveResult(path, len(work.sessions), len(work.blobs), freed, compact(db))


def free(db: Database, path: Path, work: ArchivePlan) -> int:
    """Empty, in one transaction, the bytes of the blobs the verified archive at ``path`` holds.

    What may be archived is checked again inside the transaction: a blob attached again
    meanwhile, or a session reopened, keeps its bytes (the archive's copy is then only a spare).
    """
    held = verify_archive(path, db.device_id, work.blobs)
    with db.write() as tx:
        again = _plan(tx, db.device_id, work.cutoff, work.confirmed)
        digests = sorted(sha for sha in again.blobs if held.get(sha) == again.blobs[sha])
        for chunk in _chunks(digests):
            tx.execute(update(BLOB).where(BLOB.c.sha256.in_(chunk), BLOB.c.size > 0).values(data=b""))
        sessions = sorted({s.id for s in again.sessions if s.id in {w.id for w in work.sessions}})
        _note_archive(tx, {"file": str(Path(path).resolve()), "created_at": datetime.now(UTC).isoformat(),
                           "sessions": sessions, "blobs": len(digests)})
        return sum(again.blobs[sha] for sha in digests)


def _note_archive(tx: DbSession, entry: dict) -> None:
    """Remember, in the same transaction that frees the space, which file holds what."""
    meta = tx.get(AppMeta, ARCHIVES_KEY)
    if meta is None:
        tx.add(AppMeta(key=ARCHIVES_KEY, value=json.dumps([entry])))
    else:
        meta.value = json.dumps([*json.loads(meta.value), entry])


def compact(db: Database) -> bool:
    """Give the freed pages back to the disk (SQLite ``VACUUM``); False when it could not run."""
    if db.engine.dialect.name != "sqlite":
        return False
    try:
        erasure.compact(db)  # the same rebuild an erasure makes, so freed pages leave the file
    except sqlite3.OperationalError:
        return False  # a full disk or a busy file: the freed pages are reused by the database itself
    return True


def archives(db: Database) -> list[dict]:
    """The archive files this database's photos and signatures went to, oldest first."""
    with db.read() as tx:
        return _archives(tx)


def _archives(tx: DbSession) -> list[dict]:
    meta = tx.get(AppMeta, ARCHIVES_KEY)
    return json.loads(meta.value) if meta else []


def archive_of(tx: DbSession, session_id: str) -> Path | None:
    """The archive file holding the images of ``session_id``, if they were archived."""
    for entry in reversed(_archives(tx)):
        if session_id in entry["sessions"]:
            return Path(entry["file"])
    return None


def read_archived(path: Path, digests: set[str]) -> dict[str, bytes]:
    """The bytes of ``digests`` an archive file at ``path`` holds, each checked against its hash.

    Nothing when the file is not there (a USB stick not plugged in) or cannot be read.
    """
    found: dict[str, bytes] = {}
    if not digests or not Path(path).is_file():
        return found
    try:
        archive = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            wanted = sorted(digests)
            for chunk in _chunks(wanted, _BLOB_CHUNK):
                marks = ",".join("?" * len(chunk))
                for sha, data in archive.execute(f"SELECT sha256, data FROM blob WHERE sha256 IN ({marks})", chunk):
                    if hashlib.sha256(data).hexdigest() == sha:
                        found[sha] = data
        finally:
            archive.close()
    except sqlite3.DatabaseError:
        return {}
    return found


def restore(db: Database, path: Path) -> int:
    """Put back, from a verified archive, the bytes of this database's archived blobs; returns how many.

    A blob erased meanwhile (a data-subject request) is not brought back.
    """
    path = Path(path)
    _follow_erasures(db, path)
    held = verify_archive(path, db.device_id)
    restored = 0
    archive = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        digests = sorted(held)
        for chunk in _chunks(digests, _BLOB_CHUNK):
            marks = ",".join("?" * len(chunk))
            rows = archive.execute(f"SELECT sha256, size, data FROM blob WHERE sha256 IN ({marks})", chunk).fetchall()
            with db.write() as tx:
                for sha, size, data in rows:
                    restored += tx.execute(update(BLOB).where(
                        BLOB.c.sha256 == sha, BLOB.c.size == size, func.length(BLOB.c.data) == 0)
                        .values(data=data)).rowcount
    finally:
        archive.close()
    with db.write() as tx:
        meta = tx.get(AppMeta, ARCHIVES_KEY)
        if meta is not None:
            meta.value = json.dumps([e for e in json.loads(meta.value) if Path(e["file"]).name != path.name])
    return restored


def follow_erasures(db: Database) -> list[Path]:
    """Bring every archive file of this database in line with the erasures applied here.

    Returns the files that are not where they were written (a USB stick not plugged in): they
    still hold what was erased, and are brought in line when archiving or restoring next finds them.
    """
    away = []
    for entry in archives(db):
        path = Path(entry["file"])
        if path.is_file():
            _follow_erasures(db, path)
        else:
            away.append(path)
    return away


def _follow_erasures(db: Database, path: Path) -> None:
    """Redact the archive at ``path`` as the working log is, and drop the blobs erased here."""
    with storage_errors(path):
        archive = sqlite3.connect(path, isolation_level=None)
        try:
            changed = False
            archive.execute("BEGIN IMMEDIATE")
            ids = [row[0] for row in archive.execute("SELECT id FROM revision")]
            digests = [row[0] for row in archive.execute("SELECT sha256 FROM blob")]
            with db.read() as tx:
                for chunk in _chunks(ids):
                    held = select(REVISION.c.id, REVISION.c.body).where(REVISION.c.id.in_(chunk))
                    for row in tx.execute(held):
                        changed |= archive.execute("UPDATE revision SET body = ? WHERE id = ? AND body != ?",
                                                   (row.body, row.id, row.body)).rowcount > 0
                kept = set()
                for chunk in _chunks(digests):
                    kept.update(tx.scalars(select(BLOB.c.sha256).where(BLOB.c.sha256.in_(chunk))))
            for sha in sorted(set(digests) - kept):
                changed |= archive.execute("DELETE FROM blob WHERE sha256 = ?", (sha,)).rowcount > 0
            archive.execute("COMMIT")
            if changed:
                archive.execute("VACUUM")  # the erased bytes leave the file's free pages too
        finally:
            archive.close()


def check_export(db: Database, *, full: bool) -> None:
    """Refuse an export that would carry an archived photo or signature (its bytes are not here)."""
    with db.read() as tx:
        if not tx.scalar(select(func.count()).select_from(BLOB).where(BLOB.c.size > 0,
                                                                       func.length(BLOB.c.data) == 0)):
            return
        last = last_export(tx, db.device_id)
        since = 0 if full or last is None else (last["last_revision_seq"] or 0)
        condition = (REVISION.c.seq > since) & REVISION.c.record_type.in_(("evidence", "attendance"))
        if since:  # as the export chooses: after a first package, only what was made here travels
            condition &= _made_here()
        named = set()
        for (body,) in tx.execute(select(REVISION.c.body).where(condition)):
            values = json.loads(body)
            named.update(v for v in (values.get("sha256"), values.get("signature_sha256")) if v)
        for chunk in _chunks(sorted(named)):
            if any(is_archived(size, length) for size, length in tx.execute(
                    select(BLOB.c.size, func.length(BLOB.c.data)).where(BLOB.c.sha256.in_(chunk)))):
                raise ArchiveError("Este paquete llevaría fotos o firmas que fueron archivadas. Restaure antes su "
                                   "archivo (Archivo › Archivar datos antiguos… › Restaurar un archivo…, o «ati "
                                   "archive restore ARCHIVO») y exporte de nuevo.")
