"""Malformed packages of every kind: the reader refuses them with a message, never a crash or a write."""

import json
import os
import tempfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ati_desktop.exchange.package import open_package
from ati_desktop.exchange.package_errors import PackageError

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
