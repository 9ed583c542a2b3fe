"""The spider's parts outside the spider: the PREVET_* settings, the middlewares that cut links
to the site and the page budget (in Scrapy's own order), and the pure readers of sitemaps,
robots.txt, links and PDFs."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.core.spidermw import SpiderMiddlewareManager
from scrapy.http import HtmlResponse
from scrapy.spidermiddlewares.depth import DepthMiddleware
from scrapy.utils.test import get_crawler

from crawler.crawl_state import CrawlState
from crawler.errors import PrevetError
from crawler.limits import CrawlLimits
from crawler.links import FoundLink, outgoing_links
from crawler.page_builder import build_page, is_html
from crawler.pdf import UnreadablePdf, is_pdf, pdf_page
from crawler.roles import forwards_to
from crawler.run import CrawlOptions, crawl_settings, crawl_site, parse_resolve
from crawler.scope import PageBudgetMiddleware, ScopeMiddleware
from crawler.sitemaps import UnreadableSitemap, read_sitemap, robots_sitemaps
from crawler.snapshot import Link, Page
from crawler.spider import OFFSITE, SiteSpider, offsite_policies, policy_roles_played
from fixtures.serve import FixtureServer
from tests.hostile import HostileServer, Reply, page

SITE = "https://www.acme-dental.com/"


def _spider(**options: object) -> tuple[SiteSpider, list]:
    """A SiteSpider started as Scrapy starts it, with its middlewares in Scrapy's order of
    `process_spider_output` (nearest the spider first)."""
    settings = crawl_settings(CrawlOptions(**options))  # type: ignore[arg-type]
    crawler = get_crawler(
        SiteSpider, {k: v for k, v in settings.items() if k.startswith("PREVET_")}
    )
    state = CrawlState(start_url=SITE, sites={"acme-dental.com"})
    spider = SiteSpider.from_crawler(crawler, state=state)
    crawler.spider = spider
    manager = SpiderMiddlewareManager.from_crawler(crawler)
    ours = (DepthMiddleware, ScopeMiddleware, PageBudgetMiddleware)
    chain = [mw for mw in reversed(manager.middlewares) if isinstance(mw, ours)]
    return spider, chain


def _through(chain: list, response: HtmlResponse, requests: list[Request]) -> list[Request]:
    result = iter(requests)
    for middleware in chain:
        result = middleware.process_spider_output(response, result)
    return list(result)


def _response(
    path: str = "/", body: str = "<html></html>", depth: int = 0, **meta: object
) -> HtmlResponse:
    request = Request(SITE.rstrip("/") + path, meta={"depth": depth, **meta})
    return HtmlResponse(request.url, body=body.encode(), request=request)


def _links(spider: SiteSpider, response: HtmlResponse, hrefs: list[tuple[str, str]]) -> list:
    html = "".join(f"<a href='{href}'>{text}</a>" for href, text in hrefs)
    built = build_page(f"<html><body><main>{html}</main></body></html>", response.url)
    return list(spider._follow(built))


def test_depth_is_numbered_before_the_cuts_and_the_budget_is_spent_last() -> None:
    _, chain = _spider()
    assert [type(mw) for mw in chain] == [DepthMiddleware, ScopeMiddleware, PageBudgetMiddleware]


def test_cut_links_are_counted_once_and_never_spend_the_page_budget() -> None:
    spider, chain = _spider(max_pages=2)
    state = spider.state
    response = _response()
    requests = _links(
        spider,
        response,
        [
            ("https://elsewhere.example.org/", "Partner"),
            ("/brochure.zip", "Brochure"),
            ("/brochure.zip", "Brochure again"),
            ("/" + "x" * 600, "Long"),
            ("/a/b/a/b/a/b/a/b/", "Loop"),
            ("/flyer.pdf", "Flyer"),
            ("/blog/first-post", "Our blog"),
            ("/privacy", "Privacy Policy"),
            ("/contact", "Contact us"),
        ],
    )
    sent = _through(chain, response, requests)
    assert [r.url.rsplit("/", 1)[-1] for r in sent] == ["privacy", "contact"]
    assert all(r.meta["depth"] == 1 and r.meta["discovered_by"] == "link" for r in sent)
    stats = state.stats
    assert (stats.skipped_offsite, stats.skipped_trap) == (1, 2)
    assert stats.skipped_non_html == 2  # the .zip (once, not per link to it) and the flyer
    assert stats.skipped_limit == 1  # the blog post: least important, over the budget
    assert state.scheduled == 2 and "https://www.acme-dental.com/blog/first-post" not in state.seen
    assert state.anchors["https://www.acme-dental.com/brochure.zip"] == [
        "Brochure",
        "Brochure again",
    ]
    assert _through(chain, response, _links(spider, response, [("/privacy", "Privacy")])) == []


def test_a_policy_the_site_links_on_another_domain_is_read_only_for_a_role_no_page_fills() -> None:
    """A privacy policy kept on a policy generator's domain is linked from the site's pages:
    the link is cut like any off-site link, but kept, and at the end the crawl reads it when
    no page of the site is the privacy policy. A page of another site names no policy."""
    spider, chain = _spider()
    state = spider.state
    response = _response("/signup")
    hrefs = [
        ("https://docs.policymill.example/d/acme-dental", "Privacy Policy"),
        ("https://www.facebook.com/acmedental", "Follow us"),
        ("https://pay.example-processor.com/legal/terms", "Payment terms"),
    ]
    assert _through(chain, response, _links(spider, response, hrefs)) == []
    assert state.stats.skipped_offsite == 3
    assert set(state.offsite_links) == {h for h, _ in hrefs}
    assert offsite_policies(state, {"home", "optin"}) == [
        "https://docs.policymill.example/d/acme-dental",
        "https://pay.example-processor.com/legal/terms",
    ]
    # the site has its own privacy policy and terms: no other domain's is read as its own
    assert offsite_policies(state, {"home", "privacy", "terms"}) == []
    assert offsite_policies(state, {"privacy"}) == ["https://pay.example-processor.com/legal/terms"]


def _policy_page(path: str, words: int, hrefs: list[tuple[str, str]], roles: list[str]) -> Page:
    links = [Link(href=h, text=t, region=r) for h, t, r in hrefs]
    return Page(
        url=f"https://www.acme-dental.com{path}",
        status=200,
        main_text_words=words,
        links=links,
        roles=roles,
    )


def test_a_policy_page_that_only_points_to_another_domain_does_not_fill_the_role() -> None:
    """Blind 23 (a coffee subscription): /terms said only that the terms are hosted at "our
    policy center" on another domain. That page is a forwarding stub: the terms role stays
    open, so the page it points to is fetched as the terms."""
    hosted = ("https://legal.policyhost.example/acme/terms", "our policy center", "body")
    stub = _policy_page("/terms", 10, [hosted], ["terms"])
    assert policy_roles_played([stub]) == set()
    assert forwards_to(stub) == [hosted[0]]
    # near misses: a page with terms of its own, or whose off-site link is in the footer
    full = _policy_page("/terms", 600, [hosted], ["terms"])
    footer = _policy_page("/terms", 10, [(hosted[0], hosted[1], "footer")], ["terms"])
    on_site = _policy_page("/terms", 10, [("https://www.acme-dental.com/t", "terms", "body")], [])
    assert policy_roles_played([full]) == {"terms"} and policy_roles_played([footer]) == {"terms"}
    assert forwards_to(on_site) == []
    # a short page of another role keeps its role
    contact = _policy_page("/contact", 10, [("https://maps.example/acme", "Map", "body")], [])
    contact.roles = ["contact"]
    assert policy_roles_played([contact]) == {"contact"}


def test_an_off_site_policy_is_fetched_as_one_page_and_never_crawled_further() -> None:
    site = Path(__file__).resolve().parent.parent / "fixtures/sites"
    site = site / "crawl-offsite-privacy-generator-no-sms"
    with FixtureServer(site) as server:
        resolve = [server.resolve(h) for h in ("www.tidypawsgrooming.com", *server.hosts)]
        options = CrawlOptions(render="never", resolve=parse_resolve(resolve))
        snapshot = crawl_site(server.url("www.tidypawsgrooming.com"), options)
        offsite = [p for p in snapshot.pages if p.discovered_by == OFFSITE]
        assert [p.url.split(":", 2)[1] for p in offsite] == ["//www.policyscribe-docs.com"]
        assert "privacy" in offsite[0].roles and "PolicyScribe" in offsite[0].text
        generator = [r.path for r in server.requests if r.host.startswith("www.policyscribe")]
        assert "/" not in generator and "/pricing" not in generator  # its links not followed


def test_a_policy_pdf_is_followed_and_links_past_the_depth_limit_are_not() -> None:
    spider, chain = _spider(max_depth=1)
    shallow = _through(
        chain,
        _response(),
        _links(spider, _response(), [("/legal/privacy.pdf", "Privacy Policy (PDF)")]),
    )
    assert [r.url for r in shallow] == ["https://www.acme-dental.com/legal/privacy.pdf"]
    deep = _response("/about", depth=1)
    assert _through(chain, deep, _links(spider, deep, [("/team", "Our team")])) == []
    assert spider.state.stats.skipped_limit == 1
    assert "https://www.acme-dental.com/team" not in spider.state.seen  # a shorter path may


def test_an_endless_chain_of_one_url_pattern_is_cut() -> None:
    spider, chain = _spider()
    followed, link_chain = 0, 0
    for month in range(1, 20):  # /cal/2031/1 -> /cal/2031/2 -> ...: each page the next
        response = _response(f"/cal/2031/{month}", shape_chain=link_chain)
        sent = _through(
            chain, response, _links(spider, response, [(f"/cal/2031/{month + 1}", "Next month")])
        )
        if not sent:
            break
        followed, link_chain = followed + 1, sent[0].meta["shape_chain"]
    assert followed == spider.state.limits.max_shape_chain
    assert spider.state.stats.skipped_trap == 1


def test_sitemap_files_are_read_within_their_limits_and_the_rest_is_said() -> None:
    spider, chain = _spider()
    response = _response("/sitemap.xml", depth=1, sitemap_level=0)
    asked = [
        spider._sitemap_request(f"https://www.acme-dental.com/map-{n}.xml", 1) for n in range(25)
    ]
    asked += [
        spider._sitemap_request("https://www.acme-dental.com/map-0.xml", 1),
        spider._sitemap_request("https://maps.example.org/all.xml", 1),
        spider._sitemap_request("https://www.acme-dental.com/deep.xml", 3),
    ]
    sent = _through(chain, response, asked)
    limits = spider.state.limits
    assert len(sent) == limits.max_sitemaps and len({r.url for r in sent}) == len(sent)
    assert spider.state.sitemaps_unread == 25 - limits.max_sitemaps + 1  # the deep one too
    chain[1].spider_closed(spider)
    assert spider.state.stats.notes == [
        "6 nested sitemap(s) not read: sitemap indexes are followed 2 levels deep and 20 "
        "files in all"
    ]


def test_sitemap_pages_skip_other_sites_silently_and_share_the_budget() -> None:
    spider, chain = _spider(max_pages=1)
    body = _urlset(
        ["/privacy", "/privacy", "https://elsewhere.example.org/x", "/logo.png", "/blog"]
    ).encode()
    request = Request(SITE + "sitemap.xml", meta={"depth": 1, "sitemap_level": 0})
    response = HtmlResponse(request.url, body=body, request=request)
    sent = _through(chain, response, list(spider.parse_sitemap(response)))
    assert [r.url for r in sent] == [SITE + "privacy"]
    assert sent[0].meta["discovered_by"] == "sitemap" and sent[0].meta["depth"] == 2
    stats = spider.state.stats
    assert (stats.skipped_offsite, stats.skipped_non_html, stats.skipped_limit) == (0, 1, 1)


@pytest.mark.parametrize(
    "name,value,words",
    [
        ("PREVET_MAX_PAGES", 0, "PREVET_MAX_PAGES must be a whole number of at least 1, not 0"),
        ("PREVET_MAX_DEPTH", -1, "PREVET_MAX_DEPTH must be a whole number of at least 0, not -1"),
        ("PREVET_MAX_SITEMAPS", "20", "PREVET_MAX_SITEMAPS must be a whole number"),
        ("PREVET_MAX_PER_SHAPE", True, "PREVET_MAX_PER_SHAPE must be a whole number"),
        (
            "PREVET_RENDER",
            "sometimes",
            "PREVET_RENDER must be one of auto, always, never, not 'sometimes'",
        ),
    ],
)
def test_a_bad_setting_stops_the_crawler_at_start_in_one_line(
    name: str, value: object, words: str
) -> None:
    crawler = get_crawler(SiteSpider, {name: value})
    with pytest.raises(PrevetError, match="^" + words) as refused:
        SiteSpider.from_crawler(crawler, state=CrawlState(start_url=SITE, sites=set()))
    assert "\n" not in str(refused.value)


def test_the_limits_are_the_settings_crawl_settings_states() -> None:
    settings = crawl_settings(CrawlOptions(max_pages=7, max_depth=0, render="never"))
    limits = CrawlLimits.from_settings(settings)
    assert (limits.max_pages, limits.max_depth, limits.render) == (7, 0, "never")
    assert CrawlLimits.from_settings({}) == CrawlLimits()
    assert CrawlLimits.from_settings(limits.as_settings()) == limits


# -- pure readers ------------------------------------------------------------------------------
def _urlset(locs: list[str], root: str = "urlset") -> str:
    item = "sitemap" if root == "sitemapindex" else "url"
    entries = "".join(f"<{item}><loc> {loc} </loc></{item}>" for loc in locs)
    return (
        f"<?xml version='1.0'?><{root} xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"{entries}</{root}>"
    )


def test_sitemaps_are_read_from_plain_and_gzip_files_within_limits() -> None:
    pages = read_sitemap(_urlset(["/a", "", "/b", "/c"]).encode(), max_entries=3, max_size=10**6)
    assert pages is not None and not pages.is_index
    assert pages.locs == ["/a", "/b"] and pages.truncated  # the empty one counted, not kept
    index = read_sitemap(
        gzip.compress(_urlset(["/m.xml"], "sitemapindex").encode()), max_entries=10, max_size=10**6
    )
    assert index is not None and index.is_index and index.locs == ["/m.xml"]
    assert read_sitemap(b"\x00\x01 not XML", max_entries=10, max_size=10**6) is None
    html = read_sitemap(b"<html>not a sitemap", max_entries=10, max_size=10**6)
    assert html is not None and html.locs == []
    with pytest.raises(UnreadableSitemap):
        read_sitemap(gzip.compress(b"x" * 5000), max_entries=10, max_size=100)


def test_robots_txt_names_its_sitemaps() -> None:
    robots = (
        "User-agent: *\nDisallow: /private/\nSitemap: https://acme.com/maps/a.xml \n"
        "sitemap: /relative.xml\n"
    )
    assert robots_sitemaps(robots) == ["https://acme.com/maps/a.xml", "/relative.xml"]
    assert robots_sitemaps("User-agent: *\nDisallow:\n") == []


def test_outgoing_links_are_normalized_in_page_order_with_repeats() -> None:
    built = build_page(
        "<html><body><nav><a href='/Privacy?utm_source=x#top'>Privacy</a></nav>"
        "<a href='mailto:a@b.com'>Mail</a><a href='/privacy'>Our privacy</a>"
        "</body></html>",
        "https://acme.com/",
    )
    assert list(outgoing_links(built)) == [
        FoundLink("https://acme.com/Privacy", "Privacy", "nav", "https://acme.com/"),
        FoundLink("https://acme.com/privacy", "Our privacy", "body", "https://acme.com/"),
    ]


def test_what_a_response_holds_is_told_by_type_and_first_bytes() -> None:
    assert is_html(b"<p>hi", "text/html; charset=utf-8")
    assert is_html(b"<!DOCTYPE html><html>", "")
    assert is_html(b"<html><body>", "application/xhtml+xml")
    assert not is_html(b"<?xml version='1.0'?><urlset/>", "application/xml")
    assert not is_html(b"{}", "application/json")
    assert is_pdf(b"%PDF-1.4", "application/octet-stream") and is_pdf(b"", "application/pdf")


def _pdf(text: str) -> bytes:
    """A one-page PDF showing `text` (written out by hand: pypdf reads, it does not draw)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )


def test_a_pdf_is_read_into_a_page_and_a_broken_one_is_said() -> None:
    read = pdf_page(_pdf("Acme Dental Privacy Policy"), "https://acme.com/p.pdf", 200, 2)
    assert read.text.strip() == "Acme Dental Privacy Policy" and read.title == read.text.strip()
    assert (read.text_source, read.content_type, read.depth) == ("pdf", "application/pdf", 2)
    with pytest.raises(UnreadablePdf):
        pdf_page(b"%PDF-1.4 nothing else", "https://acme.com/p.pdf", 200, 1)


# -- a real crawl (child process, no browser) -------------------------------------------------
HOST = "www.harbor-bakery.com"


def test_a_crawl_reads_a_linked_policy_pdf_and_refuses_a_bad_limit_in_one_line() -> None:
    policy = _pdf("Harbor Bakery Privacy Policy")

    def routes(path: str) -> Reply | None:
        if path == "/":
            return page("Harbor Bakery", "/privacy.pdf", "/menu.pdf")
        if path in ("/privacy.pdf", "/menu.pdf"):
            return Reply(body=policy, content_type="application/pdf")
        return None

    with HostileServer(routes) as server:
        options = CrawlOptions(render="never", resolve=parse_resolve([server.resolve(HOST)]))
        snapshot = crawl_site(server.url(HOST), options)
        read = [p for p in snapshot.pages if p.text_source == "pdf"]
        assert [p.url.rsplit("/", 1)[-1] for p in read] == ["privacy.pdf"]
        assert "Harbor Bakery Privacy Policy" in read[0].text
        assert "/menu.pdf" not in server.requests  # not a policy by its link: not downloaded
        options.max_depth = -1
        with pytest.raises(PrevetError, match="^PREVET_MAX_DEPTH must be a whole number"):
            crawl_site(server.url(HOST), options)


def test_a_policy_stub_that_sends_the_person_elsewhere_is_a_link_there(tmp_path: Path) -> None:
    """Blind round 19 (north-star-ai): "Privacy Policy" -> /privacy-policy.html, a stub whose
    meta refresh opens a page on another domain, and "Terms" -> /terms, a 301 to another
    domain: each link is recorded as where it leads, and the page there as an off-site page
    the crawl could not read, even when nothing answers there. Near
    miss: a redirect within the site ("About" -> /about-us -> /about) changes no link."""
    (tmp_path / "index.html").write_text(
        '<html><body><h1>Shop</h1><a href="/privacy-policy.html">Privacy Policy</a> '
        '<a href="/terms">Terms</a> <a href="/about-us">About</a></body></html>'
    )
    (tmp_path / "privacy-policy.html").write_text(
        '<html><head><meta http-equiv="refresh" content="0; '
        'url=http://docs.nowhere-pages.invalid/p/privacy"></head></html>'
    )
    (tmp_path / "about.html").write_text("<html><body><h1>About us</h1></body></html>")
    (tmp_path / "routes.json").write_text(
        '{"/terms": {"redirect": "http://legal.nowhere-pages.invalid/t", "status": 301},'
        ' "/about-us": {"redirect": "/about", "status": 301}}'
    )
    with FixtureServer(tmp_path) as server:
        options = CrawlOptions(
            render="never", resolve=parse_resolve([server.resolve("www.stub-shop.com")])
        )
        snapshot = crawl_site(server.url("www.stub-shop.com"), options)
    home = snapshot.pages[0]
    hrefs = {link.text: link.href for link in home.links}
    assert hrefs["Privacy Policy"] == "http://docs.nowhere-pages.invalid/p/privacy"
    assert hrefs["Terms"] == "http://legal.nowhere-pages.invalid/t"
    assert hrefs["About"].endswith("/about-us")
    unread = {p.url: p for p in snapshot.pages if p.discovered_by == OFFSITE}
    policy = unread["http://docs.nowhere-pages.invalid/p/privacy"]
    assert policy.error and "privacy" in policy.roles
    assert "/privacy-policy" in policy.redirects[0]


def test_a_crawl_started_below_the_root_also_reads_the_home_page() -> None:
    """A campaign registers its opt-in page (acme.com/text-signup) and a reviewer given it opens
    the site's home too: the crawl reads "/" although the sign-up page never links there, once,
    as a page the audit named. Near misses: a start at the root, or at "/index.html", asks for
    no second copy of the home page."""

    def routes(path: str) -> Reply | None:
        if path in ("/", "/index.html"):
            return page("Harbor Bakery home", "/about")
        if path == "/text-signup":
            return page("Text club sign-up")
        if path == "/about":
            return page("About Harbor Bakery")
        return None

    with HostileServer(routes) as server:
        options = CrawlOptions(render="never", resolve=parse_resolve([server.resolve(HOST)]))
        snapshot = crawl_site(server.url(HOST, "/text-signup"), options)
        by_path = {p.url.split(HOST, 1)[1].split("/", 1)[1]: p for p in snapshot.pages}
        assert by_path["text-signup"].discovered_by == "start"
        assert by_path[""].discovered_by == "given" and "Harbor Bakery home" in by_path[""].text
        assert "about" in by_path  # the home page's links are followed as any page's
        for start in ("", "index.html"):
            before = len(server.requests)
            snapshot = crawl_site(server.url(HOST, "/" + start), options)
            home_asks = [r for r in server.requests[before:] if r in ("/", "/index.html")]
            assert len(home_asks) == 1, start


def test_root_below_names_the_home_only_for_a_start_below_it() -> None:
    from crawler.urls import root_below

    assert root_below("https://Acme.com/sms/optin?x=1") == "https://acme.com/"
    assert root_below("https://acme.com/") == ""
    assert root_below("https://acme.com") == ""
    assert root_below("https://acme.com/index.html") == ""
    assert root_below("https://acme.com/#/alerts") == ""


def test_a_root_that_answered_not_found_is_no_home_page() -> None:
    """The crawl asks for "/" of a start below it; when "/" answers 404 (an opt-in page hosted
    alone) the URL still gives it the home role, but the site's home is the page read first,
    not the error page. Near miss: a root that answered is the home, whatever came first."""
    from crawler.snapshot import SiteSnapshot

    start = Page(url=SITE + "text-signup", status=200, roles=["optin"])
    root = Page(url=SITE, status=404, roles=["home"], discovered_by="given")
    snapshot = SiteSnapshot(start_url=start.url, pages=[start, root])
    assert snapshot.home is start
    root.status = 200
    assert snapshot.home is root


def test_a_project_pages_site_has_its_folder_for_root() -> None:
    """GitHub / GitLab Pages serve a project's site at user.github.io/project/: a start at
    user.github.io/project/sms/optin belongs to that site, whose home a reviewer opens is the
    project's folder, not the host's "/" (often "not found")."""
    from crawler.urls import root_below

    assert root_below("https://ada.github.io/alerts/opt-in") == "https://ada.github.io/alerts/"
    assert root_below("https://ada.gitlab.io/alerts/sms/terms.html") == (
        "https://ada.gitlab.io/alerts/"
    )
    assert root_below("https://ada.github.io/alerts/") == ""
    assert root_below("https://ada.github.io/alerts/index.html") == ""
    # near misses: one segment may be a page of the user's own site; other hosts keep "/"
    assert root_below("https://ada.github.io/opt-in") == "https://ada.github.io/"
    assert root_below("https://acme.com/alerts/opt-in") == "https://acme.com/"
