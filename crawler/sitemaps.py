"""Sitemaps read as data: the files robots.txt names, the URLs a sitemap lists.

Pure functions over bytes and text (Scrapy's own sitemap parser and gunzip, Protego for
robots.txt); what is requested and when is the spider's and `crawler/scope.py`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass

GZIP_MAGIC = b"\x1f\x8b\x08"


class UnreadableSitemap(Exception):
    """A gzip file too large or broken; the sitemap is left out with a note."""


@dataclass
class SitemapFile:
    """One sitemap file: an index (its `locs` are sitemaps) or a list of pages."""

    is_index: bool
    locs: list[str]  # stripped, in file order, empty ones left out
    truncated: bool = False  # more than max_entries: only the first were read


def robots_sitemaps(robots_txt: str) -> list[str]:
    """The URLs of a robots.txt's `Sitemap:` lines (none for one nobody could parse)."""
    from protego import Protego

    try:
        return [loc.strip() for loc in Protego.parse(robots_txt).sitemaps]
    except Exception:  # a robots.txt nobody could parse names no sitemap
        return []


def read_sitemap(body: bytes, *, max_entries: int, max_size: int) -> SitemapFile | None:
    """The entries of a sitemap file (gzip inflated within `max_size` bytes), or None for
    one that is not a sitemap. Raises UnreadableSitemap for a bad or oversized gzip file."""
    from scrapy.utils.gz import gunzip
    from scrapy.utils.sitemap import Sitemap

    if body[:3] == GZIP_MAGIC:  # a .xml.gz file
        try:
            body = gunzip(body, max_size=max_size)
        except Exception as exc:
            raise UnreadableSitemap(str(exc)) from exc
    try:
        sitemap = Sitemap(body)
        entries = [
            entry.get("loc", "").strip()
            for _, entry in zip(range(max_entries + 1), sitemap, strict=False)
        ]
    except Exception:
        return None
    truncated = len(entries) > max_entries
    return SitemapFile(
        is_index=sitemap.type == "sitemapindex",
        locs=[loc for loc in entries[:max_entries] if loc],
        truncated=truncated,
    )
