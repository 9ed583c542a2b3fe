"""Make sure a Chromium is available for rendering: `python -m prevet.browser_setup`.

Chromium's headless shell is preferred (crawler/browser.py says why). Playwright's own browsers
where `playwright install chromium` works (a laptop; recent releases download the headless shell
with it); on Debian/Ubuntu as root (servers and CI), the distribution's `chromium-headless-shell`
package through apt, or `chromium` where there is no such package; otherwise a clear message
saying what to install. A browser named by $PREVET_CHROMIUM is used as it is. Exit code 0 when a
browser is ready.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from crawler.browser import describe, find_chromium, is_headless_shell

SHELL_PACKAGE = "chromium-headless-shell"


def _run(command: list[str], timeout: float) -> bool:
    try:
        return (
            subprocess.run(
                command, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            ).returncode
            == 0
        )
    except (OSError, subprocess.TimeoutExpired):
        return False


def _apt_install(apt: str, package: str) -> bool:
    print(f"prevet: installing the distribution's {package} package with apt-get…", flush=True)
    return _run([apt, "install", "-y", "-qq", package], timeout=1200)


def _from_apt(found: str | None) -> str | None:
    """The headless shell from the distribution, else its chromium when there is no browser at
    all; `found` is kept when neither installs. Without a browser the package lists are updated
    first; with one, only a package the lists already know is tried (no network on every run)."""
    apt = shutil.which("apt-get")
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not (apt and is_root):
        return found
    if found is None:
        _run([apt, "update", "-qq"], timeout=600)
    elif not _run(["apt-cache", "show", SHELL_PACKAGE], timeout=60):
        return found
    if not _apt_install(apt, SHELL_PACKAGE) and found is None:
        _apt_install(apt, "chromium")
    return find_chromium() or found


def ensure_chromium() -> str | None:
    found = find_chromium()
    if found and (is_headless_shell(found) or os.environ.get("PREVET_CHROMIUM")):
        return found
    if found is None:
        print("prevet: no Chromium found; trying `playwright install chromium`…", flush=True)
        if _run([sys.executable, "-m", "playwright", "install", "chromium"], timeout=600):
            found = find_chromium()
    if found and is_headless_shell(found):
        return found
    return _from_apt(found)


def main() -> int:
    found = ensure_chromium()
    if found:
        print(f"prevet: using {describe(found)}")
        return 0
    print(
        "prevet: no Chromium is available. Install one with `playwright install chromium`, "
        "or your system's package (Debian: `sudo apt-get install chromium-headless-shell`, "
        "elsewhere `chromium`), or set "
        "PREVET_CHROMIUM to a Chromium/Chrome executable.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
