"""``ati forms publish`` and ``ati forms list --db``, run as real processes against real records."""

import os
import subprocess
import sys

from published_form_samples import write_reunion

from ati_desktop.services.queries import load_session
from ati_desktop.services.schools import add_school_in_field
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database


def ati(*args):
    return subprocess.run([sys.executable, "-c", "from ati_desktop.cli import main; main()", *args],
                          capture_output=True, text=True, env=dict(os.environ), timeout=120)


def listed(record) -> list[list[str]]:
    result = ati("forms", "list", "--db", str(record))
    assert result.returncode == 0, result.stderr
    return [line.split()[:4] for line in result.stdout.splitlines()[1:] if line.startswith("reunion ")]


def test_publish_then_list_shows_the_new_version_beside_the_bundled_one(tmp_path):
    record = tmp_path / "registro.sqlite"
    Database.open(record).close()
    assert listed(record) == [["reunion", "1", "Reunión", "incluido"]]

    published = ati("forms", "publish", str(write_reunion(tmp_path)), "--into", str(record))
    assert published.returncode == 0, published.stderr
    assert "Publicada la versión 2 del formulario «reunion»" in published.stdout
    assert listed(record) == [["reunion", "1", "Reunión", "incluido"], ["reunion", "2", "Reunión", "publicado"]]

    again = ati("forms", "publish", str(write_reunion(tmp_path)), "--into", str(record))
    assert again.returncode == 0 and "ya estaba publicada" in again.stdout


def test_a_refused_publication_says_why_in_spanish(tmp_path):
    record = tmp_path / "registro.sqlite"
    Database.open(record).close()
    old = ati("forms", "publish", str(write_reunion(tmp_path, version=1)), "--into", str(record))
    assert old.returncode == 1
    assert "ya tiene la versión 1" in old.stderr and "Traceback" not in old.stderr
    assert listed(record) == [["reunion", "1", "Reunión", "incluido"]]


def test_the_acta_of_a_session_filled_with_a_published_version_prints(tmp_path, make_session):
    record = tmp_path / "registro.sqlite"
    assert ati("forms", "publish", str(write_reunion(tmp_path)), "--into", str(record)).returncode == 0
    db = Database.open(record)
    try:
        session = make_session(form_version=2, answers={**make_session().answers,
                                                         "acuerdos_previos": "Se revisó el acta de octubre."})
        # The fixture's school is in another database; its DANE code gives it the same id here.
        add_school_in_field(db, "Institución Educativa Simón Bolívar", "41298", "241298000123")
        saved = save_session(db, session)
        assert load_session(db, saved.id)["form_version"] == 2
    finally:
        db.close()
    out = tmp_path / "acta.pdf"
    printed = ati("acta", saved.id, "-o", str(out), "--db", str(record))
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "3.3 Seguimiento" in text and "Se revisó el acta de octubre." in text
    verified = ati("acta", "verify", str(out), "--db", str(record))
    assert verified.returncode == 0, verified.stdout + verified.stderr
