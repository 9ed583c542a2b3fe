"""Which Chromium prevet picks, and what the launched browser really runs with.

The finder prefers a headless shell to a full Chromium, and an explicit $PREVET_CHROMIUM to both.
The launch test reads the browser's own command line from /proc: Chromium keeps only the last
`--disable-features`, so prevet's features must be added to Playwright's, not replace them."""

from __future__ import annotations

import asyncio
import os
import stat
import sys
from pathlib import Path

import pytest

from crawler.browser import DISABLED_FEATURES, find_chromium, is_headless_shell, launch_args
from crawler.playwright_flags import features_in


def _executable(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


@pytest.fixture()
def bare_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH and a Playwright cache holding only what a test puts there."""
    monkeypatch.delenv("PREVET_CHROMIUM", raising=False)
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "ms-playwright"))
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    return tmp_path


def test_a_headless_shell_is_preferred_to_a_full_chromium(bare_path: Path) -> None:
    assert find_chromium() is None
    full = _executable(bare_path / "bin" / "chromium")
    assert find_chromium() == full
    shell = _executable(bare_path / "bin" / "chromium-headless-shell")
    assert find_chromium() == shell
    playwright_shell = _executable(
        bare_path
        / "ms-playwright"
        / "chromium_headless_shell-1200"
        / "chrome-linux"
        / "headless_shell"
    )
    assert find_chromium() == playwright_shell
    assert is_headless_shell(shell) and is_headless_shell(playwright_shell)
    assert not is_headless_shell(full)


def test_an_explicit_browser_wins(bare_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _executable(bare_path / "bin" / "chromium-headless-shell")
    chosen = _executable(bare_path / "elsewhere" / "chrome")
    monkeypatch.setenv("PREVET_CHROMIUM", chosen)
    assert find_chromium() == chosen
    monkeypatch.setenv("PREVET_CHROMIUM", str(bare_path / "missing"))
    assert find_chromium() is None


def test_the_browser_setup_names_the_browser_it_uses(
    bare_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from prevet import browser_setup

    shell = _executable(bare_path / "bin" / "chromium-headless-shell")
    assert browser_setup.main() == 0
    assert capsys.readouterr().out.strip() == f"prevet: using Chromium's headless shell at {shell}"


def test_features_are_read_from_a_list_with_comments() -> None:
    source = """x = 1; disabledFeatures = [
      // See https://example.test/1 "NotThis"
      "FirstFeature",
      process.env.X ? "" : 'SecondFeature',
    ].filter(Boolean); other = ["Unrelated"];"""
    assert features_in(source) == ["FirstFeature", "SecondFeature"]
    assert features_in("var y = ['A'];") == []


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _effective_disabled_features(args: list[str] | None, chromium: str) -> set[str]:
    """Launch the browser as Playwright does with `args`, and read the features its browser
    process turns off from its command line (the last --disable-features is the one Chromium
    keeps)."""

    async def scenario() -> list[str]:
        from playwright.async_api import async_playwright

        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=chromium, args=args)
            try:
                for pid in _descendants(os.getpid()):
                    try:
                        line = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
                    except OSError:
                        continue
                    words = [w.decode() for w in line if w]
                    if "--remote-debugging-pipe" in words and not any(
                        w.startswith("--type=") for w in words
                    ):
                        return words
                return []
            finally:
                await browser.close()

    words = asyncio.run(scenario())
    assert words, "the browser process was not found under this process"
    last = [w for w in words if w.startswith("--disable-features=")][-1]
    return set(last.split("=", 1)[1].split(","))


@pytest.mark.browser
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_prevets_features_add_to_playwrights(chromium_path: str) -> None:
    playwrights = _effective_disabled_features(None, chromium_path)
    assert playwrights, "Playwright turns features of its own off"
    launched = _effective_disabled_features(launch_args(), chromium_path)
    assert playwrights <= launched, sorted(playwrights - launched)
    assert set(DISABLED_FEATURES) <= launched, sorted(set(DISABLED_FEATURES) - launched)


@pytest.mark.parametrize(
    "have, known, expected",
    [
        (None, True, ["update", "install chromium-headless-shell", "install chromium"]),
        ("chromium", True, ["show", "install chromium-headless-shell"]),
        ("chromium", False, ["show"]),
    ],
)
def test_apt_installs_the_shell_first(
    have: str | None,
    known: bool,
    expected: list[str],
    bare_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As root with apt: the shell, and the full chromium only when there is no browser at all
    (here neither package installs); with a browser, no package lists are fetched, and the
    shell is tried only where the lists know it."""
    from prevet import browser_setup

    if have:
        _executable(bare_path / "bin" / have)
    _executable(bare_path / "bin" / "apt-get")
    calls: list[str] = []

    def run(command: list[str], timeout: float) -> bool:
        if command[1] != "-m":  # not `python -m playwright install`, which fails here
            calls.append(f"install {command[-1]}" if command[1] == "install" else command[1])
        return command[1] == "show" and known

    monkeypatch.setattr(browser_setup, "_run", run)
    monkeypatch.setattr(browser_setup.os, "geteuid", lambda: 0)
    found = browser_setup.ensure_chromium()
    assert calls == expected
    assert found == (str(bare_path / "bin" / have) if have else None)
