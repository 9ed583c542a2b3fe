"""Shared test fixtures: serve fixture sites on 127.0.0.1 and run the real prevet CLI on them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "fixtures" / "sites"
sys.path.insert(0, str(ROOT))

from fixtures.serve import FixtureServer  # noqa: E402


@contextmanager
def served(site: str | Path, tls: tuple[Path, Path] | None = None,
           delay: float = 0.0) -> Iterator[FixtureServer]:
    root = Path(site) if Path(site).is_absolute() else SITES / site
    with FixtureServer(root, tls=tls, delay=delay) as server:
        yield server


def run_prevet(*args: str, timeout: float = 300, cwd: Path | None = None,
               env: dict | None = None) -> subprocess.CompletedProcess[str]:
    """The real command line, in a subprocess, as a user or CI runs it."""
    return subprocess.run([sys.executable, "-m", "prevet.cli", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd or ROOT, env=env)


def audit(server: FixtureServer, out: Path, *extra: str, host: str = "www.example-biz.com",
          path: str = "/") -> tuple[dict | None, subprocess.CompletedProcess[str]]:
    """Audit a served site under a realistic host name (and the other hosts it serves, for its
    cross-origin frames and scripts); returns (report.json, process)."""
    others = [arg for other in server.hosts for arg in ("--resolve", server.resolve(other))]
    proc = run_prevet("audit", server.url(host, path), "--resolve", server.resolve(host),
                      *others, "--out", str(out), "--no-store", "--quiet", *extra)
    report_file = out / "report.json"
    report = json.loads(report_file.read_text()) if report_file.exists() else None
    return report, proc


def failed_checks(report: dict) -> set[str]:
    """The checks whose status is failed (an info note under a passed check is not a failure)."""
    return {check for check, status in report["checks"].items() if status == "failed"}


@pytest.fixture(scope="session")
def chromium_path() -> str:
    from crawler.browser import find_chromium

    found = find_chromium()
    if not found:
        pytest.skip("no Chromium found (run `make test`, which installs one)")
    return found


@pytest.fixture(scope="session")
def full_chromium_path() -> str:
    """A full Chromium (not the headless shell that find_chromium prefers): what a machine
    without the shell runs, and whose window the launch flags must tame."""
    import shutil

    from crawler.browser import SYSTEM_NAMES, is_headless_shell

    for name in SYSTEM_NAMES:
        found = shutil.which(name)
        if found and not is_headless_shell(found):
            return found
    pytest.skip("no full Chromium on PATH")
