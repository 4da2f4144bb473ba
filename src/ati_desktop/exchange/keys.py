"""Key pairs of packages: each device signs with Ed25519, the secretariat receives with X25519.

The device's private key is made on first use and kept in the user data directory, readable
only by its owner. The secretariat's pairs are made once (``ati keys new``): one to receive
encrypted packages (X25519) and one to sign the packages it sends to the field (Ed25519).
Both public halves are imported into every assistant's app and their fingerprints read aloud
by phone to compare; a field package is accepted only when signed by an imported key.
Keys are PEM files (SubjectPublicKeyInfo, PKCS #8), which other tools can read too.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from ati_desktop.domain.errors import AtiError
from ati_desktop.paths import data_dir

KEYS_DIR = "claves"
SECRETARIAT_PUBLIC_FILE = "secretaria.pub"
SECRETARIAT_PRIVATE_FILE = "secretaria.key"
SIGNING_PUBLIC_FILE = "secretaria-firma.pub"
SIGNING_PRIVATE_FILE = "secretaria-firma.key"
TRUSTED_DIR = "confianza"  # the secretariat signing keys this user accepts field packages from
# A PEM key is a few hundred bytes; anything much larger is not a key.
MAX_KEY_FILE_BYTES = 16 * 1024
# 96 bits of the SHA-256 of the raw key: enough against a forged key, short enough to read.
FINGERPRINT_HEX_DIGITS = 24


class KeyFileError(AtiError):
    """A key file that cannot be used as it is."""


def keys_dir() -> Path:
    path = data_dir() / KEYS_DIR
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(key: Ed25519PublicKey | X25519PublicKey | bytes) -> str:
    """The key's fingerprint in groups of four characters, e.g. ``3F2A 9C01 …``."""
    raw = key if isinstance(key, bytes) else raw_public(key)
    digits = hashlib.sha256(raw).hexdigest()[:FINGERPRINT_HEX_DIGITS].upper()
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def _write_private(path: Path, pem: bytes) -> None:
    """Create ``path`` readable only by its owner; an existing file is never replaced."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(descriptor, pem)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _private_pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _public_pem(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def device_key(device_id: str) -> Ed25519PrivateKey:
    """The signing key of this device, made on first use."""
    path = keys_dir() / f"equipo-{device_id}.key"
    try:
        _write_private(path, _private_pem(Ed25519PrivateKey.generate()))
    except FileExistsError:
        pass
    key = _load_private(path)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError("La clave de firma de este equipo ({path}) está dañada. Bórrela para que se cree "
                        "una nueva; la secretaría verá una clave distinta para este equipo.", path=str(path))
    return key


def _read_key_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise KeyFileError("«{name}» no es un archivo de clave (es demasiado grande).", name=path.name)
        return path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError("No existe el archivo de clave «{path}».", path=str(path)) from None
    except OSError as exc:
        raise KeyFileError("No se pudo leer «{path}»: {reason}.", path=str(path),
                        reason=exc.strerror or str(exc)) from None


def _load_private(path: Path):
    try:
        return serialization.load_pem_private_key(_read_key_file(path), password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise KeyFileError("«{name}» no es una clave privada de ATI Desktop.", name=path.name) from None


def read_secretariat_public(path: Path) -> X25519PublicKey:
    """The secretariat's public key from a ``.pub`` file."""
    data = _read_key_file(path)
    if b"PRIVATE KEY" in data:
        raise KeyFileError("«{name}» es la clave PRIVADA de la secretaría: no la copie a los equipos. "
                        "Importe el archivo «{public}».", name=path.name, public=SECRETARIAT_PUBLIC_FILE)
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        key = None
    if not isinstance(key, X25519PublicKey):
        raise KeyFileError("«{name}» no es la clave pública de una secretaría (se espera un archivo .pub "
                        "hecho con «ati keys new»).", name=path.name)
    return key


def read_secretariat_private(path: Path) -> X25519PrivateKey:
    """The secretariat's private key, to open encrypted packages."""
    key = _load_private(path)
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError("«{name}» no es la clave privada de una secretaría.", name=path.name)
    return key


def _new_pair(directory: Path, public_name: str, private_name: str, key: Ed25519PrivateKey | X25519PrivateKey,
              refusal: Callable[[Path], KeyFileError]) -> tuple[Path, Path]:
    """Write ``key`` as a pair of files into ``directory``; an existing one is never replaced."""
    public_path = directory / public_name
    private_path = directory / private_name
    for path in (public_path, private_path):
        if path.exists():
            raise refusal(path)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        _write_private(private_path, _private_pem(key))
        public_path.write_bytes(_public_pem(key.public_key()))
    except OSError as exc:
        private_path.unlink(missing_ok=True)
        raise KeyFileError("No se pudieron escribir las claves en «{path}»: {reason}.", path=str(directory),
                           reason=exc.strerror or str(exc)) from None
    return public_path, private_path


def new_secretariat_pair(directory: Path) -> tuple[Path, Path]:
    """Write the secretariat's encryption pair into ``directory``."""
    return _new_pair(directory, SECRETARIAT_PUBLIC_FILE, SECRETARIAT_PRIVATE_FILE, X25519PrivateKey.generate(),
                     lambda path: KeyFileError("Ya existe «{path}»: no se reemplaza una clave (los paquetes cifrados "
                                               "con ella no podrían abrirse). Elija otra carpeta con -o.",
                                               path=str(path)))


def new_signing_pair(directory: Path) -> tuple[Path, Path]:
    """Write the secretariat's signing pair into ``directory``."""
    return _new_pair(directory, SIGNING_PUBLIC_FILE, SIGNING_PRIVATE_FILE, Ed25519PrivateKey.generate(),
                     lambda path: KeyFileError("Ya existe «{path}»: no se reemplaza una clave de firma (los "
                                               "asistentes dejarían de aceptar los paquetes de la secretaría). "
                                               "Elija otra carpeta con -o.", path=str(path)))


def _read_public(path: Path) -> Ed25519PublicKey | X25519PublicKey | None:
    data = _read_key_file(path)
    if b"PRIVATE KEY" in data:
        raise KeyFileError("«{name}» es una clave PRIVADA de la secretaría: no la copie a los equipos. "
                           "Importe el archivo .pub.", name=path.name)
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return None
    return key if isinstance(key, (Ed25519PublicKey, X25519PublicKey)) else None


def read_signing_private(path: Path | None = None) -> Ed25519PrivateKey:
    """The secretariat's signing key: ``path``, or the one kept in this user's key folder."""
    path = keys_dir() / SIGNING_PRIVATE_FILE if path is None else Path(path)
    if not path.exists():
        raise KeyFileError("No se encontró la clave de firma de la secretaría ({path}). Créela con "
                           "«ati keys new» o indíquela con --clave-firma.", path=str(path))
    key = _load_private(path)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError("«{name}» no es la clave de firma de una secretaría.", name=path.name)
    return key


def trust_signing_key(key: Ed25519PublicKey) -> Path:
    """Accept field packages signed with ``key`` from now on."""
    folder = keys_dir() / TRUSTED_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / (fingerprint(key).replace(" ", "") + ".pub")
    temporary = target.with_suffix(".tmp")
    temporary.write_bytes(_public_pem(key))
    os.replace(temporary, target)
    return target


def trusted_signing_keys() -> list[bytes]:
    """The raw secretariat signing keys this user imported (damaged files are ignored)."""
    folder = keys_dir() / TRUSTED_DIR
    found = []
    for path in sorted(folder.glob("*.pub")) if folder.is_dir() else ():
        try:
            key = _read_public(path)
        except KeyFileError:
            continue
        if isinstance(key, Ed25519PublicKey):
            found.append(raw_public(key))
    return found


def import_public_key(path: Path) -> tuple[str, Ed25519PublicKey | X25519PublicKey]:
    """Import a secretariat public key of either kind: ``("cifrado", key)`` or ``("firma", key)``."""
    key = _read_public(path)
    if isinstance(key, Ed25519PublicKey):
        trust_signing_key(key)
        return "firma", key
    return "cifrado", import_secretariat_key(path)


def import_secretariat_key(path: Path) -> X25519PublicKey:
    """Keep the secretariat's public key in this user's data directory; replaces an older one."""
    key = read_secretariat_public(path)
    target = keys_dir() / SECRETARIAT_PUBLIC_FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_bytes(_public_pem(key))
    os.replace(temporary, target)
    return key


def secretariat_key() -> X25519PublicKey | None:
    """The imported secretariat key, or None when none is configured."""
    path = keys_dir() / SECRETARIAT_PUBLIC_FILE
    return read_secretariat_public(path) if path.exists() else None
