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


def test_two_devices_importing_the_same_catalogue_agree_on_every_id(db, tmp_path):
    from ati_desktop.storage.database import Database

    other = Database.open(tmp_path / "otro.sqlite")
    try:
        for database in (db, other):
            import_catalogue(database, write(tmp_path, GOOD))
        ids = [sorted((s.id, s.dane_code) for s in search_schools(d)) for d in (db, other)]
        assert ids[0] == ids[1] and db.device_id != other.device_id
        campuses = [sorted(c.id for s in search_schools(d) for c in campuses_of(d, s.id)) for d in (db, other)]
        assert campuses[0] == campuses[1] and len(campuses[0]) == 2
    finally:
        other.close()


def test_a_hand_added_school_with_a_known_dane_code_is_refused_naming_the_existing_one(db, tmp_path):
    from ati_desktop.services.schools import DuplicateSchool, add_school_in_field

    import_catalogue(db, write(tmp_path, GOOD))
    with pytest.raises(DuplicateSchool) as refused:
        add_school_in_field(db, "IE Simón Bolívar", "41298", "241298000123")
    assert refused.value.existing.name == "Institución Educativa Simón Bolívar"
    assert "Elíjalo de la lista" in refused.value.message
    assert len(search_schools(db, "bolívar")) == 1


def test_a_school_added_in_the_field_with_its_code_is_the_catalogues_school(db, tmp_path):
    from ati_desktop.domain.ids import school_id_for
    from ati_desktop.services.schools import add_school_in_field

    added = add_school_in_field(db, "Institución Educativa Simón Bolívar", "41298", "241298000123")
    assert added.id == school_id_for("241298000123")
    report = import_catalogue(db, write(tmp_path, GOOD))
    assert report.schools_added == 1 and [s.id for s in search_schools(db, "simón")] == [added.id]


def test_two_devices_joining_the_same_two_schools_make_the_same_link(db, tmp_path):
    import shutil

    from ati_desktop.services import same_as
    from ati_desktop.services.schools import add_school_in_field
    from ati_desktop.storage.database import Database

    loose = add_school_in_field(db, "Escuela Rural La Cabaña", "41298")
    coded = add_school_in_field(db, "Centro Educativo La Cabaña", "41298", "241298000777")
    db.close()
    shutil.copyfile(db.path, tmp_path / "otro.sqlite")
    first, other = Database.open(db.path), Database.open(tmp_path / "otro.sqlite")
    try:
        other.continue_as_new_device()
        links = [same_as.link(d, "school", loose.id, coded.id) for d in (first, other)]
        assert links[0] == links[1]
        assert same_as.link(first, "school", loose.id, coded.id) == links[0]
        with first.read() as tx:
            assert len(revlog.history(tx, "same_as", links[0])) == 1
    finally:
        first.close()
        other.close()
