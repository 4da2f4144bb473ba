"""The report for a person: a real PDF in the controlled-document header."""

import subprocess
from datetime import date

from ati_desktop.services.personal_data import register
from ati_desktop.services.personal_data.report import TITLE, render

from person_samples import NAME


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "informe.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_report_says_what_is_held_why_since_when(db, seeded, tmp_path):
    register.record_authorisation(db, "fotos_menores", date(2026, 11, 3), "Ana Rojas",
                                  participant_id=seeded.participant_id)
    register.record_request(db, "consulta", "SED-0412", date(2026, 11, 25), participant_id=seeded.participant_id)
    pdf = render(db, seeded.participant_id, today=date(2026, 12, 1))
    assert pdf.startswith(b"%PDF")
    text = _text(pdf, tmp_path)
    assert TITLE.upper() in text and "Página 1 de" in text
    assert NAME in text and "1.075.234.567" in text and "gloria@example.org" in text
    assert "Emitido el 01/12/2026" in text
    for heading in ("TITULAR", "QUÉ DATOS SE GUARDAN Y PARA QUÉ", "SESIONES EN QUE PARTICIPÓ",
                    "COMPROMISOS A SU CARGO", "EVIDENCIAS EN QUE PUEDE APARECER", "DESDE CUÁNDO",
                    "DÓNDE SE GUARDAN Y A DÓNDE SE ENVIARON", "AUTORIZACIONES", "SUS SOLICITUDES",
                    "SUS DERECHOS"):
        assert heading in text
    assert "Fotografías que pueden mostrar menores" in text and "Ana Rojas" in text and "SED-0412" in text
    assert "taller.jpg" in text and "03/11/2026" in text and "10/11/2026" in text
    assert "Jorge Cabrera" not in text


def test_report_is_the_same_bytes_for_the_same_day(db, seeded):
    assert render(db, seeded.participant_id, date(2026, 12, 1)) == render(db, seeded.participant_id,
                                                                           date(2026, 12, 1))
