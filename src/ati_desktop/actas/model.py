"""Everything an acta prints, already as display strings; filled by the services layer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ati_desktop.domain.document import Section
from ati_desktop.domain.errors import ValidationError

PAGE_SIZES = ("A4", "LETTER")

# The stamp is printed and parsed back as ``ATI|<session_id>|r<revision>|<record_hash>``,
# so the id may not contain the separator and the hash must be plain hex.
_SESSION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}")
_RECORD_HASH = re.compile(r"[0-9a-f]{12,128}")


@dataclass(frozen=True)
class ActaHeader:
    """The controlled-document header block, configured by the secretariat."""

    entity: str = "GOBERNACIÓN DEL HUILA"
    secondary: str = "Secretaría de Educación"
    process: str = "Gestión del Plan de Apoyo al Mejoramiento – PAM"
    title: str = "Acta de Asistencia Técnica Integral"
    code: str = "F-PAM-ATI-01"
    version: str = "01"
    approval_date: str = ""
    # PNG/JPEG as bytes or a file path; None draws a neutral placeholder shield.
    logo: bytes | Path | str | None = None


@dataclass(frozen=True)
class Scope:
    """The three moments every assistance process defines."""

    guidelines: str = ""
    habits_tools: str = ""
    expected_products: str = ""


@dataclass(frozen=True)
class Commitment:
    """A commitment agreed in the session (what, who, which side, by when)."""

    description: str
    responsible: str
    side: str
    due_date: str


@dataclass(frozen=True)
class Verification:
    """The check, in a VC session, of a commitment made in an earlier session."""

    commitment: str
    origin_date: str
    result: str
    note: str = ""


@dataclass(frozen=True)
class IndicatorValue:
    """An indicator measured in a monitoreo or seguimiento session."""

    name: str
    target: str
    value: str
    unit: str = ""


@dataclass(frozen=True)
class Participant:
    """A person who took part (or was called and did not come), with their signature."""

    name: str
    role: str
    document: str = ""
    present: bool = True
    signature_png: bytes | None = None
    signed_at: str = ""
    # Why there is no signature on the screen ("Se negó a firmar", "Firmó en papel").
    unsigned_note: str = ""


@dataclass(frozen=True)
class Evidence:
    """A file kept as evidence of the session."""

    file_name: str
    kind: str
    caption: str = ""
    sha256_short: str = ""


@dataclass(frozen=True)
class ActaData:
    """One acta: identity of the record it prints plus every printed block, in order."""

    session_id: str
    revision: int
    record_hash: str
    # (label, value) pairs: fecha, horario, lugar, nivel, municipio, EE, sede, modalidad, …
    identification: Sequence[tuple[str, str]]
    header: ActaHeader = field(default_factory=ActaHeader)
    page_size: str = "A4"
    objective: str = ""
    scope: Scope = field(default_factory=Scope)
    areas: Sequence[str] = ()
    sections: Sequence[Section] = ()
    # None when the technique's form holds the conclusions (printed with its answers).
    conclusions: str | None = ""
    commitments: Sequence[Commitment] = ()
    verifications: Sequence[Verification] = ()
    indicators: Sequence[IndicatorValue] = ()
    participants: Sequence[Participant] = ()
    evidence: Sequence[Evidence] = ()
    # The issued edition this acta is: 1 the original printed on closing, each correction the
    # next; None while the session is open (the record's revision counts every save instead).
    edition: int | None = None
    correction_reason: str = ""  # why this edition replaced the previous one
    closing: str = (
        "Para constancia se firma por quienes intervinieron en la sesión de asistencia técnica."
    )

    def __post_init__(self) -> None:
        if not _SESSION_ID.fullmatch(self.session_id):
            raise ValidationError(
                "El identificador de sesión «{session_id}» no es válido para el acta.",
                session_id=self.session_id
            )
        if not isinstance(self.revision, int) or self.revision < 1:
            raise ValidationError("La revisión del acta debe ser un entero mayor que cero.")
        if self.edition is not None and (not isinstance(self.edition, int) or self.edition < 1):
            raise ValidationError("La edición del acta debe ser un entero mayor que cero.")
        if not _RECORD_HASH.fullmatch(self.record_hash):
            raise ValidationError(
                "La huella del registro debe ser hexadecimal en minúsculas (12 a 128 caracteres)."
            )
        if self.page_size not in PAGE_SIZES:
            raise ValidationError(
                "Tamaño de página «{page_size}» no admitido; use A4 o LETTER (carta).",
                page_size=self.page_size
            )
