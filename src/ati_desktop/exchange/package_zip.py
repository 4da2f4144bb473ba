"""Reading a ZIP archive from outside without trusting it: members read into memory, never extracted.

Before any member is read, the whole table of contents is checked: member names (no path
that could leave a folder), sizes against :mod:`limits`, and that no two members share bytes
(the overlapping-entry zip bomb, which the standard library of Python 3.11.7 does not catch).
Reading a member stops at its declared size, so a lying header cannot make it larger; a
deflated one is inflated (by ISA-L) in bounded pieces, from its declared bytes only, and must
end where they end, with the CRC-32 its entry declares.
"""

from __future__ import annotations

import re
import struct
import threading
import zipfile
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from isal import isal_zlib

from .limits import MAX_MEMBER_BYTES, MAX_MEMBERS, MAX_TOTAL_BYTES
from .package_errors import PackageError

_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, then name and extra lengths at offset 26
_LOCAL_SIGNATURE = b"PK\x03\x04"
_DRIVE = re.compile(r"^[A-Za-z]:")
_READ_CHUNK = 1024 * 1024
MAX_NAME_CHARS = 255
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# Data descriptor (0x08) and UTF-8 names (0x800); encryption, patches and the rest are refused.
_ALLOWED_FLAGS = 0x808


def _damaged(detail: str, **params: object) -> PackageError:
    return PackageError("El archivo no es un paquete de ATI Desktop o está dañado: " + detail +
                        ". No se importó nada.", **params)


def check_member_name(name: str) -> None:
    """Refuse a name that could point outside a folder if someone extracted the archive."""
    shown = name.replace("\x00", "\\0")[:80]
    if "\x00" in name:
        raise _damaged("un nombre de archivo contiene un carácter nulo («{name}»)", name=shown)
    if "\\" in name:
        raise _damaged("un nombre de archivo usa barras invertidas («{name}»)", name=shown)
    if name.startswith("/") or _DRIVE.match(name):
        raise _damaged("un nombre de archivo es una ruta absoluta («{name}»)", name=shown)
    parts = name.split("/")
    if ".." in parts:
        raise _damaged("un nombre de archivo sale de la carpeta del paquete («{name}»)", name=shown)
    if "" in parts or "." in parts or len(name) > MAX_NAME_CHARS:
        raise _damaged("un nombre de archivo no es válido («{name}»)", name=shown)


class SafeZip:
    """A checked archive; :meth:`read` returns one member's bytes, never more than declared."""

    def __init__(self, file: BinaryIO) -> None:
        try:
            self._zip = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError,
                struct.error):
            raise _damaged("no es un archivo ZIP completo (¿se copió a medias?)") from None
        except OSError as exc:
            raise PackageError("No se pudo leer el paquete: {reason}.", reason=exc.strerror or str(exc)) from None
        self._file = file
        self._reading = threading.Lock()
        self.comment = self._zip.comment
        self.members: dict[str, zipfile.ZipInfo] = {}
        self._check_contents()

    def close(self) -> None:
        self._zip.close()

    def _check_contents(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _damaged("tiene demasiados archivos ({count}; el límite es {limit})",
                           count=len(infos), limit=MAX_MEMBERS)
        total = 0
        for info in infos:
            check_member_name(info.orig_filename)
            if info.filename in self.members:
                raise _damaged("repite el archivo «{name}»", name=info.filename[:80])
            if info.flag_bits & ~_ALLOWED_FLAGS or info.compress_type not in _ALLOWED_METHODS:
                raise _damaged("«{name}» usa una compresión o un cifrado ZIP que no se admite",
                               name=info.filename[:80])
            if info.file_size > MAX_MEMBER_BYTES:
                raise _damaged("«{name}» es demasiado grande ({size} bytes; el límite es {limit})",
                               name=info.filename[:80], size=info.file_size, limit=MAX_MEMBER_BYTES)
            total += info.file_size
            self.members[info.filename] = info
        if total > MAX_TOTAL_BYTES:
            raise _damaged("su contenido descomprimido es demasiado grande ({size} bytes; el límite es {limit})",
                           size=total, limit=MAX_TOTAL_BYTES)
        self._check_no_overlap(infos)

    def _check_no_overlap(self, infos: list[zipfile.ZipInfo]) -> None:
        end_of_data = self._zip.start_dir
        previous_end = 0
        for info in sorted(infos, key=lambda item: item.header_offset):
            if info.header_offset < previous_end:
                raise _damaged("sus archivos se superponen (posible bomba ZIP)")
            try:
                self._file.seek(info.header_offset)
                signature, name_length, extra_length = _LOCAL_HEADER.unpack(self._file.read(_LOCAL_HEADER.size))
            except (OSError, struct.error):
                raise _damaged("el índice apunta fuera del archivo") from None
            if signature != _LOCAL_SIGNATURE:
                raise _damaged("el índice apunta fuera de un archivo")
            previous_end = (info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
                            + info.compress_size)
            if previous_end > end_of_data:
                raise _damaged("sus archivos se superponen con el índice (posible bomba ZIP)")

    def data_offset(self, name: str) -> int:
        """Where a stored (uncompressed) member's bytes begin in the file."""
        info = self.members[name]
        self._file.seek(info.header_offset)
        _, name_length, extra_length = _LOCAL_HEADER.unpack(self._file.read(_LOCAL_HEADER.size))
        return info.header_offset + _LOCAL_HEADER.size + name_length + extra_length

    def _pieces(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The member's declared bytes in the file, read in pieces (under a lock: members may be
        read on several threads at once, from the one file)."""
        with self._reading:
            position = self.data_offset(info.filename)
        left = info.compress_size
        while left:
            with self._reading:
                self._file.seek(position)
                data = self._file.read(min(_READ_CHUNK, left))
            if not data:
                raise EOFError
            position += len(data)
            left -= len(data)
            yield data

    def _stored(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        crc = 0
        for piece in self._pieces(info):
            crc = isal_zlib.crc32(piece, crc)
            yield piece
        if crc != info.CRC:
            raise zipfile.BadZipFile(f"bad CRC-32 for {info.filename!r}")

    def _inflated(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """A deflated member, inflated by ISA-L (zipfile's zlib takes twice as long) in pieces of at
        most _READ_CHUNK bytes; the stream must end with the member's bytes, with its CRC-32."""
        crc = 0
        inflater = isal_zlib.decompressobj(-15)
        for data in self._pieces(info):
            while data:
                if inflater.eof:
                    raise zipfile.BadZipFile(f"bytes after the stream of {info.filename!r}")
                piece = inflater.decompress(data, _READ_CHUNK)  # at most that much held at once
                crc = isal_zlib.crc32(piece, crc)
                yield piece
                data = inflater.unconsumed_tail
        if not inflater.eof or inflater.unused_data or crc != info.CRC:
            raise zipfile.BadZipFile(f"bad deflated member {info.filename!r}")

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        """The member's bytes; refuses one larger than declared or than ``limit``."""
        return b"".join(self.chunks(name, limit))

    def chunks(self, name: str, limit: int = MAX_MEMBER_BYTES) -> Iterator[bytes]:
        """The member's bytes in pieces, as :meth:`read` checks them: the last check (that the
        member is complete) comes when the pieces are all taken."""
        info = self.members[name]
        if info.file_size > limit:
            raise _damaged("«{name}» es demasiado grande ({size} bytes; el límite es {limit})",
                           name=name[:80], size=info.file_size, limit=limit)
        size = 0
        try:
            pieces = self._inflated(info) if info.compress_type == zipfile.ZIP_DEFLATED else self._stored(info)
            for chunk in pieces:
                size += len(chunk)
                if size > info.file_size:
                    raise _damaged("«{name}» es más grande de lo que declara", name=name[:80])
                yield chunk
        except (zipfile.BadZipFile, zlib.error, isal_zlib.error, EOFError, ValueError, NotImplementedError,
                struct.error):
            raise _damaged("«{name}» está dañado", name=name[:80]) from None
        except OSError as exc:
            raise PackageError("No se pudo leer el paquete: {reason}.", reason=exc.strerror or str(exc)) from None
        if size != info.file_size:
            raise _damaged("«{name}» está incompleto", name=name[:80])
