"""Opening a package: every check before anything inside is trusted; nothing is ever written.

    with open_package(path, trusted_keys={device_id: raw_key}, secretariat_key=key) as package:
        package.manifest            # who, when, which sequence, counts
        package.revisions["session"]  # verified revisions, in the order of the file
        package.blob(digest)        # a photo or signature, its hash checked again

The order of checks: the archive's structure (names, sizes, overlaps), the envelope and its
seal when encrypted, the manifest (strict JSON, format version, schema), the manifest's
signature, the seal over every byte of the package, the exact list of members, and each
member's size and hash; then every revision line is parsed and validated.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import zipfile
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ati_desktop.domain.collector import collector_paused
from ati_desktop.storage.revlog import RECORD_TYPES

from .keys import raw_public
from .limits import (
    MAX_ENVELOPE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_PACKAGE_FILE_BYTES,
    MAX_RECEIPT_MEMBER_BYTES,
    SIGNATURE_BYTES,
)
from .package_crypto import SEALED_CHUNK_BYTES, DecryptingReader, envelope_tag, unwrap_file_key
from .package_errors import PackageError
from .package_format import (
    ENVELOPE,
    MANIFEST,
    MANIFEST_CONTEXT,
    PAYLOAD,
    REVISIONS_DIR,
    SEAL_CONTEXT,
    SIGNATURE,
    Envelope,
    Manifest,
    blob_digest,
    parse_envelope,
    parse_manifest,
    parse_revisions,
    receipt_device,
    revisions_member,
)
from .package_seal import read_seal
from .revision import TravellingRevision
from .package_zip import SafeZip



@dataclass(frozen=True)
class EnvelopeInfo:
    """What anyone can see of an encrypted package: the key it is for, nothing inside."""

    recipient: str
    suite: str
    size: int


@dataclass
class VerifiedPackage:
    """A package whose signature, seal and hashes all checked; close it (or use ``with``)."""

    path: Path
    manifest: Manifest
    encrypted: bool
    # True: the device's key matched the trusted one; False: the device was not among the
    # trusted keys (first package of a new device); None: no trusted keys were given.
    signer_known: bool | None
    revisions: dict[str, list[TravellingRevision]]
    _archive: SafeZip = field(repr=False)
    _handle: BinaryIO = field(repr=False)

    @property
    def device_id(self) -> str:
        return self.manifest.device.id

    @property
    def public_key(self) -> bytes:
        return base64.b64decode(self.manifest.device.public_key)

    def blob_digests(self) -> list[str]:
        return [digest for name in self.manifest.members if (digest := blob_digest(name))]

    def blob(self, digest: str) -> bytes:
        """A blob's bytes, checked against its hash again as they are read."""
        name = f"blobs/{digest}"
        if name not in self.manifest.members:
            raise KeyError(digest)
        return _checked(self._archive, name, self.manifest.members[name].sha256)

    def receipts(self) -> dict[str, bytes]:
        """The signed receipts a package from the secretariat carries, by device id."""
        return {device: _checked(self._archive, name, member.sha256)
                for name, member in self.manifest.members.items() if (device := receipt_device(name))}

    def iter_blobs(self) -> Iterator[tuple[str, bytes]]:
        for digest in self.blob_digests():
            yield digest, self.blob(digest)

    def close(self) -> None:
        self._archive.close()
        self._handle.close()

    def __enter__(self) -> VerifiedPackage:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _modified(name: str) -> PackageError:
    return PackageError("El paquete fue modificado o está dañado: «{name}» no coincide con su huella. "
                        "No se importó nada.", name=name[:80])


def _checked(archive: SafeZip, name: str, sha256: str) -> bytes:
    data = archive.read(name)
    if not hmac.compare_digest(hashlib.sha256(data).hexdigest(), sha256):
        raise _modified(name)
    return data


class _Lines(NamedTuple):
    """What the checks of a member of revisions look at when its lines are not parsed."""

    count: int  # newlines
    ends_in_newline: bool


def _hashed(archive: SafeZip, name: str, sha256: str) -> None:
    """Check a member's hash as it is read, without keeping it."""
    digest = hashlib.sha256()
    for chunk in archive.chunks(name):
        digest.update(chunk)
    if not hmac.compare_digest(digest.hexdigest(), sha256):
        raise _modified(name)


def _checked_lines(archive: SafeZip, name: str, sha256: str) -> _Lines:
    """Check a member's hash as it is read, without keeping it; its newlines are counted on the way."""
    digest, count, last = hashlib.sha256(), 0, b""
    for chunk in archive.chunks(name):
        digest.update(chunk)
        count += chunk.count(b"\n")
        last = chunk[-1:]
    if not hmac.compare_digest(digest.hexdigest(), sha256):
        raise _modified(name)
    return _Lines(count, last == b"\n")


def _file_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise PackageError("No existe el archivo «{path}».", path=str(path)) from None
    except OSError as exc:
        raise PackageError("No se pudo leer «{path}»: {reason}.", path=str(path),
                           reason=exc.strerror or str(exc)) from None
    if size > MAX_PACKAGE_FILE_BYTES:
        raise PackageError("«{name}» es demasiado grande para ser un paquete ({size} bytes; el límite es "
                           "{limit}). No se importó nada.", name=path.name, size=size, limit=MAX_PACKAGE_FILE_BYTES)
    return size


def _is_envelope(archive: SafeZip) -> bool:
    return set(archive.members) == {ENVELOPE, PAYLOAD}


def _envelope(archive: SafeZip) -> Envelope:
    envelope = parse_envelope(archive.read(ENVELOPE, MAX_ENVELOPE_BYTES))
    payload = archive.members[PAYLOAD]
    expected = envelope.chunks * SEALED_CHUNK_BYTES
    if payload.compress_type != zipfile.ZIP_STORED or payload.file_size != expected \
            or payload.compress_size != expected:
        raise PackageError("El paquete cifrado está dañado (su contenido no tiene el tamaño que declara). "
                           "No se importó nada.")
    return envelope


def _decrypted(handle: BinaryIO, size: int, archive: SafeZip, private_key: X25519PrivateKey | None,
               file_key: bytes | None) -> DecryptingReader:
    envelope = _envelope(archive)
    if file_key is None:
        if private_key is None:
            raise PackageError("Este paquete está cifrado para la secretaría (clave {recipient}); para abrirlo "
                               "se necesita su clave privada.", recipient=envelope.recipient)
        try:
            wrapped = base64.b64decode(envelope.wrapped_key, validate=True)
        except binascii.Error:
            raise PackageError("El paquete cifrado está dañado. No se importó nada.") from None
        file_key = unwrap_file_key(wrapped, private_key)
    digest, tag = read_seal(handle, size, archive.comment)
    if not hmac.compare_digest(envelope_tag(file_key, digest), tag):
        raise PackageError("El paquete cifrado fue modificado o está dañado (su sello no coincide). "
                           "No se importó nada.")
    return DecryptingReader(handle, archive.data_offset(PAYLOAD), envelope.chunks, file_key)


def _device_key(manifest: Manifest) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest.device.public_key, validate=True))
    except (ValueError, binascii.Error):
        raise PackageError("El paquete está dañado: la clave del equipo no es válida. No se importó nada.") from None


def _bad_signature() -> PackageError:
    return PackageError("La firma del paquete no es válida: fue modificado después de hacerse o está "
                        "dañado. No se importó nada.")


def _verify_signatures(file: BinaryIO, size: int, archive: SafeZip, manifest_bytes: bytes,
                       key: Ed25519PublicKey) -> None:
    signature = archive.read(SIGNATURE, SIGNATURE_BYTES)
    try:
        key.verify(signature, MANIFEST_CONTEXT + manifest_bytes)
        digest, tag = read_seal(file, size, archive.comment)
        key.verify(tag, SEAL_CONTEXT + digest)
    except InvalidSignature:
        raise _bad_signature() from None


def _trust(manifest: Manifest, key: Ed25519PublicKey, trusted_keys: Mapping[str, bytes] | None) -> bool | None:
    if trusted_keys is None:
        return None
    known = trusted_keys.get(manifest.device.id)
    if known is None:
        return False
    if not hmac.compare_digest(known, raw_public(key)):
        raise PackageError("El paquete dice venir del equipo «{label}», pero está firmado con otra clave que "
                           "la registrada para ese equipo. No se importó nada; confirme con el asistente.",
                           label=manifest.device.label)
    return True


def _check_member_list(archive: SafeZip, manifest: Manifest) -> None:
    present = set(archive.members) - {MANIFEST, SIGNATURE}
    listed = set(manifest.members)
    if present != listed:
        extra = sorted(present - listed) or sorted(listed - present)
        raise PackageError("El paquete fue modificado o está dañado: sus archivos no coinciden con el "
                           "manifiesto («{name}»). No se importó nada.", name=extra[0][:80])
    for name, member in manifest.members.items():
        if archive.members[name].file_size != member.size:
            raise PackageError("El paquete fue modificado o está dañado: «{name}» no tiene el tamaño del "
                               "manifiesto. No se importó nada.", name=name[:80])
        if name.startswith(REVISIONS_DIR):
            record_type = name[len(REVISIONS_DIR):].removesuffix(".jsonl")
            if revisions_member(record_type) != name or record_type not in RECORD_TYPES:
                raise PackageError("El paquete trae registros de un tipo que esta versión no conoce («{kind}»). "
                                   "Actualice ATI Desktop; no se importó nada.", kind=record_type[:40])
            if record_type not in manifest.counts:
                raise PackageError("El paquete está dañado: el manifiesto no cuenta «{kind}». No se importó "
                                   "nada.", kind=record_type[:40])
        elif receipt_device(name) is not None and manifest.for_field:
            if member.size > MAX_RECEIPT_MEMBER_BYTES:
                raise PackageError("El paquete está dañado: el acuse «{name}» es demasiado grande. No se importó "
                                   "nada.", name=name[:80])
        elif blob_digest(name) is None:
            raise PackageError("El paquete trae un archivo que no corresponde al formato («{name}»). No se "
                               "importó nada.", name=name[:80])
        elif blob_digest(name) != member.sha256:
            raise PackageError("El paquete fue modificado o está dañado: «{name}» no coincide con su huella. "
                               "No se importó nada.", name=name[:80])
    if set(manifest.counts) != {name[len(REVISIONS_DIR):].removesuffix(".jsonl")
                                for name in listed if name.startswith(REVISIONS_DIR)}:
        raise PackageError("El paquete está dañado: los conteos del manifiesto no coinciden con sus archivos. "
                           "No se importó nada.")
    if manifest.blobs != sum(1 for name in listed if blob_digest(name)):
        raise PackageError("El paquete está dañado: el número de archivos adjuntos no coincide con el "
                           "manifiesto. No se importó nada.")


def _check_lines(lines: _Lines, manifest: Manifest, record_type: str) -> None:
    name = revisions_member(record_type)
    if not lines.ends_in_newline:
        raise PackageError("El paquete está dañado: «{name}» no termina en un salto de línea. No se importó "
                           "nada.", name=name)
    if lines.count != manifest.counts[record_type]:
        raise PackageError("El paquete está dañado: «{name}» trae {found} revisiones y el manifiesto dice "
                           "{declared}. No se importó nada.", name=name, found=lines.count,
                           declared=manifest.counts[record_type])


def _revisions(data: bytes, manifest: Manifest, record_type: str) -> list[TravellingRevision]:
    _check_lines(_Lines(data.count(b"\n"), data.endswith(b"\n")), manifest, record_type)
    return parse_revisions(record_type, data, revisions_member(record_type))


def _verify_plain(path: Path, handle: BinaryIO, file: BinaryIO, size: int, archive: SafeZip,
                  encrypted: bool, trusted_keys: Mapping[str, bytes] | None, parse: bool) -> VerifiedPackage:
    try:
        if MANIFEST not in archive.members or SIGNATURE not in archive.members:
            raise PackageError("El archivo no es un paquete de ATI Desktop (no tiene manifiesto). No se "
                               "importó nada.")
        manifest_bytes = archive.read(MANIFEST, MAX_MANIFEST_BYTES)
        manifest = parse_manifest(manifest_bytes)
        key = _device_key(manifest)
        _verify_signatures(file, size, archive, manifest_bytes, key)
        signer_known = _trust(manifest, key, trusted_keys)
        _check_member_list(archive, manifest)
        revisions = _verify_members(archive, manifest, parse)
    except BaseException:
        archive.close()
        raise
    return VerifiedPackage(path, manifest, encrypted, signer_known, revisions, archive, handle)


def _verify_members(archive: SafeZip, manifest: Manifest, parse: bool) -> dict[str, list[TravellingRevision]]:
    """Every member's hash, then the lines of the members of revisions (parsed with ``parse``).

    The members are read, inflated and hashed on threads (zlib and hashlib let go of the
    interpreter's lock), the blobs' along with the revisions', while this one parses the
    revisions in order; the first failure in that order is the one told.
    """
    kinds = list(manifest.counts)
    names = [revisions_member(kind) for kind in kinds]
    blobs = [name for name in manifest.members if blob_digest(name)]

    def check(name: str) -> bytes | _Lines | None:
        sha256 = manifest.members[name].sha256
        if blob_digest(name):
            return _hashed(archive, name, sha256)
        return _checked(archive, name, sha256) if parse else _checked_lines(archive, name, sha256)

    with collector_paused(), ThreadPoolExecutor(max_workers=2, thread_name_prefix="package-check") as pool:
        checked = pool.map(check, names + blobs)
        try:
            revisions: dict[str, list[TravellingRevision]] = {}
            for kind, result in zip(kinds, checked):
                if isinstance(result, bytes):
                    revisions[kind] = _revisions(result, manifest, kind)
                else:
                    _check_lines(result, manifest, kind)
                    revisions[kind] = []
            for _ in checked:
                pass  # the blobs' checks, each raising its failure
        finally:
            pool.shutdown(cancel_futures=True)
    return revisions


def _open(path: Path, trusted_keys: Mapping[str, bytes] | None, private_key: X25519PrivateKey | None,
          file_key: bytes | None, parse: bool = True) -> VerifiedPackage:
    path = Path(path)
    size = _file_size(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise PackageError("No se pudo abrir «{path}»: {reason}.", path=str(path),
                           reason=exc.strerror or str(exc)) from None
    try:
        archive = SafeZip(handle)
        if not _is_envelope(archive):
            return _verify_plain(path, handle, handle, size, archive, False, trusted_keys, parse)
        try:
            inner = _decrypted(handle, size, archive, private_key, file_key)
        finally:
            archive.close()
        return _verify_plain(path, handle, inner, inner.size, SafeZip(inner), True, trusted_keys, parse)
    except BaseException:
        handle.close()
        raise


def open_package(path: Path, *, trusted_keys: Mapping[str, bytes] | None = None,
                 secretariat_key: X25519PrivateKey | None = None) -> VerifiedPackage:
    """Open and fully verify a package; raises :class:`PackageError` with the reason otherwise.

    ``trusted_keys`` maps device ids to the raw Ed25519 keys already known for them: a
    package of a known device signed with another key is refused. ``secretariat_key``
    opens encrypted packages.
    """
    return _open(path, trusted_keys, secretariat_key, None)


def verify_written(path: Path, device_id: str, key: Ed25519PublicKey, file_key: bytes | None) -> None:
    """Read back a package just written (an encrypted one with the key it was made with).

    Every byte is checked (signature, seal, every member's hash and size, the counts): the
    medium holds exactly what was written. The lines are not parsed again: the writer made them.
    """
    _open(path, {device_id: raw_public(key)}, None, file_key, parse=False).close()


def envelope_info(path: Path) -> EnvelopeInfo | None:
    """The outside of an encrypted package, or None when the package is not encrypted."""
    path = Path(path)
    size = _file_size(path)
    with path.open("rb") as handle:
        archive = SafeZip(handle)
        try:
            if not _is_envelope(archive):
                return None
            envelope = _envelope(archive)
            return EnvelopeInfo(envelope.recipient, envelope.suite, size)
        finally:
            archive.close()
