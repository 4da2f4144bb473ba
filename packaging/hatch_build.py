"""Build hook: the wheel and the editable install carry compiled translations (``.qm``).

Qt's ``lrelease`` (from the PySide6-Essentials the hook depends on, see pyproject.toml) compiles
every ``resources/translations/*.ts``. A wheel gets them beside its ``.ts`` files in
``ati_desktop/_data/resources/translations``; an editable install reads ``resources/`` from the
source tree, so there they are written next to the sources (ignored by git).
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
INSTALLED = "ati_desktop/_data/resources/translations"


def _catalogues():
    """``ati_desktop.catalogues``, loaded by path: the package is not installed while building."""
    path = ROOT / "src" / "ati_desktop" / "catalogues.py"
    spec = importlib.util.spec_from_file_location("_ati_catalogues", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if version == "editable":
            _catalogues().build(SOURCES, SOURCES)
            return
        self._out = tempfile.TemporaryDirectory(prefix="ati-qm-")
        for compiled in _catalogues().build(SOURCES, Path(self._out.name)):
            build_data["force_include"][str(compiled)] = f"{INSTALLED}/{compiled.name}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        if version != "editable":
            self._out.cleanup()
