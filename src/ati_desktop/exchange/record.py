"""The departmental record as the supervisor's tools use it: open it, merge files into it.

Shared by ``ati merge`` and the supervisor mode of the desktop app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session as DbSession

from ati_desktop.domain.errors import AtiError
from ati_desktop.storage.database import Database

from . import keys
from .field_package import check_signer
from .incoming import Incoming, database_file, from_package, is_database_file
from .merge import PackageReport, merge_package, trusted_keys
from .package import open_package

Indexer = Callable[[DbSession, list[str]], None]


def open_record(target: str | Path) -> Database:
    """A record from a path, a ``sqlite:///`` URL or a server URL (``postgresql+psycopg://…``)."""
    text = str(target).strip()
    if text.startswith("sqlite:///"):
        return Database.open(Path(text.removeprefix("sqlite:///")))
    if "://" in text:
        return Database.open_url(text)
    return Database.open(Path(text))


def describe_target(record: Database) -> str:
    """How to name the record to a person: its file, or its server without the password."""
    if record.path is not None:
        return str(record.path)
    return record.engine.url.render_as_string(hide_password=True)


@contextmanager
def source_of(path: Path, record: Database, secretariat_key_file: Path | None = None) -> Iterator[Incoming]:
    """A package (checked before anything is trusted) or another database file."""
    path = Path(path)
    if is_database_file(path):
        with database_file(path) as incoming:
            yield incoming
        return
    private = keys.read_secretariat_private(secretariat_key_file) if secretariat_key_file else None
    with open_package(path, trusted_keys=trusted_keys(record), secretariat_key=private) as package:
        check_signer(package)
        yield from_package(package)


@dataclass(frozen=True)
class FileResult:
    path: Path
    report: PackageReport | None
    error: str | None = None


def merge_files(record: Database, paths: Sequence[Path], *, dry_run: bool = False,
                secretariat_key_file: Path | None = None, index_sessions: Indexer | None = None,
                progress: Callable[[int, int], None] | None = None) -> list[FileResult]:
    """Merge each file whole, in turn; a refused one is reported with its reason, the others go on."""
    results = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths))
        try:
            with source_of(path, record, secretariat_key_file) as incoming:
                report = merge_package(record, incoming, dry_run=dry_run, index_sessions=index_sessions)
            results.append(FileResult(Path(path), report))
        except AtiError as exc:
            results.append(FileResult(Path(path), None, exc.message))
        except OSError as exc:
            results.append(FileResult(Path(path), None, f"No se pudo leer el archivo: {exc.strerror or exc}."))
    if progress is not None:
        progress(len(paths), len(paths))
    return results
