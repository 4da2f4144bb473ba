"""The school catalogue: CSV import from the secretariat, type-ahead, additions in the field."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, or_
from sqlmodel import select

from ati_desktop.domain.errors import ValidationError
from ati_desktop.domain.municipalities import by_code
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Campus, Participant, School

REQUIRED_COLUMNS = ("dane_code", "name", "municipality_code")
OPTIONAL_COLUMNS = ("campus_dane_code", "campus_name")


class CatalogueError(ValidationError):
    """A school catalogue with bad rows; lists them all by line number."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            "No se importó ningún establecimiento: el archivo tiene errores.\n" + "\n".join(problems)
        )
        self.problems = problems


@dataclass(frozen=True)
class CatalogueRow:
    line: int
    dane_code: str
    name: str
    municipality_code: str
    campus_dane_code: str | None
    campus_name: str | None


@dataclass(frozen=True)
class ImportReport:
    schools_added: int
    schools_updated: int
    campuses_added: int


def parse_catalogue(content: str) -> list[CatalogueRow]:
    """Every row checked; any problem refuses the whole file (:class:`CatalogueError`)."""
    reader = csv.DictReader(io.StringIO(content.lstrip("\ufeff")))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise CatalogueError([f"Línea 1: faltan las columnas {', '.join(missing)}."])
    municipalities = by_code()
    rows, problems = [], []
    for line, record in enumerate(reader, start=2):
        values = {k: (record.get(k) or "").strip() for k in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}
        errors = []
        if not values["dane_code"].isdigit() or len(values["dane_code"]) != 12:
            errors.append(f"el código DANE «{values['dane_code']}» debe tener 12 dígitos")
        if not values["name"]:
            errors.append("falta el nombre del establecimiento")
        if values["municipality_code"] not in municipalities:
            errors.append(f"el municipio «{values['municipality_code']}» no es un código DIVIPOLA del Huila")
        elif values["dane_code"].isdigit() and values["dane_code"][1:6] != values["municipality_code"]:
            # DANE school codes are zone digit + DIVIPOLA municipality code + school number.
            errors.append("el código DANE no corresponde al municipio indicado")
        if values["campus_dane_code"] and not values["campus_name"]:
            errors.append("la sede tiene código pero no nombre")
        if errors:
            problems.append(f"Línea {line}: " + "; ".join(errors) + ".")
            continue
        rows.append(CatalogueRow(line, values["dane_code"], values["name"], values["municipality_code"],
                                 values["campus_dane_code"] or None, values["campus_name"] or None))
    if problems:
        raise CatalogueError(problems)
    if not rows:
        raise CatalogueError(["El archivo no tiene filas de establecimientos."])
    return rows


def import_catalogue(db: Database, path: Path) -> ImportReport:
    """Load a CSV catalogue (columns: dane_code, name, municipality_code[, campus_dane_code, campus_name])."""
    try:
        content = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CatalogueError(["El archivo no está en UTF-8: guárdelo como «CSV UTF-8»."]) from None
    rows = parse_catalogue(content)
    added = updated = campuses = 0
    now = datetime.now(UTC)
    with db.write() as tx:
        schools = {s.dane_code: s for s in tx.exec(select(School).where(School.dane_code.is_not(None)))}
        for row in rows:
            school = schools.get(row.dane_code)
            if school is None:
                school = School(device_id=db.device_id, dane_code=row.dane_code, name=row.name,
                                municipality_code=row.municipality_code, created_at=now, updated_at=now)
                tx.add(school)
                schools[row.dane_code] = school
                added += 1
            elif (school.name, school.municipality_code) != (row.name, row.municipality_code):
                school.name, school.municipality_code = row.name, row.municipality_code
                school.new_revision(now)
                updated += 1
            if row.campus_name and _add_campus(tx, db.device_id, school, row, now):
                campuses += 1
    return ImportReport(added, updated, campuses)


def _add_campus(tx, device_id: str, school: School, row: CatalogueRow, now) -> bool:
    tx.flush()
    query = select(Campus).where(Campus.school_id == school.id, Campus.name == row.campus_name)
    if tx.exec(query).first() is not None:
        return False
    tx.add(Campus(device_id=device_id, school_id=school.id, dane_code=row.campus_dane_code,
                  name=row.campus_name, created_at=now, updated_at=now))
    return True


def search_schools(db: Database, text: str = "", municipality_code: str | None = None,
                   limit: int = 30) -> list[School]:
    """Type-ahead over the catalogue by name or DANE code."""
    query = select(School).where(School.deleted_at.is_(None))
    if municipality_code:
        query = query.where(School.municipality_code == municipality_code)
    if text.strip():
        pattern = f"%{text.strip().lower()}%"
        query = query.where(or_(func.lower(School.name).like(pattern), School.dane_code.like(pattern)))
    with db.read() as tx:
        return list(tx.exec(query.order_by(School.name).limit(limit)))


def campuses_of(db: Database, school_id: str) -> list[Campus]:
    with db.read() as tx:
        query = select(Campus).where(Campus.school_id == school_id, Campus.deleted_at.is_(None))
        return list(tx.exec(query.order_by(Campus.name)))


def add_school_in_field(db: Database, name: str, municipality_code: str,
                        dane_code: str | None = None) -> School:
    """A school missing from the catalogue, added by the assistant during a visit."""
    if not name.strip():
        raise ValidationError("Indique el nombre del establecimiento educativo.")
    if municipality_code not in by_code():
        raise ValidationError("El municipio «{code}» no es un código DIVIPOLA del Huila.",
                              code=municipality_code)
    if dane_code and (not dane_code.isdigit() or len(dane_code) != 12):
        raise ValidationError("El código DANE debe tener 12 dígitos (o déjelo vacío si no lo conoce).")
    now = datetime.now(UTC)
    with db.write() as tx:
        school = School(device_id=db.device_id, name=name.strip(), municipality_code=municipality_code,
                        dane_code=dane_code or None, added_in_field=True, created_at=now, updated_at=now)
        tx.add(school)
    return school


def participants_of(db: Database, school_id: str) -> list[Participant]:
    """People already known at a school, to pick for the attendance list."""
    with db.read() as tx:
        query = select(Participant).where(Participant.school_id == school_id,
                                          Participant.deleted_at.is_(None))
        return list(tx.exec(query.order_by(Participant.full_name)))
