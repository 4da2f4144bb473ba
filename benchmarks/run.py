"""Runs the benchmark modules of this directory and prints their figures.

    python benchmarks/run.py [--quick] [--json] [--only NAME ...]

Each module ``<name>_bench.py`` has ``run(quick) -> dict[str, float]``; it may also define
``FIGURES`` (the names it returns), ``GOALS = {figure: ("<=" | ">=", number)}`` and
``describe(quick) -> str`` (the sizes used). A missing module is skipped with a note; a failing
one is reported and makes the exit status non-zero. ``--only`` takes module names
(``foundation``) or figure names (``save_p95_ms``); a module runs when it owns one of them.
With ``--json`` stdout holds exactly ``{"figures": {...}}``; everything else goes to stderr.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ("foundation", "acta", "gui", "export", "merge", "desk", "field")
UNITS = (("_rows_per_s", "rows/s"), ("_per_s", "/s"), ("_ms", "ms"), ("_mb", "MB"), ("_s", "s"))


@dataclass
class Results:
    figures: dict[str, float] = field(default_factory=dict)
    goals: dict[str, tuple[str, float]] = field(default_factory=dict)
    sizes: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def load(names: list[str]) -> dict[str, object]:
    """The benchmark modules present, by short name; a missing one is noted and left out."""
    modules = {}
    for name in names:
        try:
            modules[name] = importlib.import_module(f"{name}_bench")
        except ModuleNotFoundError as error:
            if error.name != f"{name}_bench":
                raise
            _note(f"{name}: no {name}_bench.py here, skipped")
    return modules


def owned(module) -> set[str]:
    return set(getattr(module, "FIGURES", ()))


def collect(modules: dict[str, object], quick: bool, only: set[str] | None = None) -> Results:
    """Runs the modules and gathers their figures (those in ``only``, if given) and goals."""
    results = Results()
    for name, module in modules.items():
        if only is not None and name not in only and not only & owned(module):
            continue
        _note(f"{name}: running{' (quick)' if quick else ''}…")
        started = time.perf_counter()
        try:
            figures = module.run(quick)
        except Exception:  # one failing module must not hide the figures of the others
            _note(f"{name}: FAILED\n{traceback.format_exc()}")
            results.failed.append(name)
            continue
        _note(f"{name}: {len(figures)} figures in {time.perf_counter() - started:.1f} s")
        results.figures.update({key: float(value) for key, value in figures.items()
                                if only is None or name in only or key in only})
        results.goals.update(getattr(module, "GOALS", {}))
        if hasattr(module, "describe"):
            results.sizes.append(module.describe(quick))
    return results


def verdict(value: float, goal: tuple[str, float] | None) -> str:
    if goal is None:
        return "—"
    sign, limit = goal
    return "ok" if (value <= limit if sign == "<=" else value >= limit) else "MISSED"


def unit_of(name: str) -> str:
    return next((unit for suffix, unit in UNITS if name.endswith(suffix)), "")


def table(results: Results, quick: bool) -> str:
    title = "ATI Desktop benchmarks" + (
        " — QUICK run, smaller sizes than the goals assume" if quick else " — full sizes")
    lines = [title] + [f"  {size}" for size in results.sizes]
    lines.append(f"{'figure':26} {'value':>14} {'unit':7} {'goal':>10}  ")
    for name, value in results.figures.items():
        goal = results.goals.get(name)
        goal_text = f"{goal[0]} {goal[1]:g}" if goal else ""
        lines.append(f"{name:26} {value:14,.2f} {unit_of(name):7} {goal_text:>10}  "
                     f"{verdict(value, goal)}")
    lines += [f"FAILED: {name}" for name in results.failed]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes; a few minutes")
    parser.add_argument("--json", action="store_true", help='print {"figures": {...}} only')
    parser.add_argument("--only", nargs="+", metavar="NAME", help="modules or figures to run")
    args = parser.parse_args(argv)
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    modules = load(list(MODULES))
    only = set(args.only) if args.only else None
    if only is not None:
        known = set(MODULES).union(*(owned(module) for module in modules.values()))
        if only - known:
            parser.error(f"unknown module or figure: {', '.join(sorted(only - known))}")
    results = collect(modules, args.quick, only)
    if args.json:
        print(json.dumps({"figures": results.figures}))
        print(table(results, args.quick), file=sys.stderr)
    else:
        print(table(results, args.quick))
    return 1 if results.failed else 0


def _note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
