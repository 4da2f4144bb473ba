"""A small departmental record whose figures the report tests work out on their own.

``VISITS`` says, in plain data, every session of the record; :func:`build` stores it through
the services. Tests compute what each report must say from ``VISITS`` with plain Python and
compare with what the SQL of the reports says.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

import pytest

PERIOD = (date(2026, 10, 1), date(2026, 11, 30))

CATALOGUE = """dane_code,name,municipality_code,campus_dane_code,campus_name
241298000001,IE Simón Bolívar,41298,24129800000101,Sede Principal
241298000001,IE Simón Bolívar,41298,24129800000102,Sede El Recreo
241298000002,IE La Jagua,41298,,
241396000003,IE San Andrés,41396,24139600000301,Sede Principal
241016000004,IE Los Andes,41016,,
241001000005,IE Neiva Centro,41001,,
"""
ASSISTANTS = {"ana": "Ana Lucía Ruiz", "beto": "Beto Díaz Cabrera"}


@dataclass(frozen=True)
class Promise:
    key: str
    side: str
    due: date | None
    carried_from: str | None = None


@dataclass(frozen=True)
class Visit:
    key: str
    day: date
    municipality: str
    assistant: str
    operations: tuple[str, ...]
    technique: str
    school: str | None = None  # DANE code
    campus: str | None = None  # campus DANE code
    start: time | None = None
    end: time | None = None
    channel: str = "in_situ"
    level: str = "institucional"
    commitments: tuple[Promise, ...] = ()
    verifications: tuple[tuple[str, str], ...] = ()  # (commitment key, result)
    indicators: tuple[tuple[str, str | None, float | None, float | None], ...] = ()
    deleted: bool = False

    @property
    def minutes(self) -> int:
        if not self.start or not self.end:
            return 0
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


VISITS: tuple[Visit, ...] = (
    Visit("s1", date(2026, 9, 15), "41298", "ana", ("capacitacion",), "reunion", "241298000001",
          start=time(8), end=time(10), commitments=(Promise("k0", "asistido", date(2026, 10, 15)),)),
    Visit("s2", date(2026, 10, 5), "41298", "ana", ("capacitacion",), "reunion", "241298000001",
          "24129800000101", time(8), time(10, 30),
          commitments=(Promise("k1", "asistido", date(2026, 10, 30)),
                       Promise("k2", "asistente", date(2026, 12, 15)))),
    Visit("s3", date(2026, 10, 20), "41298", "beto", ("monitoreo", "seguimiento"), "observacion",
          "241298000002", start=time(14), end=time(15, 15),
          commitments=(Promise("k3", "asistido", date(2026, 11, 10)),),
          indicators=(("Docentes con planeación", "%", 80.0, 60.0), ("Asistencia", "%", 90.0, 95.0))),
    Visit("s4", date(2026, 11, 3), "41298", "ana", ("verificacion_compartida",), "reunion", "241298000001",
          start=time(9), end=time(11), verifications=(("k1", "parcial"), ("k0", "cumplido")),
          commitments=(Promise("k4", "asistido", date(2026, 11, 20), carried_from="k1"),)),
    Visit("s5", date(2026, 11, 10), "41396", "beto", ("asesoria",), "entrevista", "241396000003",
          "24139600000301", channel="conexion_remota",
          commitments=(Promise("k5", "asistente", date(2026, 11, 25)),)),
    Visit("s6", date(2026, 11, 18), "41298", "beto", ("seguimiento",), "reunion", "241298000002",
          start=time(10), end=time(11), verifications=(("k3", "no_cumplido"),),
          indicators=(("Docentes con planeación", "%", 80.0, 85.0),)),
    Visit("s7", date(2026, 11, 25), "41396", "beto", ("capacitacion",), "taller", "241396000003",
          start=time(8), end=time(9), commitments=(Promise("k6", "asistido", date(2026, 11, 26)),),
          deleted=True),
    Visit("s8", date(2026, 12, 2), "41016", "ana", ("seguimiento",), "reunion", "241016000004",
          start=time(8), end=time(9), verifications=(("k5", "cumplido"),)),
    Visit("s9", date(2026, 10, 12), "41001", "ana", ("difusion",), "taller", start=time(8),
          end=time(12), level="municipal"),
)


@dataclass
class Built:
    """Ids the services gave to the record's people, places, sessions and commitments."""

    assistants: dict[str, str] = field(default_factory=dict)
    schools: dict[str, str] = field(default_factory=dict)  # DANE code -> id
    campuses: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, str] = field(default_factory=dict)
    commitments: dict[str, str] = field(default_factory=dict)


def build(db, tmp_path) -> Built:
    from sqlmodel import select

    from ati_desktop.services.inputs import (
        CommitmentInput,
        IndicatorInput,
        SessionInput,
        VerificationInput,
    )
    from ati_desktop.services.schools import import_catalogue
    from ati_desktop.services.sessions import delete_session, save_session
    from ati_desktop.storage.models import Assistant, Campus, School

    built = Built()
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_text(CATALOGUE, encoding="utf-8")
    import_catalogue(db, catalogue)
    now = datetime.now(UTC)
    with db.write() as tx:
        for key, name in ASSISTANTS.items():
            row = Assistant(device_id=db.device_id, full_name=name, created_at=now, updated_at=now)
            tx.add(row)
            built.assistants[key] = row.id
    with db.read() as tx:
        built.schools = {s.dane_code: s.id for s in tx.exec(select(School))}
        built.campuses = {c.dane_code: c.id for c in tx.exec(select(Campus))}
    for visit in VISITS:
        data = SessionInput(
            level=visit.level, municipality_code=visit.municipality, session_date=visit.day,
            channel=visit.channel, operations=list(visit.operations), technique=visit.technique,
            form_id=visit.technique, form_version=1, answers={},  # open sessions: the form may wait
            school_id=built.schools[visit.school] if visit.school else None,
            campus_id=built.campuses[visit.campus] if visit.campus else None,
            start_time=visit.start, end_time=visit.end, objective=f"Objetivo de {visit.key}",
            assistant_id=built.assistants[visit.assistant],
            commitments=[CommitmentInput(f"Compromiso {p.key}", "Responsable", p.side, p.due,
                                         carried_from_id=built.commitments.get(p.carried_from),
                                         id=str(uuid.uuid4()))
                         for p in visit.commitments],
            verifications=[VerificationInput(built.commitments[key], result)
                           for key, result in visit.verifications],
            indicators=[IndicatorInput(name, value, target, unit) for name, unit, target, value in visit.indicators],
        )
        saved = save_session(db, data)
        built.sessions[visit.key] = saved.id
        for promise, stored in zip(visit.commitments, data.commitments):
            built.commitments[promise.key] = stored.id
        if visit.deleted:
            delete_session(db, saved.id)
    return built


@pytest.fixture
def record(db, tmp_path):
    """The database holding the known record, and the ids it was given."""
    return db, build(db, tmp_path)


@pytest.fixture
def period():
    from ati_desktop.services.reports.filters import ReportFilter

    return ReportFilter(*PERIOD)
