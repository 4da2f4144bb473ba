"""The package format: member names, the manifest and one revision per line, versioned.

A package (``.ati``) is a ZIP archive::

    manifest.json              what the package holds (:class:`Manifest`), canonical JSON
    manifest.sig               the device's Ed25519 signature of manifest.json
    revisions/<type>.jsonl     the revisions of one record type, one JSON object per line
    blobs/<sha256>             photos, documents and signatures, named by their content's hash

and its comment is the seal (see :mod:`package_seal`). An encrypted package is a ZIP with
``envelope.json`` (:class:`Envelope`) and ``payload``, the signed package encrypted.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError, with_config
from typing_extensions import TypedDict

from . import package_json
from .limits import MAX_ID_CHARS, MAX_LINE_BYTES, MAX_PARENTS
from .package_errors import PackageError
from .revision import TravellingRevision

FORMAT_NAME = "ati-paquete"
ENVELOPE_FORMAT_NAME = "ati-paquete-cifrado"
# Version 1 is the first; a reader accepts every version up to its own and refuses newer ones.
# Version 2 adds packages from the secretariat to the field (``kind`` and ``scope``); export
# packages are still written as version 1, so older apps keep reading them.
FORMAT_VERSION = 2
EXPORT_FORMAT_VERSION = 1
FIELD = "campo"
EXPORT = "equipo"
ENVELOPE_FORMAT_VERSION = 1

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ENVELOPE = "envelope.json"
PAYLOAD = "payload"
REVISIONS_DIR = "revisions/"
BLOBS_DIR = "blobs/"
RECEIPTS_DIR = "receipts/"  # packages from the secretariat: signed receipts, one per device
# What the device's key signs: the context keeps a signature from meaning anything elsewhere.
MANIFEST_CONTEXT = b"ATI Desktop manifiesto v1\x00"
SEAL_CONTEXT = b"ATI Desktop sello v1\x00"

_SHA256 = re.compile(r"[0-9a-f]{64}")
Id = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID_CHARS, pattern=r"^[0-9A-Za-z_.:-]+$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Text = Annotated[str, StringConstraints(max_length=400)]
Count = Annotated[int, Field(ge=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class DeviceInfo(_Strict):
    id: Id
    label: Text
    public_key: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{43}=$")]


class AssistantInfo(_Strict):
    id: Id | None
    name: Text


class LogRange(_Strict):
    """Positions in the exporting device's own log (they never mean anything elsewhere)."""

    first: Count
    last: Count


class FieldScope(_Strict):
    """Whom a package from the secretariat is for: an assistant, municipalities, schools."""

    assistant: AssistantInfo | None
    municipalities: Annotated[list[Annotated[str, StringConstraints(pattern=r"^[0-9]{5}$")]], Field(max_length=40)]
    schools: Count


class Member(_Strict):
    sha256: Sha256
    size: Count


class Manifest(_Strict):
    format: Literal["ati-paquete"]
    format_version: Annotated[int, Field(ge=1, le=FORMAT_VERSION)]
    app_version: Text
    schema_version: Text
    device: DeviceInfo
    assistant: AssistantInfo | None
    created_at: Annotated[str, StringConstraints(max_length=40)]
    sequence: Annotated[int, Field(ge=1)]
    full: bool
    deidentified: bool
    log_range: LogRange | None
    counts: dict[Annotated[str, StringConstraints(max_length=40)], Count]
    blobs: Count
    members: dict[Annotated[str, StringConstraints(max_length=255)], Member]
    kind: Literal["equipo", "campo"] = "equipo"
    scope: FieldScope | None = None

    @property
    def for_field(self) -> bool:
        return self.kind == FIELD


class Envelope(_Strict):
    format: Literal["ati-paquete-cifrado"]
    format_version: Annotated[int, Field(ge=1, le=ENVELOPE_FORMAT_VERSION)]
    suite: Text
    recipient: Text
    wrapped_key: Annotated[str, StringConstraints(max_length=200)]
    chunks: Annotated[int, Field(ge=1)]


# A typed dict, not a model: a package holds tens of thousands of lines, and validating into
# dicts costs half of building a model for each.
@with_config(ConfigDict(extra="forbid", strict=True))
class RevisionLine(TypedDict):
    """One revision as it travels; the record type is the member it is in."""

    id: Id
    record_id: Id
    number: Annotated[int, Field(ge=1)]
    device_id: Id
    made_at: Annotated[str, StringConstraints(max_length=40)]
    deleted: bool
    parents: Annotated[list[Id], Field(max_length=MAX_PARENTS)]
    body: dict[str, Any]


_LINE = TypeAdapter(RevisionLine)
_LINES = TypeAdapter(list[RevisionLine])


def revisions_member(record_type: str) -> str:
    return f"{REVISIONS_DIR}{record_type}.jsonl"


def blob_member(digest: str) -> str:
    return f"{BLOBS_DIR}{digest}"


def receipt_member(device_id: str) -> str:
    return f"{RECEIPTS_DIR}{device_id}.json"


_RECEIPT_NAME = re.compile(r"receipts/([0-9A-Za-z_.:-]{1,64})\.json")


def receipt_device(name: str) -> str | None:
    """The device a receipt member is for, or None when ``name`` is not a receipt member."""
    found = _RECEIPT_NAME.fullmatch(name)
    return found.group(1) if found else None


def blob_digest(name: str) -> str | None:
    """The digest a blob member is named by, or None when ``name`` is not a blob member."""
    digest = name.removeprefix(BLOBS_DIR)
    return digest if name.startswith(BLOBS_DIR) and _SHA256.fullmatch(digest) else None


def parse_datetime(value: str) -> datetime:
    """An aware UTC time as the package writes it; anything else is refused."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None or moment.utcoffset().total_seconds() != 0:
        raise ValueError("not a UTC time")
    return moment


def _refused(what: str, detail: str) -> PackageError:
    return PackageError("El paquete está dañado: {what} no es válido ({detail}). No se importó nada.",
                        what=what, detail=detail)


def _versioned(data: bytes, what: str, name: str, version: int) -> dict[str, Any]:
    try:
        value = package_json.loads_canonical(data)
    except package_json.StrictJSONError as exc:
        raise _refused(what, str(exc)) from None
    if not isinstance(value, dict) or value.get("format") != name:
        raise PackageError("El archivo no es un paquete de ATI Desktop. No se importó nada.")
    found = value.get("format_version")
    if isinstance(found, int) and not isinstance(found, bool) and found > version:
        raise PackageError("Este paquete se hizo con una versión más nueva de ATI Desktop (formato {found}; "
                           "esta versión lee hasta el {known}). Actualice la aplicación para abrirlo; "
                           "no se importó nada.", found=found, known=version)
    return value


def _validated(model: type[_Strict] | TypeAdapter, value: dict[str, Any], what: str):
    try:
        return model.validate_python(value) if isinstance(model, TypeAdapter) else model.model_validate(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        place = ".".join(str(part) for part in first["loc"]) or "raíz"
        raise _refused(what, f"campo «{place[:60]}»") from None


def parse_manifest(data: bytes) -> Manifest:
    manifest = _validated(Manifest, _versioned(data, "el manifiesto", FORMAT_NAME, FORMAT_VERSION), "el manifiesto")
    try:
        parse_datetime(manifest.created_at)
    except ValueError:
        raise _refused("el manifiesto", "fecha de creación") from None
    return manifest


def parse_envelope(data: bytes) -> Envelope:
    value = _versioned(data, "el sobre cifrado", ENVELOPE_FORMAT_NAME, ENVELOPE_FORMAT_VERSION)
    return _validated(Envelope, value, "el sobre cifrado")


def parse_revision(data: bytes, where: str) -> RevisionLine:
    try:
        value = package_json.loads_canonical(data)
    except package_json.StrictJSONError as exc:
        raise _refused(where, str(exc)) from None
    if not isinstance(value, dict):
        raise _refused(where, "no es un objeto")
    line = _validated(_LINE, value, where)
    try:
        parse_datetime(line["made_at"])
    except ValueError:
        raise _refused(where, "fecha de la revisión") from None
    return line


def _travelling(record_type: str, line: RevisionLine) -> TravellingRevision:
    return TravellingRevision(record_type, line["id"], line["record_id"], line["number"], line["device_id"],
                              parse_datetime(line["made_at"]), line["deleted"], tuple(line["parents"]),
                              line["body"])


def _all_valid(record_type: str, text: str) -> list[TravellingRevision] | None:
    """Every line of a member, when all pass the checks of :func:`parse_revision`; else None."""
    lines = text.split("\n")[:-1]
    if any(len(line) * 4 > MAX_LINE_BYTES and len(line.encode()) > MAX_LINE_BYTES for line in lines):
        return None
    values = package_json.loads_canonical_lines(lines)
    if values is None or not all(isinstance(value, dict) for value in values):
        return None
    try:
        return [_travelling(record_type, line) for line in _LINES.validate_python(values)]
    except (ValidationError, ValueError):
        return None


def parse_revisions(record_type: str, data: bytes, name: str) -> list[TravellingRevision]:
    """The revisions of a member (its lines, each ended by a newline), every line checked.

    All lines are checked at once; only when one fails are they checked one by one, so the
    refusal names the first line at fault and why.
    """
    try:
        revisions = _all_valid(record_type, data.decode("utf-8"))
    except UnicodeDecodeError:
        revisions = None
    if revisions is not None:
        return revisions
    revisions = []
    for number, line in enumerate(data.split(b"\n")[:-1], start=1):
        where = f"la línea {number} de {name}"
        if len(line) > MAX_LINE_BYTES:
            raise PackageError("El paquete está dañado: {where} es demasiado larga. No se importó nada.",
                               where=where)
        revisions.append(_travelling(record_type, parse_revision(line, where)))
    return revisions
