"""Two records that turn out to be one thing (a school added twice, a person recorded twice).

The link is a travelling record of its own, with an id derived from the pair, so devices that
make the same link independently make the same record and a merge holds it once.
"""

from __future__ import annotations

from ati_desktop.domain.errors import ValidationError
from ati_desktop.domain.ids import same_as_id
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database
from ati_desktop.storage.revlog import Change

JOINABLE = ("school", "campus", "participant")


def link(db: Database, record_type: str, record_id: str, same_as: str) -> str:
    """Record that ``record_id`` is the same as ``same_as``; returns the link's id."""
    if record_type not in JOINABLE:
        raise ValidationError("Solo se pueden unir establecimientos, sedes o participantes.")
    if record_id == same_as:
        raise ValidationError("Un registro no se puede unir consigo mismo.")
    link_id = same_as_id(record_type, record_id, same_as)
    with db.write() as tx:
        found = revlog.current_rows(tx, record_type, [record_id, same_as])
        if len(found) != 2:
            raise ValidationError("Alguno de los registros que se quieren unir no existe.")
        revlog.write_local(tx, db.device_id, [Change("same_as", link_id, {
            "record_type": record_type, "record_id": record_id, "same_as_id": same_as})])
    return link_id
