"""Environment errors (disk, folders, database files and servers) as messages the user can act on.

The one mapping for the command line and the interface: OS errors, SQLite's errors and the
PostgreSQL server's (psycopg) become a :class:`StorageError` with a Spanish template naming the
place; anything else is a bug and is left alone to surface as one.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ati_desktop.domain.errors import AtiError, error_template


class StorageError(AtiError):
    """The database or a file cannot be used as it is (disk full, read-only, locked, damaged)."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of ATI Desktop."""


class DatabaseInUseError(StorageError):
    """Another ATI Desktop window or command is writing to the same database."""


class DamagedDatabaseError(StorageError):
    """SQLite found the file damaged; the latest backup is the way back."""


_DISK_FULL = error_template(
    "El disco está lleno: no se pudo guardar. Libere espacio (por ejemplo, borre archivos que ya "
    "no necesite) y vuelva a intentarlo; lo escrito no se ha perdido.")
_READ_ONLY = error_template(
    "La base de datos está en un medio de solo lectura o sin permiso de escritura. Cópiela a una "
    "carpeta suya o quite la protección contra escritura.")
_LOCKED = error_template(
    "La base de datos está siendo usada por otro programa. Cierre la otra ventana de ATI Desktop "
    "(o el programa que la tenga abierta) y vuelva a intentarlo.")
_CANNOT_OPEN = error_template(
    "No se pudo abrir el archivo de la base de datos. Revise que la carpeta exista y que tenga "
    "permiso para escribir en ella.")
_NOT_A_DATABASE = error_template(
    "El archivo no es una base de datos de ATI Desktop o está dañado. Restaure una copia de "
    "seguridad.")
_DAMAGED = error_template(
    "La base de datos está dañada. Restaure la copia de seguridad más reciente (carpeta «copias» "
    "junto a la base de datos).")

# SQLite reports its errors as text; the first needle found names the situation.
_SQLITE_MESSAGES = (
    ("disk is full", _DISK_FULL),
    ("readonly", _READ_ONLY),
    ("read-only", _READ_ONLY),
    ("locked", _LOCKED),
    ("busy", _LOCKED),
    ("unable to open", _CANNOT_OPEN),
    ("not a database", _NOT_A_DATABASE),
    ("malformed", _DAMAGED),
    ("disk i/o error", error_template(
        "No se pudo leer o escribir el disco donde está la base de datos (¿se retiró la memoria "
        "USB?). Vuelva a conectarlo e intente de nuevo; lo guardado antes no se ha perdido.")),
)

# PostgreSQL's SQLSTATE codes (psycopg's ``sqlstate``) of the shared departmental record.
_SERVER_TOO_LONG = error_template(
    "Un texto es más largo de lo que admite el registro departamental; acórtelo y vuelva a "
    "intentarlo. No se guardó nada.")
_SERVER_DISK_FULL = error_template(
    "El servidor del registro departamental no tiene espacio en disco; no se guardó nada. Avise "
    "al administrador del servidor.")
_SERVER_UNREACHABLE = error_template(
    "No se pudo conectar con el servidor del registro departamental. Revise la conexión de red y "
    "la dirección del servidor; no se guardó nada.")
_SERVER_LOGIN = error_template(
    "El servidor del registro departamental rechazó el usuario o la contraseña.")
_SERVER_BUSY = error_template(
    "El servidor del registro departamental está ocupado o se está reiniciando; vuelva a "
    "intentarlo en unos minutos. No se guardó nada.")
_SERVER_READ_ONLY = error_template(
    "El servidor del registro departamental solo permite consultar (modo de solo lectura); no se "
    "guardó nada.")
_SQLSTATE_MESSAGES = {
    "22001": _SERVER_TOO_LONG,      # string_data_right_truncation
    "53100": _SERVER_DISK_FULL,     # disk_full
    "53200": _SERVER_BUSY,          # out_of_memory
    "53300": _SERVER_BUSY,          # too_many_connections
    "57P01": _SERVER_BUSY,          # admin_shutdown
    "57P03": _SERVER_BUSY,          # cannot_connect_now
    "40001": _SERVER_BUSY,          # serialization_failure
    "40P01": _SERVER_BUSY,          # deadlock_detected
    "55P03": _SERVER_BUSY,          # lock_not_available
    "25006": _SERVER_READ_ONLY,     # read_only_sql_transaction
    "28000": _SERVER_LOGIN,         # invalid_authorization_specification
    "28P01": _SERVER_LOGIN,         # invalid_password
    "3D000": _SERVER_UNREACHABLE,   # invalid_catalog_name (no such database)
}
# A connection that fails before the server answers carries no SQLSTATE, only libpq's text.
_CONNECTION_NEEDLES = ("connection refused", "could not connect", "connection failed",
                       "server closed the connection", "no such file or directory",
                       "could not translate host name", "timeout expired", "connection timed out",
                       "name or service not known", "network is unreachable")

# What can be done about a file that could not be written or read, by errno.
_FILE_NO_SPACE = error_template(
    "No se pudo guardar «{path}»: el disco está lleno. Libere espacio o elija otra unidad; no "
    "quedó ningún archivo a medias.")
_FILE_NO_PERMISSION = error_template(
    "No se pudo guardar «{path}»: no hay permiso para escribir allí (¿memoria USB protegida o "
    "carpeta de solo lectura?). Elija otra carpeta.")
_FILE_READ_ONLY = error_template(
    "No se pudo guardar «{path}»: la unidad es de solo lectura. Elija otra carpeta.")
_FILE_NO_FOLDER = error_template(
    "No se pudo usar «{path}»: la carpeta ya no existe (¿se retiró la memoria USB?) o el nombre "
    "está mal escrito. Elija una carpeta que exista.")
_FILE_NOT_A_FOLDER = error_template(
    "No se pudo usar «{path}»: una parte de la ruta es un archivo, no una carpeta.")
_FILE_IS_A_FOLDER = error_template(
    "No se pudo usar «{path}»: es una carpeta; indique el nombre de un archivo.")
_FILE_IO = error_template(
    "No se pudo leer o escribir «{path}»: falló el disco o la memoria USB ({reason}).")
_ERRNO_MESSAGES = {
    errno.ENOSPC: _FILE_NO_SPACE,
    errno.EDQUOT: _FILE_NO_SPACE,
    errno.EFBIG: _FILE_NO_SPACE,
    errno.EACCES: _FILE_NO_PERMISSION,
    errno.EPERM: _FILE_NO_PERMISSION,
    errno.EROFS: _FILE_READ_ONLY,
    errno.ENOENT: _FILE_NO_FOLDER,
    errno.ENOTDIR: _FILE_NOT_A_FOLDER,
    errno.EISDIR: _FILE_IS_A_FOLDER,
    errno.EIO: _FILE_IO,
    errno.ENXIO: _FILE_IO,
    errno.ENODEV: _FILE_IO,
}


def storage_error(exc: BaseException, path: str | Path | None = None) -> StorageError | None:
    """The :class:`StorageError` for an environment error, or None when it looks like a bug.

    ``path`` names the file a message speaks of when the error itself does not.
    """
    if isinstance(exc, StorageError):
        return exc
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    if isinstance(original, OSError) and original.errno in _ERRNO_MESSAGES:
        place = path if path is not None else (original.filename or "")
        return StorageError(_ERRNO_MESSAGES[original.errno], path=str(place),
                            reason=original.strerror or str(original))
    if isinstance(original, sqlite3.Error):
        text = str(original).lower()
        if path is not None and "disk is full" in text:  # a copy being written, named by the caller
            return StorageError(_FILE_NO_SPACE, path=str(path))
        for needle, template in _SQLITE_MESSAGES:
            if needle in text:
                kind = DamagedDatabaseError if template in (_DAMAGED, _NOT_A_DATABASE) else StorageError
                return kind(template)
        return None
    return _server_error(original)


def _server_error(original: BaseException) -> StorageError | None:
    """PostgreSQL's errors, read from psycopg's class without importing it (it is optional)."""
    if not type(original).__module__.startswith("psycopg"):
        return None
    template = _SQLSTATE_MESSAGES.get(getattr(original, "sqlstate", None) or "")
    if template is None and type(original).__name__ == "OperationalError":
        text = str(original).lower()
        if any(needle in text for needle in _CONNECTION_NEEDLES):
            template = _SERVER_UNREACHABLE
    return StorageError(template) if template else None


@contextmanager
def storage_errors(path: str | Path | None = None) -> Iterator[None]:
    """Re-raise environment errors inside the block as :class:`StorageError`, bugs as they are."""
    try:
        yield
    except (DBAPIError, OSError, sqlite3.Error) as exc:
        translated = storage_error(exc, path)
        if translated is None or translated is exc:
            raise
        raise translated from exc
    except Exception as exc:
        translated = _server_error(exc)
        if translated is None:
            raise
        raise translated from exc
