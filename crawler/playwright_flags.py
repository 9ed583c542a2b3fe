"""The features Playwright turns off in Chromium, so that prevet's own list adds to them.

Chromium keeps only the last `--disable-features` on its command line, and Playwright puts the
arguments it is given after its own. A launch that passes `--disable-features=Translate` would
therefore turn Playwright's list back on, and some of its entries keep Playwright's request
interception working (AvoidCorsURLLoaderRestartOnRedirect: Chromium 155 aborts a preflighted
cross-origin redirect while requests are intercepted, and prevet intercepts every request).
Playwright does not publish that list through its API; its driver's JavaScript (shipped with
the Python package) holds it as `disabledFeatures = [...]`, read here once. When it cannot be
found (a future layout), prevet's own list goes alone and a warning says so.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

# `disabledFeatures = [ ... ]`, or `disabledFeatures = (options) => [ ... ]` in older releases
LIST = re.compile(r"disabledFeatures\s*=\s*(?:\([^)]*\)\s*=>\s*)?\[(?P<body>.*?)\]", re.S)
COMMENT = re.compile(r"//[^\n]*")
STRING = re.compile(r"""["']([A-Za-z0-9_]+)["']""")


def _driver_sources() -> list[Path]:
    """Where the list is: one bundle in recent releases, chromiumSwitches.js in older ones; the
    Electron loader, which has a list of its own, is left out."""
    try:
        import playwright
    except ImportError:
        return []
    lib = Path(playwright.__file__).parent / "driver" / "package" / "lib"
    known = [lib / "coreBundle.js", lib / "server" / "chromium" / "chromiumSwitches.js"]
    others = sorted(p for p in lib.rglob("*.js") if "electron" not in p.parts and p not in known)
    return [p for p in known if p.exists()] + others


def features_in(source: str) -> list[str]:
    """The feature names of the first `disabledFeatures` list in a JavaScript source."""
    match = LIST.search(source)
    if not match:
        return []
    return STRING.findall(COMMENT.sub("", match.group("body")))


@lru_cache(maxsize=1)
def playwright_disabled_features() -> tuple[str, ...]:
    """The features Playwright's installed driver turns off, or () when its source has none."""
    for path in _driver_sources():
        try:
            source = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        found = features_in(source) if "--disable-features" in source else []
        if found:
            return tuple(found)
    log.warning(
        "Playwright's list of disabled Chromium features was not found; prevet's own "
        "--disable-features replaces it"
    )
    return ()


def disable_features_flag(ours: tuple[str, ...]) -> str:
    """One `--disable-features` holding Playwright's features and then ours, each once."""
    merged = dict.fromkeys((*playwright_disabled_features(), *ours))
    return "--disable-features=" + ",".join(merged)
