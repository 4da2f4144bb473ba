"""The ``ati`` command: database upkeep, catalogues, demo data and listings for supervisors."""

from __future__ import annotations

import typer

from ati_desktop import __version__

from . import (
    acta,
    archive,
    assignments,
    conflicts,
    db,
    demo,
    export,
    field_package,
    forms,
    inspect,
    keys,
    merge,
    person,
    receipts,
    report,
    review,
    schools,
    sessions,
    spanish,
)

spanish.install()

app = typer.Typer(
    name="ati",
    help="ATI Desktop — Asistencia Técnica Integral (Gobernación del Huila).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(db.app, name="db")
app.add_typer(schools.app, name="schools")
app.add_typer(sessions.app, name="sessions")
app.add_typer(forms.app, name="forms")
app.add_typer(acta.app, name="acta")
app.add_typer(person.app, name="person")
app.add_typer(keys.app, name="keys")
app.add_typer(report.app, name="report")
app.add_typer(assignments.app, name="assignments")
app.add_typer(review.app, name="review")
app.command("demo")(demo.demo)
app.command("export")(export.export)
app.command("inspect")(inspect.inspect)
app.command("merge")(merge.merge)
app.command("merge-log")(merge.merge_log)
app.command("field-package")(field_package.field_package)
app.add_typer(conflicts.app, name="conflicts")
app.add_typer(receipts.app, name="receipts")
app.add_typer(archive.app, name="archive")


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"ati-desktop {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", "--versión", callback=_print_version, is_eager=True,
                                 help="Muestra la versión y termina."),
) -> None:
    """ATI Desktop — Asistencia Técnica Integral (Gobernación del Huila)."""


def main() -> None:
    app()
