"""Typer's own words in Spanish, so ``ati --help`` speaks one language.

Typer writes its help pages in English ("Show this message and exit.", "Usage:", "Options")
and ships no translations; the words a user meets on every help page and in the usual
mistakes are replaced here, once, when the command starts.
"""

from __future__ import annotations

import typer.core
import typer.rich_utils
from typer._click import decorators, formatting

HELP = "Muestra esta ayuda y termina."
USAGE = "Uso: "

_MESSAGES = {
    "Missing command.": "Falta el comando.",
    "No such command {name!r}.": "No existe el comando {name!r}.",
}

_RICH = {
    "DEFAULT_STRING": "[por omisión: {}]",
    "ENVVAR_STRING": "[variable de entorno: {}]",
    "REQUIRED_LONG_STRING": "[obligatorio]",
    "ARGUMENTS_PANEL_TITLE": "Argumentos",
    "OPTIONS_PANEL_TITLE": "Opciones",
    "COMMANDS_PANEL_TITLE": "Comandos",
    "ERRORS_PANEL_TITLE": "Error",
    "ABORTED_TEXT": "Cancelado.",
    "RICH_HELP": "Pruebe [blue]'{command_path} {help_option}'[/] para ver la ayuda.",
    "DEPRECATED_STRING": "(obsoleto) ",
}

_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    english_help_option = decorators.help_option

    def help_option(param_decls):
        add = english_help_option(param_decls)

        def apply(command):
            command = add(command)
            command.params[-1].help = HELP
            return command
        return apply

    decorators.help_option = help_option
    english_usage = formatting.HelpFormatter.write_usage

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        english_usage(self, prog, args, USAGE if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage
    typer.core._ = lambda text: _MESSAGES.get(text, text)
    for name, text in _RICH.items():
        if hasattr(typer.rich_utils, name):
            setattr(typer.rich_utils, name, text)
