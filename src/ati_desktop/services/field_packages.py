"""Field packages as the supervisor writes them from the record window: whom for, which key, the result.

The command line (``ati field-package``) and the «Paquete para el campo» dialog share these
steps: the signing key is read (and its fingerprint shown) before anything is written, so a
missing or wrong key leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ati_desktop.domain.errors import AtiError, ValidationError
from ati_desktop.exchange import keys
from ati_desktop.exchange.field_package import FieldScope, write_field_package
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import Assistant, Municipality, School
from ati_desktop.storage.models import Session as AtiSession

DEFAULT_LABEL = "Secretaría de Educación del Huila"
SUFFIX = ".ati"


@dataclass(frozen=True)
class AssistantChoice:
    id: str
    name: str


@dataclass(frozen=True)
class MunicipalityChoice:
    code: str
    name: str
    schools: int
    sessions: int


@dataclass(frozen=True)
class FieldChoices:
    """Whom the record can write a field package for."""

    assistants: list[AssistantChoice]
    municipalities: list[MunicipalityChoice]


@dataclass(frozen=True)
class SigningKey:
    path: Path
    fingerprint: str


@dataclass(frozen=True)
class FieldPackageWritten:
    path: Path
    size: int
    sequence: int
    schools: int
    sessions: int
    revisions: int
    blobs: int
    encrypted: bool
    fingerprint: str  # of the signing key, for the assistant to compare by phone


class NoRecipient(ValidationError):
    """A field package for no one."""


def assistants(record: Database) -> list[AssistantChoice]:
    """The record's assistants, by name."""
    with record.read() as tx:
        rows = tx.execute(select(Assistant.id, Assistant.full_name).where(Assistant.deleted_at.is_(None))
                          .order_by(Assistant.full_name)).all()
    return [AssistantChoice(row.id, row.full_name) for row in rows]


def municipalities(record: Database) -> list[MunicipalityChoice]:
    """The municipalities with schools in the catalogue or sessions in the record, by name."""
    with record.read() as tx:
        schools = dict(tx.execute(select(School.municipality_code, func.count()).where(School.deleted_at.is_(None))
                                  .group_by(School.municipality_code)).all())
        sessions = dict(tx.execute(select(AtiSession.municipality_code, func.count())
                                   .where(AtiSession.deleted_at.is_(None))
                                   .group_by(AtiSession.municipality_code)).all())
        codes = set(schools) | set(sessions)
        names = dict(tx.execute(select(Municipality.code, Municipality.name)
                                .where(Municipality.code.in_(sorted(codes)))).all()) if codes else {}
    found = [MunicipalityChoice(code, names.get(code, code), int(schools.get(code, 0)), int(sessions.get(code, 0)))
             for code in codes]
    return sorted(found, key=lambda m: m.name)


def field_choices(record: Database) -> FieldChoices:
    return FieldChoices(assistants(record), municipalities(record))


def default_signing_key_path() -> Path:
    return keys.keys_dir() / keys.SIGNING_PRIVATE_FILE


def signing_key(path: Path | None = None) -> SigningKey:
    """The signing key at ``path`` (default: the one kept in this user's key folder) and its fingerprint."""
    path = default_signing_key_path() if path is None else Path(path)
    key = keys.read_signing_private(path)
    return SigningKey(path, keys.fingerprint(key.public_key()))


def package_path(target: Path) -> Path:
    """``target`` with the packages' suffix."""
    target = Path(target)
    return target if target.suffix.lower() == SUFFIX else target.with_name(target.name + SUFFIX)


def write_for_field(record: Database, target: Path, *, assistant_id: str | None = None,
                    municipality_codes: Iterable[str] = (), signing_key_path: Path | None = None,
                    encrypt_to_path: Path | None = None, label: str = DEFAULT_LABEL,
                    progress: Callable[[int, int], None] | None = None) -> FieldPackageWritten:
    """Write a signed (and, when asked, encrypted) field package for an assistant and/or municipalities."""
    codes = tuple(sorted(set(municipality_codes)))
    if not assistant_id and not codes:
        raise NoRecipient("Elija un asistente o al menos un municipio para el paquete.")
    target = package_path(target)
    if not target.parent.is_dir():
        raise AtiError("La carpeta «{path}» no existe: elija otra para el paquete.", path=str(target.parent))
    path = default_signing_key_path() if signing_key_path is None else Path(signing_key_path)
    key = keys.read_signing_private(path)
    recipient = keys.read_secretariat_public(Path(encrypt_to_path)) if encrypt_to_path else None
    result = write_field_package(record, target, FieldScope(assistant_id or None, codes), signing_key=key,
                                 label=label, encrypt_to=recipient, progress=progress)
    return FieldPackageWritten(result.path, result.size, result.sequence, result.schools, result.sessions,
                               result.revisions, result.blobs, result.encrypted,
                               keys.fingerprint(key.public_key()))
