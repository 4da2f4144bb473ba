"""Declarative forms drawn as Qt widgets: one editor per field type, in a scrollable view."""

from ati_desktop.ui.forms.renderer import FormView

__all__ = ["FormView"]
