"""``ati forms``: list, check and describe the declarative forms."""

from __future__ import annotations

from pathlib import Path

import typer

from ati_desktop import resources
from ati_desktop.cli.common import user_errors
from ati_desktop.formspec import load_paths, load_registry, schema_text

app = typer.Typer(
    help="Formularios de las técnicas: listar, revisar y obtener su esquema.",
    no_args_is_help=True,
)


@app.command("list")
def list_forms() -> None:
    """Lista los formularios instalados: id, versión, técnica y título."""
    with user_errors():
        registry = load_registry()
    rows = [(f.id, str(f.version), f.technique.label, f.title) for f in registry.all()]
    header = ("Formulario", "Versión", "Técnica", "Título")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)] + [0]
    for row in [header, *rows]:
        typer.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


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
