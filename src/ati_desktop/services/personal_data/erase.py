"""Erasing a person at their request: a signed erasure record, applied here and on arrival.

The erasure names the person by their record ids and by salted digests of their cédula
and names (never by the data), so it can travel in packages both ways and still be applied
to revisions that arrive later. Where it is made, the person's data leave the current rows,
every revision of the log, the drafts and the blobs; then the file is compacted so the bytes
leave the disk file and its write-ahead log too. What the law lets the entity keep stays:
that the sessions took place, their dates, places and everything not about the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ati_desktop.domain.ids import new_id
from ati_desktop.exchange.keys import device_key, raw_public
from ati_desktop.storage import erasure as erasure_store
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database
from ati_desktop.storage.redaction import Target

from .. import archive
from .find import holdings
from .register import RequestKind, RequestState, find_request, record_request, update_request

# Evidence erased unless the handler says otherwise: photos named after the person, and
# scanned attendance lists of their sessions (they carry their signature).
DEFAULT_EVIDENCE = ("leyenda", "lista")


@dataclass(frozen=True)
class ErasureResult:
    erasure_id: str
    request_id: str
    revisions: int
    rows: int
    blobs_deleted: int
    archives_away: tuple[str, ...] = ()  # archive files not plugged in: erased from them later


def erase_person(db: Database, participant_id: str, reference: str, *, handled_by: str | None = None,
                 evidence_ids: tuple[str, ...] = (), all_photos: bool = False,
                 today: date | None = None) -> ErasureResult:
    """Erase the person of ``participant_id`` in answer to the request ``reference``.

    ``evidence_ids`` adds evidence the handler found shows the person; ``all_photos`` takes
    every photo of the sessions they attended.
    """
    today = today or date.today()
    held = holdings(db, participant_id)
    evidence = {e.id for e in held.evidence
                if e.why in DEFAULT_EVIDENCE or (all_photos and e.why == "foto")} | set(evidence_ids)
    salt = new_id()
    target = Target.of(salt, today.isoformat(), held.ids, held.documents, held.names, evidence)
    blobs = set(held.signatures) | {e.sha256 for e in held.evidence if e.id in evidence}
    request_id = find_request(db, reference) or record_request(
        db, RequestKind.SUPRESION, reference, today, participant_id=participant_id, handled_by=handled_by)
    key = device_key(db.device_id)
    body = {
        "request_id": request_id, "reference": reference.strip(), "erased_on": today.isoformat(),
        "salt": salt, "signer_key": raw_public(key.public_key()).hex(),
        "targets": {"participant_ids": sorted(target.participant_ids),
                    "document_digests": sorted(target.document_digests),
                    "name_digests": sorted(target.name_digests),
                    "evidence_ids": sorted(target.evidence_ids), "blobs": sorted(blobs)},
    }
    signature = key.sign(erasure_store.signed_text(body)).hex()
    erasure_id = new_id()
    with db.write() as tx:
        revlog.write_local(tx, db.device_id, [revlog.Change("erasure", erasure_id, {
            **body, "erased_on": today, "signature": signature})])
        target.released_blobs |= blobs
        applied = erasure_store.apply(tx, target)
    update_request(db, request_id, state=RequestState.RESPONDIDA, answered_on=today,
                   handled_by=handled_by)
    erasure_store.compact(db)
    away = archive.follow_erasures(db)
    return ErasureResult(erasure_id, request_id, applied.revisions, applied.rows, applied.blobs_deleted,
                         tuple(str(path) for path in away))
