"""What one crawl accumulates while it runs; `crawler/run.py` turns it into the snapshot.

The spider and its middlewares (`crawler/scope.py`) share it: the spider records pages and the
anchor texts that lead to them, the middlewares what they cut and the page budget spent.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.limits import CrawlLimits
from crawler.snapshot import CrawlStats, Page, TlsInfo


@dataclass
class CrawlState:
    """Everything the crawl accumulates; turned into the snapshot at the end."""

    start_url: str
    sites: set[str]  # registrable domains of the site (it grows when the start URL moves)
    extra_urls: list[str] = field(default_factory=list)
    limits: CrawlLimits = field(default_factory=CrawlLimits)  # the settings', at start
    pages: list[Page] = field(default_factory=list)
    stats: CrawlStats = field(default_factory=CrawlStats)
    seen: set[str] = field(default_factory=set)  # normalized URLs asked for, refused or reached
    scheduled: int = 0  # page requests sent; the page limit applies here, in priority order
    sitemaps: set[str] = field(default_factory=set)  # sitemap files requested
    sitemaps_unread: int = 0  # nested sitemaps left out by the limits
    shapes: Counter = field(default_factory=Counter)
    anchors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unreachable: str | None = None
    tls: TlsInfo = field(default_factory=TlsInfo)
    screenshots_dir: Path | None = None
    progress: Callable[[dict[str, Any]], None] | None = None

    def full(self) -> bool:
        return len(self.pages) >= self.limits.max_pages

    def budget_left(self) -> bool:
        """The limit counts requests when they are scheduled (highest priority first), so
        slow rendered pages are never crowded out by quick unimportant ones."""
        return self.scheduled < self.limits.max_pages

    def charge(self, url: str) -> None:
        """A page request is sent for `url` (normalized): it is seen, and the budget spent."""
        self.seen.add(url)
        self.scheduled += 1
