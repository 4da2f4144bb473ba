"""``ati schools``: the school catalogue."""

from __future__ import annotations

from pathlib import Path

import typer

from ati_desktop.services import schools

from .common import DbOption, opened, user_errors

app = typer.Typer(help="Catálogo de establecimientos educativos.", no_args_is_help=True)


@app.command("import")
def import_(file: Path = typer.Argument(..., help="CSV: dane_code,name,municipality_code[,campus_dane_code,campus_name]"),
            db: Path | None = DbOption) -> None:
    """Importa el catálogo de establecimientos; si una fila tiene errores no se aplica nada."""
    if not file.is_file():
        typer.secho(f"Error: no existe el archivo {file}.", err=True, fg=typer.colors.RED)
        raise typer.Exit(1)
    with opened(db, write=True) as database, user_errors():
        report = schools.import_catalogue(database, file)
    typer.echo(f"Establecimientos nuevos: {report.schools_added}; actualizados: "
               f"{report.schools_updated}; sedes nuevas: {report.campuses_added}.")
