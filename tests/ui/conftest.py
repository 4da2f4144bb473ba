"""Setup of the GUI tests: a guard against a reference-count bug of PySide6 6.12.0."""

from __future__ import annotations

import sys

# PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a Qt method that
# returns void (6.11.3 does not; Python 3.12+ makes None immortal, which hides it). None starts
# with a few thousand references, so a GUI test run aborts with "Fatal Python error:
# none_dealloc" after a few thousand such calls. Extra references keep the interpreter alive
# until PySide6 is fixed or pinned.
if sys.version_info < (3, 12):
    _NONE_RESERVE = [None] * 2_000_000
