"""The package file is synced behind its writer, and a failed sync is never lost."""

import errno
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ati_desktop.exchange import write_behind
from ati_desktop.exchange.write_behind import WriteBehind


@settings(max_examples=30, deadline=None)
@given(pieces=st.lists(st.binary(max_size=300), max_size=40), step=st.integers(1, 500))
def test_the_file_holds_exactly_what_was_written(tmp_path_factory, pieces, step):
    path = tmp_path_factory.mktemp("behind") / "paquete.ati"
    with open(path, "xb") as raw:
        behind = WriteBehind(raw, step=step)
        for piece in pieces:
            assert behind.write(piece) == len(piece)
        behind.sync()
        behind.close()
    assert path.read_bytes() == b"".join(pieces)


def test_syncs_start_while_writing_and_the_last_one_covers_the_rest(tmp_path, monkeypatch):
    synced_sizes = []
    monkeypatch.setattr(write_behind, "_SYNC", lambda fd: synced_sizes.append(os.fstat(fd).st_size))
    with open(tmp_path / "paquete.ati", "xb") as raw:
        behind = WriteBehind(raw, step=1000)
        for _ in range(10):
            behind.write(b"x" * 600)
            behind.close()  # let each sync behind finish, so that the next one may start
        assert synced_sizes and all(size >= 1000 for size in synced_sizes)
        behind.sync()
    assert os.path.getsize(tmp_path / "paquete.ati") == 6000


def test_an_error_of_a_sync_behind_is_raised_by_the_final_sync(tmp_path, monkeypatch):
    def failing(_fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(write_behind, "_SYNC", failing)
    with open(tmp_path / "paquete.ati", "xb") as raw:
        behind = WriteBehind(raw, step=10)
        behind.write(b"y" * 50)
        with pytest.raises(OSError) as raised:
            behind.sync()
        behind.close()
    assert raised.value.errno == errno.EIO
