"""The ati command run as a real process against temporary databases."""

import json
import os
import subprocess
import sys

import pytest

from ati_desktop import __version__
from ati_desktop.storage.migrate import head_revision


def ati(*args, env_db=None, check=True):
    env = dict(os.environ)
    if env_db:
        env["ATI_DB"] = str(env_db)
    result = subprocess.run([sys.executable, "-c", "from ati_desktop.cli import main; main()", *args],
                            capture_output=True, text=True, env=env, timeout=120)
    if check and result.returncode != 0:
        pytest.fail(f"ati {' '.join(args)} failed: {result.stderr}")
    return result


def test_version():
    assert ati("--version").stdout.strip() == f"ati-desktop {__version__}"


def test_init_check_and_list(tmp_path):
    path = tmp_path / "cli.sqlite"
    assert "Base de datos lista" in ati("db", "init", "--db", str(path)).stdout
    checked = ati("db", "check", "--db", str(path)).stdout
    assert "Integridad: correcta" in checked and f"Esquema: {head_revision()}" in checked
    assert json.loads(ati("sessions", "list", "--json", "--db", str(path)).stdout) == []


def test_ati_db_variable_selects_the_database(tmp_path):
    path = tmp_path / "desde-variable.sqlite"
    ati("db", "init", env_db=path)
    assert path.exists()


def test_schools_import_reports_bad_lines_in_spanish(tmp_path):
    csv = tmp_path / "malo.csv"
    csv.write_text("dane_code,name,municipality_code\n1,Colegio,41298\n", encoding="utf-8")
    result = ati("schools", "import", str(csv), "--db", str(tmp_path / "x.sqlite"), check=False)
    assert result.returncode == 1
    assert "Línea 2" in result.stderr and "Traceback" not in result.stderr


def test_newer_database_is_refused_with_a_message(tmp_path):
    import sqlite3

    path = tmp_path / "futura.sqlite"
    ati("db", "init", "--db", str(path))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    connection.close()
    result = ati("db", "check", "--db", str(path), check=False)
    assert result.returncode == 1
    assert "versión más nueva" in result.stderr and "Traceback" not in result.stderr


def test_backup_copies_a_live_database(tmp_path):
    path, copy = tmp_path / "viva.sqlite", tmp_path / "copia.sqlite"
    ati("db", "init", "--db", str(path))
    ati("db", "backup", str(copy), "--db", str(path))
    assert "Integridad: correcta" in ati("db", "check", "--db", str(copy)).stdout


def test_acta_print_and_verify(tmp_path, make_session, db):
    from ati_desktop.services.sessions import save_session

    saved = save_session(db, make_session())
    path = str(db.path)
    pdf = tmp_path / "acta.pdf"
    ati("acta", saved.id, "-o", str(pdf), "--db", path)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "coincide con el registro" in ati("acta", "verify", str(pdf), "--db", path).stdout
    pdf.write_bytes(pdf.read_bytes().replace(b"/Producer", b"/Producor", 1))
    refused = ati("acta", "verify", str(pdf), "--db", path, check=False)
    assert refused.returncode == 1 and "modificado" in refused.stdout

    folder = tmp_path / "lote"
    ati("acta", "--school", "241298000123", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(folder), "--db", path)
    assert len(list(folder.glob("*.pdf"))) == 1
    not_pdf = tmp_path / "nota.txt"
    not_pdf.write_text("hola")
    result = ati("acta", "verify", str(not_pdf), "--db", path, check=False)
    assert result.returncode == 1 and "no es un PDF" in result.stderr


def test_malformed_dates_are_refused_with_the_expected_form(tmp_path):
    path = str(tmp_path / "fechas.sqlite")
    for args in (("sessions", "list", "--desde", "3/11/2026"), ("acta", "--school", "1", "--from", "ayer", "-o", "x")):
        result = ati(*args, "--db", path, check=False)
        assert result.returncode == 2 and "AAAA-MM-DD" in result.stderr
