"""A pause of Python's cyclic garbage collector while many objects without cycles are built.

Reports build tens of thousands of rows and lines, and opening a package parses hundreds of
thousands of revisions; none holds a reference cycle, yet the collector's passes, triggered by
the growing number of objects, took about a third of each. One pause for the whole process, so
pauses from different places and threads nest instead of turning each other's off.
"""

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
    """The collector off inside the block; it runs again when the last pause ends (nested or in
    other threads), if it was running before."""
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
