"""``ati field-package``: what an assistant needs in the field, from the departmental record."""

from __future__ import annotations

from pathlib import Path

import typer

from ati_desktop.services import assignments, field_packages

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
    label: str = typer.Option(field_packages.DEFAULT_LABEL, "--label", "--etiqueta",
                              help="Quién envía el paquete, como lo verá el asistente."),
    db: str | None = RecordOption,
) -> None:
    """Escribe, desde el registro departamental, un paquete firmado para un asistente o unos municipios."""
    codes = tuple(municipality_code(value) for value in municipalities)
    if not assistant and not codes:
        typer.secho("Error: indique --asistente o al menos un --municipio.", err=True, fg=typer.colors.RED)
        raise typer.Exit(2)
    with opened(db, write=True) as record, user_errors():
        if assistant:
            assistant = assignments.find_assistant(record, assistant)
        result = field_packages.write_for_field(record, output, assistant_id=assistant, municipality_codes=codes,
                                                signing_key_path=signing_key, encrypt_to_path=encrypt_to,
                                                label=label)
    typer.echo(f"Paquete para el campo nº {result.sequence} escrito y verificado: {result.path} "
               f"({result.size:,} bytes).")
    typer.echo(f"{result.schools} establecimientos, {result.sessions} sesiones, {result.revisions} revisiones, "
               f"{result.blobs} archivos adjuntos. Firmado con la clave {result.fingerprint}.")
