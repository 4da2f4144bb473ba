import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from package_samples import snapshot


@pytest.fixture
def device_key():
    return Ed25519PrivateKey.generate()


@pytest.fixture
def secretariat():
    return X25519PrivateKey.generate()


@pytest.fixture
def refused(tmp_path):
    """Opens a package expecting a refusal that names ``match``; checks nothing was written."""
    from ati_desktop.exchange.package import open_package
    from ati_desktop.exchange.package_errors import PackageError

    folders = [tmp_path, Path(os.environ["ATI_DATA_DIR"])]

    def check(data: bytes | Path, match: str, **options) -> str:
        path = data if isinstance(data, Path) else tmp_path / "recibido.ati"
        if not isinstance(data, Path):
            path.write_bytes(data)
        before = snapshot(*folders)
        with pytest.raises(PackageError, match=match) as caught:
            open_package(path, **options).close()
        assert snapshot(*folders) == before, "refusing a package wrote something"
        assert "Traceback" not in caught.value.message
        return caught.value.message

    return check
