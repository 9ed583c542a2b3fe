"""Finding and launching a Chromium for Playwright, wherever it comes from.

Order: $PREVET_CHROMIUM; then a headless shell (Playwright's `chromium_headless_shell` download,
then the distribution's `chromium-headless-shell` package on PATH); then a full Chromium
(Playwright's download, then `chromium`/Chrome on PATH). Nothing is hard-coded to one path.

The headless shell is Chromium's old headless mode, built without the browser's UI: a full
Chromium in headless mode still builds a window (and its address bar, tab strip and their
renderers) for every browser context. Playwright itself launches the shell for headless runs;
prevet prefers it for the same reason (what it saves: docs/performance.md).
"""

from __future__ import annotations

import glob
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from crawler.playwright_flags import disable_features_flag

SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
# Flags that keep a headless browser from phoning home on a closed or metered network.
QUIET_FLAGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-quic",
    "--mute-audio",
)
# Features prevet turns off, added to Playwright's own (crawler/playwright_flags.py): HTTPS
# upgrades and network services for the same reason, and browser UI nobody sees: a full
# Chromium in headless mode opens a window for each browser context, and each window loads the
# address bar's suggestion pop-ups as web pages (chrome://omnibox-popup.top-chrome, each a
# renderer process of its own), which cost more CPU than rendering a small site's pages
# (bench/portfolio_bench.py). The headless shell has no such UI.
DISABLED_FEATURES = (
    "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable",
    "MediaRouter",
    "OptimizationHints",
    "Translate",
    "WebUIOmniboxPopup",
    "WebUIOmniboxAimPopup",
)
SHELL_NAMES = ("chromium-headless-shell", "chrome-headless-shell", "headless_shell")


def _playwright_browsers(shell: bool) -> list[str]:
    root = os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or str(Path.home() / ".cache/ms-playwright")
    patterns = (
        (
            "chromium_headless_shell-*/chrome-*/headless_shell",
            "chromium_headless_shell-*/chrome-*/chrome-headless-shell",
            "chromium_headless_shell-*/chrome-*/headless_shell.exe",
        )
        if shell
        else (
            "chromium-*/chrome-linux*/chrome",
            "chromium-*/chrome-mac*/Chromium.app/Contents/MacOS/Chromium",
            "chromium-*/chrome-win*/chrome.exe",
        )
    )
    found: list[str] = []
    for pattern in patterns:
        found.extend(sorted(glob.glob(os.path.join(root, pattern)), reverse=True))
    return found


def _candidates() -> Iterator[str]:
    for shell, names in ((True, SHELL_NAMES), (False, SYSTEM_NAMES)):
        yield from _playwright_browsers(shell)
        for name in names:
            path = shutil.which(name)
            if path:
                yield path


def find_chromium() -> str | None:
    """The path of a Chromium that Playwright can drive, or None: $PREVET_CHROMIUM when set, else
    a headless shell before a full Chromium."""
    explicit = os.environ.get("PREVET_CHROMIUM")
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    return next((path for path in _candidates() if os.access(path, os.X_OK)), None)


def is_headless_shell(executable: str) -> bool:
    """Is this Chromium's headless shell (by its file name, the wrapper's or the binary's)?"""
    name = Path(executable).name.lower().removesuffix(".exe")
    return name in SHELL_NAMES


def describe(executable: str) -> str:
    """How `prevet.browser_setup` names the browser it found."""
    kind = "Chromium's headless shell" if is_headless_shell(executable) else "Chromium"
    return f"{kind} at {executable}"


def launch_args(resolve: dict[str, str] | None = None) -> list[str]:
    args = [*QUIET_FLAGS, disable_features_flag(DISABLED_FEATURES)]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to sandbox as root
    if resolve:
        rules = ", ".join(f"MAP {host} {address}" for host, address in resolve.items())
        args.append(f"--host-resolver-rules={rules}")
    return args


def desktop_user_agent(browser_version: str) -> str:
    """An ordinary desktop Chrome user agent: some age-gate scripts skip visitors that look like
    bots, and reviewers use ordinary browsers."""
    major = browser_version.split(".")[0] or "120"
    return (
        f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{major}.0.0.0 Safari/537.36"
    )
