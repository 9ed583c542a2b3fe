"""The Scrapy spider: schedules requests within the site, the pages that matter first.

It stays thin. Extraction is pure functions (`crawler.page_builder.build_page`, `crawler.links`,
`crawler.sitemaps`, `crawler.pdf`); rendering is `crawler.rendering`; ordering is
`crawler.priority.link_priority`; what is off the site, a trap, too deep or over the page
budget is cut by the spider middlewares of `crawler.scope`; the limits are the `PREVET_*`
settings (`crawler.limits`), read once at start. The spider wires them to Scrapy's scheduler
and records pages into the shared `CrawlState`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response

from crawler import failures
from crawler.crawl_state import CrawlState
from crawler.limits import CrawlLimits
from crawler.links import FoundLink, outgoing_links
from crawler.page_builder import build_page, is_html
from crawler.pdf import UnreadablePdf, is_pdf, pdf_page
from crawler.politeness import CrawlSlots
from crawler.priority import link_priority, paths_to_guess
from crawler.rendering import needs_render, rendered_page
from crawler.roles import POLICY_ROLES, forwards_to, page_roles
from crawler.scope import SPIDER_MIDDLEWARES
from crawler.sitemaps import UnreadableSitemap, read_sitemap, robots_sitemaps
from crawler.snapshot import Page
from crawler.urls import hash_route, normalize_url, registrable_domain, root_below

__all__ = ["CrawlState", "SiteSpider", "needs_render"]  # the names crawler/run.py and others use

OFFSITE = "offsite_policy"  # how a policy the site links to on another domain was found


def offsite_policies(state: CrawlState, found: set[str]) -> list[str]:
    """The off-site pages to read as the site's policies: for each policy role no page of
    the site plays, the first link from the site's pages to another domain whose words
    (every anchor text that leads there, and its path) read as that policy. A business that
    keeps its privacy policy on a policy generator's domain ("Privacy Policy" ->
    www.freeprivacydocs.com/p/...) links it from the form and the footer, and a reviewer clicks
    it and reads it; the crawl fetches that one page and follows none of its links. A site
    that has its own privacy page does not get a partner's or a processor's policy read as
    its own."""
    urls: list[str] = []
    for role in POLICY_ROLES:
        if role in found:
            continue
        for url in state.offsite_links:
            roles = page_roles(Page(url=url, anchor_texts=state.anchors.get(url, [])))
            if role in roles:
                if url not in urls:
                    urls.append(url)
                found = found | set(roles)
                break
    return urls


def policy_roles_played(pages: Iterable[Page]) -> set[str]:
    """The roles the crawled pages play, less those of forwarding stubs: a /terms page that
    only says the terms are hosted on another domain does not hold the terms, so the page it
    points to is fetched as the terms (`offsite_policies`)."""
    return {
        role
        for page in pages
        if page.status < 400
        for role in page.roles
        if role not in POLICY_ROLES or not forwards_to(page)
    }


class SiteSpider(scrapy.Spider):
    name = "prevet"
    custom_settings: dict[str, Any] = {"SPIDER_MIDDLEWARES": SPIDER_MIDDLEWARES}

    def __init__(self, state: CrawlState, renderer: Any = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.state = state
        self.renderer = renderer
        self.slots: CrawlSlots | None = None
        self._guessed = False

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SiteSpider:
        """The `PREVET_*` settings are checked here, once: a bad one is a PrevetError."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.state.limits = CrawlLimits.from_settings(crawler.settings)
        spider.slots = CrawlSlots.for_crawler(crawler)  # a cluster's per-domain limit, or None
        crawler.signals.connect(spider.on_idle, signal=scrapy.signals.spider_idle)
        return spider

    def on_idle(self) -> None:
        """When the links are exhausted, try the common paths of the policies (privacy, terms,
        SMS terms) that no crawled page turned out to be."""
        if self._guessed or not self.state.budget_left() or self.state.unreachable:
            return
        self._guessed = True
        origin = "{}://{}".format(*urlsplit(self.state.start_url)[:2])
        found = policy_roles_played(self.state.pages)
        scheduled = False
        for url in offsite_policies(self.state, found):
            self.crawler.engine.crawl(self._request(url, depth=1, priority=-15, how=OFFSITE))
            scheduled = True
        for path in paths_to_guess(found):
            url = urljoin(origin, path)
            if normalize_url(url) in self.state.seen or not self.state.budget_left():
                continue
            self.crawler.engine.crawl(self._request(url, depth=1, priority=-20, how="guess"))
            scheduled = True
        if scheduled:
            raise DontCloseSpider

    # -- scheduling -------------------------------------------------------------------------
    async def start(self) -> Any:
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[scrapy.Request]:
        state = self.state
        yield self._request(state.start_url, depth=0, priority=1000, how="start")
        given = {normalize_url(state.start_url)}
        for url in (*state.extra_urls, root_below(state.start_url)):
            if url and normalize_url(url) not in given:
                given.add(normalize_url(url))
                yield self._request(url, depth=1, priority=900, how="given")

    def _request(self, url: str, *, depth: int, priority: int, how: str) -> scrapy.Request:
        """A page the spider asks for on its own (start, given, guessed): no middleware sees
        it before it is scheduled, so the budget is spent here."""
        self.state.charge(normalize_url(url))
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.on_error,
            priority=priority,
            dont_filter=True,
            meta={"depth": depth, "discovered_by": how},
        )

    def _page_requests(
        self, found: Iterable[tuple[int, str, FoundLink]], how: str
    ) -> Iterator[scrapy.Request]:
        """Pages found on a page or in a sitemap, the most important first: the middlewares
        of crawler/scope.py cut them to the site and spend the page budget in this order."""
        for priority, url, link in sorted(found, key=lambda c: -c[0]):
            yield scrapy.Request(
                url,
                callback=self.parse,
                errback=self.on_error,
                priority=priority,
                dont_filter=True,
                meta={"discovered_by": how, "link": link},
            )

    def _follow(self, page: Page) -> Iterator[scrapy.Request]:
        state = self.state
        found: dict[str, tuple[int, str, FoundLink]] = {}  # the first link to each URL
        for link in outgoing_links(page):
            state.anchors[link.url].append(link.text)
            if link.url not in state.seen and link.url not in found:
                found[link.url] = (link_priority(link.text, link.url, link.region), link.url, link)
        yield from self._page_requests(found.values(), "link")

    def _sitemap_request(self, url: str, level: int) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_sitemap,
            errback=self.on_ignorable_error,
            priority=-10,
            meta={"sitemap_level": level},
        )

    def _robots_request(self, site_url: str) -> scrapy.Request:
        """The site's robots.txt, read for the sitemaps it names (its rules are Scrapy's
        RobotsTxtMiddleware's, which keeps its own copy to itself)."""
        return scrapy.Request(
            urljoin(site_url, "/robots.txt"),
            callback=self.parse_robots,
            errback=self.on_ignorable_error,
            priority=-10,
            dont_filter=True,
            meta={"dont_obey_robotstxt": True},
        )

    # -- responses --------------------------------------------------------------------------
    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """The sitemaps robots.txt names (`Sitemap:` lines) are read as /sitemap.xml is: top
        level, the site's own hosts only, within the same limits on nesting and count."""
        if response.status != 200:
            return
        for loc in robots_sitemaps(response.body.decode("utf-8", "replace")):
            loc = urljoin(response.url, loc)
            if loc.startswith(("http://", "https://")):
                yield self._sitemap_request(loc, level=0)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Pages a sitemap lists are scheduled like the links of one page: the most important
        first, while the page budget lasts; nested sitemaps are read within set limits."""
        if response.status != 200:
            return
        notes, limits = self.state.stats.notes, self.state.limits
        try:
            sitemap = read_sitemap(
                response.body,
                max_entries=limits.max_sitemap_entries,
                max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"),
            )
        except UnreadableSitemap:
            notes.append(f"{response.url}: sitemap not read (too large or not valid gzip)")
            return
        if sitemap is None:
            return
        if sitemap.truncated:
            notes.append(
                f"{response.url}: only the first {limits.max_sitemap_entries:,} "
                "entries were read (the sitemap protocol's limit)"
            )
        locs = [
            loc
            for loc in (urljoin(response.url, entry) for entry in sitemap.locs)
            if loc.startswith(("http://", "https://"))
        ]
        if sitemap.is_index:
            level = response.meta.get("sitemap_level", 0)
            yield from (self._sitemap_request(loc, level + 1) for loc in locs)
            return
        listed = [FoundLink(normalize_url(loc), found_on=response.url) for loc in locs]
        yield from self._page_requests(
            (
                (link_priority("", link.url, "body") - 5, loc, link)
                for loc, link in zip(locs, listed, strict=True)
            ),
            "sitemap",
        )

    async def parse(self, response: Response) -> Any:
        state = self.state
        meta = response.meta
        depth = meta.get("depth", 0)
        how = meta.get("discovered_by", "link")
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if how == "guess" and response.status >= 400:
            return  # a guessed path that does not exist is not a page of the site
        route = urlsplit(response.request.url).fragment
        if hash_route(response.request.url) and not urlsplit(response.url).fragment:
            # a hash-routed app's route: the server saw no fragment, the page is the route
            response = response.replace(url=f"{response.url}#{route}")
        final = normalize_url(response.url)
        if final != normalize_url(response.request.url) and final in state.seen and how != "start":
            return  # a redirect to a page we already have
        state.seen.add(final)
        if how == "start" and registrable_domain(response.url) not in state.sites:
            state.sites.add(registrable_domain(response.url))  # the site moved: follow it there
        if is_pdf(response.body, content_type):
            self._read_pdf(response, depth, how)
            return
        if not is_html(response.body, content_type):
            state.stats.skipped_non_html += 1
            if how == "start":
                kind = content_type.split(";")[0] or "an unknown type"
                state.unreachable = f"the start URL returned {kind}, not a web page"
            return
        html = response.text
        redirects = [str(u) for u in meta.get("redirect_urls", [])]
        asked = response.request.url if not redirects else redirects[0]
        if self._leads_off_site(redirects, response.url, how):
            # a page of the site that sends the person to another domain: the page read is
            # the one there, as a policy found off the site is (one page, nothing followed)
            state.moved[normalize_url(asked)] = response.url
            asked, how = response.url, OFFSITE
        page = build_page(
            html,
            asked,
            final_url=response.url,
            status=response.status,
            depth=depth,
            is_start=how == "start",
            anchor_texts=state.anchors.get(final),
        )
        follow = response.status < 400 and how != OFFSITE  # another domain: one page only
        if follow:
            # follow the links in the markup now: the crawl goes on while the browser renders
            for request in self._follow(page):
                yield request
        if how == "start":  # after the start page's links, which share the page budget
            yield self._sitemap_request(urljoin(response.url, "/sitemap.xml"), level=0)
            yield self._robots_request(response.url)
        if (
            response.status < 400
            and self.renderer is not None
            and needs_render(page, html, state.limits.render)
        ):
            page = (
                await rendered_page(
                    self.renderer,
                    state,
                    page,
                    response.url,
                    response.status,
                    is_start=how == "start",
                    slots=self.slots,
                )
                or page
            )
            if follow:
                for request in self._follow(page):  # links scripts added
                    yield request
        page.redirects = redirects
        page.discovered_by = how
        self.state.record(page)

    def _leads_off_site(self, redirects: list[str], final: str, how: str) -> bool:
        """Did a link of the site (not the start URL, which moves the site, nor a URL the
        audit named) lead through an HTTP redirect or a meta refresh to another domain?"""
        return (
            bool(redirects)
            and how not in ("start", "given", OFFSITE)
            and registrable_domain(redirects[0]) in self.state.sites
            and registrable_domain(final) not in self.state.sites
        )

    def _read_pdf(self, response: Response, depth: int, how: str) -> None:
        """A linked PDF (often the privacy policy) read as text; other PDFs are skipped."""
        anchors = " ".join(self.state.anchors.get(normalize_url(response.url), []))
        if not page_roles(Page(url=response.url, anchor_texts=[anchors])) and how != "given":
            self.state.stats.skipped_non_html += 1
            return
        try:
            self.state.record(pdf_page(response.body, response.url, response.status, depth))
        except UnreadablePdf as exc:
            self.state.stats.notes.append(f"{response.url}: PDF unreadable ({exc})")

    # -- errors -----------------------------------------------------------------------------
    def on_error(self, failure: Any) -> None:
        """Each failure is told apart and worded (crawler/failures.py): robots.txt, redirect
        loops, pages over the size limit and network errors are different stories."""
        request = failure.request
        settings = self.crawler.settings
        failed = failures.classify(
            failure, settings.getint("REDIRECT_MAX_TIMES"), settings.getint("DOWNLOAD_MAXSIZE")
        )
        redirects = [str(u) for u in request.meta.get("redirect_urls", [])]
        if self._leads_off_site(redirects, request.url, request.meta.get("discovered_by", "")):
            # where the link leads is known though the page there could not be fetched: it is
            # recorded as the off-site page a person is sent to, unread (a policy stub whose
            # meta refresh opens a host the crawl cannot reach is still a policy linked there)
            self.state.moved[normalize_url(redirects[0])] = request.url
            self.state.record(
                Page(
                    url=request.url,
                    final_url=request.url,
                    redirects=redirects,
                    depth=request.meta.get("depth", 1),
                    discovered_by=OFFSITE,
                    error=failed.about("it"),
                )
            )
        self.state.record_failure(failed, request.meta.get("discovered_by"), request.url)

    def on_ignorable_error(self, failure: Any) -> None:
        pass
