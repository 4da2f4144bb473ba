"""The layer rules of pyproject.toml hold: a wrong import fails the suite."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept():
    # The console script sits beside the interpreter of the test environment, on PATH or not.
    command = Path(sys.executable).with_name("lint-imports")
    assert command.exists(), "import-linter is part of the test extra"
    result = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout
