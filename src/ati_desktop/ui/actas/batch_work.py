"""The work of a batch of actas, run on the worker thread: render, write, stop when asked."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ati_desktop.services import actas

from . import files

Report = Callable[[int, int], None]


@dataclass(frozen=True)
class BatchRequest:
    """Which sessions (school DANE code and dates, as the dialog shows them) and where they go."""

    school_dane: str | None
    date_from: date | None
    date_to: date | None
    target: Path  # a folder, or the merged PDF's path
    merge_into_one: bool


@dataclass(frozen=True)
class BatchOutcome:
    total: int
    written: list[Path] = field(default_factory=list)
    actas_written: int = 0
    cancelled: bool = False


class _Cancelled(Exception):
    pass


def run_batch(db, forms, request: BatchRequest, report: Report, cancel: threading.Event) -> BatchOutcome:
    """Write the actas a request names; ``cancel`` is honoured between actas."""
    ids = actas.sessions_for_batch(db, request.school_dane, request.date_from, request.date_to)
    report(0, len(ids))
    if request.merge_into_one:
        return _merged(db, forms, ids, request.target, report, cancel)
    return _one_per_session(db, forms, ids, request.target, report, cancel)


def _one_per_session(db, forms, ids: list[str], folder: Path, report: Report,
                     cancel: threading.Event) -> BatchOutcome:
    written: list[Path] = []
    for done, session_id in enumerate(ids, 1):
        if cancel.is_set():
            return BatchOutcome(len(ids), written, len(written), cancelled=True)
        path = folder / actas.acta_file_name(actas.current_record(db, session_id))
        files.write_whole(path, actas.render_session(db, forms, session_id))
        written.append(path)
        report(done, len(ids))
    return BatchOutcome(len(ids), written, len(written))


def _merged(db, forms, ids: list[str], path: Path, report: Report, cancel: threading.Event) -> BatchOutcome:
    if not ids:
        return BatchOutcome(0)

    def progress(done: int, total: int) -> None:
        # The renderer calls back as each acta is laid out: the place to stop between actas.
        if cancel.is_set():
            raise _Cancelled
        report(done, total)

    try:
        (merged,) = actas.render_batch(db, forms, ids, True, progress)
    except _Cancelled:
        return BatchOutcome(len(ids), cancelled=True)
    files.write_whole(path, merged)  # through a temporary file: never a partial PDF
    return BatchOutcome(len(ids), [path], len(ids))
