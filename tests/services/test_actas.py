"""Actas of recorded sessions: printed from the record, and checked against it."""

import subprocess
from datetime import date

import pytest

from ati_desktop.domain.reference import Technique
from ati_desktop.formspec import load_registry
from ati_desktop.services import actas
from ati_desktop.services.inputs import CommitmentInput, VerificationInput
from ati_desktop.services.queries import load_session
from ati_desktop.services.sessions import save_session

FORMS = load_registry()


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "acta.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("technique", [t.value for t in Technique])
def test_acta_of_each_technique_prints_the_record(db, make_session, tmp_path, technique):
    link = None
    if technique == "dialogo_reflexivo":
        link = save_session(db, make_session(technique="observacion")).id
    saved = save_session(db, make_session(technique=technique, observation_session_id=link))

    text = pdf_text(actas.render_session(db, FORMS, saved.id), tmp_path)

    assert "Institución Educativa Simón Bolívar" in text
    assert "Garzón" in text and "03/11/2026" in text
    assert Technique(technique).label in text
    assert "Enviar el PMI ajustado" in text and "María Fernanda Perdomo" in text
    assert saved.id in text.replace("\n", "")


def test_vc_acta_lists_the_verified_commitments(db, make_session, tmp_path):
    origin = save_session(db, make_session())
    commitment = load_session(db, origin.id)["commitments"][0]
    vc = save_session(db, make_session(
        operations=["verificacion_compartida"], session_date=date(2026, 12, 2),
        verifications=[VerificationInput(commitment["id"], "parcial", "Falta la firma del consejo")],
        commitments=[]))
    text = pdf_text(actas.render_session(db, FORMS, vc.id), tmp_path)
    assert "Parcialmente cumplido" in text and "Falta la firma del consejo" in text


def test_same_record_same_bytes_and_the_pdf_verifies(db, make_session):
    saved = save_session(db, make_session())
    first = actas.render_session(db, FORMS, saved.id)
    assert actas.render_session(db, FORMS, saved.id) == first
    verdict = actas.verify_pdf(db, FORMS, first)
    assert verdict.matches and verdict.revision == 1


def test_acta_of_a_superseded_revision_is_refused(db, make_session):
    data = make_session()
    saved = save_session(db, data, close=True)
    old_pdf = actas.render_session(db, FORMS, saved.id)
    data.id = saved.id
    data.commitments.append(CommitmentInput("Socializar el SIEE", "Coordinador", "asistido"))
    save_session(db, data, correction_reason="Faltaba un compromiso")

    verdict = actas.verify_pdf(db, FORMS, old_pdf)

    assert not verdict.matches and verdict.revision == 1
    assert "reemplazada por la revisión 2" in verdict.message and "Faltaba un compromiso" in verdict.message
    assert actas.verify_pdf(db, FORMS, actas.render_session(db, FORMS, saved.id)).matches


def test_modified_pdf_is_refused(db, make_session):
    saved = save_session(db, make_session())
    pdf = actas.render_session(db, FORMS, saved.id)
    tampered = pdf.replace(b"/Producer", b"/Producor", 1)
    assert tampered != pdf
    verdict = actas.verify_pdf(db, FORMS, tampered)
    assert not verdict.matches and "modificado" in verdict.message


def test_batch_selects_a_school_and_period(db, make_session, school):
    for day in (1, 15, 28):
        save_session(db, make_session(session_date=date(2026, 10, day)))
    ids = actas.sessions_for_batch(db, school.dane_code, date(2026, 10, 10), date(2026, 10, 31))
    assert len(ids) == 2
    progress = []
    [merged] = actas.render_batch(db, FORMS, ids, merge_into_one=True, progress=lambda d, t: progress.append((d, t)))
    assert merged.startswith(b"%PDF") and progress[-1] == (2, 2)


def test_signature_time_prints_in_colombian_time(db, make_session, tmp_path):
    from datetime import UTC, datetime

    from ati_desktop.services.inputs import AttendanceInput, ParticipantInput

    signer = AttendanceInput(ParticipantInput("Rosa Elvira Cuéllar", "Docente"),
                             signature_png=_png(), signed_at=datetime(2026, 11, 3, 18, 30, tzinfo=UTC))
    saved = save_session(db, make_session(attendance=[signer]))
    text = pdf_text(actas.render_session(db, FORMS, saved.id), tmp_path)
    assert "03/11/2026 13:30" in text and "18:30" not in text


def _png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("L", (300, 100), 255)
    ImageDraw.Draw(image).line([(10, 80), (150, 20), (290, 70)], fill=0, width=4)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
