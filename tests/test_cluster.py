"""The deployment recipes, brought up or checked on this machine (no Docker here):

- scripts/cluster.sh starts Redis, PostgreSQL, two `prevet worker` processes and Celery beat
  from distribution packages in one command; `prevet audit --sites FILE --broker URL` audits
  fixture sites through it; `down` stops every process it started;
- the systemd units pass `systemd-analyze verify` (with prevet's executables where the units
  expect them; skipped, with the reason, where systemd-analyze is absent).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests import postgres
from tests.conftest import ROOT, run_prevet, served
from tests.redis_server import free_port

SCRIPT = ROOT / "scripts" / "cluster.sh"
UNITS = ROOT / "deploy" / "systemd"


def _host(folder: str) -> str:
    return json.loads((ROOT / "fixtures" / "sites" / folder / "expected.json").read_text())["host"]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return (
        Path(f"/proc/{pid}/stat").is_file()
        and Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    )


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _cluster(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON=sys.executable, PYTHONPATH=str(ROOT))
    return subprocess.run(
        ["bash", str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
    )


def test_one_command_brings_up_a_cluster_that_audits_sites(tmp_path: Path) -> None:
    if shutil.which("redis-server") is None or postgres.find_bin_dir() is None:
        pytest.skip("needs redis-server and PostgreSQL (scripts/ensure_test_services.sh)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("as root, PostgreSQL runs through runuser, which is absent")
    # not under pytest's tmp dirs: PostgreSQL's user (when we are root) must enter the folder
    state = Path(tempfile.mkdtemp(prefix="prevet-cluster-"))
    state.chmod(0o755)
    redis_port, pg_port = free_port(), free_port()
    pids: list[int] = []
    try:
        with served("drift-base") as a, served("demo") as b, served("cover-privacy-missing") as c:
            hosts = {
                a: "www.harborviewdental.com",
                b: "www.brightsidedental.com",
                c: _host("cover-privacy-missing"),
            }
            urls = [server.url(host) for server, host in hosts.items()]
            resolve = [
                part
                for server, host in hosts.items()
                for part in ("--resolve", server.resolve(host))
            ]
            up = _cluster(
                "up",
                "--dir",
                str(state),
                "--workers",
                "2",
                "--redis-port",
                str(redis_port),
                "--pg-port",
                str(pg_port),
                "--",
                *resolve,
            )
            assert up.returncode == 0, up.stdout + up.stderr
            pids = [int(p.read_text()) for p in state.glob("*.pid")]
            assert sorted(p.name for p in state.glob("*.pid")) == [
                "beat.pid",
                "redis.pid",
                "worker1.pid",
                "worker2.pid",
            ]
            env = dict(
                line.removeprefix("export ").split("=", 1)
                for line in up.stdout.splitlines()
                if line.startswith("export ")
            )
            assert env["PREVET_BROKER"] == f"redis://127.0.0.1:{redis_port}/0"
            assert env["PREVET_STORE"] == f"postgresql://prevet@127.0.0.1:{pg_port}/prevet"
            listing = tmp_path / "sites.txt"
            listing.write_text("\n".join(urls) + "\n")
            audited = run_prevet(
                "audit",
                "--sites",
                str(listing),
                "--broker",
                env["PREVET_BROKER"],
                "--store",
                env["PREVET_STORE"],
                "--render",
                "never",
                "--out",
                str(tmp_path / "out"),
                "--quiet",
                *resolve,
            )
        assert audited.returncode == 1, audited.stdout + audited.stderr  # demo needs changes
        portfolio = json.loads((tmp_path / "out" / "portfolio.json").read_text())
        statuses = {site["url"]: site["status"] for site in portfolio["sites"]}
        assert statuses == {urls[0]: "ready", urls[1]: "needs_changes", urls[2]: "needs_changes"}, (
            portfolio
        )
        assert (tmp_path / "out" / "index.html").is_file()
        beat_log = (state / "beat.log").read_text()
        assert "beat: Starting" in beat_log, beat_log[-2000:]
        assert all(_alive(pid) for pid in pids)
    finally:
        down = _cluster("down", "--dir", str(state), timeout=180)
        leftover = [pid for pid in pids if _alive(pid)]
        for pid in leftover:  # never leave a server behind, whatever failed
            os.kill(pid, signal.SIGKILL)
        shutil.rmtree(state, ignore_errors=True)
    assert down.returncode == 0, down.stdout + down.stderr
    assert not leftover
    assert not _port_open(redis_port) and not _port_open(pg_port)


def _verify(folder: Path, *units: str) -> str:
    proc = subprocess.run(
        ["systemd-analyze", "verify", *units],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=folder,
    )
    return (proc.stdout + proc.stderr).strip()


def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed here")
    venv_bin = Path(sys.executable).parent
    if not (venv_bin / "prevet").is_file() or not (venv_bin / "celery").is_file():
        pytest.skip(f"prevet and celery are not installed in {venv_bin}")
    # the units name /opt/prevet/.venv/bin (docs/scaling.md); verify checks that the programs
    # exist, so the copies name this environment's
    for unit in UNITS.iterdir():
        text = unit.read_text().replace("/opt/prevet/.venv/bin", str(venv_bin))
        (tmp_path / unit.name).write_text(text)
    shutil.copy(tmp_path / "prevet-worker@.service", tmp_path / "prevet-worker@1.service")
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith("@.service"))
    assert names == [
        "prevet-beat.service",
        "prevet-drift.service",
        "prevet-drift.timer",
        "prevet-worker@1.service",
    ]
    assert _verify(tmp_path, *names) == ""
    # a near miss: a unit with a misspelt key and a bad value is reported
    (tmp_path / "broken.service").write_text(
        (tmp_path / "prevet-beat.service")
        .read_text()
        .replace("Restart=", "Restrat=")
        .replace("[Service]", "[Service]\nType=sometimes")
    )
    said = _verify(tmp_path, "broken.service")
    assert "Unknown key" in said and "Restrat" in said and "service type" in said, said
