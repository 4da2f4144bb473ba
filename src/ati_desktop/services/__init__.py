"""Use cases of the assistant and the supervisor; no Qt here."""
