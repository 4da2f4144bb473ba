"""Which schools each assistant looks after: the supervisor's assignments, travelling records.

An assignment's id is derived from the assistant and the school, so assigning the same school
twice (here or in another copy of the record) is the same record; removing it deletes that
record. A field package for an assistant carries the schools assigned to them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.domain.ids import derived_id
from ati_desktop.domain.text import fold
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Assignment, Assistant, Municipality, School


@dataclass(frozen=True)
class AssignedSchool:
    assistant_id: str
    assistant_name: str
    school_id: str
    school_name: str
    dane_code: str | None
    municipality: str
    starts_on: date | None
    ends_on: date | None


def assignment_id(assistant_id: str, school_id: str) -> str:
    return derived_id(f"assignment:{assistant_id}:{school_id}")


def find_assistant(db: Database, text: str) -> str:
    """An assistant's id from their id or their name (any accents and case), if only one matches."""
    wanted = fold(text)
    with db.read() as tx:
        rows = tx.execute(select(Assistant.id, Assistant.full_name).where(Assistant.deleted_at.is_(None))).all()
    exact = [row.id for row in rows if row.id == text.strip() or fold(row.full_name) == wanted]
    partial = [row.id for row in rows if wanted and wanted in fold(row.full_name)]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError("No hay un asistente «{text}» en el registro.", text=text[:80])
    raise ValidationError("Hay {count} asistentes que coinciden con «{text}»: escriba el nombre completo o "
                          "el identificador.", count=len(found), text=text[:80])


def _schools(tx, codes: Iterable[str]) -> dict[str, str]:
    """School ids by the DANE code (or id) given."""
    found = {}
    for code in codes:
        row = tx.execute(select(School.id).where((School.dane_code == code.strip()) | (School.id == code.strip()),
                                                 School.deleted_at.is_(None))).first()
        if row is None:
            raise NotFoundError("No hay un establecimiento con el código DANE «{code}» en el registro.",
                                code=code[:40])
        found[code] = row.id
    return found


def assign(db: Database, assistant_id: str, school_codes: Iterable[str], *, starts_on: date | None = None,
           ends_on: date | None = None) -> int:
    """Assign schools (by DANE code) to an assistant; returns how many assignments changed."""
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError("La asignación termina antes de empezar.")
    with db.write() as tx:
        if tx.get(Assistant, assistant_id) is None:
            raise NotFoundError("No hay un asistente con el identificador «{id}».", id=assistant_id[:36])
        changes = [revlog.Change("assignment", assignment_id(assistant_id, school_id),
                                 {"assistant_id": assistant_id, "school_id": school_id, "starts_on": starts_on,
                                  "ends_on": ends_on})
                   for school_id in _schools(tx, school_codes).values()]
        return len(revlog.write_local(tx, db.device_id, changes))


def unassign(db: Database, assistant_id: str, school_codes: Iterable[str]) -> int:
    with db.write() as tx:
        # Removing an assignment that does not exist writes nothing.
        changes = [revlog.Change("assignment", assignment_id(assistant_id, school_id), deleted=True)
                   for school_id in _schools(tx, school_codes).values()]
        return len(revlog.write_local(tx, db.device_id, changes))


def assigned_schools(db: Database, assistant_id: str | None = None) -> list[AssignedSchool]:
    """Current assignments, by assistant and municipality."""
    query = (select(Assignment.assistant_id, Assistant.full_name, School.id, School.name, School.dane_code,
                    Municipality.name, Assignment.starts_on, Assignment.ends_on)
             .join(Assistant, Assistant.id == Assignment.assistant_id)
             .join(School, School.id == Assignment.school_id)
             .join(Municipality, Municipality.code == School.municipality_code)
             .where(Assignment.deleted_at.is_(None))
             .order_by(Assistant.full_name, Municipality.name, School.name))
    if assistant_id is not None:
        query = query.where(Assignment.assistant_id == assistant_id)
    with db.read() as tx:
        return [AssignedSchool(*row) for row in tx.execute(query).all()]
