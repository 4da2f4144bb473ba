"""The ati command speaks Spanish, keeps its English option names, and finds municipalities by name."""

import json

import pytest
from ati_process import run_ati



def ati(*args, **options):
    return run_ati(*args, **{"check": True, "env": {"COLUMNS": "120"}, **options})


def test_help_is_in_spanish():
    for args in ((), ("sessions", "list"), ("acta", "print")):
        text = ati(*args, "--help").stdout
        assert "Muestra esta ayuda y termina." in text and "Show this message" not in text
        assert "Uso:" in text and "Opciones" in text and "Options" not in text


def test_acta_options_are_spanish_with_the_english_names_kept(tmp_path, make_session, db):
    from ati_desktop.services.sessions import save_session

    save_session(db, make_session())
    help_text = ati("acta", "print", "--help").stdout
    for name in ("--establecimiento", "--desde", "--hasta", "--salida", "--school", "--from", "--to", "--output"):
        assert name in help_text
    spanish, english = tmp_path / "es", tmp_path / "en"
    ati("acta", "--establecimiento", "241298000123", "--desde", "2026-01-01", "--hasta", "2026-12-31",
        "--salida", str(spanish), "--db", str(db.path))
    ati("acta", "--school", "241298000123", "--from", "2026-01-01", "--to", "2026-12-31",
        "-o", str(english), "--db", str(db.path))
    assert len(list(spanish.glob("*.pdf"))) == len(list(english.glob("*.pdf"))) == 1


@pytest.mark.parametrize("municipio", ["Garzón", "garzon", "GARZON", "41298"])
def test_sessions_list_takes_the_municipality_by_name_or_code(municipio, make_session, db):
    from ati_desktop.services.sessions import save_session

    saved = save_session(db, make_session())
    listed = json.loads(ati("sessions", "list", "--json", "--municipio", municipio, "--db", str(db.path)).stdout)
    assert [row["id"] for row in listed] == [saved.id]


def test_an_unknown_municipality_is_an_error_not_an_empty_list(db):
    result = ati("sessions", "list", "--municipio", "Macondo", "--db", str(db.path), check=False)
    assert result.returncode == 2 and "Macondo" in result.stderr and "municipio del Huila" in result.stderr
