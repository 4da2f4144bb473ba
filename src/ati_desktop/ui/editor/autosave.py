"""Writes the editor's state as a draft shortly after every change, off the main thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ati_desktop.services import drafts
from ati_desktop.ui.tasks import Task

# A pause in typing saves after QUIET_MS; steady typing still saves every LATEST_MS, so a
# crash loses at most about LATEST_MS of work (the guarantee is two seconds).
QUIET_MS = 800
LATEST_MS = 1500


class Autosave(QObject):
    """Debounced draft writer: ``touch()`` on every change, ``flush()`` to write now."""

    saved = Signal()
    failed = Signal(object)

    def __init__(self, db, key: str, snapshot: Callable[[], dict], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.key = key
        self._snapshot = snapshot
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._latest = QTimer(self, singleShot=True, interval=LATEST_MS)
        self._quiet.timeout.connect(self.flush)
        self._latest.timeout.connect(self.flush)
        self._in_flight = 0
        self.dirty = False
        self.last_error: Exception | None = None

    @property
    def busy(self) -> bool:
        """A draft is being written or waits to be."""
        return self.dirty or self._in_flight > 0

    def touch(self) -> None:
        self.dirty = True
        self._quiet.start()
        if not self._latest.isActive():
            self._latest.start()

    def flush(self) -> None:
        """Write the current state now, if anything changed since the last write."""
        if not self.dirty:
            return
        self.cancel()
        payload, key = self._snapshot(), self.key
        self._in_flight += 1
        Task(lambda: drafts.save_draft(self._db, key, payload)) \
            .on_success(lambda _result: self._done(None)) \
            .on_failure(self._done) \
            .run(self)

    def cancel(self) -> None:
        """Forget pending changes (they were just saved as the session itself)."""
        self.dirty = False
        self._quiet.stop()
        self._latest.stop()

    def _done(self, error: Exception | None) -> None:
        self._in_flight -= 1
        self.last_error = error
        if error is None:
            self.saved.emit()
        else:
            # Try again shortly: a full disk or a locked file may clear up.
            self.dirty = True
            if not self._latest.isActive():
                self._latest.start()
            self.failed.emit(error)
