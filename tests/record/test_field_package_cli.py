"""The two-way exchange from the command line: ati keys new/import, ati field-package, ati merge --db."""

import json

from devices import DANE, meeting, new_device
from sqlalchemy import text

from ati_desktop.services.sessions import save_session
from ati_desktop.services.settings import Profile, save_profile
from ati_desktop.storage.database import Database
from ati_process import run_ati



def ati(*args, **options):
    return run_ati(*args, **{"check": True, **options})


def _scalar(path, sql):
    database = Database.open(path)
    try:
        with database.engine.connect() as c:
            return c.execute(text(sql)).scalar_one()
    finally:
        database.close()


def test_a_field_package_for_a_municipality_reaches_another_assistant(tmp_path):
    ana = new_device(tmp_path, "ana")
    origin = meeting(ana)
    save_session(ana, origin)
    ana.close()
    record = f"sqlite:///{tmp_path / 'departamento.sqlite'}"
    ati("export", "-o", str(tmp_path / "ana-1.ati"), "--db", str(tmp_path / "ana.sqlite"))
    ati("merge", str(tmp_path / "ana-1.ati"), "--into", record)
    made = ati("keys", "new", "--solo-firma", "-o", str(tmp_path / "claves"))
    assert "Huella de firma:" in made.stdout
    written = ati("field-package", "-o", str(tmp_path / "campo.ati"), "--municipio", "Garzón", "--db", record,
                  "--clave-firma", str(tmp_path / "claves" / "secretaria-firma.key"))
    assert "Paquete para el campo nº 1" in written.stdout and "1 sesiones" in written.stdout

    beto = tmp_path / "beto.sqlite"
    refused = ati("merge", str(tmp_path / "campo.ati"), "--db", str(beto), check=False)
    assert refused.returncode == 1 and "no reconoce como de la Secretaría" in refused.stderr
    assert _scalar(beto, "SELECT count(*) FROM session") == 0

    trusted = ati("keys", "import", str(tmp_path / "claves" / "secretaria-firma.pub"))
    assert "Clave de firma de la secretaría aceptada" in trusted.stdout
    merged = json.loads(ati("merge", str(tmp_path / "campo.ati"), "--db", str(beto), "--json").stdout)
    assert merged["refused"] == [] and merged["packages"][0]["new"] > 0
    assert _scalar(beto, "SELECT id FROM session") == origin.id


def test_a_field_package_needs_someone_to_be_for(tmp_path):
    result = ati("field-package", "-o", str(tmp_path / "campo.ati"), "--db", str(tmp_path / "r.sqlite"), check=False)
    assert result.returncode == 2 and "--asistente" in result.stderr
    unknown = ati("field-package", "-o", str(tmp_path / "campo.ati"), "--municipio", "Narnia",
                  "--db", str(tmp_path / "r.sqlite"), check=False)
    assert unknown.returncode == 2 and "no es un municipio del Huila" in unknown.stderr
    assert not (tmp_path / "campo.ati").exists()


def test_schools_assigned_to_an_assistant_travel_in_their_field_package(tmp_path):
    ana = new_device(tmp_path, "ana")
    origin = meeting(ana)
    save_session(ana, origin)
    ana.close()
    beto = Database.open(tmp_path / "beto.sqlite")
    save_profile(beto, Profile(full_name="Beto Ramírez Trujillo", role="Profesional de apoyo"))
    beto.close()
    record = f"sqlite:///{tmp_path / 'departamento.sqlite'}"
    for name in ("ana", "beto"):
        ati("export", "-o", str(tmp_path / f"{name}-1.ati"), "--db", str(tmp_path / f"{name}.sqlite"))
    ati("merge", str(tmp_path / "ana-1.ati"), str(tmp_path / "beto-1.ati"), "--into", record)

    added = ati("assignments", "add", "--asistente", "beto ramirez", "--establecimiento", DANE, "--db", record)
    assert "1 asignaciones nuevas" in added.stdout
    again = ati("assignments", "add", "--asistente", "beto ramirez", "--establecimiento", DANE, "--db", record)
    assert "0 asignaciones nuevas" in again.stdout
    [row] = json.loads(ati("assignments", "list", "--json", "--db", record).stdout)
    assert row["assistant_name"] == "Beto Ramírez Trujillo" and row["dane_code"] == DANE
    unknown = ati("assignments", "add", "--asistente", "Carla", "--establecimiento", DANE, "--db", record,
                  check=False)
    assert unknown.returncode == 1 and "No hay un asistente «Carla»" in unknown.stderr

    ati("keys", "new", "--solo-firma", "-o", str(tmp_path / "claves"))
    ati("keys", "import", str(tmp_path / "claves" / "secretaria-firma.pub"))
    written = ati("field-package", "-o", str(tmp_path / "beto.ati"), "--asistente", "Beto Ramírez Trujillo",
                  "--db", record, "--clave-firma", str(tmp_path / "claves" / "secretaria-firma.key"))
    assert "1 establecimientos, 1 sesiones" in written.stdout
    ati("merge", str(tmp_path / "beto.ati"), "--db", str(tmp_path / "beto.sqlite"))
    assert _scalar(tmp_path / "beto.sqlite", "SELECT id FROM session") == origin.id
    assert _scalar(tmp_path / "beto.sqlite", "SELECT count(*) FROM assignment WHERE deleted_at IS NULL") == 1

    removed = ati("assignments", "remove", "--asistente", "beto", "--establecimiento", DANE, "--db", record)
    assert "1 asignaciones quitadas" in removed.stdout
    assert "No hay establecimientos asignados." in ati("assignments", "list", "--db", record).stdout


def test_an_encrypted_field_package_opens_only_with_the_private_key(tmp_path):
    ana = new_device(tmp_path, "ana")
    save_session(ana, meeting(ana))
    ana.close()
    record = f"sqlite:///{tmp_path / 'departamento.sqlite'}"
    ati("export", "-o", str(tmp_path / "ana-1.ati"), "--db", str(tmp_path / "ana.sqlite"))
    ati("merge", str(tmp_path / "ana-1.ati"), "--into", record)
    ati("keys", "new", "-o", str(tmp_path / "claves"))  # an encryption pair, kept by whoever receives
    ati("keys", "import", str(tmp_path / "claves" / "secretaria-firma.pub"))
    ati("field-package", "-o", str(tmp_path / "campo.ati"), "--municipio", "41298", "--db", record,
        "--clave-firma", str(tmp_path / "claves" / "secretaria-firma.key"),
        "--cifrar-para", str(tmp_path / "claves" / "secretaria.pub"))
    assert b"Perdomo" not in (tmp_path / "campo.ati").read_bytes()
    beto = tmp_path / "beto.sqlite"
    locked = ati("merge", str(tmp_path / "campo.ati"), "--db", str(beto), check=False)
    assert locked.returncode == 1 and "clave privada" in locked.stderr
    ati("merge", str(tmp_path / "campo.ati"), "--db", str(beto), "--clave", str(tmp_path / "claves" / "secretaria.key"))
    assert _scalar(beto, "SELECT count(*) FROM session") == 1
