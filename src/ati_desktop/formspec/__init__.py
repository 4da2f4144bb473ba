"""Declarative per-technique forms: definitions, expressions and answer validation."""
