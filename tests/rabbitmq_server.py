"""A throwaway RabbitMQ node on 127.0.0.1 (Debian's rabbitmq-server) for the task queue tests that
run on RabbitMQ: free ports (AMQP, distribution, its own epmd), its files in a temporary folder.
It is not part of CI (`.ci/run` installs Redis and PostgreSQL only): the tests that need it are
skipped, with the reason, when the package is absent (`apt-get install -y rabbitmq-server`).
Run as root, the node runs as the package's `rabbitmq` user (Erlang's cookie file must be its own).
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.redis_server import free_port

INSTALL_HINT = "apt-get install -y rabbitmq-server"
SERVER = Path("/usr/lib/rabbitmq/bin/rabbitmq-server")  # the package's script (not the su wrapper)
START_SECONDS = 90


def installed() -> bool:
    return SERVER.is_file() and shutil.which("epmd") is not None


def _user() -> str | None:
    """None when we are not root; else the package's user."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("rabbitmq")
        return "rabbitmq"
    except KeyError:
        return "nobody"


@contextmanager
def rabbitmq_server() -> Iterator[str]:
    """Yields the node's AMQP URL (guest, which RabbitMQ admits from localhost only)."""
    if not installed():
        raise FileNotFoundError(f"no rabbitmq-server ({INSTALL_HINT})")
    root = Path(tempfile.mkdtemp(prefix="prevet-rabbitmq-"))
    port, dist, epmd = free_port(), free_port(), free_port()
    (root / "enabled_plugins").write_text("[].\n")
    user = _user()
    if user:
        entry = pwd.getpwnam(user)
        for path in (root, root / "enabled_plugins"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(root),
        "RABBITMQ_NODENAME": f"prevet-{uuid.uuid4().hex[:8]}@localhost",
        "RABBITMQ_NODE_IP_ADDRESS": "127.0.0.1",
        "RABBITMQ_NODE_PORT": str(port),
        "RABBITMQ_DIST_PORT": str(dist),
        "ERL_EPMD_PORT": str(epmd),
        "RABBITMQ_MNESIA_BASE": str(root / "mnesia"),
        "RABBITMQ_LOG_BASE": str(root / "log"),
        "RABBITMQ_ENABLED_PLUGINS_FILE": str(root / "enabled_plugins"),
        "RABBITMQ_CONFIG_FILE": str(root / "rabbitmq"),
        "RABBITMQ_LOGS": "-",
    }
    log = root / "server.log"
    proc = subprocess.Popen(
        [str(SERVER)],
        env=env,
        user=user,
        cwd=root,
        start_new_session=True,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + START_SECONDS
        while "Server startup complete" not in log.read_text(errors="replace"):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "rabbitmq-server did not start: " + log.read_text(errors="replace")[-1500:]
                )
            time.sleep(0.3)
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        yield f"amqp://guest:guest@127.0.0.1:{port}//"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        # the node's own epmd, on its own port (it detaches from the node's session)
        subprocess.run(
            ["epmd", "-port", str(epmd), "-kill"], capture_output=True, timeout=10, check=False
        )
        shutil.rmtree(root, ignore_errors=True)


def server_fixture() -> Iterator[str]:
    """Fixture body: one node, skipped with the reason when the package is absent."""
    import pytest

    if not installed():
        pytest.skip(f"rabbitmq-server not found: {INSTALL_HINT} (not part of CI)")
    with rabbitmq_server() as url:
        yield url
