"""Saves sessions in a loop until killed; prints each id only after its save returned.

Usage: ``python tests/storage/writer_process.py DB``. Prints ``ready`` once the database is
open, then ``saving <number>`` as each save starts and ``<session id> <number>`` once it
returned. The number N decides how many child
rows the session has (see :func:`expected_children`), so a checker can tell a whole session
from a torn one without asking this process.
"""

from __future__ import annotations

import sys
from datetime import date, time
from pathlib import Path

from ati_desktop.services.inputs import (
    AttendanceInput,
    CommitmentInput,
    EvidenceInput,
    ParticipantInput,
    SessionInput,
)
from ati_desktop.services.queries import count_sessions
from ati_desktop.services.schools import add_school_in_field, search_schools
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database

OBJECTIVE = "Sesión de durabilidad #{number}"
SCHOOL = "Institución Educativa Prueba de Durabilidad"
SAVING = "saving"


def signature_png(number: int, person: int) -> bytes:
    """A real greyscale PNG, different for every signer: each save writes new signature blobs."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("L", (240, 80), 255)
    ImageDraw.Draw(image).line([(10, 70), (10 + number % 200, 10 + person * 7 % 60), (230, 40)],
                               fill=0, width=3)
    image.putpixel((0, 0), number % 256)
    image.putpixel((1, 0), number // 256 % 256)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def expected_children(number: int) -> dict[str, int]:
    """Attendance, commitments and evidence rows of session ``number``."""
    return {"attendance": 1 + number % 4, "commitment": number % 3, "evidence": 1 + number % 2}


def evidence_bytes(number: int, item: int) -> bytes:
    """Distinct content of 4–40 KB, so saves write real pages and blobs are not shared."""
    size = 4096 * (1 + (number + item) % 10)
    return (f"{number}:{item}:".encode() * size)[:size]


def session_input(school_id: str, number: int) -> SessionInput:
    counts = expected_children(number)
    return SessionInput(
        level="institucional", municipality_code="41298", school_id=school_id,
        session_date=date(2026, 11, 3), start_time=time(8, 0), end_time=time(10, 0),
        channel="in_situ", operations=["capacitacion"], technique="reunion", form_id="reunion",
        form_version=1, objective=OBJECTIVE.format(number=number),
        attendance=[AttendanceInput(ParticipantInput(f"Docente {number}-{n}", "Docente"),
                                    signature_png=signature_png(number, n))
                    for n in range(counts["attendance"])],
        commitments=[CommitmentInput(f"Compromiso {number}-{n}", "Rector", "asistido",
                                     date(2026, 12, 1)) for n in range(counts["commitment"])],
        evidence=[EvidenceInput(f"evidencia_{number}_{n}.bin", "application/octet-stream",
                                evidence_bytes(number, n)) for n in range(counts["evidence"])],
    )


def main(path: Path) -> None:
    db = Database.open(path)
    found = search_schools(db, SCHOOL)
    school = found[0] if found else add_school_in_field(db, SCHOOL, "41298", "241298000999")
    # Numbers continue after the sessions already stored, acknowledged or not.
    number = count_sessions(db)
    print("ready", flush=True)
    while True:
        data = session_input(school.id, number)
        print(SAVING, number, flush=True)  # a kill before the next line interrupted this save
        saved = save_session(db, data)
        print(saved.id, number, flush=True)
        number += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
