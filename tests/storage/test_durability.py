"""A writer killed at random moments (SIGKILL) never loses an acknowledged session nor
leaves a torn one: every session in the file has all its child rows.

``ATI_KILL_RUNS`` sets the number of kills: 20 by default, 200 in CI (scripts/dev.sh).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from ati_desktop.storage.database import Database

from writer_process import OBJECTIVE, SAVING, evidence_bytes, expected_children

DEFAULT_RUNS = 20
RUNS = int(os.environ.get("ATI_KILL_RUNS", DEFAULT_RUNS))
WRITER = Path(__file__).with_name("writer_process.py")
SOURCE = Path(__file__).resolve().parents[2] / "src"

# Each kill costs a writer's start-up and a check of the file: allow for a slow machine.
pytestmark = [pytest.mark.timeout(max(300, RUNS * 10))] + ([pytest.mark.slow] if RUNS > DEFAULT_RUNS else [])


def test_killed_writer_keeps_every_acknowledged_session_whole(tmp_path):
    path = tmp_path / "kill.sqlite"
    Database.open(path).close()
    rng = random.Random(int(os.environ.get("ATI_KILL_SEED", "1581")))
    acknowledged: set[str] = set()
    verified: set[str] = set()
    interrupted = 0
    started = time.perf_counter()
    for run in range(RUNS):
        saved, cut_a_save = _run_and_kill(path, rng)
        acknowledged |= saved
        interrupted += cut_a_save
        verified |= _check(path, acknowledged, verified, run)
    elapsed = time.perf_counter() - started
    assert len(acknowledged) > RUNS, "the writer should save several sessions per run"
    # The test proves something only if kills land inside saves, not between them.
    assert interrupted >= RUNS // 4, f"only {interrupted} of {RUNS} kills interrupted a save"
    print(f"\n{RUNS} kills ({interrupted} inside a save), {len(acknowledged)} acknowledged "
          f"sessions, {elapsed:.1f} s")


def _run_and_kill(path: Path, rng: random.Random) -> tuple[set[str], bool]:
    """Start the writer, kill it mid-work; the ids it acknowledged, and whether a save was cut."""
    paths = [str(SOURCE), os.environ.get("PYTHONPATH")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in paths if p))
    writer = subprocess.Popen([sys.executable, str(WRITER), str(path)], stdout=subprocess.PIPE,
                              text=True, env=env)
    try:
        assert writer.stdout.readline() == "ready\n"
        lines = []
        if rng.random() < 0.5:
            time.sleep(rng.uniform(0.005, 0.150))
        else:
            for _ in range(rng.randint(1, 6)):  # let a few saves return, then catch one started
                lines += [writer.stdout.readline(), writer.stdout.readline()]
            lines.append(writer.stdout.readline())
            time.sleep(rng.uniform(0, 0.015))  # somewhere inside that save
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        lines += writer.stdout.read().splitlines(keepends=True)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL
    # A line cut by the kill (no newline yet) was never a complete acknowledgement.
    whole = [line for line in lines if line.endswith("\n")]
    saved = {line.split()[0] for line in whole if not line.startswith(SAVING)}
    cut_a_save = bool(whole) and whole[-1].startswith(SAVING)
    return saved, cut_a_save


def _check(path: Path, acknowledged: set[str], verified: set[str], run: int) -> set[str]:
    """Open the file as the app would and check it; returns the sessions whose blobs were read."""
    db = Database.open(path)
    try:
        with db.read() as tx:
            assert tx.execute(text("PRAGMA integrity_check")).all() == [("ok",)], run
            assert tx.execute(text("PRAGMA foreign_key_check")).all() == [], run
            rows = tx.execute(text("""
                SELECT s.id, s.objective,
                  (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.deleted_at IS NULL),
                  (SELECT count(*) FROM commitment c WHERE c.session_id = s.id AND c.deleted_at IS NULL),
                  (SELECT count(*) FROM evidence e WHERE e.session_id = s.id AND e.deleted_at IS NULL)
                FROM session s""")).all()
            stored = {row[0] for row in rows}
            assert acknowledged <= stored, f"run {run}: lost {sorted(acknowledged - stored)[:3]}"
            for session_id, objective, attendance, commitments, evidence in rows:
                number = int(objective.removeprefix(OBJECTIVE.format(number="")))
                counts = {"attendance": attendance, "commitment": commitments, "evidence": evidence}
                assert counts == expected_children(number), f"run {run}: torn session {session_id}"
            new = stored - verified
            for file_name, data in _evidence_of(tx, new):
                number, item = map(int, file_name.removesuffix(".bin").split("_")[1:])
                assert data == evidence_bytes(number, item), f"run {run}: damaged {file_name}"
    finally:
        db.close()
    return new


def _evidence_of(tx, session_ids: set[str]):
    for session_id in session_ids:
        yield from tx.execute(text(
            "SELECT e.file_name, b.data FROM evidence e "
            "JOIN blob b ON b.sha256 = e.sha256 WHERE e.session_id = :id"), {"id": session_id}).all()
