"""Errors the user can act on; each carries a message in Spanish, ready to show.

The message is a template with named ``{placeholders}`` and the values that fill them, so the
interface can translate the template (``scripts/translations.py`` extracts the literal ones)
while the command line prints the Spanish message as is.
"""

from __future__ import annotations


def error_template(template: str) -> str:
    """Marks a message template written away from its raise site, so extraction finds it."""
    return template


class AtiError(Exception):
    """Base of the errors that reach the user as a message rather than a traceback."""

    def __init__(self, template: str, **params: object) -> None:
        # Without parameters the template is the message: joined lists may hold braces.
        message = template.format(**params) if params else template
        super().__init__(message)
        self.message = message
        self.template = template
        self.params = params


class ValidationError(AtiError):
    """Input that cannot be saved as it is; names what is wrong."""


class NotFoundError(AtiError):
    """A record the user asked for does not exist."""
