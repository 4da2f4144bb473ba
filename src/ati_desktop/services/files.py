"""Files the user asked for (actas, exports): written whole through a temporary name, or not at all.

A full disk, a read-only stick or a folder that went away gives a :class:`StorageError` naming
the place, and no partial or empty file is left behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ati_desktop.storage.errors import storage_errors


def write_whole(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` (replacing it) through a temporary file in the same folder."""
    path = Path(path)
    with storage_errors(path):
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return path


def make_folder(path: Path) -> Path:
    """Create the folder for a batch of files (and its parents), or say why not."""
    with storage_errors(path):
        Path(path).mkdir(parents=True, exist_ok=True)
    return Path(path)
