"""Writing a package safely to removable media: temporary name, flush, rename, read back.

The members of revisions are deflated first, on threads (:mod:`package_deflate`), and kept
compressed in memory; then the archive is streamed (photos one at a time, one encryption
chunk) into a hidden temporary file beside the target, synced behind the writer
(:mod:`write_behind`). Only when it is complete and on the medium (``fsync``) is it renamed to
its name; then it is read back from the medium and verified
(signature, seal and every hash) before the caller may say the stick can be removed. Any
failure, or a cancel, removes the temporary file: a full or read-only stick keeps nothing.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import os
import secrets
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from ati_desktop.domain.collector import collector_paused

from . import package_json
from .keys import fingerprint, raw_public
from .limits import MAX_MEMBER_BYTES
from .package_deflate import DeflatedMember, MemberDeflater
from .package_crypto import SUITE_NAME, EncryptingWriter, envelope_tag, new_file_key, wrap_file_key
from .package_errors import PackageError, PackageWriteError
from .package_format import (
    ENVELOPE,
    ENVELOPE_FORMAT_NAME,
    ENVELOPE_FORMAT_VERSION,
    EXPORT_FORMAT_VERSION,
    FIELD,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_CONTEXT,
    PAYLOAD,
    SEAL_CONTEXT,
    SIGNATURE,
    Manifest,
    blob_member,
    revisions_member,
)
from .package_seal import PLACEHOLDER, SealingStream
from .package_zip_writer import ZipStreamWriter
from .write_behind import WriteBehind

# Fixed member times: the same content gives the same bytes, and no clock leaks.
_MEMBER_TIME = (1980, 1, 1, 0, 0, 0)
# The fastest level of zlib (small members) and of ISA-L (the revisions, package_deflate): JSON
# Lines shrink nearly as much as at zlib's default level (6) in a fraction of the time; photos
# and signatures are stored as they are (already compressed).
DEFLATE_LEVEL = 1
_LINE_BUFFER = 256 * 1024


@dataclass(frozen=True)
class PackageHeader:
    """Who made the package and what part of the log it covers."""

    device_id: str
    device_label: str
    assistant_id: str | None
    assistant_name: str | None
    sequence: int
    full: bool
    deidentified: bool
    log_range: tuple[int, int] | None
    schema_version: str
    app_version: str
    # A package from the secretariat to the field says whom it is for (``FieldScope``'s fields).
    field_scope: dict[str, Any] | None = None


@dataclass(frozen=True)
class WrittenPackage:
    path: Path
    size: int
    sha256: str
    manifest: Manifest
    encrypted: bool


def _info(name: str, compressed: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_MEMBER_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    if compressed:
        info._compresslevel = DEFLATE_LEVEL  # ZipInfo has no public setter for the level
    info.external_attr = 0o644 << 16
    return info


class LineChunk(NamedTuple):
    """Whole lines of one member of revisions, as UTF-8 bytes each ending in a newline."""

    record_type: str
    data: bytes
    lines: int


def _chunks(revisions: Mapping[str, Iterable[dict[str, Any] | str]],
            tick: Callable[[], None]) -> Iterator[LineChunk]:
    """Revisions given as dicts or canonical lines, per record type, as chunks of lines."""
    for record_type, items in revisions.items():
        buffer: list[str] = []
        buffered = 0  # characters: a lower bound of the bytes
        for revision in items:
            text = revision if isinstance(revision, str) else package_json.dumps(revision)
            buffer.append(text)
            buffer.append("\n")
            buffered += len(text) + 1
            if buffered >= _LINE_BUFFER:
                yield LineChunk(record_type, "".join(buffer).encode("utf-8"), len(buffer) // 2)
                buffer, buffered = [], 0
            tick()
        if buffer:
            yield LineChunk(record_type, "".join(buffer).encode("utf-8"), len(buffer) // 2)


def _deflate_revisions(chunks: Iterable[LineChunk]) -> dict[str, DeflatedMember]:
    """Every member of revisions deflated (on threads, while ``chunks`` makes the next lines).

    The rows read for the lines hold no reference cycle: the collector is paused meanwhile.
    """
    deflater = MemberDeflater(DEFLATE_LEVEL)
    try:
        with collector_paused():
            for chunk in chunks:
                member = deflater.add(chunk.record_type, chunk.data, chunk.lines)
                if member.size > MAX_MEMBER_BYTES:
                    raise PackageWriteError("Hay demasiados cambios de «{kind}» para un solo paquete. "
                                            "Exporte solo los cambios nuevos (sin --all).", kind=chunk.record_type)
            return deflater.finish()
    finally:
        deflater.close()


def _write_inner(sink: Any, header: PackageHeader, revisions: Mapping[str, DeflatedMember],
                 blobs: Iterable[tuple[str, bytes]], key: Ed25519PrivateKey,
                 tick: Callable[[], None], extra: Mapping[str, bytes]) -> tuple[Manifest, str]:
    seal = SealingStream(sink)
    archive = ZipStreamWriter(seal, DEFLATE_LEVEL)
    members: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    for record_type, member in revisions.items():
        name = revisions_member(record_type)
        archive.add_deflated(name, member.chunks, member.crc, member.size, member.compressed_size)
        members[name] = {"sha256": member.sha256, "size": member.size}
        counts[record_type] = member.lines
    blob_count = 0
    for digest, data in blobs:
        name = blob_member(digest)
        archive.add(name, data, compressed=False)
        members[name] = {"sha256": digest, "size": len(data)}
        blob_count += 1
        tick()
    for name, data in extra.items():
        archive.add(name, data, compressed=True)
        members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION if header.field_scope is not None else EXPORT_FORMAT_VERSION,
        "app_version": header.app_version, "schema_version": header.schema_version,
        "device": {"id": header.device_id, "label": header.device_label,
                   "public_key": base64.b64encode(raw_public(key.public_key())).decode()},
        "assistant": ({"id": header.assistant_id, "name": header.assistant_name or ""}
                      if header.assistant_name is not None else None),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sequence": header.sequence, "full": header.full, "deidentified": header.deidentified,
        "log_range": ({"first": header.log_range[0], "last": header.log_range[1]}
                      if header.log_range else None),
        "counts": counts, "blobs": blob_count, "members": members,
    }
    if header.field_scope is not None:
        manifest.update(kind=FIELD, scope=header.field_scope)
    data = package_json.dumps(manifest).encode("utf-8")
    archive.add(MANIFEST, data, compressed=True)
    archive.add(SIGNATURE, key.sign(MANIFEST_CONTEXT + data), compressed=False)
    archive.close(PLACEHOLDER)
    seal.seal(lambda digest: key.sign(SEAL_CONTEXT + digest))
    return Manifest.model_validate(manifest), seal.file_sha256


def _write_encrypted(sink: BinaryIO, recipient: X25519PublicKey, file_key: bytes,
                     write_inner) -> tuple[Manifest, str]:
    seal = SealingStream(sink)
    with zipfile.ZipFile(seal, "w") as outer:
        outer.comment = PLACEHOLDER
        with outer.open(_info(PAYLOAD, compressed=False), "w", force_zip64=True) as payload:
            encrypting = EncryptingWriter(payload, file_key)
            manifest, _inner_sha256 = write_inner(encrypting)
            chunks = encrypting.finish()
        envelope = {
            "format": ENVELOPE_FORMAT_NAME, "format_version": ENVELOPE_FORMAT_VERSION,
            "suite": SUITE_NAME, "recipient": fingerprint(recipient),
            "wrapped_key": base64.b64encode(wrap_file_key(file_key, recipient)).decode(),
            "chunks": chunks,
        }
        outer.writestr(_info(ENVELOPE, compressed=False), package_json.dumps(envelope).encode())
    seal.seal(lambda digest: envelope_tag(file_key, digest))
    return manifest, seal.file_sha256


def write_failure(exc: OSError, folder: Path) -> PackageWriteError:
    """The Spanish message for an error of the medium while writing."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return PackageWriteError("No cabe el paquete en «{folder}»: el disco o la memoria está lleno. Libere "
                                 "espacio o use otra memoria; no quedó ningún archivo a medias.", folder=str(folder))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return PackageWriteError("No se puede escribir en «{folder}»: es de solo lectura o no tiene permiso. "
                                 "Quite la protección de la memoria o elija otra carpeta.", folder=str(folder))
    if exc.errno == errno.ENOENT:
        return PackageWriteError("La carpeta «{folder}» no existe (¿se retiró la memoria?).", folder=str(folder))
    return PackageWriteError("No se pudo escribir el paquete en «{folder}»: {reason}.", folder=str(folder),
                             reason=exc.strerror or str(exc))


def _sync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # folders cannot be opened on Windows; the rename is durable there already
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (vfat on a few kernels) refuse fsync on folders
    finally:
        os.close(descriptor)


def write_package(target: Path, header: PackageHeader,
                  revisions: Mapping[str, Iterable[dict[str, Any] | str]] | Iterable[LineChunk],
                  blobs: Iterable[tuple[str, bytes]], *, signing_key: Ed25519PrivateKey,
                  encrypt_to: X25519PublicKey | None = None,
                  on_item: Callable[[], None] | None = None,
                  extra_members: Mapping[str, bytes] | None = None) -> WrittenPackage:
    """Write, sync, rename, then read back and verify; nothing is left behind on failure.

    ``revisions`` holds, per record type, revisions as dicts or as their canonical JSON line,
    or is a stream of :class:`LineChunk` (whose maker counts its revisions itself: ``on_item``
    is called for the revisions of a mapping and for every blob); ``extra_members`` other
    small members by name (a field package's receipts).
    """
    from .package import verify_written  # the reader, which imports this module's neighbours

    target = Path(target)
    folder = target.parent
    if target.exists():
        raise PackageWriteError("Ya existe «{path}»: no se reemplaza un paquete (quizás aún no se ha "
                                "entregado). Elija otro nombre.", path=str(target))
    temporary = folder / f".{target.name}.{secrets.token_hex(4)}.parcial"
    file_key = new_file_key() if encrypt_to is not None else None
    tick = on_item or (lambda: None)
    chunks = _chunks(revisions, tick) if isinstance(revisions, Mapping) else revisions
    deflated = _deflate_revisions(chunks)
    try:
        with open(temporary, "xb") as raw:
            def inner(sink: Any) -> tuple[Manifest, str]:
                return _write_inner(sink, header, deflated, blobs, signing_key, tick, extra_members or {})

            behind = WriteBehind(raw)
            try:
                if encrypt_to is not None and file_key is not None:
                    manifest, sha256 = _write_encrypted(behind, encrypt_to, file_key, inner)
                else:
                    manifest, sha256 = inner(behind)
                behind.sync()
            finally:
                behind.close()
            if hasattr(os, "posix_fadvise"):
                # Drop the cached pages, so the read-back below reads the medium itself.
                os.posix_fadvise(raw.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        os.replace(temporary, target)
        _sync_folder(folder)
    except OSError as exc:
        _discard(temporary)
        raise write_failure(exc, folder) from exc
    except BaseException:
        _discard(temporary)
        raise
    try:
        verify_written(target, header.device_id, signing_key.public_key(), file_key)
    except (PackageError, OSError) as exc:
        _discard(target)
        reason = exc.message if isinstance(exc, PackageError) else (exc.strerror or str(exc))
        raise PackageWriteError("El paquete escrito en «{folder}» no pasó la verificación al leerlo de "
                                "nuevo ({reason}); se borró. Use otra memoria.", folder=str(folder),
                                reason=reason) from exc
    return WrittenPackage(target, target.stat().st_size, sha256, manifest, file_key is not None)


def _discard(path: Path) -> None:
    # A medium that turned read-only (or was pulled out) cannot lose the file either.
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
