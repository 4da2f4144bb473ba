"""``ati conflicts``: the records whose versions disagree, and their resolution."""

from __future__ import annotations

import json

import typer

from ati_desktop.exchange.conflicts import (
    Conflict,
    ResolutionError,
    device_labels,
    list_conflicts,
    resolve_fields,
    resolve_keep,
    summary,
)
from ati_desktop.services.search_index import refresh_sessions

from .common import opened, user_errors
from .inspect import RECORD_TYPE_NAMES
from .merge import RecordOption

app = typer.Typer(help="Conflictos del registro departamental: verlos y resolverlos.", no_args_is_help=True)


def _value(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 70 else text[:67] + "…"


def _print(conflict: Conflict, labels: dict[str, str]) -> None:
    kind = RECORD_TYPE_NAMES.get(conflict.record_type, conflict.record_type)
    typer.echo(f"{conflict.record_id[:8]}  {kind} {conflict.record_id} · {len(conflict.heads)} versiones · "
               f"campos: {', '.join(conflict.differing_fields) or '—'}")
    for head in conflict.heads:
        source = head.provenance
        origin = labels.get(head.device_id) or source.device_label or head.device_id
        package = f", paquete {source.file_name}" if source.file_name else ""
        mark = " (se muestra)" if head.revision_id == conflict.winner_id else ""
        state = "BORRADO" if head.deleted else "; ".join(
            f"{name}={_value(head.body.get(name))}" for name in conflict.differing_fields if name != "deleted")
        typer.echo(f"    {head.revision_id[:8]}{mark} · {origin}{package} · {head.made_at:%Y-%m-%d %H:%M} · {state}")


@app.command("list")
def list_(
    db: str | None = RecordOption,
    as_json: bool = typer.Option(False, "--json", help="Resultado en JSON."),
) -> None:
    """Lista los conflictos abiertos con cada versión y de dónde vino."""
    with opened(db) as record, user_errors():
        conflicts = list_conflicts(record)
        labels = device_labels(record)
    if as_json:
        typer.echo(json.dumps([summary(c) for c in conflicts], ensure_ascii=False, indent=1))
        return
    if not conflicts:
        typer.echo("No hay conflictos abiertos.")
    for conflict in conflicts:
        _print(conflict, labels)


@app.command("resolve")
def resolve(
    conflict_id: str = typer.Argument(..., help="Identificador del conflicto (sus primeros caracteres bastan)."),
    keep: str | None = typer.Option(None, "--keep", "--conservar", help="Versión que se conserva entera."),
    fields: list[str] = typer.Option([], "--fields", "--campos",
                                     help="campo=VERSIÓN (repetible, o separados por comas): de qué versión "
                                          "sale cada campo; el resto, de la que se muestra."),
    db: str | None = RecordOption,
) -> None:
    """Resuelve un conflicto: una revisión nueva cuyos padres son todas las versiones."""
    if (keep is None) == (not fields):
        typer.secho("Error: indique --keep VERSIÓN o --fields campo=VERSIÓN (uno de los dos).", err=True,
                    fg=typer.colors.RED)
        raise typer.Exit(2)
    with opened(db, write=True) as record, user_errors():
        if keep is not None:
            revision_id = resolve_keep(record, conflict_id, keep, index_sessions=refresh_sessions)
        else:
            revision_id = resolve_fields(record, conflict_id, _choices(fields), index_sessions=refresh_sessions)
    typer.echo(f"Conflicto resuelto con la revisión {revision_id}.")


def _choices(options: list[str]) -> dict[str, str]:
    choices = {}
    for option in options:
        for item in option.split(","):
            name, sep, revision = item.partition("=")
            if not sep or not name.strip() or not revision.strip():
                raise ResolutionError("«{item}» debe tener la forma campo=VERSIÓN.", item=item[:60])
            choices[name.strip()] = revision.strip()
    return choices
