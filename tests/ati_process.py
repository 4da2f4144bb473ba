"""The ``ati`` command run as a user runs it: a process of its own, its output and its exit code."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run_ati(*args, check: bool = False, cwd=None, env: dict | None = None, timeout: int = 180):
    """Run ``ati ARGS``; ``check`` fails the test unless it exits 0. A traceback always fails it."""
    result = subprocess.run([sys.executable, "-c", "from ati_desktop.cli import main; main()", *map(str, args)],
                            capture_output=True, text=True, cwd=cwd, timeout=timeout,
                            env=dict(os.environ, **(env or {})))
    assert "Traceback" not in result.stderr, result.stderr
    if check and result.returncode != 0:
        pytest.fail(f"ati {' '.join(map(str, args))} failed ({result.returncode}): {result.stderr}{result.stdout}")
    return result
