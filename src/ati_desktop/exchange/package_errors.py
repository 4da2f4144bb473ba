"""Why a package was refused or could not be written, in Spanish, ready to show."""

from __future__ import annotations

from ati_desktop.domain.errors import AtiError


class PackageError(AtiError):
    """A package that cannot be trusted or read as it is; nothing was written because of it."""


class PackageWriteError(AtiError):
    """A package that could not be written (full or read-only medium, cancelled); no file left."""
