"""``ati export``: the next package of this device, signed, verified, encrypted when a key is given."""

from __future__ import annotations

from pathlib import Path

import typer

from ati_desktop.exchange import keys
from ati_desktop.services import packages

from .common import DbOption, opened, user_errors


def export(output: Path = typer.Option(..., "-o", "--output", help="Archivo del paquete (.ati)."),
           everything: bool = typer.Option(False, "--all", "--todo",
                                           help="Todo el registro, no solo los cambios desde el último paquete."),
           encrypt_to: Path | None = typer.Option(None, "--encrypt-to", "--cifrar-para",
                                                  help="Clave pública (.pub) a la que cifrar el paquete."),
           deidentify: bool = typer.Option(False, "--deidentify", "--desidentificar",
                                           help="Sin nombres, cédulas, contactos, firmas ni fotos (seudónimos)."),
           db: Path | None = DbOption) -> None:
    """Exporta los cambios de este equipo en un paquete firmado y verificado para la secretaría."""
    if output.suffix.lower() != ".ati":
        output = output.with_name(output.name + ".ati")
    with opened(db, write=True) as database, user_errors():
        recipient = keys.read_secretariat_public(encrypt_to) if encrypt_to else None
        result = packages.export_to_file(database, output, full=everything, encrypt_to=recipient,
                                         deidentify=deidentify)
    typer.echo(f"Paquete nº {result.sequence} escrito y verificado: {result.path} ({result.size:,} bytes).")
    typer.echo(f"{result.sessions} sesiones, {result.revisions} revisiones, {result.blobs} archivos adjuntos"
               + ("; desidentificado" if result.deidentified else "") + ".")
    if result.encrypted and recipient is not None:
        typer.echo(f"Cifrado para la clave {keys.fingerprint(recipient)}.")
    else:
        typer.secho("Aviso: el paquete NO va cifrado; quien tenga la memoria puede leerlo "
                    "(use --encrypt-to secretaria.pub).", err=True, fg=typer.colors.YELLOW)
    typer.echo("Puede retirar la memoria.")
