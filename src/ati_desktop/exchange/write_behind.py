"""A file whose pages start for the medium while the rest of it is still being made.

A package is synced before it is renamed, and on a USB stick that final ``fsync`` is most
of the wait: every page of the file is still in memory. So every :data:`STEP` bytes written,
a thread asks the system to write what has come so far (``fdatasync``, which lets go of the
GIL), while the caller goes on reading the log and deflating; the final sync then has only
the tail left. An error of such a sync is kept and raised by :meth:`WriteBehind.sync`: the
system reports a failed write-back once per file, and it must not be lost in a thread.
"""

from __future__ import annotations

import os
import threading
from typing import BinaryIO

STEP = 4 * 1024 * 1024  # bytes between syncs: big enough that each sync writes whole runs of pages
_SYNC = getattr(os, "fdatasync", os.fsync)  # Windows has fsync only


class WriteBehind:
    """Writes to ``raw`` (a file opened for writing), syncing behind the writer."""

    def __init__(self, raw: BinaryIO, step: int = STEP) -> None:
        self._raw = raw
        self._step = step
        self._unsynced = 0
        self._thread: threading.Thread | None = None
        self._error: OSError | None = None

    def write(self, data: bytes) -> int:
        written = self._raw.write(data)
        self._unsynced += len(data)
        if self._unsynced >= self._step and (self._thread is None or not self._thread.is_alive()):
            self._raw.flush()  # hand the buffered bytes to the system before asking it to write them
            self._unsynced = 0
            self._thread = threading.Thread(target=self._sync_so_far, name="write-behind", daemon=True)
            self._thread.start()
        return written

    def flush(self) -> None:
        self._raw.flush()

    def sync(self) -> None:
        """Flush and sync the whole file; raise the error of any sync made behind."""
        self._wait()
        self._raw.flush()
        os.fsync(self._raw.fileno())
        if self._error is not None:
            raise self._error

    def close(self) -> None:
        """Wait for the sync behind, if one runs (before the file is closed or removed)."""
        self._wait()

    def _wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _sync_so_far(self) -> None:
        try:
            _SYNC(self._raw.fileno())
        except OSError as exc:
            self._error = exc
