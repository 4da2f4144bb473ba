"""Export packages as the interface and the command line use them: keys, the next package, what waits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ati_desktop.exchange import keys
from ati_desktop.storage.database import Database


@dataclass(frozen=True)
class KeyStatus:
    """Fingerprints to read aloud: the secretariat's (None when not configured) and this device's."""

    secretariat: str | None
    device: str


def key_status(db: Database) -> KeyStatus:
    secretariat = keys.secretariat_key()
    return KeyStatus(keys.fingerprint(secretariat) if secretariat else None,
                     keys.fingerprint(keys.device_key(db.device_id).public_key()))


def import_secretariat_key(path: Path) -> str:
    """Configure the secretariat's public key; returns its fingerprint."""
    return keys.fingerprint(keys.import_secretariat_key(Path(path)))
