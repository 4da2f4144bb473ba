"""Column types shared by the table models."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, String
from sqlalchemy.types import TypeDecorator

from ati_desktop.domain.ids import new_id

__all__ = ["OrderKey", "UTCDateTime", "new_id", "utcnow"]


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes, stored naive in UTC so SQLite and PostgreSQL agree."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class OrderKey(TypeDecorator):
    """A fractional-index order key, compared byte by byte on every database.

    The keys' digits (0-9, A-Z, a-z) sort in ASCII order; PostgreSQL would otherwise sort
    them by the server's locale, so there the column uses the "C" collation.
    """

    LENGTH = 64
    impl = String(LENGTH)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(String(self.LENGTH, collation="C"))
        return dialect.type_descriptor(String(self.LENGTH))
