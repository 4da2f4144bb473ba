"""Real places that fail: a tiny tmpfs that fills up, and one mounted read-only (tests run as root)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` mounted on ``folder``, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.fail("these tests mount a tmpfs: run the suite as root (CI does)")
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(folder: Path) -> None:
    """Write until the file system is full."""
    with open(folder / "relleno.bin", "wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
