"""Errors carry a Spanish template and its values; the message is the two put together."""

from __future__ import annotations

from ati_desktop.domain.errors import AtiError, ValidationError


def test_message_is_the_template_filled_with_its_values():
    error = ValidationError("La sesión {session_id} fue eliminada.", session_id="abc")
    assert (error.message, str(error)) == ("La sesión abc fue eliminada.",) * 2
    assert error.template == "La sesión {session_id} fue eliminada."
    assert error.params == {"session_id": "abc"}


def test_a_message_without_values_is_kept_as_written():
    error = AtiError("Línea 3: el campo {x} no se formatea sin valores.")
    assert error.message == error.template == "Línea 3: el campo {x} no se formatea sin valores."
    assert error.params == {}
