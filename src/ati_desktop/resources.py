"""Locates shipped data (forms, fonts, icons, translations) in a source tree or an install."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_INSTALLED_DATA = _PACKAGE_DIR / "_data"
_SOURCE_ROOT = _PACKAGE_DIR.parent.parent


def _top_level(name: str) -> Path:
    installed = _INSTALLED_DATA / name
    if installed.is_dir():
        return installed
    return _SOURCE_ROOT / name


def forms_dir() -> Path:
    """The directory of declarative form definitions (``forms/``)."""
    return _top_level("forms")


def resources_dir() -> Path:
    """The directory of icons, fonts and translations (``resources/``)."""
    return _top_level("resources")


def font_path(file_name: str) -> Path:
    return resources_dir() / "fonts" / file_name


def icon_path(file_name: str) -> Path:
    return resources_dir() / "icons" / file_name


def translations_dir() -> Path:
    return resources_dir() / "translations"
