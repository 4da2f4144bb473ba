"""A person seen in several sessions, under two records, with a signature and photos
(the personal-data tests of the services, the command line and the window share it)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from PIL import Image, ImageDraw

from ati_desktop.services.inputs import (
    AttendanceInput,
    CommitmentInput,
    EvidenceInput,
    ParticipantInput,
)
from ati_desktop.services.queries import load_session
from ati_desktop.services.sessions import save_session

NAME = "Gloria Inés Cuéllar Peña"
CEDULA = "1.075.234.567"


def _signature_png() -> bytes:
    """A real PNG of strokes (the acta prints it), unlike any other test's."""
    image = Image.new("L", (300, 90), 255)
    pen = ImageDraw.Draw(image)
    for i in range(12):
        pen.line([(10 + 23 * i, 70 - (i * 37) % 50), (30 + 23 * i, 20 + (i * 53) % 60)], fill=0, width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


SIGNATURE = _signature_png()
PHOTO = b"\xff\xd8\xff\xe0" + b"foto-del-taller-con-gloria-" * 8
OTHER_PHOTO = b"\xff\xd8\xff\xe0" + b"foto-del-tablero-" * 8


@dataclass
class Seeded:
    first_session: str
    second_session: str
    other_session: str
    participant_id: str
    second_record_id: str


@pytest.fixture
def seeded(db, make_session) -> Seeded:
    """Gloria at two sessions (signed once, a second record typed with another spelling),
    responsible for a commitment, named in an interview and a photo caption; Jorge elsewhere."""
    first = save_session(db, make_session(
        attendance=[AttendanceInput(ParticipantInput(NAME, "Docente", CEDULA, "gloria@example.org",
                                                     "3101234567"),
                                    signature_png=SIGNATURE),
                    AttendanceInput(ParticipantInput("Jorge Cabrera", "Coordinador", "12345678"))],
        commitments=[CommitmentInput("Enviar el PMI ajustado", NAME, "asistido", date(2026, 11, 30))],
        evidence=[EvidenceInput("taller.jpg", "image/jpeg", PHOTO, kind="foto",
                                caption=f"{NAME} presenta el PMI", may_show_minors=True,
                                minors_confirmed_at=datetime(2026, 11, 3, 15, tzinfo=UTC)),
                  EvidenceInput("tablero.jpg", "image/jpeg", OTHER_PHOTO, kind="documento",
                                caption="Tablero del aula")],
    ))
    gloria = next(a for a in load_session(db, first.id)["attendance"] if a["full_name"] == NAME)
    second = save_session(db, make_session(
        session_date=date(2026, 11, 10),
        attendance=[AttendanceInput(ParticipantInput("GLORIA INES CUELLAR PEÑA", "Docente", "1075234567"))],
        commitments=[],
    ))
    record2 = load_session(db, second.id)["attendance"][0]["participant_id"]
    other = save_session(db, make_session(
        session_date=date(2026, 11, 12), technique="entrevista",
        attendance=[AttendanceInput(ParticipantInput("Jorge Cabrera", "Coordinador", "12345678"))],
        conclusions="La docente Gloria Inés Cuéllar Peña compartirá su experiencia.",
        commitments=[],
    ))
    return Seeded(first.id, second.id, other.id, gloria["participant_id"], record2)
