"""Colombian civil time: what people read on actas and screens.

Times are stored in UTC and always shown in America/Bogota, from the IANA database (the
``tzdata`` package supplies it where the system has none, as on Windows), never in the
machine's own zone: a laptop set to another zone still prints the session's hours and its
signatures in the same clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

COLOMBIA = ZoneInfo("America/Bogota")


def local(moment: datetime) -> datetime:
    """A stored moment as Colombian time; a naive one is UTC, as the database keeps it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(COLOMBIA)


def now() -> datetime:
    """The current moment, aware, in Colombian time."""
    return datetime.now(COLOMBIA)


def today() -> date:
    """Today's date in Colombia (at 8 p.m. in Garzón it is already tomorrow in UTC)."""
    return now().date()
