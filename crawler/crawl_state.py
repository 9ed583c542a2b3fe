"""What one crawl accumulates while it runs; `crawler/run.py` turns it into the snapshot.

The spider and its middlewares (`crawler/scope.py`) share it: the spider records pages and the
anchor texts that lead to them, the middlewares what they cut and the page budget spent.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler import failures
from crawler.limits import CrawlLimits
from crawler.snapshot import CrawlStats, Link, Page, TlsInfo
from crawler.urls import normalize_url


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
    # pages of the site that send a person to another domain (an HTTP redirect, or a
    # `<meta http-equiv="refresh">` as policy stubs do): normalized URL asked for -> where it
    # leads, whether or not that page could be fetched (see `point_links_where_they_lead`)
    moved: dict[str, str] = field(default_factory=dict)
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

    def point_links_where_they_lead(self) -> None:
        """A link to a page of the site that sends the person on to another domain is recorded
        as where it leads: "Privacy Policy" -> /privacy-policy.html, a stub whose meta refresh
        (or an HTTP 301) opens workspace.notion.site/..., is a link to notion.site, as a
        reviewer who clicks it lands there; the policy the page there holds is read as that
        link's page (its anchor texts go with it). The target is recorded even when it could
        not be fetched. A redirect within the site's own domains changes nothing here."""
        if not self.moved:
            return
        for asked, target in self.moved.items():
            if asked in self.anchors:
                known = self.anchors[normalize_url(target)]
                known.extend(t for t in self.anchors[asked] if t not in known)
        for page in self.pages:
            for link in _links_of(page):
                target = self.moved.get(normalize_url(link.href))
                if target:
                    link.href = target


def _links_of(page: Page) -> Iterator[Link]:
    yield from page.links
    for overlay in page.overlays:
        yield from overlay.links
    for form in page.forms:
        yield from form.links
        for text in form.texts:
            yield from text.links
        for control in form.controls:
            yield from control.label_links
