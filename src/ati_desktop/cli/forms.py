"""``ati forms``: list, check, publish and describe the declarative forms."""

from __future__ import annotations

from pathlib import Path

import typer

from ati_desktop import resources
from ati_desktop.cli.common import opened, user_errors
from ati_desktop.domain.reference import Technique
from ati_desktop.exchange.record import describe_target
from ati_desktop.formspec import load_paths, load_registry, schema_text
from ati_desktop.services import published_forms

app = typer.Typer(
    help="Formularios de las técnicas: listar, revisar, publicar y obtener su esquema.",
    no_args_is_help=True,
)


@app.command("list")
def list_forms(
    db: str | None = typer.Option(None, "--db", help="Base de datos o registro departamental: muestra también "
                                  "las versiones publicadas en ella (archivo, sqlite:///… o postgresql+psycopg://…)."),
) -> None:
    """Lista los formularios: id, versión, técnica, título y, con --db, dónde está cada versión."""
    if db is None:
        with user_errors():
            registry = load_registry()
        rows = [(f.id, str(f.version), f.technique.label, f.title) for f in registry.all()]
        header = ("Formulario", "Versión", "Técnica", "Título")
    else:
        with opened(db) as database:
            forms = published_forms.list_forms(database)
            problems = published_forms.registry_for(database).problems
        rows = [(f.form_id, str(f.version), Technique(f.technique).label, _origin(f), f.title) for f in forms]
        header = ("Formulario", "Versión", "Técnica", "Origen", "Título")
        for problem in problems:
            typer.secho(f"No se usa: {problem}", err=True, fg=typer.colors.YELLOW)
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)] + [0]
    for row in [header, *rows]:
        typer.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


def _origin(form: published_forms.PublishedFormInfo) -> str:
    return "incluido" if form.bundled else f"publicado {form.published_on.isoformat()}"


@app.command("publish")
def publish(
    file: Path = typer.Argument(..., help="Archivo del formulario (id.vN.yaml), revisado como en «ati forms check»."),
    into: str = typer.Option(..., "--into", help="Registro departamental donde se publica: archivo, sqlite:///… "
                             "o postgresql+psycopg://…"),
) -> None:
    """Pone en vigor una nueva versión de un formulario; los paquetes la llevan a los equipos de campo."""
    with opened(into, write=True) as record:
        info = published_forms.publish(record, file)
        where = describe_target(record)
    if info.written:
        typer.echo(f"Publicada la versión {info.version} del formulario «{info.form_id}» ({info.title}) en {where}.")
    else:
        typer.echo(f"La versión {info.version} del formulario «{info.form_id}» ya estaba publicada con este "
                   f"mismo texto en {where}; no se escribió nada.")


@app.command("check")
def check(
    paths: list[Path] = typer.Argument(  # noqa: B008 - typer declares arguments this way
        None, help="Archivos o carpetas de formularios (por defecto, la carpeta forms/)."
    ),
) -> None:
    """Revisa las definiciones de formularios e indica archivo, línea y motivo de cada error."""
    forms, problems = load_paths(paths or [resources.forms_dir()])
    for problem in problems:
        typer.echo(str(problem), err=True)
    if problems:
        typer.echo(f"{len(problems)} problema(s) encontrados.", err=True)
        raise typer.Exit(1)
    if not forms:
        typer.echo("No se encontró ningún formulario.", err=True)
        raise typer.Exit(1)
    typer.echo(f"{len(forms)} formulario(s) válidos.")


@app.command("schema")
def schema() -> None:
    """Imprime el esquema JSON de los archivos de formulario (forms/form.schema.json)."""
    typer.echo(schema_text(), nl=False)
