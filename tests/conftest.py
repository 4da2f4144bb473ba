"""Test setup: offscreen Qt, and no test ever touches the real user directories."""

from __future__ import annotations

import os

# Must be set before anything imports Qt (see MACHINE-NOTES: without it pytest aborts).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("ATI_DATA_DIR", str(data))
    monkeypatch.delenv("ATI_DB", raising=False)
    yield
