"""Who is writing this database? An ``flock`` on a lock file beside it answers for every process.

SQLite's own POSIX locks vanish when anything in the process closes any descriptor of the
database file (a file dialog guessing the file's type does): another program could then believe
it is the last user and delete the write-ahead log in use. A lock on a separate file, taken with
``flock`` (tied to the open file, not to the process's other descriptors), does not have that
weakness. The writer holds it exclusively for as long as the database is open in the process; it
goes when the process's last writer closes, or when the process ends, however it ends.
Readers take it shared while they read, so they know whether a writer is at work.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

from .errors import DatabaseInUseError

# A writer waits this long for readers (short CLI listings) to finish before giving up.
WRITER_WAIT_S = 3.0
_POLL_S = 0.05

_held: dict[Path, list] = {}  # lock path -> [descriptor, mode, users]
_guard = threading.Lock()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows build
    import msvcrt

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # Windows has no shared variant: one owner
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False


def acquire_writer(db_path: Path) -> Path:
    """Hold the database for writing in this process, or raise :class:`DatabaseInUseError`."""
    path = lock_path(Path(db_path).absolute())
    with _guard:
        entry = _held.get(path)
        if entry is not None and entry[1] == "write":
            entry[2] += 1
            return path
        # A process that was only reading converts its own lock (flock allows it on one file).
        fd = entry[0] if entry is not None else os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + WRITER_WAIT_S
        while not _try_lock(fd, exclusive=True):
            if time.monotonic() >= deadline:
                if entry is None:
                    os.close(fd)
                raise DatabaseInUseError(
                    "La base de datos «{name}» está abierta en otra ventana de ATI Desktop o en "
                    "otro comando que la modifica. Ciérrela (o espere a que termine) y vuelva a "
                    "intentarlo; las consultas de solo lectura sí funcionan mientras tanto.",
                    name=db_path.name)
            time.sleep(_POLL_S)
        _held[path] = [fd, "write", 1 + (entry[2] if entry is not None else 0)]
        return path


def acquire_reader(db_path: Path) -> tuple[Path | None, bool]:
    """Take the lock shared if no writer holds it; returns (lock to release, a writer is active).

    A folder where no lock file can be made (read-only media) has no writer either.
    """
    path = lock_path(Path(db_path).absolute())
    with _guard:
        entry = _held.get(path)
        if entry is not None:
            entry[2] += 1
            return path, entry[1] == "write"
        try:
            fd = os.open(path, os.O_RDONLY) if path.exists() else None
        except OSError:
            fd = None
        if fd is None:
            return None, False
        if not _try_lock(fd, exclusive=False):
            os.close(fd)
            return None, True
        _held[path] = [fd, "read", 1]
        return path, False


def release(path: Path | None) -> None:
    """One user of the lock is done; the last one lets it go."""
    if path is None:
        return
    with _guard:
        entry = _held.get(path)
        if entry is None:
            return
        entry[2] -= 1
        if entry[2] == 0:
            os.close(entry[0])  # closing the only descriptor releases the flock
            del _held[path]
