"""Coverage: which schools and campuses of the 35 non-certified municipalities were visited.

A visit is a session at the school that matches the report's filters. "Last visit" looks at
every such session up to the end of the period, so a school visited before the period shows
how long it has waited; a school with none at all was never visited.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, case, func, select

from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Campus, Municipality, School, Session

from .filters import ReportFilter, session_conditions


@dataclass(frozen=True)
class SchoolCoverage:
    school_id: str
    dane_code: str | None
    name: str
    municipality_code: str
    municipality: str
    campuses: int
    sessions: int  # in the period
    last_visit: date | None  # up to the end of the period
    days_since_last_visit: int | None  # counted to the end of the period

    @property
    def visited(self) -> bool:
        return self.sessions > 0

    @property
    def never_visited(self) -> bool:
        return self.last_visit is None


@dataclass(frozen=True)
class CampusCoverage:
    campus_id: str
    school_id: str
    school: str
    name: str
    dane_code: str | None
    municipality: str
    sessions: int
    last_visit: date | None


@dataclass(frozen=True)
class MunicipalityCoverage:
    code: str
    name: str
    schools: int
    visited: int
    never_visited: int
    campuses: int
    campuses_visited: int
    sessions: int

    @property
    def not_visited(self) -> int:
        return self.schools - self.visited

    @property
    def rate(self) -> float | None:
        """Share of the schools visited in the period (None without schools)."""
        return self.visited / self.schools if self.schools else None


@dataclass(frozen=True)
class CoverageReport:
    filter: ReportFilter
    municipalities: list[MunicipalityCoverage]  # all 35 (or the one filtered), by name
    schools: list[SchoolCoverage]  # by municipality, then name
    campuses: list[CampusCoverage]

    @property
    def total_schools(self) -> int:
        return len(self.schools)

    @property
    def visited(self) -> int:
        return sum(1 for s in self.schools if s.visited)

    @property
    def never_visited(self) -> int:
        return sum(1 for s in self.schools if s.never_visited)

    @property
    def rate(self) -> float | None:
        return self.visited / self.total_schools if self.schools else None


def coverage(db: Database, flt: ReportFilter) -> CoverageReport:
    in_period = func.sum(case((Session.session_date >= flt.date_from, 1), else_=0), type_=Integer)
    # One pass: visits per school and campus (campus None for a session at the school as a whole).
    visits = (select(Session.school_id, Session.campus_id, in_period, func.max(Session.session_date))
              .where(*session_conditions(flt, period=False), Session.school_id.is_not(None))
              .group_by(Session.school_id, Session.campus_id))
    towns = select(Municipality.code, Municipality.name).where(
        Municipality.certified_in_education.is_(False))
    if flt.municipality_code:
        towns = towns.where(Municipality.code == flt.municipality_code)
    schools = (select(School.id, School.dane_code, School.name, School.municipality_code)
               .join(Municipality, Municipality.code == School.municipality_code)
               .where(School.deleted_at.is_(None), Municipality.certified_in_education.is_(False)))
    if flt.municipality_code:
        schools = schools.where(School.municipality_code == flt.municipality_code)
    if flt.school_id:
        schools = schools.where(School.id == flt.school_id)
    with db.read() as tx:
        names = dict(tx.execute(towns.order_by(Municipality.name)).all())
        school_rows = tx.execute(schools).all()
        school_ids = {row[0] for row in school_rows}
        campus_rows = [row for row in tx.execute(
            select(Campus.id, Campus.school_id, Campus.name, Campus.dane_code)
            .where(Campus.deleted_at.is_(None))).all() if row[1] in school_ids]
        seen: dict[str, tuple[int, date | None]] = {}
        campus_seen: dict[str, tuple[int, date | None]] = {}
        for school_id, campus_id, count, last in tx.execute(visits).all():
            last = _day(last)
            for key, found in ((school_id, seen), (campus_id, campus_seen)):
                if key is None:
                    continue
                before_count, before_last = found.get(key, (0, None))
                found[key] = (before_count + int(count or 0), max(filter(None, (before_last, last)), default=None))

    campus_count: dict[str, int] = defaultdict(int)
    for row in campus_rows:
        campus_count[row[1]] += 1
    school_list = []
    for school_id, dane, name, town in school_rows:
        sessions, last = seen.get(school_id, (0, None))
        school_list.append(SchoolCoverage(school_id, dane, name, town, names.get(town, town),
                                          campus_count[school_id], sessions, last,
                                          (flt.date_to - last).days if last else None))
    school_list.sort(key=lambda s: (s.municipality, s.name, s.school_id))
    school_names = {s.school_id: s for s in school_list}
    campus_list = []
    for campus_id, school_id, name, dane in campus_rows:
        sessions, last = campus_seen.get(campus_id, (0, None))
        school = school_names[school_id]
        campus_list.append(CampusCoverage(campus_id, school_id, school.name, name, dane,
                                          school.municipality, sessions, last))
    campus_list.sort(key=lambda c: (c.municipality, c.school, c.name, c.campus_id))
    return CoverageReport(flt, _by_municipality(names, school_list, campus_list), school_list, campus_list)


def _by_municipality(names: dict[str, str], schools: list[SchoolCoverage],
                     campuses: list[CampusCoverage]) -> list[MunicipalityCoverage]:
    figures: dict[str, list[int]] = {code: [0] * 6 for code in names}
    for school in schools:
        f = figures[school.municipality_code]
        f[0] += 1
        f[1] += school.visited
        f[2] += school.never_visited
        f[5] += school.sessions
    by_school = {s.school_id: s.municipality_code for s in schools}
    for campus in campuses:
        f = figures[by_school[campus.school_id]]
        f[3] += 1
        f[4] += campus.sessions > 0
    return [MunicipalityCoverage(code, names[code], *f) for code, f in figures.items()]


def _day(value) -> date | None:
    """A date from MAX(): SQLite hands back the stored ISO text, PostgreSQL a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
