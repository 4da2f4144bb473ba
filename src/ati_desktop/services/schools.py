"""The school catalogue: CSV import from the secretariat, type-ahead, additions in the field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from ati_desktop.domain.errors import ValidationError, error_template
from ati_desktop.domain.ids import campus_id_for, new_id, school_id_for
from ati_desktop.domain.municipalities import by_code, municipalities
from ati_desktop.domain.text import filter_matching
from ati_desktop.services.catalogue_csv import CatalogueError, read_catalogue
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Campus, Participant, School
from ati_desktop.storage.revlog import Change

from . import limits


@dataclass(frozen=True)
class SchoolInfo:
    id: str
    name: str
    municipality_code: str
    dane_code: str | None
    added_in_field: bool
    revision: int
    revision_id: str

    @classmethod
    def of(cls, row) -> SchoolInfo:
        return cls(row["id"], row["name"], row["municipality_code"], row["dane_code"],
                   bool(row["added_in_field"]), row["revision"], row["revision_id"])


@dataclass(frozen=True)
class CampusInfo:
    id: str
    school_id: str
    name: str
    dane_code: str | None


@dataclass(frozen=True)
class ParticipantInfo:
    id: str
    full_name: str
    role: str | None
    id_document: str | None
    email: str | None
    phone: str | None
    school_id: str | None


@dataclass(frozen=True)
class ImportReport:
    schools_added: int
    schools_updated: int
    campuses_added: int


def import_catalogue(db: Database, path: Path) -> ImportReport:
    """Load a CSV catalogue (columns: dane_code, name, municipality_code[, campus_dane_code, campus_name]).

    Schools and campuses take ids derived from their DANE codes (a campus without a code, from
    its school and its name), so every device that imports the same catalogue agrees on them.
    """
    rows = read_catalogue(path)  # checked whole first; iterating reads the rows again
    schools: dict[str, dict] = {}
    campuses: dict[str, dict] = {}
    for row in rows:
        school_id = school_id_for(row.dane_code)
        schools[school_id] = {"dane_code": row.dane_code, "name": row.name,
                              "municipality_code": row.municipality_code}
        if row.campus_name:
            campus_id = campus_id_for(school_id, row.campus_dane_code, row.campus_name)
            campuses[campus_id] = {"school_id": school_id, "dane_code": row.campus_dane_code,
                                   "name": row.campus_name}
    with db.write() as tx:
        known = revlog.current_rows(tx, "school", schools)
        changes = [Change("school", school_id, {"added_in_field": False, **values}
                          if school_id not in known else values)
                   for school_id, values in schools.items()]
        changes += [Change("campus", campus_id, values) for campus_id, values in campuses.items()]
        limits.check(changes)
        written = revlog.write_local(tx, db.device_id, changes, known={"school": known})
    added = sum(1 for w in written if w.record_type == "school" and w.previous is None)
    updated = sum(1 for w in written if w.record_type == "school" and w.previous is not None)
    campuses_added = sum(1 for w in written if w.record_type == "campus" and w.previous is None)
    return ImportReport(added, updated, campuses_added)


def search_schools(db: Database, text: str = "", municipality_code: str | None = None,
                   limit: int = 30) -> list[SchoolInfo]:
    """Type-ahead over the catalogue by name, municipality or DANE code, as people type them.

    Accents and capitals do not matter ("simon" finds "Simón Bolívar"), so the names are
    matched here rather than in SQL; a departmental catalogue is a few thousand short rows.
    """
    table = School.__table__
    query = select(table).where(table.c.deleted_at.is_(None))
    if municipality_code:
        query = query.where(table.c.municipality_code == municipality_code)
    names = {m.code: m.name for m in municipalities()}
    with db.read() as tx:
        rows = list(tx.execute(query.order_by(table.c.name)).mappings())
    found = filter_matching(text, rows, lambda r: (r["name"], r["dane_code"], names.get(r["municipality_code"])))
    return [SchoolInfo.of(row) for row in found[:limit]]


def campuses_of(db: Database, school_id: str) -> list[CampusInfo]:
    table = Campus.__table__
    with db.read() as tx:
        query = select(table).where(table.c.school_id == school_id, table.c.deleted_at.is_(None))
        return [CampusInfo(r["id"], r["school_id"], r["name"], r["dane_code"])
                for r in tx.execute(query.order_by(table.c.name)).mappings()]


class DuplicateSchool(ValidationError):
    """A school added by hand with a DANE code the catalogue already has: ``existing`` is it."""

    def __init__(self, existing: SchoolInfo) -> None:
        super().__init__(error_template(
            "El código DANE {code} ya es del establecimiento «{name}». Elíjalo de la lista en lugar "
            "de agregarlo de nuevo."), code=existing.dane_code, name=existing.name)
        self.existing = existing


def add_school_in_field(db: Database, name: str, municipality_code: str,
                        dane_code: str | None = None) -> SchoolInfo:
    """A school missing from the catalogue, added by the assistant during a visit.

    With a DANE code its id is the one every device derives from that code; a code already
    known is refused with :class:`DuplicateSchool`, which names the school to pick instead.
    """
    if not name.strip():
        raise ValidationError("Indique el nombre del establecimiento educativo.")
    if municipality_code not in by_code():
        raise ValidationError("El municipio «{code}» no es un código DIVIPOLA del Huila.",
                              code=municipality_code)
    dane_code = (dane_code or "").strip() or None
    if dane_code and (not dane_code.isdigit() or len(dane_code) != 12):
        raise ValidationError("El código DANE debe tener 12 dígitos (o déjelo vacío si no lo conoce).")
    values = {"name": name.strip(), "municipality_code": municipality_code, "dane_code": dane_code,
              "added_in_field": True}
    school_id = school_id_for(dane_code) if dane_code else new_id()
    table = School.__table__
    with db.write() as tx:
        if dane_code:
            existing = tx.execute(select(table).where(table.c.dane_code == dane_code, table.c.deleted_at.is_(None))
                                  .order_by(table.c.id != school_id, table.c.created_at)).mappings().first()
            if existing is not None:
                raise DuplicateSchool(SchoolInfo.of(existing))
        change = Change("school", school_id, values)
        limits.check([change])
        revlog.write_local(tx, db.device_id, [change])
        row = tx.execute(select(table).where(table.c.id == school_id)).mappings().one()
    return SchoolInfo.of(row)


def participants_of(db: Database, school_id: str) -> list[ParticipantInfo]:
    """People already known at a school, to pick for the attendance list."""
    table = Participant.__table__
    with db.read() as tx:
        query = select(table).where(table.c.school_id == school_id, table.c.deleted_at.is_(None))
        return [ParticipantInfo(r["id"], r["full_name"], r["role"], r["id_document"], r["email"], r["phone"],
                                r["school_id"])
                for r in tx.execute(query.order_by(table.c.full_name, table.c.id)).mappings()]
