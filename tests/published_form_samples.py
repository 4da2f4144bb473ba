"""Form versions as the secretariat would publish them: a bundled form copied and bumped."""

from __future__ import annotations

from pathlib import Path

from ati_desktop import resources

# What version 2 of «Reunión» adds, so its sessions and actas show it was used.
NEW_SECTION = """
  - id: seguimiento
    title: Seguimiento
    fields:
      - id: acuerdos_previos
        type: text
        label: Revisión de acuerdos anteriores
"""


def reunion_text(version: int = 2, extra: str = NEW_SECTION) -> str:
    """The bundled «Reunión» form as version ``version``, with ``extra`` appended to its sections."""
    text = (resources.forms_dir() / "reunion.v1.yaml").read_text(encoding="utf-8")
    assert "\nversion: 1\n" in text
    return text.replace("\nversion: 1\n", f"\nversion: {version}\n").rstrip("\n") + "\n" + extra


def write_reunion(folder: Path, version: int = 2, extra: str = NEW_SECTION) -> Path:
    """The form file ``reunion.v{version}.yaml`` in ``folder`` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"reunion.v{version}.yaml"
    path.write_text(reunion_text(version, extra), encoding="utf-8")
    return path
