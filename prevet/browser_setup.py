"""Make sure a Chromium is available for rendering: `python -m prevet.browser_setup`.

Playwright's own browser where `playwright install chromium` works (a laptop); otherwise the
distribution's `chromium` package through apt (Debian/Ubuntu servers and CI, as root); otherwise
a clear message saying what to install. Exit code 0 when a browser is ready.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from crawler.browser import find_chromium


def _run(command: list[str], timeout: float) -> bool:
    try:
        return subprocess.run(command, timeout=timeout, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def ensure_chromium() -> str | None:
    found = find_chromium()
    if found:
        return found
    print("prevet: no Chromium found; trying `playwright install chromium`…", flush=True)
    if _run([sys.executable, "-m", "playwright", "install", "chromium"], timeout=600):
        found = find_chromium()
        if found:
            return found
    apt = shutil.which("apt-get")
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if apt and is_root:
        print("prevet: Playwright's download is not available here; installing the "
              "distribution's chromium package with apt-get…", flush=True)
        _run([apt, "update", "-qq"], timeout=600)
        _run([apt, "install", "-y", "-qq", "chromium"], timeout=1200)
        return find_chromium()
    return None


def main() -> int:
    found = ensure_chromium()
    if found:
        print(f"prevet: using Chromium at {found}")
        return 0
    print("prevet: no Chromium is available. Install one with `playwright install chromium`, "
          "or your system's package (Debian/Ubuntu: `sudo apt-get install chromium`), or set "
          "PREVET_CHROMIUM to a Chromium/Chrome executable.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
