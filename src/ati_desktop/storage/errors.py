"""Environment errors of the database turned into messages the assistant can act on."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from ati_desktop.domain.errors import AtiError, error_template


class StorageError(AtiError):
    """The database file cannot be used as it is (disk full, read-only, locked, damaged)."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of ATI Desktop."""


_MESSAGES = (
    ("disk is full", error_template("El disco está lleno: no se pudo guardar. Libere espacio (por ejemplo, "
     "borre archivos que ya no necesite) y vuelva a intentarlo; lo escrito no se ha perdido.")),
    ("readonly", error_template("La base de datos está en un medio de solo lectura o sin permiso de escritura. "
     "Cópiela a una carpeta suya o quite la protección contra escritura.")),
    ("read-only", error_template("La base de datos está en un medio de solo lectura o sin permiso de escritura. "
     "Cópiela a una carpeta suya o quite la protección contra escritura.")),
    ("locked", error_template("La base de datos está siendo usada por otro programa. Cierre la otra ventana de "
     "ATI Desktop (o el programa que la tenga abierta) y vuelva a intentarlo.")),
    ("busy", error_template("La base de datos está siendo usada por otro programa. Cierre la otra ventana de "
     "ATI Desktop (o el programa que la tenga abierta) y vuelva a intentarlo.")),
    ("unable to open", error_template("No se pudo abrir el archivo de la base de datos. Revise que la carpeta "
     "exista y que tenga permiso para escribir en ella.")),
    ("not a database", error_template("El archivo no es una base de datos de ATI Desktop o está dañado. "
     "Restaure una copia de seguridad.")),
    ("malformed", error_template("La base de datos está dañada. Restaure la copia de seguridad más reciente "
     "(carpeta «copias» junto a la base de datos).")),
)


def environment_message(exc: BaseException) -> str | None:
    """The Spanish message for an environment error, or None when it looks like a bug."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.Error | OSError):
        return None
    text = str(original).lower()
    if isinstance(original, OSError) and original.errno == 28:
        text = "disk is full"
    for needle, message in _MESSAGES:
        if needle in text:
            return message
    return None


def as_storage_error(exc: BaseException) -> BaseException:
    """A :class:`StorageError` for environment errors; the exception itself otherwise."""
    message = environment_message(exc)
    return StorageError(message) if message else exc
