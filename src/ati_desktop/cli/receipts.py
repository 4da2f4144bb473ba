"""``ati receipts``: signed receipts from the departmental record to each device, and their import."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ati_desktop.exchange import keys
from ati_desktop.exchange.receipts import import_receipt, latest_receipt, write_receipts

from .common import DbOption, opened, user_errors
from .merge import RecordOption

app = typer.Typer(help="Acuses de recibo: qué paquetes de cada equipo tiene la secretaría.", no_args_is_help=True)


@app.command("write")
def write(
    output: Path = typer.Option(..., "-o", "--output", help="Carpeta donde se escriben los acuses."),
    device: list[str] = typer.Option([], "--device", "--equipo", help="Solo para este equipo (repetible)."),
    db: str | None = RecordOption,
) -> None:
    """Escribe un acuse firmado por equipo, con los paquetes recibidos y los que faltan."""
    with opened(db, write=True) as record, user_errors():
        paths = write_receipts(record, output, keys.device_key(record.device_id), device or None)
    for path in paths:
        typer.echo(str(path))
    typer.echo(f"{len(paths)} acuses escritos en {output}.")


def _show(receipt) -> None:
    missing = ", ".join(map(str, receipt.missing)) or "ninguno"
    typer.echo(f"La secretaría recibió los paquetes {', '.join(map(str, receipt.received))} de este equipo "
               f"({receipt.revisions} revisiones); faltan: {missing}. Acuse del {receipt.issued_at[:16]}, "
               f"huella del registro {receipt.fingerprint}.")


@app.command("import")
def import_(file: Path = typer.Argument(..., help="El acuse recibido de la secretaría."),
            db: str | None = DbOption) -> None:
    """Importa un acuse de recibo en este equipo y muestra lo que la secretaría tiene."""
    with opened(db, write=True) as database, user_errors():
        receipt = import_receipt(database, file)
    _show(receipt)


@app.command("show")
def show(db: str | None = DbOption,
         as_json: bool = typer.Option(False, "--json", help="Resultado en JSON.")) -> None:
    """Muestra el último acuse de recibo importado en este equipo."""
    with opened(db) as database, user_errors():
        receipt = latest_receipt(database)
    if as_json:
        typer.echo(json.dumps(receipt.as_dict() if receipt else None, ensure_ascii=False, indent=1))
    elif receipt is None:
        typer.echo("Este equipo aún no ha importado acuses de recibo de la secretaría.")
    else:
        _show(receipt)
