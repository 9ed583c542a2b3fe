"""Shared test fixtures: serve fixture sites on 127.0.0.1 and run the real prevet CLI on them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "fixtures" / "sites"
sys.path.insert(0, str(ROOT))

from fixtures.audit import audit, run_prevet  # noqa: E402,F401 - the tests' way to run prevet
from fixtures.expectations import failed_checks  # noqa: E402,F401
from fixtures.serve import FixtureServer  # noqa: E402


@contextmanager
def served(
    site: str | Path, tls: tuple[Path, Path] | None = None, delay: float = 0.0
) -> Iterator[FixtureServer]:
    root = Path(site) if Path(site).is_absolute() else SITES / site
    with FixtureServer(root, tls=tls, delay=delay) as server:
        yield server


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
