"""Receipts: the record tells a device, in a signed file, which of its packages arrived.

Closing the loop without a server: after a merge the supervisor writes one receipt per
device; the assistant imports it, sees what the secretariat holds of theirs, and only data
the secretariat confirmed is offered for archiving. A receipt is strict JSON signed with the
record's own Ed25519 key (``exchange.keys.device_key``); the assistant's app keeps the key of
the first record whose receipt it accepted and refuses receipts signed by another.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import func, select

from ati_desktop.domain.errors import AtiError
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import AppMeta
from ati_desktop.storage.revlog import REVISION
from ati_desktop.storage.types import utcnow

from . import package_json
from .keys import fingerprint, raw_public
from .merge_log import received_by_device

FORMAT = "ati-acuse"
VERSION = 1
MAX_RECEIPT_BYTES = 256 * 1024
RECEIPT_KEY = "receipt"  # app_meta key of the latest receipt imported
RECORD_KEY = "receipt_record_key"  # app_meta key of the record key receipts must be signed with


class ReceiptError(AtiError):
    """A receipt that cannot be used (damaged, forged, for another device)."""


@dataclass(frozen=True)
class Receipt:
    device_id: str
    device_label: str | None
    record_id: str
    issued_at: str
    received: list[int]
    missing: list[int]
    revisions: int  # revisions of this device the record holds
    record_key: str  # base64 of the signing key

    @property
    def fingerprint(self) -> str:
        return fingerprint(base64.b64decode(self.record_key))

    def as_dict(self) -> dict:
        return asdict(self)


def receipt_bytes(record: Database, devices: list, key: Ed25519PrivateKey) -> dict[str, bytes]:
    """A signed receipt (its file's bytes) for each of ``devices`` (``received_by_device`` rows)."""
    with record.read() as tx:
        counts = dict(tx.execute(select(REVISION.c.device_id, func.count()).group_by(REVISION.c.device_id)).all())
    signed = {}
    for device in devices:
        body = {"format": FORMAT, "version": VERSION, "device_id": device.device_id,
                "device_label": device.label, "record_id": record.device_id, "issued_at": utcnow().isoformat(),
                "received": device.received, "missing": device.missing,
                "revisions": int(counts.get(device.device_id, 0)),
                "record_key": base64.b64encode(raw_public(key.public_key())).decode()}
        text = package_json.dumps(body)
        document = {"receipt": body, "signature": base64.b64encode(key.sign(text.encode())).decode()}
        signed[device.device_id] = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    return signed


def write_receipts(record: Database, folder: Path, key: Ed25519PrivateKey,
                   device_ids: list[str] | None = None) -> list[Path]:
    """One signed receipt per device the record has received packages from (or the named ones)."""
    devices = [d for d in received_by_device(record) if device_ids is None or d.device_id in device_ids]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for device, data in zip(devices, receipt_bytes(record, devices, key).values()):
        path = folder / f"acuse-{(device.label or device.device_id).replace('/', '-')[:60]}-{device.device_id[:8]}.json"
        path.write_bytes(data)
        written.append(path)
    return written


def read_receipt(path: Path) -> Receipt:
    """A receipt whose signature checks; raises :class:`ReceiptError` with the reason otherwise."""
    try:
        if path.stat().st_size > MAX_RECEIPT_BYTES:
            raise ReceiptError("«{name}» es demasiado grande para ser un acuse de recibo.", name=path.name)
        data = path.read_bytes()
    except OSError as exc:
        raise ReceiptError("No se pudo leer «{name}»: {reason}.", name=path.name,
                           reason=exc.strerror or str(exc)) from None
    return parse_receipt(data, path.name)


def parse_receipt(data: bytes, name: str) -> Receipt:
    """A receipt from its file's bytes, its signature checked."""
    try:
        signed = package_json.loads(data)
    except package_json.StrictJSONError as exc:
        raise ReceiptError("«{name}» no es un acuse de recibo: {reason}.", name=name, reason=str(exc)) from None
    try:
        body = signed["receipt"]
        if body["format"] != FORMAT or body["version"] != VERSION:
            raise KeyError("format")
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(body["record_key"], validate=True))
        key.verify(base64.b64decode(signed["signature"], validate=True), package_json.dumps(body).encode())
        return Receipt(str(body["device_id"]), body.get("device_label"), str(body["record_id"]),
                       str(body["issued_at"]), [int(n) for n in body["received"]],
                       [int(n) for n in body["missing"]], int(body["revisions"]), str(body["record_key"]))
    except InvalidSignature:
        raise ReceiptError("La firma del acuse «{name}» no es válida: fue modificado o está dañado.",
                           name=name) from None
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise ReceiptError("«{name}» no es un acuse de recibo de ATI Desktop.", name=name) from None


def import_receipt(database: Database, path: Path) -> Receipt:
    """Keep a receipt for this device; the first record that sends one is the one trusted later."""
    return keep_receipt(database, read_receipt(path), path.name)


def keep_receipt(database: Database, receipt: Receipt, name: str) -> Receipt:
    """Keep ``receipt`` unless it is for another device or signed by another record than before."""
    if receipt.device_id != database.device_id:
        raise ReceiptError("El acuse «{name}» es para otro equipo ({label}); este equipo no lo importa.",
                           name=name, label=receipt.device_label or receipt.device_id)
    with database.write() as tx:
        trusted = tx.get(AppMeta, RECORD_KEY)
        if trusted is None:
            tx.add(AppMeta(key=RECORD_KEY, value=receipt.record_key))
        elif trusted.value != receipt.record_key:
            raise ReceiptError("El acuse «{name}» está firmado por otro registro que los anteriores (huella "
                               "{fingerprint}). No se importó; confirme con la secretaría.", name=name,
                               fingerprint=receipt.fingerprint)
        held = tx.get(AppMeta, RECEIPT_KEY)
        text = json.dumps(receipt.as_dict(), ensure_ascii=False)
        if held is None:
            tx.add(AppMeta(key=RECEIPT_KEY, value=text))
        elif _issued(json.loads(held.value)) <= _issued(receipt.as_dict()):
            held.value = text  # an older receipt imported late does not replace a newer one
    return latest_receipt(database)


def _issued(receipt: dict) -> datetime:
    return datetime.fromisoformat(receipt["issued_at"])


def latest_receipt(database: Database) -> Receipt | None:
    """What the secretariat last confirmed receiving from this device, if any."""
    with database.read() as tx:
        held = tx.get(AppMeta, RECEIPT_KEY)
    return Receipt(**json.loads(held.value)) if held else None
