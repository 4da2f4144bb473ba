"""Two-way exchange figures: a field package out of a big departmental record, and its import.

``run(quick)`` builds a demo record (100,000 sessions; 20,000 in quick mode; ``ATI_BENCH_SCALE``
multiplies both) once and returns:

- ``field_package_s``: writing the field package of one municipality (the one with the most
  sessions) from the record, as ``ati field-package --municipio`` does: selecting the records
  in scope with their whole history and what they name, writing, signing and reading the file
  back to verify it; ``field_package_mb`` its size and ``field_sessions`` its sessions;
- ``field_zip_baseline_s``: the floor — the same revision bodies read with plain ``sqlite3``
  by their ids and deflated into a ZIP at the same level; ``field_package_ratio`` =
  field_package_s / field_zip_baseline_s;
- ``field_import_s``: importing that package into an assistant's empty database, as
  «Importar paquete de la Secretaría» does (verify, merge, current rows, search index);
  ``field_import_again_s``: importing it a second time (nothing new).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FULL_ROWS, QUICK_ROWS = 100_000, 20_000
FIGURES = ("field_sessions", "field_package_s", "field_package_mb", "field_zip_baseline_s", "field_package_ratio",
           "field_import_s", "field_import_again_s")
GOALS: dict[str, tuple[str, float]] = {}
_scratch = Path(tempfile.mkdtemp(prefix="ati-field-bench-"))
atexit.register(shutil.rmtree, _scratch, ignore_errors=True)


def _rows(quick: bool) -> int:
    scale = float(os.environ.get("ATI_BENCH_SCALE", "1"))
    return max(100, int((QUICK_ROWS if quick else FULL_ROWS) * scale))


def describe(quick: bool) -> str:
    return f"field: a municipality's field package out of {_rows(quick):,} demo sessions, and its import"


def _record(rows: int) -> Path:
    from ati_desktop.services.demo import generate_demo
    from ati_desktop.storage.database import Database

    path = _scratch / f"registro-{rows}.sqlite"
    db = Database.open(path)
    generate_demo(db, rows, today=date.today())
    db.close()
    return path


def _busiest_municipality(path: Path) -> str:
    with sqlite3.connect(path) as c:
        return c.execute("SELECT municipality_code FROM session GROUP BY municipality_code "
                         "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]


def _zip_baseline(record: Path, package: Path) -> float:
    """Read the package's revisions from the record with plain sqlite3 and deflate them."""
    from ati_desktop.exchange.package import open_package

    with open_package(package) as opened:
        ids = [r.id for group in opened.revisions.values() for r in group]
    started = time.perf_counter()
    with sqlite3.connect(record) as c, zipfile.ZipFile(
            _scratch / "baseline.zip", "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        c.execute("CREATE TEMP TABLE wanted (id TEXT PRIMARY KEY)")
        c.executemany("INSERT INTO wanted VALUES (?)", ((i,) for i in ids))
        # The ids lead, each found by the log's unique index on revision.id.
        rows = c.execute("SELECT r.body FROM wanted w CROSS JOIN revision r ON r.id = w.id")
        with archive.open("revisions.jsonl", "w") as member:
            for (body,) in rows:
                member.write(body.encode() + b"\n")
    return time.perf_counter() - started


def run(quick: bool = False) -> dict[str, float]:
    earlier = os.environ.get("ATI_DATA_DIR")
    os.environ["ATI_DATA_DIR"] = str(_scratch / "datos")  # the signing keys live in the data folder
    try:
        return _measure(_rows(quick))
    finally:
        if earlier is None:
            os.environ.pop("ATI_DATA_DIR", None)
        else:
            os.environ["ATI_DATA_DIR"] = earlier


def _measure(rows: int) -> dict[str, float]:
    from ati_desktop.exchange import keys
    from ati_desktop.exchange.field_package import FieldScope, write_field_package
    from ati_desktop.services.field_exchange import import_field_package
    from ati_desktop.storage.database import Database

    path = _record(rows)
    public, private = keys.new_signing_pair(_scratch / "claves")
    keys.import_public_key(public)
    signing = keys.read_signing_private(private)
    municipality = _busiest_municipality(path)
    record = Database.open(path)
    package = _scratch / "campo.ati"
    started = time.perf_counter()
    written = write_field_package(record, package, FieldScope(municipalities=(municipality,)), signing_key=signing)
    figures = {"field_package_s": time.perf_counter() - started, "field_sessions": float(written.sessions),
               "field_package_mb": written.size / 1e6}
    record.close()
    figures["field_zip_baseline_s"] = _zip_baseline(path, package)
    figures["field_package_ratio"] = figures["field_package_s"] / max(figures["field_zip_baseline_s"], 1e-6)
    assistant = Database.open(_scratch / "asistente.sqlite")
    started = time.perf_counter()
    import_field_package(assistant, package)
    figures["field_import_s"] = time.perf_counter() - started
    started = time.perf_counter()
    import_field_package(assistant, package)
    figures["field_import_again_s"] = time.perf_counter() - started
    assistant.close()
    return figures


if __name__ == "__main__":
    for name, value in run("--quick" in sys.argv).items():
        print(f"{name}: {value:.3f}")
