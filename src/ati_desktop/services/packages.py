"""Export packages as the interface and the command line use them: keys, the next package, what waits."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from ati_desktop.domain import clock
from ati_desktop.exchange import keys
from ati_desktop.exchange.package_errors import PackageWriteError
from ati_desktop.exchange.package_export import ExportResult, ExportStatus, export_package, export_status
from ati_desktop.exchange.receipts import latest_receipt
from ati_desktop.storage.database import Database

from . import archive, settings

__all__ = ["Confirmation", "Database", "ExportPlan", "ExportResult", "ExportStatus", "KeyStatus", "confirmation",
           "export_plan", "export_status", "export_to_file", "export_to_folder", "import_secretariat_key",
           "key_status"]

FOLDER_PREFERENCE = "export_folder"


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
    return keys.fingerprint(keys.import_public_key(Path(path))[1])


@dataclass(frozen=True)
class Confirmation:
    """What the secretariat last confirmed holding of this device's packages, and on which day."""

    received: list[int]
    missing: list[int]
    issued_on: date


def confirmation(db: Database) -> Confirmation | None:
    """The latest receipt this device kept (from a receipt file or a field package), if any."""
    receipt = latest_receipt(db)
    if receipt is None:
        return None
    issued = clock.local(datetime.fromisoformat(receipt.issued_at)).date()
    return Confirmation(sorted(receipt.received), sorted(receipt.missing), issued)


@dataclass(frozen=True)
class ExportPlan:
    """What the export dialog shows before the user exports."""

    folder: str
    file_name: str
    last_sequence: int | None
    last_at: datetime | None
    last_file: str | None
    waiting: int
    secretariat: str | None


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")[:40]


def file_name(db: Database, status: ExportStatus, deidentified: bool = False) -> str:
    """``ATI-<assistant>-<date>-<sequence>.ati``: sortable, and says whose it is without opening it."""
    who = "desidentificado" if deidentified else (_slug(settings.profile(db).full_name) or "equipo")
    sequence = (status.last_sequence or 0) + 1
    return f"ATI-{who}-{datetime.now(UTC).astimezone().strftime('%Y%m%d')}-{sequence:03d}.ati"


def export_plan(db: Database) -> ExportPlan:
    status = export_status(db)
    secretariat = keys.secretariat_key()
    folder = settings.get_value(db, FOLDER_PREFERENCE) or str(Path.home())
    return ExportPlan(folder, file_name(db, status), status.last_sequence, status.last_at, status.last_file,
                      status.waiting, keys.fingerprint(secretariat) if secretariat else None)


def _free(path: Path) -> Path:
    """``path``, or ``name-2.ati``, ``name-3.ati``… when a file of that name is already there."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def export_to_folder(db: Database, folder: Path, *, full: bool = False, encrypt: bool = True,
                     deidentify: bool = False, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """The next package into ``folder`` (a USB stick), encrypted to the configured key when asked."""
    recipient = keys.secretariat_key() if encrypt else None
    if encrypt and recipient is None:
        raise PackageWriteError("No hay clave de la secretaría configurada: impórtela en Configuración › "
                                "Paquetes, o exporte sin cifrar.")
    archive.check_export(db, full=full)
    target = _free(Path(folder) / file_name(db, export_status(db), deidentify))
    result = export_package(db, target, full=full, encrypt_to=recipient, deidentify=deidentify,
                            progress=progress, cancelled=cancelled)
    settings.set_value(db, FOLDER_PREFERENCE, str(folder))
    return result


def export_to_file(db: Database, target: Path, *, full: bool = False, encrypt_to: X25519PublicKey | None = None,
                   deidentify: bool = False) -> ExportResult:
    """The next package into ``target``, for the command line."""
    archive.check_export(db, full=full)
    return export_package(db, target, full=full, encrypt_to=encrypt_to, deidentify=deidentify)
