"""A throwaway PostgreSQL server on 127.0.0.1 for the store tests (Debian's postgresql package).

The server runs from a temporary data directory on a free port with its unix socket in the same
temporary directory, as a non-root user when the tests run as root (PostgreSQL refuses root).
Tests that need it are skipped, with the reason, when the binaries are not installed:
`apt-get install -y postgresql` provides them.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

INSTALL_HINT = "apt-get install -y postgresql"


def find_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin that has initdb, pg_ctl and postgres."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in candidates:
        if all((Path(folder) / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_user() -> str | None:
    """None when we are not root; else an unprivileged account to run the server as."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no unprivileged user (postgres, nobody) exists")


class PostgresServer:
    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.port = _free_port()
        self.user = _server_user()
        # not under pytest's tmp dirs: those are private to root and the server user must enter
        self.root = Path(tempfile.mkdtemp(prefix="prevet-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            check=check,
            user=self.user,
            timeout=120,
            cwd=str(self.root),
        )

    def start(self) -> None:
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o700)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "prevet",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        result = self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
            check=False,
        )
        if result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(
                f"PostgreSQL did not start: {result.stderr or result.stdout}\n{log[-2000:]}"
            )

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://prevet@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database on the server; returns its URL."""
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        from prevet.store.engine import with_installed_driver

        name = f"t_{uuid.uuid4().hex[:12]}"
        engine = create_engine(
            with_installed_driver(make_url(self.url())), isolation_level="AUTOCOMMIT"
        )
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        engine.dispose()
        return self.url(name)


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError(f"no PostgreSQL server binaries ({INSTALL_HINT})")
    server = PostgresServer(bin_dir)
    try:
        server.start()
        deadline = time.monotonic() + 30
        while True:  # pg_ctl -w returns when the socket answers; the TCP port may lag a moment
            try:
                with socket.create_connection(("127.0.0.1", server.port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield server
    finally:
        server.stop()


# --- bodies of the pytest fixtures (test modules declare the fixtures themselves) ----------


def server_fixture() -> Iterator[PostgresServer]:
    """Session fixture body: one server for the run, skipped with the reason when absent."""
    import pytest

    if find_bin_dir() is None:
        pytest.skip(f"PostgreSQL server binaries not found: {INSTALL_HINT}")
    with postgres_server() as server:
        yield server


def store_url_fixture(request, tmp_path: Path) -> Iterator[str]:  # noqa: ANN001 - pytest's
    """Fixture body: a fresh, empty store of the kind named by request.param."""
    from prevet.store.engine import forget_engines

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'history.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_server").new_database()
    yield url
    forget_engines()
