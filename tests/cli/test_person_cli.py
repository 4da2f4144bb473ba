"""``ati person`` run as a real process."""

import json

from test_cli import ati

from ati_desktop.services.inputs import AttendanceInput, ParticipantInput
from ati_desktop.services.sessions import save_session


def test_find_and_report_a_person(db, make_session, tmp_path):
    save_session(db, make_session(attendance=[
        AttendanceInput(ParticipantInput("Óscar Iván Muñoz", "Docente", "7.654.321"))]))
    db.close()
    path = str(db.path)
    shown = ati("person", "find", "oscar ivan munoz", "--db", path).stdout
    assert "Coincide por nombre: Óscar Iván Muñoz" in shown and "sesiones 1" in shown
    found = json.loads(ati("person", "find", "7654321", "--json", "--db", path).stdout)
    assert [p["by"] for p in found] == ["cedula"] and found[0]["exact"]
    person_id = found[0]["holdings"]["records"][0]["id"]
    pdf = tmp_path / "informe.pdf"
    assert "Informe guardado" in ati("person", "report", person_id, "-o", str(pdf), "--db", path).stdout
    assert pdf.read_bytes().startswith(b"%PDF")


def test_unknown_person_is_a_clear_message(db, tmp_path):
    db.close()
    missing = ati("person", "report", "no-existe", "-o", str(tmp_path / "x.pdf"), "--db", str(db.path),
                  check=False)
    assert missing.returncode == 1 and "No hay ninguna persona" in missing.stderr
    assert "Traceback" not in missing.stderr
    nobody = ati("person", "find", "Nadie Así", "--db", str(db.path), check=False)
    assert nobody.returncode == 1 and "Nadie coincide" in nobody.stdout


def test_requests_are_registered_and_an_erasure_answers_one(db, make_session, tmp_path):
    save_session(db, make_session(attendance=[
        AttendanceInput(ParticipantInput("Óscar Iván Muñoz", "Docente", "7.654.321"))]))
    db.close()
    path = str(db.path)
    added = ati("person", "requests", "add", "supresion", "SUP-77", "--received", "2026-11-06", "--db", path)
    assert "responder a más tardar el 30/11/2026" in added.stdout
    person_id = json.loads(ati("person", "find", "7654321", "--json", "--db", path).stdout)[0][
        "holdings"]["records"][0]["id"]
    erased = ati("person", "erase", person_id, "--request", "SUP-77", "--yes", "--db", path)
    assert "Datos suprimidos (solicitud SUP-77)" in erased.stdout
    assert b"7654321" not in open(path, "rb").read()
    [request] = json.loads(ati("person", "requests", "list", "--json", "--db", path).stdout)
    assert (request["reference"], request["state"]) == ("SUP-77", "respondida")
    refused = ati("person", "requests", "add", "queja", "X-1", "--db", path, check=False)
    assert refused.returncode == 1 and "Tipo de solicitud desconocido" in refused.stderr
