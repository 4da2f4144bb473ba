"""Is this database file the one its device has been writing, or a copy of it?

The file carries its device id, an instance id with a counter bumped on every open, and the
machine and path where it was last opened; a marker outside the file, in the user data
directory, remembers for each instance where its file lives and how far its counter got. A file found at another place (copied, moved, or
opened on another machine) or with a counter behind the marker's (an older copy restored) is
not silently written under the old device id: the device must first be confirmed or the file
must continue as a new device, so two files never make revisions as the same device.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ati_desktop.paths import data_dir

MARKERS = "equipos"


class Identity(Enum):
    OWN = "own"  # the device's own file, where it was left
    COPIED = "copied"  # found at another place than its device last used it
    RESTORED = "restored"  # an older state than the one its device last used


@dataclass(frozen=True)
class Marker:
    path: str
    generation: int


def marker_path(instance_id: str) -> Path:
    return data_dir() / MARKERS / f"{instance_id}.json"


def read_marker(instance_id: str) -> Marker | None:
    try:
        stored = json.loads(marker_path(instance_id).read_text(encoding="utf-8"))
        return Marker(str(stored["path"]), int(stored["generation"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_marker(instance_id: str, db_path: Path, generation: int) -> None:
    """Replace the marker atomically: a crash leaves the old marker or the new one."""
    target = marker_path(instance_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps({"path": str(db_path), "generation": generation}), encoding="utf-8")
    os.replace(temporary, target)


def here(db_path: Path) -> str:
    """Where a file is: its path on this machine (kept in the file, beside the marker's)."""
    return f"{socket.gethostname()}:{db_path}"


def judge(db_path: Path, instance_id: str, generation: int, last_seen: str | None) -> Identity:
    marker = read_marker(instance_id)
    if marker is None:
        # No marker (another user data directory, or one wiped): the file itself must say it
        # was last opened right here.
        return Identity.OWN if last_seen == here(db_path) else Identity.COPIED
    if marker.path != str(db_path):
        return Identity.COPIED
    if marker.generation > generation:
        return Identity.RESTORED
    return Identity.OWN
