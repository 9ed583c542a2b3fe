"""The Scrapy spider: schedules requests within the site, the pages that matter first.

It stays thin: extraction is `crawler.page_builder.build_page`, rendering decisions are
`needs_render`, ordering is `crawler.priority.link_priority`; the spider only wires them to
Scrapy's scheduler and records pages into the shared `CrawlState`.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response

from crawler.extract import looks_script_built
from crawler.page_builder import build_page
from crawler.priority import link_priority, paths_to_guess, skip_extension
from crawler.roles import has_phone_field, page_roles
from crawler.snapshot import CrawlStats, Page, TlsInfo
from crawler.urls import (
    has_repeating_segments,
    hash_route,
    normalize_url,
    registrable_domain,
    url_shape,
)

log = logging.getLogger(__name__)
MAX_URL_LENGTH = 500
MAX_PER_SHAPE = 500  # pages of one URL pattern (/p/#) before the pattern counts as a trap
MAX_SHAPE_CHAIN = 5  # links followed from a page to a page of the same pattern, in a row: an
# endless calendar is a chain (/cal/2031/1 -> /cal/2031/2 -> ...); product pages are a fan
RENDER_ROLES = frozenset({"home", "optin", "privacy", "terms", "sms_terms", "contact"})
# sitemaps: indexes may point at each other or at endless ?n= variants of themselves
MAX_SITEMAPS = 20  # sitemap files fetched in all
MAX_SITEMAP_LEVELS = 2  # /sitemap.xml -> index -> index: nesting deeper than that is not read
MAX_SITEMAP_ENTRIES = 50_000  # the sitemap protocol's own limit per file


@dataclass
class CrawlState:
    """Everything the crawl accumulates; turned into the snapshot at the end."""

    start_url: str
    sites: set[str]
    max_pages: int
    max_depth: int
    render: str
    extra_urls: list[str] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    stats: CrawlStats = field(default_factory=CrawlStats)
    seen: set[str] = field(default_factory=set)
    scheduled: int = 0  # page requests sent; the page limit applies here, in priority order
    sitemaps: set[str] = field(default_factory=set)  # sitemap files requested
    sitemaps_unread: int = 0  # nested sitemaps left out by the limits above
    shapes: Counter = field(default_factory=Counter)
    anchors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unreachable: str | None = None
    tls: TlsInfo = field(default_factory=TlsInfo)
    screenshots_dir: Path | None = None
    progress: Callable[[dict[str, Any]], None] | None = None

    def full(self) -> bool:
        return len(self.pages) >= self.max_pages

    def budget_left(self) -> bool:
        """The limit counts requests when they are scheduled (highest priority first), so
        slow rendered pages are never crowded out by quick unimportant ones."""
        return self.scheduled < self.max_pages


def needs_render(page: Page, html: str, mode: str) -> bool:
    """--render auto: forms, script-built shells and forms, a hash-routed app's routes, and the
    pages a reviewer reads closely."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    if hash_route(page.url):
        return True
    lowered = html.lower()
    has_controls = "<form" in lowered or "<input" in lowered or "<iframe" in lowered
    return (has_controls or looks_script_built(html, page.text)
            or bool(RENDER_ROLES.intersection(page.roles)))


class SiteSpider(scrapy.Spider):
    name = "prevet"
    custom_settings: dict[str, Any] = {}

    def __init__(self, state: CrawlState, renderer: Any = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.state = state
        self.renderer = renderer
        self._guessed = False

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SiteSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=scrapy.signals.spider_idle)
        return spider

    def on_idle(self) -> None:
        """When the links are exhausted, try the common paths of the policies (privacy, terms,
        SMS terms) that no crawled page turned out to be."""
        if self._guessed or not self.state.budget_left() or self.state.unreachable:
            return
        self._guessed = True
        origin = "{}://{}".format(*urlsplit(self.state.start_url)[:2])
        found = {role for page in self.state.pages if page.status < 400 for role in page.roles}
        scheduled = False
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
        for url in state.extra_urls:
            yield self._request(url, depth=1, priority=900, how="given")

    def _sitemap_request(self, url: str, level: int) -> scrapy.Request | None:
        """A sitemap file to read, within the limits on nesting and count (loops end here)."""
        state = self.state
        key = normalize_url(url)
        if key in state.sitemaps:
            return None
        if level > MAX_SITEMAP_LEVELS or len(state.sitemaps) >= MAX_SITEMAPS:
            state.sitemaps_unread += 1
            return None
        state.sitemaps.add(key)
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_ignorable_error,
                              priority=-10, meta={"depth": 1, "sitemap_level": level})

    def _robots_request(self, site_url: str) -> scrapy.Request:
        """The site's robots.txt, read for the sitemaps it names (its rules are Scrapy's
        RobotsTxtMiddleware's, which keeps its own copy to itself)."""
        return scrapy.Request(urljoin(site_url, "/robots.txt"), callback=self.parse_robots,
                              errback=self.on_ignorable_error, priority=-10, dont_filter=True,
                              meta={"depth": 1, "dont_obey_robotstxt": True})

    def _request(self, url: str, *, depth: int, priority: int, how: str) -> scrapy.Request:
        self.state.seen.add(normalize_url(url))
        self.state.scheduled += 1
        return scrapy.Request(url, callback=self.parse, errback=self.on_error,
                              priority=priority, dont_filter=True,
                              meta={"depth": depth, "discovered_by": how})

    def _follow(self, page: Page, depth: int, chain: int = 0) -> Iterator[scrapy.Request]:
        state = self.state
        page_shape = url_shape(page.final_url or page.url)
        candidates: list[tuple[int, str, int]] = []
        queued: set[str] = set()
        for link in page.links:
            if not link.href.startswith(("http://", "https://")):
                continue
            url = normalize_url(link.href)
            state.anchors[url].append(link.text)
            if url in state.seen or url in queued:
                continue
            if registrable_domain(url) not in state.sites:
                state.stats.skipped_offsite += 1
                state.seen.add(url)
                continue
            if skip_extension(url):
                state.stats.skipped_non_html += 1
                state.seen.add(url)
                continue
            if len(url) > MAX_URL_LENGTH or has_repeating_segments(url):
                state.stats.skipped_trap += 1
                state.seen.add(url)
                continue
            shape = url_shape(url)
            link_chain = chain + 1 if shape == page_shape else 0
            state.shapes[shape] += 1
            if state.shapes[shape] > MAX_PER_SHAPE or link_chain > MAX_SHAPE_CHAIN:
                state.stats.skipped_trap += 1
                state.seen.add(url)
                continue
            if url.lower().endswith(".pdf") and link_priority(link.text, url, "body") < 100:
                state.seen.add(url)  # only policy-like PDFs are worth downloading
                state.stats.skipped_non_html += 1
                continue
            if depth + 1 > state.max_depth:
                state.stats.skipped_limit += 1
                continue
            candidates.append((link_priority(link.text, url, link.region), url, link_chain))
            queued.add(url)
        # the most important links first, so a page limit cuts the least important ones
        for priority, url, link_chain in sorted(candidates, key=lambda c: -c[0]):
            if not state.budget_left():
                state.stats.skipped_limit += 1
                continue
            request = self._request(url, depth=depth + 1, priority=priority, how="link")
            request.meta["shape_chain"] = link_chain
            yield request

    # -- responses --------------------------------------------------------------------------
    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """The sitemaps robots.txt names (`Sitemap:` lines) are read as /sitemap.xml is: top
        level, the site's own hosts only, within the same limits on nesting and count."""
        from protego import Protego

        if response.status != 200:
            return
        try:
            named = list(Protego.parse(response.body.decode("utf-8", "replace")).sitemaps)
        except Exception:  # a robots.txt nobody could parse names no sitemap
            return
        for loc in named:
            loc = urljoin(response.url, loc.strip())
            if not loc.startswith(("http://", "https://")) or \
                    registrable_domain(loc) not in self.state.sites:
                continue
            request = self._sitemap_request(loc, level=0)
            if request is not None:
                yield request

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Pages a sitemap lists are scheduled like the links of one page: the most important
        first, while the page budget lasts; nested sitemaps are read within set limits."""
        from scrapy.utils.gz import gunzip, gzip_magic_number
        from scrapy.utils.sitemap import Sitemap

        state = self.state
        if response.status != 200:
            return
        body = response.body
        if gzip_magic_number(response):  # a .xml.gz file, inflated within the size limit
            try:
                body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
            except Exception:
                state.stats.notes.append(f"{response.url}: sitemap not read (too large or "
                                         "not valid gzip)")
                return
        try:
            sitemap = Sitemap(body)
            entries = [entry.get("loc", "").strip()
                       for _, entry in zip(range(MAX_SITEMAP_ENTRIES + 1), sitemap, strict=False)]
        except Exception:
            return
        if len(entries) > MAX_SITEMAP_ENTRIES:
            entries = entries[:MAX_SITEMAP_ENTRIES]
            state.stats.notes.append(f"{response.url}: only the first {MAX_SITEMAP_ENTRIES:,} "
                                     "entries were read (the sitemap protocol's limit)")
        level = response.meta.get("sitemap_level", 0)
        candidates: list[tuple[int, str]] = []
        for loc in filter(None, entries):
            loc = urljoin(response.url, loc)
            if not loc.startswith(("http://", "https://")):
                continue
            if sitemap.type == "sitemapindex":
                if registrable_domain(loc) in state.sites:
                    request = self._sitemap_request(loc, level + 1)
                    if request is not None:
                        yield request
                continue
            url = normalize_url(loc)
            if url in state.seen or registrable_domain(url) not in state.sites:
                continue
            if skip_extension(url) or len(url) > MAX_URL_LENGTH:
                state.stats.skipped_non_html += 1
                state.seen.add(url)
                continue
            state.seen.add(url)
            candidates.append((link_priority("", url, "body") - 5, loc))
        for priority, loc in sorted(candidates, key=lambda c: -c[0]):
            if not state.budget_left():
                state.stats.skipped_limit += 1
                continue
            yield self._request(loc, depth=1, priority=priority, how="sitemap")

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
        if "pdf" in content_type or response.body[:5] == b"%PDF-":
            page = self._pdf_page(response, depth, how)
            if page:
                self._record(page)
            return
        if not _is_html(response, content_type):
            state.stats.skipped_non_html += 1
            if how == "start":
                kind = content_type.split(";")[0] or "an unknown type"
                state.unreachable = f"the start URL returned {kind}, not a web page"
            return
        html = response.text
        redirects = [str(u) for u in meta.get("redirect_urls", [])]
        page = build_page(html, response.request.url if not redirects else redirects[0],
                          final_url=response.url, status=response.status, depth=depth,
                          is_start=how == "start", anchor_texts=state.anchors.get(final))
        chain = meta.get("shape_chain", 0)
        if response.status < 400:
            # follow the links in the markup now: the crawl goes on while the browser renders
            for request in self._follow(page, depth, chain):
                yield request
        if how == "start":  # after the start page's links, which share the page budget
            sitemap = self._sitemap_request(urljoin(response.url, "/sitemap.xml"), level=0)
            if sitemap is not None:
                yield sitemap
            yield self._robots_request(response.url)
        if response.status < 400:
            if self.renderer is not None and needs_render(page, html, state.render):
                page = await self._rendered(page, response, depth, how) or page
                for request in self._follow(page, depth, chain):  # links scripts added
                    yield request
        page.redirects = redirects
        page.discovered_by = how
        self._record(page)

    async def _rendered(self, static: Page, response: Response, depth: int, how: str
                        ) -> Page | None:
        state = self.state
        built: list[Page] = []  # the page is extracted once, while the browser tab is open
        # extraction runs on the browser's thread (crawler/render_thread.py): give it a copy
        anchors = list(state.anchors.get(normalize_url(response.url), []))

        def extract(rendered: Any) -> Page:
            return build_page(rendered.html, static.url, final_url=rendered.final_url or
                              response.url, status=response.status, depth=depth,
                              rendered=True, is_start=how == "start", anchor_texts=anchors,
                              frames=rendered.frames)

        async def take_screenshots(rendered: Any) -> None:
            page = extract(rendered)
            built.append(page)
            if state.screenshots_dir is None:
                return
            from crawler.render import screenshot_form

            for form in page.forms:
                probe = Page(url=page.url, forms=[form])
                if not form.visible or not has_phone_field(probe):
                    continue
                digest = hashlib.sha1(f"{page.final_url} {form.selector}".encode()).hexdigest()
                path = state.screenshots_dir / f"form-{digest[:12]}.png"
                boxes = await screenshot_form(rendered.page, form.selector, path, form.frame_url,
                                              [c.selector for c in form.controls])
                if boxes is not None:
                    form.screenshot = str(path)
                    for control in form.controls:
                        control.box = boxes.get(control.selector)

        rendered = await self.renderer.render(response.url, take_screenshots)
        state.stats.js_errors += rendered.js_errors
        state.stats.dialogs += rendered.dialogs
        state.stats.popups += rendered.popups
        state.stats.downloads += rendered.downloads
        if rendered.error or not rendered.html:
            state.stats.render_errors += 1
            if rendered.error:
                state.stats.notes.append(f"{response.url}: not rendered ({rendered.error})")
            return None
        page = built[0] if built else extract(rendered)
        page.js_errors = rendered.js_errors
        page.dialogs = rendered.dialogs
        state.stats.rendered_pages += 1
        return page

    def _pdf_page(self, response: Response, depth: int, how: str) -> Page | None:
        """A linked PDF (often the privacy policy) read as text; other PDFs are skipped."""
        anchors = " ".join(self.state.anchors.get(normalize_url(response.url), []))
        probe = Page(url=response.url, anchor_texts=[anchors])
        if not page_roles(probe) and how not in ("given",):
            self.state.stats.skipped_non_html += 1
            return None
        try:
            from pypdf import PdfReader

            reader = PdfReader(io.BytesIO(response.body))
            text = "\n".join((p.extract_text() or "") for p in reader.pages[:200])
        except Exception as exc:
            self.state.stats.notes.append(f"{response.url}: PDF unreadable ({exc})")
            return None
        title = text.strip().splitlines()[0][:200] if text.strip() else ""
        return Page(url=response.url, final_url=response.url, status=response.status,
                    content_type="application/pdf", title=title, text=text, depth=depth,
                    text_source="pdf", main_text_words=len(text.split()))

    def _record(self, page: Page) -> None:
        state = self.state
        if state.full():
            state.stats.skipped_limit += 1
            return
        state.pages.append(page)
        state.stats.pages = len(state.pages)
        if state.progress:
            state.progress({"pages": len(state.pages), "rendered": state.stats.rendered_pages,
                            "url": page.final_url or page.url})

    def closed(self, reason: str) -> None:
        if self.state.sitemaps_unread:
            self.state.stats.notes.append(
                f"{self.state.sitemaps_unread} nested sitemap(s) not read: sitemap indexes are "
                f"followed {MAX_SITEMAP_LEVELS} levels deep and {MAX_SITEMAPS} files in all")

    # -- errors -----------------------------------------------------------------------------
    def on_error(self, failure: Any) -> None:
        """Each failure is told apart and worded (crawler/failures.py): robots.txt, redirect
        loops, pages over the size limit and network errors are different stories."""
        from crawler import failures

        request = failure.request
        how = request.meta.get("discovered_by")
        settings = self.crawler.settings
        failed = failures.classify(failure, settings.getint("REDIRECT_MAX_TIMES"),
                                   settings.getint("DOWNLOAD_MAXSIZE"))
        if failed.kind == failures.ROBOTS:  # counted from Scrapy's stats
            if how == "start":
                self.state.unreachable = ("robots.txt disallows the start URL for crawlers "
                                          "(audit anyway with --ignore-robots)")
            return
        if failed.kind == failures.TOO_LARGE:
            self.state.stats.skipped_too_large += 1
        elif how != "guess":
            self.state.stats.fetch_errors += 1
        if how == "start":
            self.state.unreachable = failed.about("the start URL")
        elif how != "guess":
            note = "skipped because it" if failed.kind == failures.TOO_LARGE else "it"
            self.state.stats.notes.append(f"{request.url}: {failed.about(note)}")

    def on_ignorable_error(self, failure: Any) -> None:
        pass


def _is_html(response: Response, content_type: str) -> bool:
    if "html" in content_type or "xml" in content_type and b"<html" in response.body[:2000].lower():
        return True
    if not content_type or "text/plain" in content_type:
        head = response.body[:1024].lower()
        return b"<html" in head or b"<!doctype html" in head
    return False
