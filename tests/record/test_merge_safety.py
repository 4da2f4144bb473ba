"""A merge is whole or nothing: killed midway it leaves the record as it was; two at once both land."""

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from devices import meeting, new_device, package
from pg import both_databases
from record_dump import canonical_dump
from sqlalchemy import text

from ati_desktop.exchange.merge import merge_package
from ati_desktop.services.sessions import save_session
from ati_desktop.storage.database import Database

SCRIPT = Path(__file__).with_name("merge_process.py")

def _device_with_sessions(folder, name, count):
    device = new_device(folder, name)
    for number in range(count):
        save_session(device, meeting(device, objective=f"Sesión {number} de {name}"))
    return device

def _target(record):
    return str(record.path) if record.path else record.url

def _run_until(target, device_file, kill_at):
    process = subprocess.Popen([sys.executable, str(SCRIPT), target, str(device_file), str(kill_at)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        for line in process.stdout:
            if line.startswith(f"{kill_at} "):
                process.send_signal(signal.SIGKILL)
                break
            if line.startswith("done"):
                break
    finally:
        process.wait(timeout=60)
    return process.returncode

@both_databases
def test_a_merge_killed_midway_leaves_the_record_exactly_as_before(db, tmp_path):
    first = _device_with_sessions(tmp_path, "ana", 3)
    merge_package(db, package(first))
    second = _device_with_sessions(tmp_path, "beto", 20)
    second.close()
    before = canonical_dump(db)
    target = _target(db)
    db.close()  # the merging process must be the file's only writer: a second one is refused
    for kill_at in (1, 2, 3, 4):
        assert _run_until(target, tmp_path / "beto.sqlite", kill_at) == -signal.SIGKILL
        reopened = Database.open_url(target) if "://" in target else Database.open(Path(target))
        assert canonical_dump(reopened) == before, f"killed at step {kill_at}"
        reopened.close()
    finished = subprocess.run([sys.executable, str(SCRIPT), target, str(tmp_path / "beto.sqlite")],
                              capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    reopened = Database.open_url(target) if "://" in target else Database.open(Path(target))
    assert canonical_dump(reopened) != before
    reopened.close()
    with db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM session")).scalar() == 23

def test_two_merges_into_the_same_postgresql_record_at_once_both_land(pg_url, tmp_path):
    devices = [_device_with_sessions(tmp_path, name, 15) for name in ("ana", "beto", "carla")]
    shared = meeting(devices[0], objective="Compartida")
    save_session(devices[0], shared)
    for other in devices[1:]:
        merge_package(other, package(devices[0]))  # every package carries the shared session
    packages = [package(device) for device in devices]
    supervisors = [Database.open_url(pg_url) for _ in devices]
    barrier = threading.Barrier(len(devices))
    errors, reports = [], []

    def merge(record, incoming):
        try:
            barrier.wait(timeout=30)
            reports.append(merge_package(record, incoming))
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=merge, args=pair) for pair in zip(supervisors, packages)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [] and len(reports) == 3
    sent = {r.id for p in packages for r in p.all_revisions()}
    with supervisors[0].engine.connect() as c:
        held = [r[0] for r in c.execute(text("SELECT id FROM revision"))]
        assert c.execute(text("SELECT count(*) FROM session")).scalar() == 46
    assert len(held) == len(set(held)) and sent <= set(held)
    assert sum(r.revisions_new for r in reports) == len(sent)
    sequential = Database.open(tmp_path / "secuencial.sqlite")
    for incoming in packages:
        merge_package(sequential, incoming)
    assert canonical_dump(sequential) == canonical_dump(supervisors[0])
    for database in supervisors + devices + [sequential]:
        database.close()
