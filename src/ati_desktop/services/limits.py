"""Text limits of the travelling records, checked before a save with a Spanish message.

The limits are the models' own column lengths, so SQLite (which would store a longer text) and
PostgreSQL (which would refuse it with a raw error) keep exactly the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ati_desktop.domain.errors import ValidationError
from ati_desktop.storage import revlog
from ati_desktop.storage.revlog import Change

LABELS = {
    ("assistant", "full_name"): "Su nombre", ("assistant", "id_document"): "Su documento",
    ("assistant", "role"): "Su cargo", ("assistant", "email"): "Su correo",
    ("assistant", "phone"): "Su teléfono",
    ("school", "name"): "El nombre del establecimiento", ("campus", "name"): "El nombre de la sede",
    ("participant", "full_name"): "El nombre del participante", ("participant", "role"): "El cargo del participante",
    ("participant", "id_document"): "El documento del participante",
    ("participant", "email"): "El correo del participante", ("participant", "phone"): "El teléfono del participante",
    ("session", "place"): "El lugar de la sesión",
    ("attendance", "role_in_session"): "El rol del participante en la sesión",
    ("commitment", "responsible"): "El responsable del compromiso",
    ("evidence", "file_name"): "El nombre del archivo de evidencia",
    ("indicator", "name"): "El nombre del indicador", ("indicator", "unit"): "La unidad del indicador",
    ("review", "reviewer"): "El nombre de quien revisa",
}


@cache
def limits(record_type: str) -> dict[str, int]:
    """The longest text each column of a record type takes (columns without a limit left out)."""
    table = revlog.RECORD_TYPES[record_type].table
    return {c.name: c.type.length for c in table.columns
            if isinstance(getattr(c.type, "length", None), int) and revlog.python_type(c.type) is str}


def check(changes: Iterable[Change]) -> None:
    """Refuse the first text longer than its column allows, naming the field and the limit."""
    for change in changes:
        if len(change.record_id) > revlog.ID_LENGTH:
            raise ValidationError("Cada fila de la sesión necesita su identificador, elegido una sola vez.")
        for column, limit in limits(change.record_type).items():
            value = (change.values or {}).get(column)
            if isinstance(value, str) and len(value) > limit:
                field = LABELS.get((change.record_type, column), f"El campo «{column}»")
                raise ValidationError("{field} admite como máximo {limit} caracteres; el texto escrito "
                                      "tiene {length}.", field=field, limit=limit, length=len(value))
