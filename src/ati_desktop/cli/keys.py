"""``ati keys``: the secretariat's key pair and the keys this device signs and encrypts with."""

from __future__ import annotations

from pathlib import Path

import typer

from ati_desktop.exchange import keys

from .common import DbOption, opened, user_errors

app = typer.Typer(help="Claves de los paquetes: la de la secretaría y la de este equipo.", no_args_is_help=True)


@app.command("new")
def new(output: Path = typer.Option(Path("."), "-o", "--output", help="Carpeta donde escribir las claves."),
        signing_only: bool = typer.Option(False, "--solo-firma", "--signing-only",
                                          help="Crea solo el par de firma (la secretaría ya tiene el de cifrado).")
        ) -> None:
    """Crea los pares de claves de la secretaría (una sola vez, en el equipo de la secretaría)."""
    with user_errors():
        if not signing_only:
            public_path, private_path = keys.new_secretariat_pair(output)
            fingerprint = keys.fingerprint(keys.read_secretariat_public(public_path))
        signing_public, signing_private = keys.new_signing_pair(output)
        signing = keys.fingerprint(keys.read_signing_private(signing_private).public_key())
    if not signing_only:
        typer.echo(f"Clave pública: {public_path}  (cópiela a los equipos de los asistentes: ati keys import)")
        typer.echo(f"Clave privada: {private_path}  (solo para la secretaría: guárdela y haga una copia segura; "
                   "sin ella no se abren los paquetes cifrados)")
        typer.echo(f"Huella: {fingerprint}")
    typer.echo(f"Clave pública de firma: {signing_public}  (cópiela a los equipos: ati keys import; con ella "
               "aceptan los paquetes de la secretaría)")
    typer.echo(f"Clave privada de firma: {signing_private}  (solo para la secretaría: firma los paquetes "
               "para el campo)")
    typer.echo(f"Huella de firma: {signing}")


@app.command("import")
def import_(file: Path = typer.Argument(..., help="Una clave pública de la secretaría (archivo .pub).")) -> None:
    """Configura una clave pública de la secretaría: la de cifrado o la de firma de sus paquetes."""
    with user_errors():
        kind, key = keys.import_public_key(file)
    if kind == "firma":
        typer.echo(f"Clave de firma de la secretaría aceptada. Huella: {keys.fingerprint(key)}")
        typer.echo("Desde ahora se aceptan los paquetes de la secretaría firmados con ella.")
    else:
        typer.echo(f"Clave de la secretaría configurada. Huella: {keys.fingerprint(key)}")
    typer.echo("Compárela por teléfono con la que le dicten en la secretaría.")


@app.command("show")
def show(db: Path | None = DbOption) -> None:
    """Muestra las huellas de la clave de la secretaría y de la clave de firma de este equipo."""
    with opened(db, write=True) as database, user_errors():
        device = keys.fingerprint(keys.device_key(database.device_id).public_key())
        secretariat = keys.secretariat_key()
        trusted = [keys.fingerprint(key) for key in keys.trusted_signing_keys()]
    typer.echo(f"Clave de firma de este equipo: {device}")
    typer.echo("Clave de la secretaría: " + (keys.fingerprint(secretariat) if secretariat else
                                             "no configurada (ati keys import ARCHIVO.pub)"))
    typer.echo("Claves de firma de la secretaría aceptadas: " + (", ".join(trusted) if trusted else
                                                                 "ninguna (ati keys import secretaria-firma.pub)"))
