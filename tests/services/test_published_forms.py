"""Form versions published into a record: checked, travelling, and used by new sessions only."""

import hashlib
import subprocess

import pytest
from pg import both_databases
from published_form_samples import reunion_text, write_reunion
from sqlalchemy import func, select

from ati_desktop.domain.errors import NotFoundError, ValidationError
from ati_desktop.exchange.incoming import from_database
from ati_desktop.exchange.merge import merge_package
from ati_desktop.formspec import FormDefinitionError, load_registry
from ati_desktop.services import actas, published_forms
from ati_desktop.services.published_forms import publish, published_form_id, registry_for
from ati_desktop.services.queries import load_session
from ati_desktop.services.sessions import close_session, save_session
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import PublishedForm, Revision


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "acta.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def form_records(db) -> tuple[int, int]:
    """How many published forms and how many of their revisions the database holds."""
    with db.read() as tx:
        rows = tx.scalar(select(func.count()).select_from(PublishedForm))
        revisions = tx.scalar(select(func.count()).select_from(Revision).where(Revision.record_type == "form"))
    return rows, revisions


@both_databases
def test_a_new_session_gets_the_published_version_and_a_filled_one_keeps_its_own(
        db, make_session, tmp_path):
    earlier = save_session(db, make_session())  # filled with version 1 before the publication
    info = publish(db, write_reunion(tmp_path / "nuevos"))
    assert (info.form_id, info.version, info.written) == ("reunion", 2, True)

    forms = registry_for(db)
    assert forms.for_technique("reunion").version == 2
    assert forms.get("reunion", 1).version == 1
    later = save_session(db, make_session(form_version=2, answers={
        **make_session().answers, "acuerdos_previos": "Se revisó el acta de octubre."}))
    assert load_session(db, later.id)["form_version"] == 2

    # The earlier session still validates with its own version, closes, and prints.
    record = load_session(db, earlier.id)
    assert record["form_version"] == 1
    save_session(db, make_session(id=earlier.id, objective="Objetivo corregido"))
    close_session(db, earlier.id)
    old = pdf_text(actas.render_session(db, forms, earlier.id), tmp_path)
    assert "Objetivo corregido" in old and "Seguimiento" not in old
    new = pdf_text(actas.render_session(db, forms, later.id), tmp_path)
    assert "3.3 Seguimiento" in new and "Se revisó el acta de octubre." in new
    with pytest.raises(NotFoundError):  # the bundled forms alone cannot print it
        actas.render_session(db, load_registry(), later.id)


def test_answers_are_checked_against_the_published_version(db, make_session, tmp_path):
    with pytest.raises(NotFoundError):  # version 2 is not in force yet
        save_session(db, make_session(form_version=2))
    publish(db, write_reunion(tmp_path, extra=published_extra_required()))
    with pytest.raises(ValidationError, match="Indique el lugar"):
        save_session(db, make_session(form_version=2), close=True)


def published_extra_required() -> str:
    return """
  - id: cierre
    title: Cierre
    fields:
      - id: lugar
        type: text
        label: Lugar de la próxima reunión
        required: true
        required_message: Indique el lugar de la próxima reunión.
"""


@both_databases
def test_the_same_text_again_writes_nothing_and_another_text_is_refused(db, tmp_path):
    publish(db, write_reunion(tmp_path / "a"))
    assert form_records(db) == (1, 1)
    again = publish(db, write_reunion(tmp_path / "b"))
    assert not again.written and form_records(db) == (1, 1)

    changed = write_reunion(tmp_path / "c", extra=published_extra_required())
    with pytest.raises(ValidationError, match="ya está publicada con otro texto; publique los cambios como "
                                              "la versión 3"):
        publish(db, changed)
    assert form_records(db) == (1, 1)
    with db.read() as tx:
        row = tx.get(PublishedForm, published_form_id("reunion", 2))
    assert row.source == reunion_text() and row.sha256 == hashlib.sha256(row.source.encode()).hexdigest()


@pytest.mark.parametrize("version", [1, 2])
def test_a_version_not_newer_than_every_other_is_refused(db, tmp_path, version):
    publish(db, write_reunion(tmp_path / "v3", version=3))
    with pytest.raises(ValidationError, match="ya tiene la versión 3; la versión que se publica debe ser mayor"):
        publish(db, write_reunion(tmp_path / "old", version=version))
    assert form_records(db) == (1, 1)


def test_a_form_that_takes_another_forms_technique_is_refused(db, tmp_path):
    path = tmp_path / "reunion_bis.v1.yaml"
    path.write_text(reunion_text(1).replace("\nid: reunion\n", "\nid: reunion_bis\n"), encoding="utf-8")
    with pytest.raises(ValidationError, match="ya tiene el formulario «reunion»"):
        publish(db, path)
    assert form_records(db) == (0, 0)


@pytest.mark.parametrize("name, text, reason", [
    ("reunion.v2.yaml", reunion_text() + "# " + "x" * 600_000 + "\n", "demasiado grande"),
    ("reunion.v2.yaml", reunion_text() + "bomba:\n" + "".join(
        f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10 if i else ["x"] * 10) + "]\n" for i in range(9)),
     "se expande a más de"),
    ("reunion.v2.yaml", reunion_text() + "  - : [\n", "YAML mal formado"),
    ("reunion.v2.yaml", reunion_text(extra="  - id: x\n    title: X\n    fields:\n      - id: y\n"
                                           "        type: texto\n        label: Y\n"), "tipo de campo desconocido"),
    ("otro_nombre.yaml", reunion_text(), "debería llamarse reunion.v2.yaml"),
])
def test_a_hostile_or_invalid_file_is_refused_and_writes_nothing(db, tmp_path, name, text, reason):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormDefinitionError) as refused:
        publish(db, path)
    assert reason in refused.value.message
    assert form_records(db) == (0, 0)


def put_record(db, form_id: str, version: int, source: str, technique: str = "reunion", sha256=None) -> None:
    """A published form as a merge could bring it: straight into the log, unchecked."""
    values = {"form_id": form_id, "version": version, "technique": technique, "source": source,
              "sha256": sha256 or hashlib.sha256(source.encode()).hexdigest(), "published_on": "2026-11-20"}
    with db.write() as tx:
        revlog.write_local(tx, db.device_id, [revlog.Change("form", published_form_id(form_id, version), values)])


def test_a_published_text_that_does_not_load_is_left_out_and_named(db, tmp_path):
    put_record(db, "reunion", 2, reunion_text())
    put_record(db, "reunion", 3, "id: [\n" * 10_000)
    put_record(db, "reunion", 4, reunion_text(4), sha256="0" * 64)
    put_record(db, "reunion", 5, reunion_text(6))
    put_record(db, "reunion", 1, reunion_text(1).replace("title: Reunión", "title: Otra"))
    put_record(db, "entrevista_bis", 7, reunion_text(7).replace("\nid: reunion\n", "\nid: entrevista_bis\n"))

    forms = registry_for(db)
    assert [(f.id, f.version) for f in forms.all() if f.technique.value == "reunion"] == [
        ("reunion", 1), ("reunion", 2)]
    assert forms.get("reunion", 1).title == "Reunión"
    reasons = {str(p.file): p.reason for p in forms.problems}
    assert "YAML" in reasons["formulario publicado «reunion» versión 3"]
    assert "SHA-256" in reasons["formulario publicado «reunion» versión 4"]
    assert "versión 6" in reasons["formulario publicado «reunion» versión 5"]
    assert "ya viene con la aplicación" in reasons["formulario publicado «reunion» versión 1"]
    assert "ya tiene el formulario «reunion»" in reasons["formulario publicado «entrevista_bis» versión 7"]
    assert len(forms.problems) == 5
    listed = [(f.form_id, f.version, f.bundled) for f in published_forms.list_forms(db) if f.technique == "reunion"]
    assert listed == [("reunion", 1, True), ("reunion", 2, False)]


def test_a_published_version_travels_with_the_log(db, tmp_path):
    publish(db, write_reunion(tmp_path))
    field = Database.open(tmp_path / "campo.sqlite")
    try:
        assert registry_for(field).for_technique("reunion").version == 1
        report = merge_package(field, from_database(db))
        assert report.new >= 1
        assert registry_for(field).for_technique("reunion").version == 2
        assert registry_for(field).get("reunion", 2) == registry_for(db).get("reunion", 2)
        assert [(f.form_id, f.version, f.bundled) for f in published_forms.list_forms(field)
                if f.form_id == "reunion"] == [("reunion", 1, True), ("reunion", 2, False)]
    finally:
        field.close()
