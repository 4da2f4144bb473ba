"""``ati merge`` and ``ati merge-log``: packages into the departmental record, and what arrived."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ati_desktop.exchange.merge import PackageReport
from ati_desktop.exchange.merge_log import received_by_device, recent_merges
from ati_desktop.exchange.record import merge_files
from ati_desktop.services.search_index import refresh_sessions

from .common import opened, user_errors

IntoOption = typer.Option(..., "--into", "--db", help="Registro departamental: archivo, sqlite:///… o "
                          "postgresql+psycopg://…")
RecordOption = typer.Option(None, "--db", envvar="ATI_DB", help="Registro departamental: archivo, sqlite:///… "
                            "o postgresql+psycopg://…")


def _line(report: PackageReport) -> str:
    name = report.file_name or report.device_id
    sequence = f", paquete n.º {report.sequence}" if report.sequence is not None else ""
    parts = [f"{report.new} nuevos", f"{report.updated} actualizados", f"{report.unchanged} sin cambios",
             f"{report.conflicting} en conflicto"]
    if report.waiting:
        parts.append(f"{report.waiting} en espera de un paquete anterior")
    return f"{name}{sequence}: " + ", ".join(parts) + f" ({report.revisions_new} revisiones nuevas)"


def merge(
    files: list[Path] = typer.Argument(..., help="Paquetes .ati (o bases de datos) a unir."),
    into: str = IntoOption,
    dry_run: bool = typer.Option(False, "--dry-run", "--vista-previa", help="Solo muestra qué cambiaría."),
    as_json: bool = typer.Option(False, "--json", help="Resultado en JSON."),
    secretariat_key: Path | None = typer.Option(None, "--key", "--clave",
                                                help="Clave privada de la secretaría (paquetes cifrados)."),
) -> None:
    """Une paquetes de los equipos al registro departamental; cada paquete entero o nada."""
    with opened(into, write=True) as record:
        results = merge_files(record, files, dry_run=dry_run, secretariat_key_file=secretariat_key,
                              index_sessions=refresh_sessions)
    reports = [r.report for r in results if r.report is not None]
    failures = [{"file": str(r.path), "error": r.error} for r in results if r.report is None]
    if as_json:
        typer.echo(json.dumps({"dry_run": dry_run, "packages": [r.as_dict() for r in reports],
                               "refused": failures}, ensure_ascii=False, indent=1))
    else:
        if dry_run:
            typer.echo("Vista previa: no se escribió nada en el registro.")
        for report in reports:
            typer.echo(_line(report))
        for failure in failures:
            typer.secho(f"{failure['file']}: no se unió. {failure['error']}", err=True, fg=typer.colors.RED)
        changed = sum(r.revisions_new for r in reports)
        typer.echo(f"Total: {len(reports)} paquetes, {changed} revisiones nuevas"
                   + (" (ningún cambio)." if not changed else "."))
    if failures:
        raise typer.Exit(1)


def merge_log(
    db: str | None = RecordOption,
    as_json: bool = typer.Option(False, "--json", help="Resultado en JSON."),
    limit: int = typer.Option(20, "--limit", help="Cuántas uniones recientes mostrar."),
) -> None:
    """Qué paquetes llegaron de cada equipo, cuáles faltan, y las últimas uniones."""
    with opened(db) as record, user_errors():
        devices = received_by_device(record)
        merges = recent_merges(record, limit)
    if as_json:
        typer.echo(json.dumps({"devices": [d.as_dict() for d in devices], "merges": merges},
                              ensure_ascii=False, indent=1, default=str))
        return
    if not devices:
        typer.echo("El registro aún no ha recibido paquetes.")
    for device in devices:
        missing = f"; faltan {_ranges(device.missing)}" if device.missing else "; no falta ninguno"
        typer.echo(f"{device.label or device.device_id}: recibidos {_ranges(device.received)}{missing}")
    if merges:
        typer.echo("Últimas uniones:")
    for entry in merges:
        typer.echo(f"  {entry['merged_at']:%Y-%m-%d %H:%M} · {entry['file_name'] or entry['device_label']} · "
                   f"{entry['revisions_new']} revisiones nuevas, {entry['records_conflicting']} en conflicto")


def _ranges(numbers: list[int]) -> str:
    """1, 2, 3, 5 → «1–3, 5»."""
    parts, start = [], None
    for index, number in enumerate(numbers):
        if start is None:
            start = number
        if index + 1 == len(numbers) or numbers[index + 1] != number + 1:
            parts.append(str(start) if start == number else f"{start}–{number}")
            start = None
    return ", ".join(parts)
