"""Form versions the secretariat puts in force: published into a record, carried to the field.

A published form is a travelling record (``form``) holding the YAML text exactly as it was
published; its id is derived from the form's id and version, so every record that publishes
the same version holds the same record. The forms a database works with are the bundled ones
plus every published text that loads: a text that does not (damaged, hostile, or from a newer
application) is left out and named in the registry's ``problems``, never in the way.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session as DbSession

from ati_desktop.domain import clock
from ati_desktop.domain.errors import ValidationError
from ati_desktop.domain.ids import derived_id
from ati_desktop.formspec import (
    FormDefinition,
    FormDefinitionError,
    FormProblem,
    FormRegistry,
    load_form_text,
    load_paths,
    load_registry,
)
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import PublishedForm
from ati_desktop.storage.revlog import Change

from . import limits

log = logging.getLogger(__name__)

TABLE = PublishedForm.__table__


@dataclass(frozen=True)
class PublishedFormInfo:
    """One form version in force: bundled with the application or published into the record."""

    form_id: str
    version: int
    technique: str
    title: str
    published_on: date | None  # None for a bundled form
    written: bool = False  # whether publishing wrote a revision (False: it was already there)

    @property
    def bundled(self) -> bool:
        return self.published_on is None


def published_form_id(form_id: str, version: int) -> str:
    """The record id of a form version: the same in every record that publishes it."""
    return derived_id(f"form:{form_id}:v{version}")


@cache
def bundled_forms() -> FormRegistry:
    """The forms shipped in ``forms/``, read once per process."""
    return load_registry()


def publish(db: Database, path: Path, today: date | None = None) -> PublishedFormInfo:
    """Put the form file at ``path`` in force in this record, checked as ``ati forms check`` does.

    Refused with a Spanish message (nothing written): a file with problems, a version not newer
    than every bundled and published one of its form, a technique that belongs to another form,
    or a different text under a version already published. The same text published again
    writes nothing.
    """
    forms, problems = load_paths([Path(path)])
    if problems:
        raise FormDefinitionError(problems)
    [form] = forms
    source = Path(path).read_text(encoding="utf-8")  # checked above: a form's size, UTF-8
    if load_form_text(source, path)[0] != form:
        raise ValidationError("El archivo {path} cambió mientras se publicaba; inténtelo de nuevo.", path=path)
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    record_id = published_form_id(form.id, form.version)
    registry = registry_for(db)
    with db.write() as tx:
        current = revlog.current_rows(tx, "form", [record_id]).get(record_id)
        if current is not None and current["deleted_at"] is None:
            if current["sha256"] != digest:
                raise ValidationError(
                    "La versión {version} del formulario «{form_id}» ya está publicada con otro texto; "
                    "publique los cambios como la versión {next}.",
                    version=form.version, form_id=form.id, next=_newest(registry, form.id) + 1)
            return _info(form, current["published_on"], written=False)
        _check_newer(registry, form)
        values = {"form_id": form.id, "version": form.version, "technique": form.technique.value,
                  "source": source, "sha256": digest, "published_on": today or clock.today()}
        change = Change("form", record_id, values)
        limits.check([change])
        revlog.write_local(tx, db.device_id, [change], known={"form": {record_id: current} if current else {}})
    log.info("published form %s v%s (%s)", form.id, form.version, digest[:12])
    return _info(form, values["published_on"], written=True)


def _newest(registry: FormRegistry, form_id: str) -> int:
    return max((f.version for f in registry.all() if f.id == form_id), default=0)


def _check_newer(registry: FormRegistry, form: FormDefinition) -> None:
    newest = _newest(registry, form.id)
    if form.version <= newest:
        raise ValidationError(
            "El formulario «{form_id}» ya tiene la versión {newest}; la versión que se publica debe ser "
            "mayor (por ejemplo, {next}).", form_id=form.id, newest=newest, next=newest + 1)
    owner = next((f for f in registry.all() if f.technique == form.technique and f.id != form.id), None)
    if owner is not None:
        raise ValidationError(
            "La técnica «{technique}» ya tiene el formulario «{owner}»; publique una nueva versión de ese "
            "formulario.", technique=form.technique.label, owner=owner.id)


def _info(form: FormDefinition, published_on: date | None, written: bool = False) -> PublishedFormInfo:
    return PublishedFormInfo(form.id, form.version, form.technique.value, form.title, published_on, written)


def registry_for(db: Database) -> FormRegistry:
    """The bundled forms plus every published form of this database that loads and fits.

    A published text that does not load, does not match its record, or would take another
    form's technique or a bundled version is left out and named in ``problems``.
    """
    return _registry(_published_rows(db))


def registry_in(tx: DbSession) -> FormRegistry:
    """:func:`registry_for`, reading the published forms inside the caller's transaction."""
    return _registry(_rows_in(tx))


def _registry(published: list[dict]) -> FormRegistry:
    bundled = bundled_forms()
    forms = {(f.id, f.version): f for f in bundled.all()}
    owners = {f.technique: f.id for f in bundled.all()}
    problems: list[FormProblem] = []
    for row in published:
        origin = f"formulario publicado «{row['form_id']}» versión {row['version']}"
        form, row_problems = _loaded(row["source"], origin, row["sha256"])
        if form is not None and (form.id, form.version, form.technique.value) != (
                row["form_id"], row["version"], row["technique"]):
            form, row_problems = None, [FormProblem(origin, None, (
                f"el texto es del formulario «{form.id}» versión {form.version}, de otra técnica o versión"))]
        if form is not None and (form.id, form.version) in forms:
            if forms[(form.id, form.version)] != form:
                row_problems = [FormProblem(origin, None, "esa versión ya viene con la aplicación, con otro texto")]
            form = None
        if form is not None and owners.setdefault(form.technique, form.id) != form.id:
            form, row_problems = None, [FormProblem(origin, None, (
                f"la técnica «{form.technique.label}» ya tiene el formulario «{owners[form.technique]}»"))]
        if form is not None:
            forms[(form.id, form.version)] = form
        problems += row_problems
    for problem in problems:
        log.warning("published form left out: %s", problem)
    return FormRegistry(forms.values(), [*bundled.problems, *problems])


def list_forms(db: Database) -> list[PublishedFormInfo]:
    """Every form version this database works with, bundled and published, by id and version."""
    bundled = {(form.id, form.version) for form in bundled_forms().all()}
    dates = {(row["form_id"], row["version"]): row["published_on"] for row in _published_rows(db)}
    return [_info(form, None if (form.id, form.version) in bundled else dates[(form.id, form.version)])
            for form in registry_for(db).all()]


def _published_rows(db: Database) -> list[dict]:
    with db.read() as tx:
        return _rows_in(tx)


def _rows_in(tx: DbSession) -> list[dict]:
    query = select(TABLE).where(TABLE.c.deleted_at.is_(None)).order_by(TABLE.c.form_id, TABLE.c.version)
    return [dict(row) for row in tx.execute(query).mappings()]


@lru_cache(maxsize=64)
def _loaded(source: str, origin: str, sha256: str) -> tuple[FormDefinition | None, list[FormProblem]]:
    """A published text read once per process (loading checks every expression of the form)."""
    if hashlib.sha256(source.encode("utf-8", "replace")).hexdigest() != sha256:
        return None, [FormProblem(origin, None, "el texto no corresponde a su huella SHA-256 (está dañado)")]
    return load_form_text(source, origin)
