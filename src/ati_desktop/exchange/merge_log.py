"""What the record has received: per device, which package numbers arrived and which are missing."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import select

from ati_desktop.storage.database import Database
from ati_desktop.storage.merge_models import KnownDevice, MergeLog
from ati_desktop.storage.models import PackageLog


@dataclass(frozen=True)
class DeviceReceived:
    device_id: str
    label: str | None
    assistant_name: str | None
    received: list[int]
    missing: list[int]  # numbers below the highest received that never arrived
    last_merged_at: datetime | None

    def as_dict(self) -> dict:
        return asdict(self)


def received_by_device(database: Database) -> list[DeviceReceived]:
    log, merges, known = PackageLog.__table__, MergeLog.__table__, KnownDevice.__table__
    with database.read() as tx:
        sequences: dict[str, list[int]] = {}
        for device_id, sequence in tx.execute(select(log.c.device_id, log.c.sequence)
                                              .where(log.c.direction == "import")
                                              .order_by(log.c.device_id, log.c.sequence)):
            sequences.setdefault(device_id, []).append(sequence)
        labels = dict(tx.execute(select(known.c.device_id, known.c.label)).all())
        # The newest merge of each device names it as it last called itself.
        latest = {row.device_id: row for row in tx.execute(
            select(merges.c.device_id, merges.c.device_label, merges.c.assistant_name, merges.c.merged_at)
            .order_by(merges.c.merged_at, merges.c.id))}
    found = []
    for device_id, numbers in sequences.items():
        row = latest.get(device_id)
        held = set(numbers)
        found.append(DeviceReceived(
            device_id, labels.get(device_id) or (row.device_label if row else None),
            row.assistant_name if row else None, numbers,
            [n for n in range(1, max(numbers)) if n not in held], row.merged_at if row else None))
    return sorted(found, key=lambda d: ((d.label or "").casefold(), d.device_id))


def recent_merges(database: Database, limit: int = 20) -> list[dict]:
    """The latest merges, newest first, with what each brought."""
    table = MergeLog.__table__
    with database.read() as tx:
        rows = tx.execute(select(table).order_by(table.c.merged_at.desc(), table.c.id).limit(limit)).mappings()
        return [dict(row) for row in rows]
