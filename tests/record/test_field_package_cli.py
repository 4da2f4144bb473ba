"""The two-way exchange from the command line: ati keys new/import, ati field-package, ati merge --db."""

import json
import subprocess
import sys

from devices import meeting, new_device
from sqlalchemy import text

from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database


def ati(*args, check=True):
    result = subprocess.run([sys.executable, "-c", "from ati_desktop.cli import main; main()", *args],
                            capture_output=True, text=True, timeout=180)
    if check:
        assert result.returncode == 0, result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    return result


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
