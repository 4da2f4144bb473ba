"""Preferences kept in the database: the assistant's profile, the acta header, the language."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from ati_desktop.domain.ids import new_id
from ati_desktop.storage import revlog
from ati_desktop.storage.database import Database
from ati_desktop.storage.models import AppMeta, Setting
from ati_desktop.storage.revlog import Change

from . import limits


@dataclass
class Profile:
    full_name: str = ""
    id_document: str = ""
    role: str = "Profesional de apoyo – Grupo de Calidad y Pertinencia"
    email: str = ""
    phone: str = ""


@dataclass
class Institution:
    entity: str = "GOBERNACIÓN DEL HUILA"
    office: str = "Secretaría de Educación"
    process: str = "Gestión del Plan de Apoyo al Mejoramiento – PAM"
    document_title: str = "Acta de Asistencia Técnica Integral"
    document_code: str = "PAM-F-001"
    document_version: str = "5"
    approval_date: str = ""
    logo_path: str = ""
    page_size: str = "A4"


def _get(db: Database, key: str) -> dict[str, Any] | None:
    with db.read() as tx:
        row = tx.get(Setting, key)
        return json.loads(row.value) if row else None


def _put(db: Database, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    with db.write() as tx:
        row = tx.get(Setting, key)
        if row is None:
            tx.add(Setting(key=key, value=text))
        else:
            row.value = text


def _load(cls, stored: dict[str, Any] | None):
    known = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in (stored or {}).items() if k in known})


def profile(db: Database) -> Profile:
    return _load(Profile, _get(db, "profile"))


def save_profile(db: Database, value: Profile) -> None:
    """Keep the profile, and the assistant record that sessions of this device point to."""
    change = Change("assistant", "-", {
        "full_name": value.full_name, "id_document": value.id_document or None, "role": value.role,
        "email": value.email or None, "phone": value.phone or None})
    limits.check([change])
    _put(db, "profile", asdict(value))
    with db.write() as tx:
        meta = tx.get(AppMeta, "assistant_id")
        if meta is None:
            meta = AppMeta(key="assistant_id", value=new_id())
            tx.add(meta)
        # An unchanged profile writes no revision (see storage.revlog.write_local).
        revlog.write_local(tx, db.device_id, [Change("assistant", meta.value, change.values)])


def assistant_id(db: Database) -> str | None:
    """The assistant who works on this device, once the profile has been filled in."""
    with db.read() as tx:
        meta = tx.get(AppMeta, "assistant_id")
        return meta.value if meta else None


def institution(db: Database) -> Institution:
    return _load(Institution, _get(db, "institution"))


def save_institution(db: Database, value: Institution) -> None:
    _put(db, "institution", asdict(value))


def language(db: Database) -> str:
    return (_get(db, "ui") or {}).get("language", "es_CO")


def save_language(db: Database, code: str) -> None:
    _put(db, "ui", {"language": code})


def get_value(db: Database, key: str) -> Any:
    """A free-form per-device preference (window layout, last filters)."""
    return _get(db, f"pref:{key}")


def set_value(db: Database, key: str, value: Any) -> None:
    _put(db, f"pref:{key}", value)
