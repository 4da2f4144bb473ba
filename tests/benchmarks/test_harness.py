"""The benchmark harness: module discovery, failures, --only, --json; a tiny real run.

No timing is asserted here: the figures are for people, on a known machine.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = ROOT / "benchmarks" / "run.py"


def _real_modules() -> tuple[str, ...]:
    """The benchmark modules benchmarks/run.py runs."""
    spec = importlib.util.spec_from_file_location("bench_run_modules", RUN)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while it loads
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module.MODULES


@pytest.fixture
def harness(monkeypatch):
    """benchmarks/run.py as a module, with fake benchmark modules instead of the real ones."""
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_run", module)
    spec.loader.exec_module(module)

    def broken(quick):
        raise RuntimeError("no database")

    fakes = {
        "fast_bench": dict(run=lambda quick: {"speed_ms": 2.0 if quick else 1.0, "other_ms": 9.0},
                           GOALS={"speed_ms": ("<=", 1.5)}, FIGURES=("speed_ms", "other_ms"),
                           describe=lambda quick: "fast: tiny"),
        "broken_bench": dict(run=broken, FIGURES=("never_ms",)),
    }
    for name, attributes in fakes.items():
        fake = types.ModuleType(name)
        fake.__dict__.update(attributes)
        monkeypatch.setitem(sys.modules, name, fake)
    monkeypatch.setattr(module, "MODULES", ("fast", "absent", "broken"))
    return module


def test_figures_goals_and_failures_are_collected(harness, capsys):
    results = harness.collect(harness.load(list(harness.MODULES)), quick=False)
    assert results.figures == {"speed_ms": 1.0, "other_ms": 9.0}
    assert results.failed == ["broken"] and results.sizes == ["fast: tiny"]
    notes = capsys.readouterr().err
    assert "absent: no absent_bench.py here, skipped" in notes
    assert "RuntimeError: no database" in notes


def test_table_shows_units_goals_and_the_quick_header(harness):
    results = harness.collect(harness.load(["fast"]), quick=True)
    text = harness.table(results, quick=True)
    assert "QUICK run" in text and "fast: tiny" in text
    speed = next(line for line in text.splitlines() if line.startswith("speed_ms"))
    assert speed.split()[1:] == ["2.00", "ms", "<=", "1.5", "MISSED"]
    other = next(line for line in text.splitlines() if line.startswith("other_ms"))
    assert other.split()[-1] == "—"
    assert harness.verdict(1.0, ("<=", 1.5)) == "ok" and harness.verdict(3.0, (">=", 2.0)) == "ok"


def test_json_output_is_only_the_figures_and_failure_sets_the_status(harness, capsys):
    status = harness.main(["--json"])
    out = capsys.readouterr().out
    assert json.loads(out) == {"figures": {"speed_ms": 1.0, "other_ms": 9.0}}
    assert out.count("\n") == 1 and status == 1


def test_only_runs_the_modules_owning_the_names(harness, capsys):
    assert harness.main(["--json", "--only", "other_ms"]) == 0
    assert json.loads(capsys.readouterr().out) == {"figures": {"other_ms": 9.0}}
    with pytest.raises(SystemExit):
        harness.main(["--only", "nonexistent_ms"])


@pytest.mark.timeout(600)  # three modules, a dozen fresh app processes on a shared machine
def test_tiny_real_run_prints_every_figure(tmp_path):
    env = dict(os.environ, ATI_BENCH_SCALE="0.005", TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, str(RUN), "--quick", "--json"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)["figures"]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        expected = {name for module in _real_modules()
                    for name in importlib.import_module(f"{module}_bench").FIGURES}
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    assert set(figures) == expected
    assert {"first_rows_ratio", "search_cold_ms", "save_ratio", "acta_same_content_ratio",
            "rss_mb", "edit_p95_ms", "save_p99_ms"} <= expected
    assert all(value > 0 for name, value in figures.items() if name != "open_session_editor")
    assert "foundation: 50 sessions for saves, 100 for queries" in done.stderr
    assert list(tmp_path.iterdir()) == [], "the scratch databases are removed at exit"
