"""A field of JSON text read in SQL gives what decoding the text in Python gives, on both databases."""

from __future__ import annotations

import json

import pytest
from pg import both_databases
from sqlalchemy import Text, literal, select

from ati_desktop.storage.json_fields import json_field

BODY = json.dumps({"session_id": "4b1f0c9e-2d1a-4c55-9a7e-0d3c2b1a0f9e", "sha256": None,
                   "caption": 'Foto del "taller" \\ sede Ñame', "answers": {"nested_id": "inner"}},
                  ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@both_databases
@pytest.mark.parametrize("key", ["session_id", "sha256", "caption", "nested_id", "missing"])
def test_a_field_read_in_sql_is_the_decoded_value(db, key):
    with db.read() as tx:
        found = tx.scalar(select(json_field(literal(BODY, Text), key)))
    assert found == json.loads(BODY).get(key)


@both_databases
def test_statements_with_different_keys_do_not_share_a_cached_form(db):
    with db.read() as tx:
        first, second = (tx.scalar(select(json_field(literal(BODY, Text), key))) for key in ("session_id", "caption"))
    assert first != second and second.startswith("Foto")


def test_a_key_that_is_not_a_plain_name_is_refused():
    with pytest.raises(ValueError, match="plain JSON key"):
        json_field(literal(BODY, Text), "a') || ('b")
