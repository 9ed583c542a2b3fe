"""Spider middlewares that cut what the spider asks for down to the site and the page budget.

The spider yields every link and sitemap entry it found, the most important first, each with
its `FoundLink` in `meta["link"]`; these middlewares decide, in Scrapy's order after
DepthMiddleware (900): `ScopeMiddleware` (870) refuses what is off the site, not a page, a
trap, too deep or an unwanted sitemap file, and counts it; `PageBudgetMiddleware` (860) spends
the page budget on what is left, so the cut ones never use it up.

Scrapy's own components were weighed first; each stays on, and none can make these cuts:
- OffsiteMiddleware drops a request in the downloader, after it was scheduled (and counted
  against the page budget); the site here is a set of registrable domains that grows when the
  start URL moves, its cuts are counted (`skipped_offsite`), a sitemap's are not.
- DepthMiddleware numbers the depth (DEPTH_LIMIT 0); its limit would also cut the pages a
  sitemap lists, which sit one level below their sitemap and are taken at any depth.
- The dupefilter keys on Scrapy's fingerprint; the crawl's `seen` set keys on
  `normalize_url` (no tracking parameters, a hash-routed app's routes kept) and also holds
  redirect targets and refused URLs, so page requests go with `dont_filter`.
- UrlLengthMiddleware (2,083 characters) stays; the 500 here is a trap rule, counted as one.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, signals
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from crawler.crawl_state import CrawlState
from crawler.links import FoundLink
from crawler.priority import link_priority, skip_extension
from crawler.urls import has_repeating_segments, normalize_url, registrable_domain, url_shape

SPIDER_MIDDLEWARES = {
    "crawler.scope.ScopeMiddleware": 870,
    "crawler.scope.PageBudgetMiddleware": 860,
}
POLICY_PRIORITY = 100  # a linked PDF is downloaded only when its link reads like a policy


class _CrawlMiddleware(BaseSpiderMiddleware):
    """Acts on the requests the spider made from a response; start requests pass untouched."""

    @property
    def state(self) -> CrawlState:
        return self.crawler.spider.state  # type: ignore[union-attr]


class ScopeMiddleware(_CrawlMiddleware):
    """Links and sitemap entries outside the site, not pages, or traps are cut and counted;
    sitemap files are read within the limits on nesting and count (loops end here)."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> ScopeMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is None:
            return request
        if "sitemap_level" in request.meta:
            return request if self._sitemap_file(request) else None
        found: FoundLink | None = request.meta.get("link")
        if found is None:
            return request
        if request.meta.get("discovered_by") == "sitemap":
            return request if self._listed(found) else None
        return request if self._link(request, response, found) else None

    def _link(self, request: Request, response: Response, found: FoundLink) -> bool:
        state, limits, url = self.state, self.state.limits, found.url
        if registrable_domain(url) not in state.sites:
            if registrable_domain(found.found_on) in state.sites:
                state.offsite_links.setdefault(url, found.found_on)
            return self._refuse(url, "skipped_offsite")
        if skip_extension(url):
            return self._refuse(url, "skipped_non_html")
        if len(url) > limits.max_url_length or has_repeating_segments(url):
            return self._refuse(url, "skipped_trap")
        shape = url_shape(url)
        chain = response.meta.get("shape_chain", 0) + 1 if shape == url_shape(found.found_on) else 0
        state.shapes[shape] += 1
        if state.shapes[shape] > limits.max_per_shape or chain > limits.max_shape_chain:
            return self._refuse(url, "skipped_trap")
        if (
            url.lower().endswith(".pdf")
            and link_priority(found.text, url, "body") < POLICY_PRIORITY
        ):
            return self._refuse(url, "skipped_non_html")
        if request.meta["depth"] > limits.max_depth:  # numbered by DepthMiddleware
            state.stats.skipped_limit += 1  # not seen: a shorter path may still reach it
            return False
        request.meta["shape_chain"] = chain
        return True

    def _listed(self, found: FoundLink) -> bool:
        """A sitemap's entry: another site's, or one already seen, is passed over silently."""
        state, url = self.state, found.url
        if url in state.seen or registrable_domain(url) not in state.sites:
            return False
        if skip_extension(url) or len(url) > state.limits.max_url_length:
            return self._refuse(url, "skipped_non_html")
        state.seen.add(url)
        return True

    def _sitemap_file(self, request: Request) -> bool:
        state, limits = self.state, self.state.limits
        if registrable_domain(request.url) not in state.sites:
            return False  # the site's own sitemaps only
        key = normalize_url(request.url)
        if key in state.sitemaps:
            return False
        if (
            request.meta["sitemap_level"] > limits.max_sitemap_levels
            or len(state.sitemaps) >= limits.max_sitemaps
        ):
            state.sitemaps_unread += 1
            return False
        state.sitemaps.add(key)
        return True

    def _refuse(self, url: str, counter: str) -> bool:
        """Cut for good: counted once and remembered, so no other page asks again."""
        stats = self.state.stats
        setattr(stats, counter, getattr(stats, counter) + 1)
        self.state.seen.add(url)
        return False

    def spider_closed(self, spider: Any) -> None:
        state = getattr(spider, "state", None)
        if state is not None and state.sitemaps_unread:
            state.stats.notes.append(
                f"{state.sitemaps_unread} nested sitemap(s) not read: sitemap indexes are "
                f"followed {state.limits.max_sitemap_levels} levels deep and "
                f"{state.limits.max_sitemaps} files in all"
            )


class PageBudgetMiddleware(_CrawlMiddleware):
    """The page limit counts requests as they are scheduled, in the order the spider gives
    them (most important first), so a limit cuts the least important pages."""

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        found: FoundLink | None = request.meta.get("link")
        if response is None or found is None:
            return request
        if not self.state.budget_left():
            self.state.stats.skipped_limit += 1
            return None
        self.state.charge(found.url)
        return request
