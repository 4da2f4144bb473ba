"""``ati demo``: fills a database with realistic demo data."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from .common import DbOption, opened


def demo(
    sessions: int = typer.Option(1000, "--sesiones", "--sessions", min=1, help="Cuántas sesiones generar."),
    seed: int = typer.Option(7, "--semilla", "--seed", help="Semilla (los mismos datos para la misma semilla)."),
    db: Path | None = DbOption,
) -> None:
    """Llena la base de datos con datos de demostración (establecimientos, sesiones, compromisos)."""
    from ati_desktop.services.demo import generate_demo

    started = time.perf_counter()
    with opened(db, write=True) as database:
        report = generate_demo(database, sessions=sessions, seed=seed)
    elapsed = time.perf_counter() - started
    typer.echo(f"Datos de demostración: {report}. Tiempo: {elapsed:.1f} s.")
