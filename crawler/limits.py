"""The crawl's own Scrapy settings (`PREVET_*`), read and checked once when the crawler starts.

Scrapy's components take their configuration from settings; prevet's limits do too, so that
`crawler/run.py` states a crawl in one place and the spider and its middlewares read the same,
already validated numbers. A bad value is the caller's to fix: one line, `PrevetError`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from crawler.errors import PrevetError

RENDER_MODES = ("auto", "always", "never")


@dataclass(frozen=True)
class CrawlLimits:
    """What one crawl may do; each field is the setting `PREVET_<FIELD NAME IN CAPITALS>`."""

    max_pages: int = 200  # page requests, counted when scheduled, most important first
    max_depth: int = 6  # links followed from the start page, in a row
    render: str = "auto"  # auto, always, never
    max_url_length: int = 500
    max_per_shape: int = 500  # pages of one URL pattern (/p/#) before the pattern is a trap
    # links followed from a page to a page of the same pattern, in a row: an endless calendar
    # is a chain (/cal/2031/1 -> /cal/2031/2 -> ...); product pages are a fan
    max_shape_chain: int = 5
    # sitemaps: indexes may point at each other or at endless ?n= variants of themselves
    max_sitemaps: int = 20  # sitemap files fetched in all
    max_sitemap_levels: int = 2  # /sitemap.xml -> index -> index: deeper is not read
    max_sitemap_entries: int = 50_000  # the sitemap protocol's own limit per file

    @classmethod
    def from_settings(cls, settings: Any) -> CrawlLimits:
        """The limits in Scrapy `settings` (a `Settings` or a dict); missing ones keep their
        defaults. Raises PrevetError, naming the setting, for a value that cannot be used."""
        values: dict[str, Any] = {}
        for spec in fields(cls):
            name = f"PREVET_{spec.name.upper()}"
            value = settings.get(name)
            if value is None:
                continue
            if spec.name == "render":
                if value not in RENDER_MODES:
                    raise PrevetError(
                        f"{name} must be one of {', '.join(RENDER_MODES)}, not {value!r}"
                    )
            else:
                least = 0 if spec.name == "max_depth" else 1  # depth 0: the start page alone
                if isinstance(value, bool) or not isinstance(value, int) or value < least:
                    raise PrevetError(
                        f"{name} must be a whole number of at least {least}, not {value!r}"
                    )
            values[spec.name] = value
        return cls(**values)

    def as_settings(self) -> dict[str, Any]:
        """The `PREVET_*` settings that state these limits."""
        return {f"PREVET_{spec.name.upper()}": getattr(self, spec.name) for spec in fields(self)}
