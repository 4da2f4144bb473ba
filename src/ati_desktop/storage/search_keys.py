"""The full-text index row of a session, derived from its id (also callable from SQL)."""

from __future__ import annotations

import hashlib


def search_rowid(session_id: str) -> int:
    """A stable 56-bit row number, so a session's index entry is found without a scan."""
    return int.from_bytes(hashlib.sha256(session_id.encode()).digest()[:7], "big")
