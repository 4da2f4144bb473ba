"""Fixtures of the personal-data tests."""

from person_samples import seeded  # noqa: F401 (a fixture)
