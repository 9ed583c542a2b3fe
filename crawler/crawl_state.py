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

from crawler import failures
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
    # links from the site's pages to other domains, in the order found: one that reads as a
    # policy is fetched when no page of the site turns out to be that policy (spider.on_idle)
    offsite_links: dict[str, str] = field(default_factory=dict)  # url -> page it was found on
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

    def record(self, page: Page) -> None:
        """A page read; past the page limit it is counted instead."""
        if self.full():
            self.stats.skipped_limit += 1
            return
        self.pages.append(page)
        self.stats.pages = len(self.pages)
        if self.progress:
            self.progress(
                {
                    "pages": len(self.pages),
                    "rendered": self.stats.rendered_pages,
                    "url": page.final_url or page.url,
                }
            )

    def record_failure(self, failed: failures.FetchFailure, how: str | None, url: str) -> None:
        """A request that failed (`how` it was found): counted, and said in a note, or as the
        reason the site could not be crawled when it was the start URL."""
        if failed.kind == failures.ROBOTS:  # counted from Scrapy's stats
            if how == "start":
                self.unreachable = (
                    "robots.txt disallows the start URL for crawlers "
                    "(audit anyway with --ignore-robots)"
                )
            return
        if failed.kind == failures.TOO_LARGE:
            self.stats.skipped_too_large += 1
        elif how != "guess":
            self.stats.fetch_errors += 1
        if how == "start":
            self.unreachable = failed.about("the start URL")
        elif how != "guess":
            note = "skipped because it" if failed.kind == failures.TOO_LARGE else "it"
            self.stats.notes.append(f"{url}: {failed.about(note)}")
