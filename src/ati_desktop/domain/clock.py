"""Colombian civil time: what people read on actas and screens (UTC-5, no daylight saving)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

COLOMBIA = timezone(timedelta(hours=-5), "COT")


def local(moment: datetime) -> datetime:
    """A stored UTC moment as Colombian time (fixed, so actas print the same everywhere)."""
    return moment.astimezone(COLOMBIA)
