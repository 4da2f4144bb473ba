"""Compiled translation catalogues: the ``.qm`` Qt's ``lrelease`` builds from each ``.ts``.

A compiled catalogue is named after its source and a digest of the source's bytes
(``ati_en-<digest>.qm``), so whoever loads it can tell that it matches the ``.ts`` beside it and
a stale one is never used. The builds (wheel, editable install, field installer) call
:func:`build`; the interface loads what they produced (see ``ui/i18n.py``).

Only the standard library and the location of PySide6's ``lrelease`` are used here: the build
hook runs this module in an environment where ATI Desktop is not installed.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path


class CatalogueBuildError(RuntimeError):
    """``lrelease`` is missing or refused a catalogue: a build must not ship without it."""


def digest(source: Path) -> str:
    return hashlib.sha256(source.read_bytes()).hexdigest()[:12]


def compiled_name(source: Path) -> str:
    """The file name of the ``.qm`` that matches ``source`` as it is now."""
    return f"{source.stem}-{digest(source)}.qm"


def lrelease() -> str | None:
    """Qt's catalogue compiler: the one PySide6-Essentials ships, else one on the PATH."""
    on_path = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    try:
        import PySide6
    except ImportError:
        return on_path
    folder = Path(PySide6.__file__).parent
    bundled = [folder / name for name in ("lrelease", "lrelease.exe") if (folder / name).exists()]
    return str(bundled[0]) if bundled else on_path


def compile_catalogue(tool: str, source: Path, target_dir: Path) -> tuple[Path | None, str]:
    """Compile ``source`` into ``target_dir`` under its :func:`compiled_name`.

    Returns the ``.qm`` (None when ``lrelease`` failed) and what ``lrelease`` said. Older
    compilations of the same catalogue in ``target_dir`` are removed; the new file appears
    atomically, so another process never loads a half-written one.
    """
    import subprocess  # only builds and the fallback compile; the app's start does not need it

    target = target_dir / compiled_name(source)
    target_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(partial)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not partial.exists():
        partial.unlink(missing_ok=True)
        return None, result.stderr.strip()
    for old in target_dir.glob(f"{source.stem}-*.qm"):
        old.unlink(missing_ok=True)
    partial.replace(target)
    return target, ""


def build(source_dir: Path, target_dir: Path) -> list[Path]:
    """Compile every ``.ts`` of ``source_dir`` into ``target_dir``; the build step of every package."""
    tool = lrelease()
    if tool is None:
        raise CatalogueBuildError("lrelease not found: install PySide6-Essentials")
    built = []
    for source in sorted(source_dir.glob("*.ts")):
        target, complaint = compile_catalogue(tool, source, target_dir)
        if target is None:
            raise CatalogueBuildError(f"lrelease failed for {source.name}: {complaint}")
        built.append(target)
    return built
