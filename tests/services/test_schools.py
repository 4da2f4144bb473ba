"""The school catalogue import: all rows or none, errors by line number."""

import pytest

from ati_desktop.storage import revlog
from ati_desktop.services.schools import CatalogueError, campuses_of, import_catalogue, search_schools

GOOD = """dane_code,name,municipality_code,campus_dane_code,campus_name
241298000123,Institución Educativa Simón Bolívar,41298,24129800012301,Sede Principal
241298000123,Institución Educativa Simón Bolívar,41298,24129800012302,Sede El Recreo
141551000456,Institución Educativa Municipal Nacional,41551,,
"""

BAD = """dane_code,name,municipality_code
241298000123,Institución Educativa Simón Bolívar,41298
12345,Colegio sin código,41298
241396000789,,41396
299999000111,Escuela de otro departamento,99999
"""


def write(tmp_path, text, name="catalogo.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_catalogue_is_imported_with_campuses(db, tmp_path):
    report = import_catalogue(db, write(tmp_path, GOOD))
    assert (report.schools_added, report.schools_updated, report.campuses_added) == (2, 0, 2)
    [school] = search_schools(db, "simón", "41298")
    assert [c.name for c in campuses_of(db, school.id)] == ["Sede El Recreo", "Sede Principal"]
    again = import_catalogue(db, write(tmp_path, GOOD))
    assert (again.schools_added, again.campuses_added) == (0, 0)


def test_bad_catalogue_reports_each_line_and_writes_nothing(db, tmp_path):
    with pytest.raises(CatalogueError) as caught:
        import_catalogue(db, write(tmp_path, BAD))
    problems = caught.value.problems
    assert [p.split(":")[0] for p in problems] == ["Línea 3", "Línea 4", "Línea 5"]
    assert "12 dígitos" in problems[0]
    assert "nombre" in problems[1]
    assert "DIVIPOLA" in problems[2]
    assert "No se importó ningún establecimiento" in caught.value.message
    assert search_schools(db) == []


def test_missing_columns_and_wrong_encoding_are_refused(db, tmp_path):
    with pytest.raises(CatalogueError) as caught:
        import_catalogue(db, write(tmp_path, "codigo,nombre\n1,2\n"))
    assert "faltan las columnas" in caught.value.message
    latin = tmp_path / "latin1.csv"
    latin.write_bytes(GOOD.encode("latin-1"))
    with pytest.raises(CatalogueError) as caught:
        import_catalogue(db, latin)
    assert "UTF-8" in caught.value.message


def test_renamed_school_becomes_a_new_revision_of_the_same_record(db, tmp_path):
    import_catalogue(db, write(tmp_path, GOOD))
    [before] = search_schools(db, "simón")
    renamed = GOOD.replace("Institución Educativa Simón Bolívar", "Institución Educativa Libertador Simón Bolívar")
    report = import_catalogue(db, write(tmp_path, renamed, "nuevo.csv"))
    [after] = search_schools(db, "libertador")
    assert report.schools_updated == 1 and after.id == before.id
    assert after.revision == before.revision + 1 and after.revision_id != before.revision_id
    with db.read() as tx:
        [head] = revlog.heads(tx, "school", [after.id])[after.id]
    assert head.id == after.revision_id and head.parents == (before.revision_id,)
    assert head.body["name"] == "Institución Educativa Libertador Simón Bolívar"
