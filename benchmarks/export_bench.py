"""Export figures: a full package of 10,000 sessions with evidence, the next one after edits, inspecting.

``run(quick)`` returns:

- ``export_full_s``: ``export_package(full=True)`` of the demo database (10,000 sessions, the
  photos ``bench_data`` attaches), from the call to the verified file on disk: reading the log,
  closing it under references, writing, fsync, rename, and reading the file back through every
  check. That is what the assistant waits for between «Exportar» and «puede retirar la
  memoria». Median of runs (goal ≤ 2 s);
- ``export_mb``: the size of that package;
- ``export_incremental_s``: the next package after 100 sessions were edited (median);
- ``inspect_s``: ``open_package`` of the full package, every check (what ``ati inspect`` and
  the merge do before trusting it), median;
- ``zip_baseline_s``: ``zipfile`` writing exactly the package's member bytes (the same JSON
  Lines, deflated at the same level; blobs stored) to a file with fsync, in the same run,
  alternated with the exports; ``export_ratio`` = ``export_full_s`` / ``zip_baseline_s``
  (goal ≤ 2).

``ATI_BENCH_SCALE`` (default 1) multiplies the number of sessions, e.g. 0.005 for a smoke run.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import demo_file, note, scratch  # noqa: E402

from ati_desktop.exchange.package import open_package  # noqa: E402
from ati_desktop.exchange.package_export import export_package  # noqa: E402
from ati_desktop.exchange.package_write import DEFLATE_LEVEL  # noqa: E402
from ati_desktop.services import editing, queries  # noqa: E402
from ati_desktop.storage.database import Database  # noqa: E402

FIGURES = ("export_full_s", "export_mb", "export_incremental_s", "inspect_s", "zip_baseline_s", "export_ratio")
GOALS = {"export_full_s": ("<=", 2.0), "export_ratio": ("<=", 2.0)}
FULL_SESSIONS, QUICK_SESSIONS = 10_000, 2_000
EDITS = 100


def sessions(quick: bool) -> int:
    scale = float(os.environ.get("ATI_BENCH_SCALE", "1"))
    return max(50, int((QUICK_SESSIONS if quick else FULL_SESSIONS) * scale))


def describe(quick: bool) -> str:
    return f"export: {sessions(quick):,} sessions with photos, {min(EDITS, sessions(quick)):,} edits"


def _zip_baseline(members: list[tuple[str, bytes, bool]], target: Path) -> float:
    started = time.perf_counter()
    with open(target, "wb") as raw:
        with zipfile.ZipFile(raw, "w") as archive:
            for name, data, compressed in members:
                archive.writestr(name, data, zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED,
                                 compresslevel=DEFLATE_LEVEL if compressed else None)
        raw.flush()
        os.fsync(raw.fileno())
    seconds = time.perf_counter() - started
    target.unlink()
    return seconds


def _members(path: Path) -> list[tuple[str, bytes, bool]]:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info), info.compress_type == zipfile.ZIP_DEFLATED)
                for info in archive.infolist()]


def _edit(db: Database, count: int) -> None:
    for row in queries.list_sessions(db, limit=count):
        payload = editing.open_session(db, row.id)
        payload["conclusions"] = (payload.get("conclusions") or "") + " Revisado en la oficina."
        if payload["status"] == "cerrada":
            payload["new_correction_reason"] = "Se completa la conclusión"
        editing.save(db, payload, None)


def run(quick: bool = False) -> dict[str, float]:
    repeats = 3 if quick else 5
    source = demo_file(sessions(quick)).path
    work = scratch() / "export.sqlite"
    shutil.copyfile(source, work)
    folder = scratch() / "memoria"
    folder.mkdir(exist_ok=True)
    db = Database.open(work)
    db.confirm_same_device()  # a copy of the demo file, worked on as the same computer
    try:
        exports, baselines, inspections = [], [], []
        members: list[tuple[str, bytes, bool]] | None = None
        full = folder / "full-0.ati"
        for attempt in range(repeats):
            target = folder / f"full-{attempt}.ati"
            started = time.perf_counter()
            export_package(db, target, full=True)
            exports.append(time.perf_counter() - started)
            if members is None:
                members = _members(target)
            baselines.append(_zip_baseline(members, folder / "baseline.zip"))
            started = time.perf_counter()
            open_package(target).close()
            inspections.append(time.perf_counter() - started)
        size_mb = full.stat().st_size / 1e6
        incremental = []
        for attempt in range(repeats):
            _edit(db, min(EDITS, sessions(quick)))
            started = time.perf_counter()
            export_package(db, folder / f"next-{attempt}.ati")
            incremental.append(time.perf_counter() - started)
    finally:
        db.close()
    note(f"export: {size_mb:.1f} MB; runs {', '.join(f'{s:.2f}' for s in exports)} s")
    export_s, baseline_s = statistics.median(exports), statistics.median(baselines)
    return {"export_full_s": export_s, "export_mb": size_mb,
            "export_incremental_s": statistics.median(incremental), "inspect_s": statistics.median(inspections),
            "zip_baseline_s": baseline_s, "export_ratio": export_s / baseline_s}
