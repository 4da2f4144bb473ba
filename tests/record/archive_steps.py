"""An assistant's old sessions with photos and signatures, delivered and confirmed by a receipt."""

from __future__ import annotations

import io
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from devices import meeting
from field_exchange_steps import export
from PIL import Image, ImageDraw
from sqlalchemy import func, select

from ati_desktop.exchange.receipts import import_receipt, write_receipts
from ati_desktop.exchange.record import merge_files
from ati_desktop.services.inputs import AttendanceInput, EvidenceInput, ParticipantInput
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.models import Blob, Revision

TODAY = date(2026, 12, 1)
PHOTO = b"\xff\xd8 a photo of the workshop " * 4000


def _png() -> bytes:
    """A signature as the pad saves it: a stroke on white, a real PNG the acta can print."""
    picture = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(picture).line([(10, 80), (120, 20), (290, 70)], fill="black", width=4)
    kept = io.BytesIO()
    picture.save(kept, "PNG")
    return kept.getvalue()


SIGNATURE = _png()


def old_session(device, day=date(2025, 3, 10), photo=PHOTO, commitments=None, close=True):
    """A session with one photo and one signature; its meeting's open commitment unless told otherwise."""
    extra = {} if commitments is None else {"commitments": commitments}
    session = meeting(device, session_date=day, evidence=[EvidenceInput("taller.jpg", "image/jpeg", photo, "foto")],
                      attendance=[AttendanceInput(ParticipantInput("María Fernanda Perdomo", "Rectora"),
                                                  signature_png=SIGNATURE)], **extra)
    save_session(device, session, close=close)
    return session


def counts(db) -> tuple[int, int]:
    """Revisions and blobs held."""
    with db.read() as tx:
        return (tx.scalar(select(func.count()).select_from(Revision)),
                tx.scalar(select(func.count()).select_from(Blob)))


def held(db, digest: str) -> int:
    """How many bytes of ``digest`` the database holds (0 once archived)."""
    with db.read() as tx:
        return tx.scalar(select(func.length(Blob.data)).where(Blob.sha256 == digest))


def confirm(device, record, folder) -> None:
    """Deliver everything to ``record`` and import its receipt."""
    [merged] = merge_files(record, [export(device, folder, f"entrega-{len(list(folder.glob('*.ati')))}")])
    assert merged.error is None
    [receipt] = write_receipts(record, folder / "acuses", Ed25519PrivateKey.generate())
    import_receipt(device, receipt)
