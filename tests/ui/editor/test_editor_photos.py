"""A phone photo attached as evidence is kept downscaled, unless the assistant keeps the original."""

import io
from random import Random

import pytest
from PIL import Image, ImageChops

from ati_desktop.services import editing, photos
from ati_desktop.ui.editor import dialogs

from editor_helpers import click


@pytest.fixture
def phone_photo(tmp_path):
    size, rng = (4032, 3024), Random(8)
    coarse = Image.frombytes("RGB", (100, 75), rng.randbytes(100 * 75 * 3)).resize(size, Image.Resampling.BICUBIC)
    grain = Image.frombytes("L", size, rng.randbytes(size[0] * size[1])).point(lambda v: v // 6)
    path = tmp_path / "IMG_20261103_101502.JPG"
    ImageChops.add(coarse, Image.merge("RGB", (grain,) * 3), offset=-20).save(path, "JPEG", quality=92)
    return path


@pytest.fixture
def picked(monkeypatch, phone_photo, tmp_path):
    monkeypatch.setattr(dialogs, "ask_may_show_minors", lambda parent, name: False)
    files = [phone_photo]
    monkeypatch.setattr(dialogs, "ask_open_files", lambda parent, multiple=True: [str(p) for p in files])
    return files


def stored(db, row) -> bytes:
    digest = row.values["sha256"]
    return editing.read_files(db, [digest])[digest]


def test_phone_photo_is_kept_at_a_legible_size(make_editor, qtbot, db, picked, phone_photo):
    editor = make_editor()
    assert not editor.evidence.keep_original.isChecked()
    click(editor.evidence.add_button)
    [row] = editor.evidence.rows
    assert row.values["file_name"] == "IMG_20261103_101502.jpg" and row.values["media_type"] == "image/jpeg"
    qtbot.waitUntil(lambda: editing.read_files(db, [row.values["sha256"]]) != {})
    kept = Image.open(io.BytesIO(stored(db, row)))
    assert max(kept.size) == photos.MAX_SIDE
    assert len(stored(db, row)) < phone_photo.stat().st_size / 4
    assert not row.picture.pixmap().isNull()


def test_original_is_kept_when_the_assistant_asks(make_editor, qtbot, db, picked, phone_photo):
    editor = make_editor()
    editor.evidence.keep_original.setChecked(True)
    click(editor.evidence.add_button)
    [row] = editor.evidence.rows
    qtbot.waitUntil(lambda: editing.read_files(db, [row.values["sha256"]]) != {})
    assert stored(db, row) == phone_photo.read_bytes()
    assert row.values["file_name"] == phone_photo.name


def test_damaged_photo_is_refused_with_a_message_and_the_others_kept(make_editor, picked, tmp_path):
    broken = tmp_path / "rota.jpg"
    broken.write_bytes(picked[0].read_bytes()[:40_000])
    picked.insert(0, broken)
    editor = make_editor()
    click(editor.evidence.add_button)
    assert [row.values["file_name"] for row in editor.evidence.rows] == ["IMG_20261103_101502.jpg"]
    assert "rota.jpg" in editor.evidence.problem.text() and "dañada" in editor.evidence.problem.text()
