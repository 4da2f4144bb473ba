"""The database as the interface sees it: opened by the composition root, handed to services.

The interface never imports the storage layer; what it needs of it (the type it passes around,
the error it reports, and whether this file is its device's own) comes from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ati_desktop.storage.database import Database, DeviceIdentityError
from ati_desktop.storage.errors import StorageError
from ati_desktop.storage.instance import Identity

__all__ = ["Database", "DeviceIdentityError", "DeviceStatus", "StorageError", "confirm_same_device",
           "continue_as_new_device", "device_status"]


@dataclass(frozen=True)
class DeviceStatus:
    """Which device this file writes as, and whether that is in question."""

    device_id: str
    copied: bool  # found at another place than its device last used it
    restored: bool  # an older state than the one its device last used

    @property
    def in_question(self) -> bool:
        return self.copied or self.restored


def device_status(db: Database) -> DeviceStatus:
    return DeviceStatus(db.device_id, db.identity is Identity.COPIED, db.identity is Identity.RESTORED)


def continue_as_new_device(db: Database, label: str | None = None) -> DeviceStatus:
    """This file writes as a new device from now on: a copy never writes as its original."""
    db.continue_as_new_device(label)
    return device_status(db)


def confirm_same_device(db: Database) -> DeviceStatus:
    """The file is this device's own after all (its user moved it): go on as before."""
    db.confirm_same_device()
    return device_status(db)
