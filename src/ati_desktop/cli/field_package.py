"""``ati field-package``: what an assistant needs in the field, from the departmental record."""

from __future__ import annotations

from pathlib import Path

import typer

from ati_desktop.exchange import keys
from ati_desktop.exchange.field_package import FieldScope, write_field_package
from ati_desktop.services import assignments

from .common import municipality_code, opened, user_errors
from .merge import RecordOption


def field_package(
    output: Path = typer.Option(..., "-o", "--output", help="Archivo del paquete (.ati)."),
    assistant: str | None = typer.Option(None, "--assistant", "--asistente",
                                         help="Identificador o nombre del asistente: sus establecimientos "
                                              "asignados y los de sus sesiones."),
    municipalities: list[str] = typer.Option([], "--municipality", "--municipio",
                                             help="Municipio (nombre o código DIVIPOLA); se puede repetir."),
    signing_key: Path | None = typer.Option(None, "--signing-key", "--clave-firma",
                                            help="Clave privada de firma de la secretaría (secretaria-firma.key)."),
    encrypt_to: Path | None = typer.Option(None, "--encrypt-to", "--cifrar-para",
                                           help="Clave pública (.pub) a la que cifrar el paquete."),
    label: str = typer.Option("Secretaría de Educación del Huila", "--label", "--etiqueta",
                              help="Quién envía el paquete, como lo verá el asistente."),
    db: str | None = RecordOption,
) -> None:
    """Escribe, desde el registro departamental, un paquete firmado para un asistente o unos municipios."""
    codes = tuple(municipality_code(value) for value in municipalities)
    if not assistant and not codes:
        typer.secho("Error: indique --asistente o al menos un --municipio.", err=True, fg=typer.colors.RED)
        raise typer.Exit(2)
    if output.suffix.lower() != ".ati":
        output = output.with_name(output.name + ".ati")
    with opened(db, write=True) as record, user_errors():
        key = keys.read_signing_private(signing_key)
        if assistant:
            assistant = assignments.find_assistant(record, assistant)
        recipient = keys.read_secretariat_public(encrypt_to) if encrypt_to else None
        result = write_field_package(record, output, FieldScope(assistant, codes), signing_key=key,
                                     label=label, encrypt_to=recipient)
    typer.echo(f"Paquete para el campo nº {result.sequence} escrito y verificado: {result.path} "
               f"({result.size:,} bytes).")
    typer.echo(f"{result.schools} establecimientos, {result.sessions} sesiones, {result.revisions} revisiones, "
               f"{result.blobs} archivos adjuntos. Firmado con la clave {keys.fingerprint(key.public_key())}.")
