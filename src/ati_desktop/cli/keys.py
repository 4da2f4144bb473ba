"""``ati keys``: the secretariat's key pair and the keys this device signs and encrypts with."""

from __future__ import annotations

from pathlib import Path

import typer

from ati_desktop.exchange import keys

from .common import DbOption, opened, user_errors

app = typer.Typer(help="Claves de los paquetes: la de la secretaría y la de este equipo.", no_args_is_help=True)


@app.command("new")
def new(output: Path = typer.Option(Path("."), "-o", "--output", help="Carpeta donde escribir el par de claves.")
        ) -> None:
    """Crea el par de claves de la secretaría (una sola vez, en el equipo de la secretaría)."""
    with user_errors():
        public_path, private_path = keys.new_secretariat_pair(output)
        fingerprint = keys.fingerprint(keys.read_secretariat_public(public_path))
    typer.echo(f"Clave pública: {public_path}  (cópiela a los equipos de los asistentes: ati keys import)")
    typer.echo(f"Clave privada: {private_path}  (solo para la secretaría: guárdela y haga una copia segura; "
               "sin ella no se abren los paquetes cifrados)")
    typer.echo(f"Huella: {fingerprint}")


@app.command("import")
def import_(file: Path = typer.Argument(..., help="La clave pública de la secretaría (archivo .pub).")) -> None:
    """Configura la clave pública de la secretaría, a la que se cifran los paquetes exportados."""
    with user_errors():
        key = keys.import_secretariat_key(file)
    typer.echo(f"Clave de la secretaría configurada. Huella: {keys.fingerprint(key)}")
    typer.echo("Compárela por teléfono con la que le dicten en la secretaría antes de exportar.")


@app.command("show")
def show(db: Path | None = DbOption) -> None:
    """Muestra las huellas de la clave de la secretaría y de la clave de firma de este equipo."""
    with opened(db, write=True) as database, user_errors():
        device = keys.fingerprint(keys.device_key(database.device_id).public_key())
        secretariat = keys.secretariat_key()
    typer.echo(f"Clave de firma de este equipo: {device}")
    typer.echo("Clave de la secretaría: " + (keys.fingerprint(secretariat) if secretariat else
                                             "no configurada (ati keys import ARCHIVO.pub)"))
