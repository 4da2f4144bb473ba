"""One revision as it travels between databases, whatever carries it (a package, another log)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class TravellingRevision:
    record_type: str
    id: str
    record_id: str
    number: int
    device_id: str
    made_at: datetime
    deleted: bool
    parents: tuple[str, ...]
    body: dict[str, Any]
