"""Packages from the secretariat, as the assistant's app and the command line take them in.

A preview merges the package in a transaction that is undone (nothing is written) and says
what would change; the import merges it whole with the record's own engine. Both also name
the commitments this device verified since its last delivery that the secretariat changed
meanwhile: the assistant should look at them before delivering the verification.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ati_desktop.domain.errors import NotFoundError
from ati_desktop.domain.municipalities import by_code
from ati_desktop.exchange.incoming import Incoming
from ati_desktop.exchange.keys import fingerprint
from ati_desktop.exchange.merge import PackageReport, merge_package
from ati_desktop.exchange.package_errors import PackageError
from ati_desktop.exchange.package_format import FIELD
from ati_desktop.exchange.package_export import last_export
from ati_desktop.exchange.receipts import Receipt, ReceiptError, keep_receipt, parse_receipt
from ati_desktop.exchange.record import source_of
from ati_desktop.storage.database import Database
from ati_desktop.storage.revlog import REVISION

from . import archive
from .published_forms import bundled_forms
from .search_index import refresh_sessions

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ChangedCommitment:
    """A commitment this device verified, not delivered yet, that the secretariat changed."""

    commitment_id: str
    description: str


@dataclass(frozen=True)
class FieldPreview:
    issuer: str
    fingerprint: str
    created_at: str
    scope: str
    report: PackageReport
    forms: list[str]
    changed_commitments: list[ChangedCommitment] = field(default_factory=list)


@dataclass(frozen=True)
class FieldImport:
    report: PackageReport
    changed_commitments: list[ChangedCommitment]
    # What the secretariat confirmed receiving from this device, when the package says it.
    receipt: Receipt | None = None
    receipt_problem: str | None = None


def _scope_text(incoming_scope) -> str:
    if incoming_scope is None:
        return "Todo el registro"
    parts = []
    if incoming_scope.assistant is not None:
        parts.append(f"Asistente: {incoming_scope.assistant.name}")
    if incoming_scope.municipalities:
        known = by_code()
        parts.append("Municipios: " + ", ".join(known[code].name if code in known else code
                                                for code in incoming_scope.municipalities))
    parts.append(f"{incoming_scope.schools} establecimientos")
    return "; ".join(parts)


def _new_revisions(db: Database, incoming: Incoming, record_type: str) -> list:
    """The revisions of ``record_type`` in the package that this database does not hold."""
    revisions = list(incoming.revisions.get(record_type, ()))
    held: set[str] = set()
    ids = [r.id for r in revisions]
    with db.read() as tx:
        for start in range(0, len(ids), 500):
            held.update(tx.scalars(select(REVISION.c.id).where(REVISION.c.id.in_(ids[start:start + 500]))))
    return [r for r in revisions if r.id not in held]


def _undelivered_verifications(db: Database) -> set[str]:
    """Commitments this device verified since its last package."""
    with db.read() as tx:
        last = last_export(tx, db.device_id)
        since = (last["last_revision_seq"] or 0) if last else 0
        bodies = tx.scalars(select(REVISION.c.body).where(
            REVISION.c.record_type == "verification", REVISION.c.device_id == db.device_id,
            REVISION.c.seq > since))
        return {json.loads(body)["commitment_id"] for body in bodies}


def _changed_commitments(db: Database, incoming: Incoming) -> list[ChangedCommitment]:
    verified = _undelivered_verifications(db)
    if not verified:
        return []
    changed = {}
    for revision in _new_revisions(db, incoming, "commitment"):
        if revision.record_id in verified:
            changed[revision.record_id] = ChangedCommitment(revision.record_id,
                                                            str(revision.body.get("description") or ""))
    return [changed[key] for key in sorted(changed)]


def _form_names(db: Database, incoming: Incoming) -> list[str]:
    """The new form versions by the title a person knows them by (a new version keeps its form's title)."""
    bundled = bundled_forms()
    names = []
    for revision in _new_revisions(db, incoming, "form"):
        if revision.deleted:
            continue
        form_id = str(revision.body.get("form_id"))
        try:
            title = bundled.latest(form_id).title
        except NotFoundError:
            title = form_id
        names.append(f"{title}, versión {revision.body.get('version')}")
    return sorted(names)


def _require_field(incoming: Incoming, path: Path) -> None:
    if incoming.source.kind != FIELD:
        raise PackageError("«{name}» no es un paquete de la Secretaría para el campo (es un paquete de un "
                           "equipo o una base de datos). No se importó nada.", name=Path(path).name)


def preview_field_package(db: Database, path: Path) -> FieldPreview:
    """What importing ``path`` would change; nothing is written."""
    with source_of(path, db) as incoming:
        _require_field(incoming, path)
        changed = _changed_commitments(db, incoming)
        forms = _form_names(db, incoming)
        report = merge_package(db, incoming, dry_run=True)
    source = incoming.source
    return FieldPreview(source.device_label or "", fingerprint(base64.b64decode(source.signer_key or "")),
                        source.created_at or "", _scope_text(source.scope), report, forms, changed)


def import_field_package(db: Database, path: Path, progress: Progress | None = None) -> FieldImport:
    """Merge a package from the secretariat whole, or nothing of it."""
    with source_of(path, db) as incoming:
        _require_field(incoming, path)
        changed = _changed_commitments(db, incoming)
        report = merge_package(db, incoming, progress=progress, index_sessions=refresh_sessions)
        receipt, problem = _keep_receipt(db, incoming, path)
    archive.follow_erasures(db)  # an erasure that came with the package reaches the archive files too
    return FieldImport(report, changed, receipt, problem)


def _keep_receipt(db: Database, incoming: Incoming, path: Path) -> tuple[Receipt | None, str | None]:
    data = incoming.receipts.get(db.device_id)
    if data is None:
        return None, None
    try:
        return keep_receipt(db, parse_receipt(data, Path(path).name), Path(path).name), None
    except ReceiptError as exc:
        return None, exc.message
