"""Merges a device's database into a record in its own process, to be killed midway by a test.

    python merge_process.py RECORD DEVICE_FILE [KILL_AT]

RECORD is a SQLite path or a SQLAlchemy URL. Every progress step prints a line; with
KILL_AT the process stops at that step (inside the merge's transaction) and waits there.
"""

import sys
import time
from pathlib import Path

from ati_desktop.exchange.incoming import from_database
from ati_desktop.exchange.merge import merge_package
from ati_desktop.storage.database import Database


def main() -> None:
    target, device_file = sys.argv[1], Path(sys.argv[2])
    kill_at = int(sys.argv[3]) if len(sys.argv) > 3 else None
    record = Database.open_url(target) if "://" in target else Database.open(Path(target))
    incoming = from_database(Database.open(device_file))
    steps = 0

    def progress(stage: str, done: int, total: int) -> None:
        nonlocal steps
        steps += 1
        print(f"{steps} {stage} {done}/{total}", flush=True)
        if steps == kill_at:
            time.sleep(60)

    report = merge_package(record, incoming, progress=progress)
    print(f"done {report.revisions_new}", flush=True)


if __name__ == "__main__":
    main()
