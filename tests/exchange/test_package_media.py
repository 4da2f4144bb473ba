"""Writing to a real full or read-only medium (a small tmpfs, mounted as root, as CI runs)."""

import hashlib
import os
import subprocess

import pytest

from ati_desktop.exchange.package_errors import PackageWriteError
from ati_desktop.exchange.package_write import write_package

from package_samples import header, revision, sample_revisions

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root (CI runs as root)")


@pytest.fixture
def stick(tmp_path):
    """A 256 KiB tmpfs: a USB stick that is nearly full."""
    mount = tmp_path / "memoria"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def _photo_blobs(count):
    photos = [os.urandom(40_000) for _ in range(count)]
    return [(hashlib.sha256(photo).hexdigest(), photo) for photo in photos]


def test_a_full_stick_leaves_no_file(stick, device_key):
    with pytest.raises(PackageWriteError, match="lleno") as caught:
        write_package(stick / "campo.ati", header(), sample_revisions(), _photo_blobs(8), signing_key=device_key)
    assert "no quedó ningún archivo" in caught.value.message
    assert os.listdir(stick) == []


def test_a_stick_filled_by_the_revisions_themselves_leaves_no_file(stick, device_key):
    # Lines that deflate hardly at all, so the stick fills while the revisions are written.
    notes = [revision(body={"note": os.urandom(2_000).hex()}) for _ in range(200)]
    with pytest.raises(PackageWriteError, match="lleno"):
        write_package(stick / "campo.ati", header(), {"session": notes}, [], signing_key=device_key)
    assert os.listdir(stick) == []


def test_a_read_only_stick_leaves_no_file(stick, device_key):
    subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
    with pytest.raises(PackageWriteError, match="solo lectura"):
        write_package(stick / "campo.ati", header(), sample_revisions(), [], signing_key=device_key)
    assert os.listdir(stick) == []


def test_a_package_that_fits_is_written_and_verified(stick, device_key, secretariat):
    written = write_package(stick / "campo.ati", header(), sample_revisions(), _photo_blobs(1),
                            signing_key=device_key, encrypt_to=secretariat.public_key())
    assert os.listdir(stick) == ["campo.ati"] and written.size == (stick / "campo.ati").stat().st_size
