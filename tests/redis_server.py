"""A throwaway Redis server on 127.0.0.1 (Debian's redis-server) for the task queue tests and the
distributed benchmark: a free port, its files in a temporary folder, nothing saved to disk.
Tests that need it are skipped, with the reason, when the binary is not installed
(`apt-get install -y redis-server`; scripts/ensure_test_services.sh does it in CI)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

INSTALL_HINT = "apt-get install -y redis-server"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def redis_server() -> Iterator[str]:
    """Yields the server's URL (database 0); the server ends with the block."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise FileNotFoundError(f"no redis-server ({INSTALL_HINT})")
    root = Path(tempfile.mkdtemp(prefix="prevet-redis-"))
    port = free_port()
    proc = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(root),
            "--save",
            "",
            "--appendonly",
            "no",
            "--protected-mode",
            "no",
        ],
        stdout=(root / "server.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "redis-server did not start: " + (root / "server.log").read_text()[-1000:]
                )
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(root, ignore_errors=True)


def server_fixture() -> Iterator[str]:
    """Fixture body: one server, skipped with the reason when the binary is absent."""
    import pytest

    if shutil.which("redis-server") is None:
        pytest.skip(f"redis-server not found: {INSTALL_HINT}")
    with redis_server() as url:
        yield url
