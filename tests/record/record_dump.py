"""A canonical dump of a record: what must be the same whatever order packages came in.

It holds the revision log (revisions with their parents), every current row, conflicts,
waiting records, blobs and the packages received; it leaves out what only says when or in
which order this database got things (arrival numbers, times of merge, merge ids).
"""

from __future__ import annotations

import json

from sqlalchemy import select

from ati_desktop.storage.merge_models import RecordConflict, RecordWaiting
from ati_desktop.storage.models import Blob, PackageLog
from ati_desktop.storage.revlog import PARENT, RECORD_TYPES, REVISION


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def _rows(tx, table, order, skip=()):
    columns = [c for c in table.c if c.name not in skip]
    return [{c.name: _plain(v) for c, v in zip(columns, row)}
            for row in tx.execute(select(*columns).order_by(*order))]


def canonical_dump(database) -> str:
    with database.read() as tx:
        parents = {}
        for revision_id, parent_id in tx.execute(select(PARENT.c.revision_id, PARENT.c.parent_id)):
            parents.setdefault(revision_id, []).append(parent_id)
        revisions = _rows(tx, REVISION, [REVISION.c.id], skip=("seq",))
        for revision in revisions:
            revision["parents"] = sorted(parents.get(revision["id"], []))
        dump = {"revisions": revisions}
        for name, kind in sorted(RECORD_TYPES.items()):
            dump[name] = _rows(tx, kind.table, [kind.table.c.id])
            for code in kind.codes:
                dump[f"{name}.{code.key}"] = _rows(tx, code.table, list(code.table.c))
        conflict = RecordConflict.__table__
        dump["conflicts"] = _rows(tx, conflict, [conflict.c.record_type, conflict.c.record_id], skip=("detected_at",))
        waiting = RecordWaiting.__table__
        dump["waiting"] = _rows(tx, waiting, [waiting.c.record_type, waiting.c.record_id])
        dump["blobs"] = sorted(tx.scalars(select(Blob.sha256)))
        log = PackageLog.__table__
        dump["received"] = [list(r) for r in tx.execute(
            select(log.c.device_id, log.c.sequence).where(log.c.direction == "import")
            .order_by(log.c.device_id, log.c.sequence))]
    return json.dumps(dump, ensure_ascii=False, sort_keys=True, indent=1)


def heads_of(database, record_type, record_id) -> list[str]:
    from ati_desktop.storage import revlog

    with database.read() as tx:
        return [h.id for h in revlog.heads(tx, record_type, [record_id]).get(record_id, [])]
