"""What a supervisor types to name a school or an assistant, resolved to the record's ids."""

from __future__ import annotations

from sqlalchemy import or_, select

from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Assistant, School


def school_id(db: Database, text: str) -> str:
    """A school by its DANE code or its id."""
    with db.read() as tx:
        found = list(tx.execute(select(School.id).where(
            School.deleted_at.is_(None), or_(School.dane_code == text.strip(), School.id == text.strip()))).scalars())
    if not found:
        raise NotFoundError("No hay un establecimiento con el código DANE «{code}».", code=text)
    return found[0]


def assistant_id(db: Database, text: str) -> str:
    """An assistant by id or by full name (capitals aside: SQLite's lower() knows only ASCII)."""
    wanted = " ".join(text.split()).casefold()
    found = [key for key, name in assistants(db)
             if key == text.strip() or " ".join(name.split()).casefold() == wanted]
    if not found:
        raise NotFoundError("No hay un profesional de apoyo «{name}» en el registro.", name=text)
    if len(found) > 1:
        raise ValidationError("Hay varios profesionales de apoyo llamados «{name}»: indique su "
                              "identificador.", name=text)
    return found[0]


def assistants(db: Database) -> list[tuple[str, str]]:
    """(id, full name) of every assistant, by name: for a filter's choices."""
    with db.read() as tx:
        return [tuple(row) for row in tx.execute(
            select(Assistant.id, Assistant.full_name).where(Assistant.deleted_at.is_(None))
            .order_by(Assistant.full_name)).all()]
