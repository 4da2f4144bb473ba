"""Malformed packages of every kind: the reader refuses them with a message, never a crash or a write."""

import json
import os
import tempfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ati_desktop.exchange import package_json
from ati_desktop.exchange.package import open_package
from ati_desktop.exchange.package_errors import PackageError
from ati_desktop.exchange.package_format import parse_revision, parse_revisions

from package_samples import forged, revision, snapshot, write_sample

EXAMPLES = 1000 if os.environ.get("CI") else 60
# A thousand packages opened and refused one by one take minutes: more than the per-test default.
pytestmark = pytest.mark.timeout(1800 if os.environ.get("CI") else 300)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

KEY = Ed25519PrivateKey.generate()
with tempfile.TemporaryDirectory() as _folder:
    VALID = write_sample(Path(_folder) / "valido.ati", KEY).path.read_bytes()


def _open_refuses_or_accepts(data: bytes) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ati-fuzz-"))
    path = folder / "p.ati"
    path.write_bytes(data)
    watched = [folder, Path(os.environ["ATI_DATA_DIR"])]
    before = snapshot(*watched)
    try:
        open_package(path).close()
    except PackageError as exc:
        assert exc.message and "Traceback" not in exc.message
    assert snapshot(*watched) == before
    path.unlink()
    folder.rmdir()


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       st.integers(0, len(VALID)), st.binary(max_size=64))
def test_changed_bytes(changes, cut, inserted):
    data = bytearray(VALID)
    for position, value in changes:
        data[position] = value
    data = bytes(data[:cut]) + inserted + bytes(data[cut:])
    _open_refuses_or_accepts(data)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20)
NAMES = st.one_of(
    st.sampled_from(["revisions/session.jsonl", "revisions/acta.jsonl", "revisions/x.jsonl", "blobs/" + "a" * 64]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=30))
LINES = st.one_of(
    st.builds(lambda body, number, deleted: revision(body=body, number=number, deleted=deleted),
              st.dictionaries(st.text(max_size=8), JSON, max_size=4), st.integers(-2, 3), st.booleans()),
    JSON,
).map(lambda value: json.dumps(value).encode())


@pytest.mark.filterwarnings("ignore:Duplicate name")  # repeated members are one of the cases
@FUZZ
@given(st.dictionaries(NAMES, st.lists(LINES | st.binary(max_size=40), max_size=4).map(lambda ls: b"\n".join(ls) + b"\n"),
                       max_size=4),
       st.dictionaries(st.sampled_from(["format_version", "sequence", "counts", "blobs", "full", "assistant",
                                        "log_range", "created_at", "members"]), JSON, max_size=3))
def test_forged_packages_with_valid_signatures(members, manifest_changes):
    _open_refuses_or_accepts(forged(KEY, members, manifest_changes=manifest_changes))


def _one_by_one(data: bytes) -> list | str:
    """What the line-by-line check makes of a member: the lines, or the first refusal."""
    lines = []
    for number, line in enumerate(data.split(b"\n")[:-1], start=1):
        try:
            lines.append(parse_revision(line, f"la línea {number} de m"))
        except PackageError as exc:
            return exc.message
    return lines


FINITE_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20)
CANONICAL_LINES = st.builds(
    lambda body, number, deleted, parents: revision(body=body, number=number, deleted=deleted, parents=parents),
    st.dictionaries(st.text(max_size=8), FINITE_JSON, max_size=4), st.integers(1, 3), st.booleans(),
    st.lists(st.sampled_from(["p-1", "p:2"]), max_size=2),
).map(lambda value: package_json.dumps(value).encode())
# What a forger might try on one line of an otherwise valid member.
CHANGES = [
    lambda line: line.replace(b'"number":', b'"number": '),
    lambda line: line.replace(b"+00:00", b"-05:00"),
    lambda line: line.replace(b'"body":{', b'"body":{"a":NaN,'),
    lambda line: line.replace(b'"deleted"', b'"id":"x","deleted"'),
    lambda line: line.replace(b'"number":1', b'"number":0'),
    lambda line: line.replace(b'"parents":[', b'"parents":["../x",'),
    lambda line: line.replace(b'"body":{', b'"body":{"x":' + b"[" * 70 + b"]" * 70 + b","),
    lambda line: line.replace(b'"body":{', b'"body":{"x":' + b'{"a":' * 70 + b"1" + b"}" * 70 + b","),
    lambda line: line.replace(b'"body":{', rb'"body":{"\u00e1":1,'),
    lambda line: line + b" ",
    lambda line: line[:-1],
    lambda line: b"\xff" + line,
    lambda line: b"[" + line + b"]",
    lambda line: b"x" * 30,
]


@FUZZ
@given(st.lists(CANONICAL_LINES, min_size=1, max_size=6), st.integers(0, 5), st.sampled_from([None, *CHANGES]))
def test_lines_checked_together_or_one_by_one_agree(lines, where, change):
    if change is not None:
        lines[where % len(lines)] = change(lines[where % len(lines)])
    data = b"".join(line.replace(b"\n", b"") + b"\n" for line in lines)
    expected = _one_by_one(data)
    try:
        found = parse_revisions("session", data, "m")
    except PackageError as exc:
        assert exc.message == expected
    else:
        assert [(item.id, item.body, item.parents) for item in found] == \
            [(line["id"], line["body"], tuple(line["parents"])) for line in expected]
