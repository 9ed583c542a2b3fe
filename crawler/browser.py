"""Finding and launching a Chromium for Playwright, wherever it comes from.

Order: $PREVET_CHROMIUM, Playwright's own download (`playwright install chromium`), then a
system Chromium/Chrome on PATH (Debian's `chromium` package). Nothing is hard-coded to one path.
"""

from __future__ import annotations

import glob
import os
import shutil
from pathlib import Path

SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
# Flags that keep a headless browser from phoning home on a closed or metered network, and
# from building browser UI nobody sees: a full Chromium in headless mode opens a window for each
# browser context, and each window loads the address bar's suggestion pop-ups as web pages
# (chrome://omnibox-popup.top-chrome, each a renderer process of its own), which cost more CPU
# than rendering a small site's pages (bench/portfolio_bench.py). Chromium keeps only the last
# --disable-features it is given, so this one list names every feature prevet turns off.
QUIET_FLAGS = (
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--disable-default-apps", "--disable-quic", "--mute-audio",
    "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter,"
    "OptimizationHints,Translate,WebUIOmniboxPopup,WebUIOmniboxAimPopup",
)


def _playwright_browsers() -> list[str]:
    root = os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or str(Path.home() / ".cache/ms-playwright")
    patterns = ("chromium-*/chrome-linux*/chrome", "chromium-*/chrome-mac*/Chromium.app/Contents/"
                "MacOS/Chromium", "chromium_headless_shell-*/chrome-*/headless_shell",
                "chromium-*/chrome-win*/chrome.exe")
    found: list[str] = []
    for pattern in patterns:
        found.extend(sorted(glob.glob(os.path.join(root, pattern)), reverse=True))
    return found


def find_chromium() -> str | None:
    """The path of a Chromium that Playwright can drive, or None."""
    explicit = os.environ.get("PREVET_CHROMIUM")
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    for candidate in _playwright_browsers():
        if os.access(candidate, os.X_OK):
            return candidate
    for name in SYSTEM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def launch_args(resolve: dict[str, str] | None = None) -> list[str]:
    args = list(QUIET_FLAGS)
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
    return (f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{major}.0.0.0 Safari/537.36")
