"""Keeps PySide6 6.12 from freeing None, True and False on Python 3.11.

That build returns ``None`` from every void method (``setText``, ``update``, …) and ``True``
from ``Signal.emit`` without adding a reference, as if they were immortal objects (they are
only from Python 3.12 on). Each call takes one reference away, so a long session, or the
garbage collection at exit, ends in "Fatal Python error: deallocating None". Giving the three
singletons a reference count no program can exhaust makes them as immortal as 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

_ENOUGH = 1 << 40


def make_singletons_immortal() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the address id() returns.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _ENOUGH:
            count.value += _ENOUGH


make_singletons_immortal()
