"""Runs database work off the main thread and hands results back to it.

One worker thread serialises all database work (SQLite has one writer anyway), so widgets
never wait on disk and never touch the database. Results and errors arrive on the main
thread through queued signals, so only the main thread ever touches a widget. Long work can
report progress the same way (:meth:`Task.on_progress`). Tests can call
:func:`set_synchronous` to run tasks inline.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_synchronous = False


def set_synchronous(value: bool) -> None:
    """Run every task inline on the calling thread (for tests that need determinism)."""
    global _synchronous
    _synchronous = value


def _worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def wait_for_idle(timeout_ms: int = 30000) -> bool:
    """Block until queued tasks are done (used on shutdown and in tests)."""
    return _worker_pool().waitForDone(timeout_ms)


class _Relay(QObject):
    """Lives on the main thread: its slots receive the worker's signals queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)  # the tuple of values the work reported

    def __init__(self, parent: QObject, success, failure, progress=None) -> None:
        super().__init__(parent)
        self._success = success
        self._failure = failure
        self._progress = progress
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self.deleteLater()
        self._success(result)

    @Slot(object)
    def _deliver_failure(self, exc: Exception) -> None:
        self.deleteLater()
        self._failure(exc)

    @Slot(object)
    def _deliver_progress(self, values: tuple) -> None:
        self._progress(*values)

    def report(self, *values: Any) -> None:
        """Called on the worker: queue ``values`` for the progress handler."""
        self.progressed.emit(values)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the caller's failure handler on the main thread
            exc.__traceback_text__ = traceback.format_exc()
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.succeeded, result)

    @staticmethod
    def _deliver(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the relay's owner was deleted meanwhile: its results are dropped
            pass


class Task:
    """``Task(work).on_success(f).on_failure(g).run(parent)``: work runs on the worker thread."""

    def __init__(self, work: Callable[..., Any]) -> None:
        self._work = work
        self._success: Callable[[Any], None] = lambda _result: None
        self._failure: Callable[[Exception], None] = _log_failure
        self._progress: Callable[..., None] | None = None

    def on_success(self, handler: Callable[[Any], None]) -> Task:
        self._success = handler
        return self

    def on_failure(self, handler: Callable[[Exception], None]) -> Task:
        self._failure = handler
        return self

    def on_progress(self, handler: Callable[..., None]) -> Task:
        """Call the work as ``work(report)``; each ``report(done, total)`` reaches ``handler``.

        ``report`` passes on whatever values it is given (a stage's name, then done and total).

        ``handler`` runs on the main thread, in order, before the success or failure handler.
        """
        self._progress = handler
        return self

    def run(self, parent: QObject) -> None:
        """Start the work; ``parent`` owns the relay, so results for a closed window are dropped."""
        if _synchronous:
            work = self._work if self._progress is None else partial(self._work, self._progress)
            try:
                result = work()
            except Exception as exc:
                self._failure(exc)
            else:
                self._success(result)
            return
        relay = _Relay(parent, self._success, self._failure, self._progress)
        work = self._work if self._progress is None else partial(self._work, relay.report)
        _worker_pool().start(_Job(work, relay))


def _log_failure(exc: Exception) -> None:
    log.error("background task failed: %s", getattr(exc, "__traceback_text__", exc))
