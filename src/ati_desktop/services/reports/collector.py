"""A pause of Python's cyclic garbage collector while a report builds its lines."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Build tens of thousands of rows and lines without the collector walking them again and
    again: they hold no reference cycles, yet its full collections, triggered by the growing
    number of objects, took a third of a year's commitments report (50,000 lines). Threads may
    nest pauses; the collector runs again when the last one ends, if it was running before."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
