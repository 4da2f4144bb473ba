"""A throw-away PostgreSQL server for the test suite.

The server runs from a temporary folder and listens only on a unix socket there (no TCP
port), with ``fsync`` off: it is thrown away with the folder. PostgreSQL refuses to run as
root, so as root it runs as the ``postgres`` system user that Debian's package creates.
Each test gets its own database on that server (``fresh_database``).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# runuser lives in /usr/sbin, which a plain PATH (/usr/bin:/bin) leaves out.
RUNUSER = shutil.which("runuser") or "/usr/sbin/runuser"
SERVER_USER = "postgres"
SUPERUSER = "ati"
TEMPLATE = "ati_migrated"
INSTALL_HINT = (
    "PostgreSQL server not found. Install it with `bash scripts/dev.sh test` as root, or "
    "`sudo apt-get install -y --no-install-recommends postgresql`."
)


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server can be started on this machine."""


def server_bindir() -> Path:
    """The folder with initdb and pg_ctl: ATI_PG_BINDIR, Debian's layout, or PATH."""
    configured = os.environ.get("ATI_PG_BINDIR")
    if configured:
        candidates = [configured]
    else:
        candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
        on_path = shutil.which("initdb")
        if on_path:
            candidates.append(str(Path(on_path).parent))
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    raise ServerUnavailable(INSTALL_HINT)


def _version_key(bindir: str) -> int:
    version = Path(bindir).parent.name
    return int(version) if version.isdigit() else 0


class Server:
    """One running server: ``url(database)`` gives a SQLAlchemy URL for psycopg 3."""

    def __init__(self, root: Path, socket_dir: Path, bindir: Path) -> None:
        self.root = root
        self.socket_dir = socket_dir
        self.bindir = bindir
        self.data = root / "data"
        self._template_ready = False

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def create_database(self, *, migrated: bool = False) -> str:
        """A new database on the server, empty or already at the schema's head; returns its URL.

        Migrated databases are copies of one template migrated once per run, so a test
        does not wait for the migrations (the device identity is made on first open).
        """
        name = "t_" + uuid.uuid4().hex[:16]
        template = self._migrated_template() if migrated else "template0"
        self._psql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def _migrated_template(self) -> str:
        if not self._template_ready:
            from ati_desktop.storage.engine import make_engine
            from ati_desktop.storage.migrate import upgrade

            self._psql(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE template0')
            engine = make_engine(self.url(TEMPLATE))
            try:
                upgrade(engine, None)
            finally:
                engine.dispose()
            self._template_ready = True
        return TEMPLATE

    def drop_database(self, url: str) -> None:
        name = url.split("@/", 1)[1].split("?", 1)[0]
        self._psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _psql(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(sql)

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = [RUNUSER, "-u", SERVER_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = self.root / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ServerUnavailable(
                f"{args[0]} failed ({result.returncode}): {result.stderr.strip()}\n{tail}"
            )

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", SUPERUSER,
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "start",
                  "-o", options)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")


@contextmanager
def running_server() -> Iterator[Server]:
    """Start a server in temporary folders, yield it, then stop it and remove the folders."""
    bindir = server_bindir()
    # As root the server runs as another user, who must reach its folders: keep them in /tmp
    # (not under a private TMPDIR). Socket paths are limited to ~100 bytes: a short folder.
    root = Path(tempfile.mkdtemp(prefix="ati-pg-", dir="/tmp" if os.geteuid() == 0 else None))
    socket_dir = Path(tempfile.mkdtemp(prefix="ati-pgs-", dir="/tmp"))
    if os.geteuid() == 0:
        try:
            server_user = pwd.getpwnam(SERVER_USER)
        except KeyError as exc:
            raise ServerUnavailable(f"No `{SERVER_USER}` user to run the server as. " + INSTALL_HINT) from exc
        for folder in (root, socket_dir):
            os.chown(folder, server_user.pw_uid, server_user.pw_gid)
    server = Server(root, socket_dir, bindir)
    try:
        server.start()
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(socket_dir, ignore_errors=True)


def unavailable(reason: str) -> None:
    """Without a server, CI fails (every test must run there); elsewhere the test is skipped."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


BACKENDS = ("sqlite", "postgresql")
both_databases = pytest.mark.both_databases
