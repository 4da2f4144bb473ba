"""School catalogues from outside: every case refused by line number, nothing written, bounded memory."""

from __future__ import annotations

import subprocess
import sys
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ati_desktop.services.catalogue_csv import MAX_ROWS, CatalogueError, read_catalogue
from ati_desktop.services.schools import campuses_of, import_catalogue, search_schools

pytestmark = pytest.mark.timeout(120)

HEADER = "dane_code,name,municipality_code,campus_dane_code,campus_name\n"


def write(tmp_path, text, name="catalogo.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def problems(tmp_path, text, **kwargs):
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(write(tmp_path, text, **kwargs))
    return caught.value.message


def test_semicolon_catalogue_of_spanish_excel_is_read(db, tmp_path):
    text = ("\ufeffdane_code;name;municipality_code;campus_dane_code;campus_name\r\n"
            "241298000123;Institución Educativa Simón Bolívar, Garzón;41298;24129800012301;Sede Principal\r\n")
    report = import_catalogue(db, write(tmp_path, text))
    assert (report.schools_added, report.campuses_added) == (1, 1)
    assert search_schools(db, "simón")[0].name == "Institución Educativa Simón Bolívar, Garzón"


def test_a_duplicate_code_is_refused_with_both_lines_and_nothing_written(db, tmp_path):
    text = (HEADER + "241298000123,IE Simón Bolívar,41298,,\n"
            "141551000456,IE Municipal Nacional,41551,,\n"
            "241298000123,IE Simón Bolívar (repetida),41298,,\n")
    with pytest.raises(CatalogueError) as caught:
        import_catalogue(db, write(tmp_path, text))
    assert "Línea 4: el código DANE 241298000123 ya aparece en la línea 2" in caught.value.message
    assert search_schools(db) == []


def test_one_school_with_two_names_is_refused(tmp_path):
    text = (HEADER + "241298000123,IE Simón Bolívar,41298,24129800012301,Sede Principal\n"
            "241298000123,IE Simon Bolivar,41298,24129800012302,Sede El Recreo\n")
    assert "Línea 3: el código DANE 241298000123 aparece en la línea 2 con otro nombre" in problems(tmp_path, text)


def test_unknown_and_extra_columns_are_refused(tmp_path):
    assert "columnas desconocidas telefono" in problems(
        tmp_path, "dane_code,name,municipality_code,telefono\n241298000123,IE,41298,555\n")
    assert "Línea 2: tiene 6 columnas y el encabezado 5" in problems(
        tmp_path, HEADER + "241298000123,IE Simón Bolívar,41298,,,sobra\n")


def test_a_stray_quote_is_a_line_number_not_a_traceback(tmp_path):
    text = HEADER + '241298000123,"IE Simón Bolívar,41298,,\n' + "241298000124,IE Otra,41298,,\n" * 20000
    message = problems(tmp_path, text)
    assert "Línea 2:" in message and ("comillas" in message)


def test_a_very_long_field_is_refused(tmp_path):
    assert "caracteres (máximo" in problems(tmp_path, HEADER + f"241298000123,{'x' * 5000},41298,,\n")


def test_names_that_start_like_a_formula_are_kept_as_typed(db, tmp_path):
    """«-Sede Norte» is a name, not a formula: the exports make it harmless, not the import."""
    text = (HEADER + '241298000123,"=HYPERLINK(""http://x"",""clic"")",41298,24129800012301,-Sede Norte\n'
            "241298000124,@ escuela rural,41298,24129800012401,+57 Sede Vereda\n")
    report = import_catalogue(db, write(tmp_path, text))
    assert (report.schools_added, report.campuses_added) == (2, 2)
    names = {school.dane_code: school.name for school in search_schools(db)}
    assert names == {"241298000123": '=HYPERLINK("http://x","clic")', "241298000124": "@ escuela rural"}
    assert {campus.name for campus in campuses_of(db, search_schools(db, "241298000123")[0].id)} == {"-Sede Norte"}


def test_latin1_file_is_refused_with_advice(tmp_path):
    assert "CSV UTF-8" in problems(tmp_path, HEADER + "241298000123,Institución,41298,,\n", encoding="latin-1")


def test_a_50_mb_catalogue_is_streamed_in_bounded_memory(tmp_path):
    path = tmp_path / "enorme.csv"
    row_size = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEADER)
        number = 0
        while out.tell() < 50 * 1024 * 1024:
            row = f"2412980{number % 100000:05d},Institución Educativa Número {number} {'de la vereda ' * 4},41298,,\n"
            row_size = len(row)
            out.write(row)
            number += 1
    assert number > MAX_ROWS and row_size
    tracemalloc.start()
    try:
        with pytest.raises(CatalogueError, match=f"más de {MAX_ROWS} filas"):
            read_catalogue(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 96 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB for a 50 MB file"


def test_the_import_command_explains_a_bad_file_without_traceback(tmp_path, db):
    path = write(tmp_path, HEADER + "241298000123,IE Simón Bolívar,41298,,\n241298000123,IE Otra,41298,,\n")
    result = subprocess.run([sys.executable, "-c", "from ati_desktop.cli import main; main()",
                             "schools", "import", str(path), "--db", str(tmp_path / "otra.sqlite")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "ya aparece en la línea 2" in result.stderr
    assert "Traceback" not in result.stderr


CELLS = st.lists(st.sampled_from(list('0123456789,;"\n\r =+-@aéñ') + ["\ufeff", "41298", "241298000123"]),
                 max_size=12).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(CELLS, max_size=7), max_size=8), st.sampled_from([",", ";"]))
def test_any_csv_is_read_or_refused_with_line_numbers(tmp_path, rows, delimiter):
    text = delimiter.join(["dane_code", "name", "municipality_code"]) + "\n"
    text += "".join(delimiter.join(row) + "\n" for row in rows)
    path = write(tmp_path, text)
    try:
        catalogue = read_catalogue(path)
    except CatalogueError as error:
        assert error.problems and all(p.startswith(("Línea", "El archivo")) for p in error.problems)
    else:
        assert all(row.dane_code.isdigit() and row.name for row in catalogue)
