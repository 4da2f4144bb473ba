"""Assistants' devices for merge tests: real databases written through the services."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from ati_desktop.exchange.incoming import from_database
from ati_desktop.services.inputs import AttendanceInput, CommitmentInput, ParticipantInput, SessionInput
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.storage.database import Database

DANE = "241298000123"
ANSWERS = {
    "tema_comun": "Avance del Plan de Mejoramiento Institucional",
    "agenda": [{"punto_tema": "Revisión del PMI", "punto_responsable": "Rectora"}],
    "discusion": "Se revisaron las metas del componente académico.",
    "conclusiones": "Se acordó ajustar el PMI con el consejo académico.",
}


def new_device(folder: Path, name: str) -> Database:
    """A device's own database with the same coded school as every other device."""
    database = Database.open(Path(folder) / f"{name}.sqlite", device_label=name)
    add_school_in_field(database, "Institución Educativa Simón Bolívar", "41298", DANE)
    return database


def school_id(database: Database) -> str:
    from sqlalchemy import text

    with database.engine.connect() as c:
        return c.execute(text("SELECT id FROM school WHERE dane_code = :d"), {"d": DANE}).scalar_one()


def meeting(database: Database, **overrides) -> SessionInput:
    values = dict(
        level="institucional", municipality_code="41298", school_id=school_id(database),
        session_date=date(2026, 11, 3), start_time=time(8, 0), end_time=time(10, 30),
        channel="in_situ", operations=["capacitacion"], technique="reunion", form_id="reunion",
        form_version=1, answers=dict(ANSWERS),
        objective="Revisar el avance del Plan de Mejoramiento Institucional",
        attendance=[AttendanceInput(ParticipantInput("María Fernanda Perdomo", "Rectora", "1.075.234.567"))],
        commitments=[CommitmentInput("Enviar el PMI ajustado", "María Fernanda Perdomo", "asistido",
                                     date(2026, 11, 30))],
    )
    values.update(overrides)
    return SessionInput(**values)


def package(database: Database, since_seq: int = 0, sequence: int | None = None):
    """What the device would export: its log after ``since_seq``."""
    return from_database(database, since_seq=since_seq, sequence=sequence)


def last_seq(database: Database) -> int:
    from sqlalchemy import text

    with database.engine.connect() as c:
        return c.execute(text("SELECT coalesce(max(seq), 0) FROM revision")).scalar_one()


def write_device_package(database: Database, path: Path, key, since_seq: int = 0, sequence: int = 1,
                         **header_changes):
    """A real signed package of the device's log after ``since_seq``, as the export writes it."""
    from ati_desktop.exchange.package_write import PackageHeader, write_package
    from ati_desktop.storage.migrate import head_revision

    incoming = package(database, since_seq=since_seq, sequence=sequence)
    revisions = {kind: [{"id": r.id, "record_id": r.record_id, "number": r.number, "device_id": r.device_id,
                         "made_at": r.made_at.isoformat(), "deleted": r.deleted, "parents": list(r.parents),
                         "body": r.body} for r in group]
                 for kind, group in incoming.revisions.items()}
    header = dict(device_id=database.device_id, device_label=incoming.source.device_label or "Equipo",
                  assistant_id=None, assistant_name="Ana Lucía Perdomo", sequence=sequence,
                  full=since_seq == 0, deidentified=False, log_range=(since_seq + 1, last_seq(database)),
                  schema_version=head_revision(), app_version="0.1.0")
    header.update(header_changes)
    blobs = [(digest, incoming.read_blob(digest)) for digest in incoming.blob_digests]
    return write_package(path, PackageHeader(**header), revisions, blobs, signing_key=key)
