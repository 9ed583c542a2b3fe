"""The list of sites a portfolio run audits: URLs given, a file of them, prevet.yaml's `sites:`,
or a platform's own list (`--sitemap URL`, a sitemap of client pages or a plain list).

Given sites are checked before anything starts (a bad line is bad input: exit 2, saying which);
entries of a fetched list that are not web addresses are skipped and counted, since one odd
entry in a platform's thousands must not stop the run. Duplicates are audited once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from crawler.urls import drop_credentials, normalize_url, start_url
from prevet.errors import PrevetError

MAX_SITEMAPS = 50  # child sitemaps of a sitemap index followed


def read_url_list(path: Path) -> list[str]:
    """One URL a line; `#` starts a comment; blank lines are skipped."""
    if not path.is_file():
        raise PrevetError(f"{path} is not a file")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PrevetError(f"{path} could not be read: {exc}") from exc
    urls = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            urls.append(line)
    if not urls:
        raise PrevetError(f"{path} lists no URL")
    return urls


def checked_urls(entries: list[tuple[str, str]]) -> list[str]:
    """[(where, url)] -> start URLs, in order, once each; a bad one raises saying where.
    Credentials are dropped and, as for one site, that is said once."""
    from prevet.target import CREDENTIALS_DROPPED

    found: list[str] = []
    seen: set[str] = set()
    dropped = False
    for where, entry in entries:
        clean, had_credentials = drop_credentials(entry.strip())  # never stored nor echoed
        dropped = dropped or had_credentials
        try:
            url = start_url(clean)
        except ValueError as exc:
            raise PrevetError(f"{where}: {clean!r}: {exc}") from exc
        key = normalize_url(url)
        if key not in seen:
            seen.add(key)
            found.append(url)
    if dropped:
        print(f"prevet: {CREDENTIALS_DROPPED}", file=sys.stderr)
    return found


def urls_in_list(body: bytes, fetch: Callable[[str], bytes] | None = None) -> tuple[list[str], int]:
    """The sites a platform's list names: a sitemap (<urlset>; a <sitemapindex> has its
    sitemaps fetched with `fetch`) or plain text, one URL a line. Returns (urls, skipped)."""
    head = body.lstrip()[:200].lower()
    if head.startswith(b"<?xml") or b"<urlset" in head or b"<sitemapindex" in head:
        locations = _sitemap_locations(body, fetch)
    else:
        text = body.decode("utf-8", "replace")
        locations = [line.split("#", 1)[0].strip() for line in text.splitlines()]
        locations = [loc for loc in locations if loc]
    urls, skipped, seen = [], 0, set()
    for location in locations:
        try:
            url = start_url(location)
        except ValueError:
            skipped += 1
            continue
        if normalize_url(url) not in seen:
            seen.add(normalize_url(url))
            urls.append(url)
    return urls, skipped


def _sitemap_locations(body: bytes, fetch: Callable[[str], bytes] | None) -> list[str]:
    from scrapy.utils.sitemap import Sitemap

    try:
        sitemap = Sitemap(body)
    except Exception as exc:
        raise PrevetError(f"the list of sites is not a readable sitemap: {exc}") from exc
    locations = [entry.get("loc", "").strip() for entry in sitemap]
    if sitemap.type != "sitemapindex":
        return locations
    if fetch is None:
        raise PrevetError("the list of sites is a sitemap index, and nothing can fetch its parts")
    found: list[str] = []
    for child in locations[:MAX_SITEMAPS]:
        found.extend(_sitemap_locations(fetch(child), None))
    return found
