"""Pausing Python's cycle collector while a package's revisions are parsed.

Opening a package makes hundreds of thousands of dicts, strings and tuples that live on; every
few hundred of them make the collector walk the young objects, and now and then every object
alive. In a process that holds a lot (the app with its database and forms; the benchmark), that
was a third of opening a package. Parsed JSON holds no cycles, so there is nothing for it to
find; it resumes afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """The collector off inside the block (nested or in several threads: until the last one leaves)."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
