"""``ati keys`` and ``ati inspect`` run as real processes."""

import json
import os
import stat
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))
from package_samples import write_sample  # noqa: E402
from ati_process import run_ati



def ati(*args, **options):
    return run_ati(*args, **{"check": True, **options})


def listing(*folders):
    return sorted(str(path) for folder in folders for path in Path(folder).rglob("*"))


def test_keys_new_import_show(tmp_path):
    made = ati("keys", "new", cwd=tmp_path).stdout
    assert (tmp_path / "secretaria.pub").exists()
    assert stat.S_IMODE((tmp_path / "secretaria.key").stat().st_mode) == 0o600
    fingerprint = made.split("Huella: ")[1].splitlines()[0].strip()
    signing = made.split("Huella de firma: ")[1].strip()
    assert stat.S_IMODE((tmp_path / "secretaria-firma.key").stat().st_mode) == 0o600
    assert "no configurada" in ati("keys", "show", "--db", str(tmp_path / "a.sqlite")).stdout
    imported = ati("keys", "import", str(tmp_path / "secretaria.pub")).stdout
    assert fingerprint in imported and "teléfono" in imported
    shown = ati("keys", "show", "--db", str(tmp_path / "a.sqlite")).stdout
    assert f"Clave de la secretaría: {fingerprint}" in shown and "Clave de firma de este equipo:" in shown
    assert "ninguna" in shown
    trusted = ati("keys", "import", str(tmp_path / "secretaria-firma.pub")).stdout
    assert signing in trusted and "aceptada" in trusted
    assert signing in ati("keys", "show", "--db", str(tmp_path / "a.sqlite")).stdout
    again = ati("keys", "new", cwd=tmp_path, check=False)
    assert again.returncode == 1 and "Ya existe" in again.stderr and "Traceback" not in again.stderr
    private = ati("keys", "import", str(tmp_path / "secretaria.key"), check=False)
    assert private.returncode == 1 and "PRIVADA" in private.stderr


def test_inspect_shows_the_manifest_and_counts(tmp_path):
    path = write_sample(tmp_path / "campo.ati", Ed25519PrivateKey.generate()).path
    before = listing(tmp_path, os.environ["ATI_DATA_DIR"])
    text = ati("inspect", str(path), cwd=tmp_path).stdout
    assert "verificado" in text and "Ana Lucía Perdomo" in text and "participantes: 1 (1 revisiones)" in text
    summary = json.loads(ati("inspect", str(path), "--json", cwd=tmp_path).stdout)
    assert summary["verified"] and summary["revisions"] == {"participant": 1, "session": 1, "attendance": 1}
    assert summary["blobs"] == 1 and summary["sequence"] == 1
    assert listing(tmp_path, os.environ["ATI_DATA_DIR"]) == before


def test_inspect_an_encrypted_package(tmp_path):
    ati("keys", "new", "-o", str(tmp_path / "sec"))
    from ati_desktop.exchange.keys import read_secretariat_public

    recipient = read_secretariat_public(tmp_path / "sec" / "secretaria.pub")
    path = write_sample(tmp_path / "cifrado.ati", Ed25519PrivateKey.generate(), encrypt_to=recipient).path
    outside = ati("inspect", str(path)).stdout
    assert "cifrado para la clave" in outside and "--key" in outside
    inside = json.loads(ati("inspect", str(path), "--json", "--key", str(tmp_path / "sec" / "secretaria.key")).stdout)
    assert inside["verified"] and inside["encrypted"] and inside["revisions"]["participant"] == 1


def test_inspect_refuses_a_damaged_file_without_a_traceback(tmp_path):
    path = tmp_path / "roto.ati"
    path.write_bytes(b"PK\x03\x04 no es un zip")
    before = listing(tmp_path, os.environ["ATI_DATA_DIR"])
    result = ati("inspect", str(path), cwd=tmp_path, check=False)
    assert result.returncode == 1 and "no es un archivo ZIP completo" in result.stderr
    assert "Traceback" not in result.stderr
    assert listing(tmp_path, os.environ["ATI_DATA_DIR"]) == before


def _field_database(path):
    from datetime import date

    from ati_desktop.services.inputs import AttendanceInput, ParticipantInput, SessionInput
    from ati_desktop.services.schools import add_school_in_field
    from ati_desktop.services.sessions import save_session
    from ati_desktop.storage.database import Database

    db = Database.open(path)
    try:
        school = add_school_in_field(db, "Institución Educativa La Merced", "41298", "241298000555")
        save_session(db, SessionInput(
            level="institucional", municipality_code="41298", school_id=school.id, session_date=date(2026, 11, 3),
            channel="in_situ", operations=["capacitacion"], technique="taller", form_id="taller", form_version=1,
            answers={"tema": "Evaluación", "necesidades": "Unificar criterios.", "metodos": ["plenaria"],
                     "alternativas": [{"alternativa_inquietud": "A", "alternativa_solucion": "B"}],
                     "productos": "SIEE"},
            objective="Ajustar el SIEE", attendance=[AttendanceInput(ParticipantInput("Rosalba Quintero", "Docente"))]))
    finally:
        db.close()


def test_export_then_inspect(tmp_path):
    database = tmp_path / "campo.sqlite"
    _field_database(database)
    ati("keys", "new", "-o", str(tmp_path / "sec"))
    out = ati("export", "-o", str(tmp_path / "usb" / "entrega"), "--encrypt-to", str(tmp_path / "sec" / "secretaria.pub"),
              "--db", str(database), check=False)
    assert out.returncode == 1 and "no existe" in out.stderr  # the stick's folder is not there
    (tmp_path / "usb").mkdir()
    out = ati("export", "-o", str(tmp_path / "usb" / "entrega"), "--encrypt-to", str(tmp_path / "sec" / "secretaria.pub"),
              "--db", str(database)).stdout
    assert "Paquete nº 1 escrito y verificado" in out and "1 sesiones" in out and "Puede retirar la memoria" in out
    summary = json.loads(ati("inspect", str(tmp_path / "usb" / "entrega.ati"), "--json",
                             "--key", str(tmp_path / "sec" / "secretaria.key")).stdout)
    assert summary["encrypted"] and summary["sequence"] == 1 and summary["records"]["session"] == 1
    again = ati("export", "-o", str(tmp_path / "usb" / "otra.ati"), "--db", str(database), check=False)
    assert again.returncode == 1 and "No hay cambios" in again.stderr and "Traceback" not in again.stderr
    full = ati("export", "-o", str(tmp_path / "usb" / "todo.ati"), "--all", "--db", str(database))
    assert "Paquete nº 2" in full.stdout and "NO va cifrado" in full.stderr
