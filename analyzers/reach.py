"""Which pages of a crawl a person reaches by following links, and one spelling per page to
compare them by. Shared by the site checks (an opt-in page nothing links to) and the policy
finder (a policy found only at a typed path is not found from the site); kept out of
analyzers/inputs so that the policy finder, which inputs itself uses, can import it."""

from __future__ import annotations

import re
from collections import deque
from urllib.parse import urlsplit, urlunsplit

from crawler.snapshot import Page, SiteSnapshot
from crawler.urls import normalize_url, site_root


def url_key(url: str) -> str:
    """One spelling per page for graph walks: no scheme, no www., no trailing slash or index."""
    parts = urlsplit(normalize_url(url))
    host = (parts.hostname or "").removeprefix("www.")  # the port is not part of the page
    path = re.sub(r"/(index|default)\.(html?|php|aspx?)$", "/", parts.path)
    path = re.sub(r"\.html?$", "", path).rstrip("/") or "/"
    return urlunsplit(("", host, path, parts.query, "")).lstrip("/")


def reachable_from_home(snapshot: SiteSnapshot) -> set[str]:
    """url_key of every page reached by following visible links from the home page."""
    home = snapshot.home
    return reachable_from(snapshot, [home]) if home is not None else set()


def reachable_from(
    snapshot: SiteSnapshot, roots: list[Page], *, visible_only: bool = True
) -> set[str]:
    """url_key of every page reached by following links (and frames) from `roots`, the pages
    a person enters the site by. `visible_only=False` also follows links the render marked
    hidden (a closed menu): for a check where a missed link would be a false error."""
    by_key: dict[str, Page] = {}
    for page in snapshot.pages:
        for url in (page.url, page.final_url, *page.redirects):
            if url:
                by_key.setdefault(url_key(url), page)
    seen = {url_key(u) for root in roots for u in (root.url, root.final_url) if u}
    queue = deque(roots)
    while queue:
        page = queue.popleft()
        hrefs = [link.href for link in page.links if link.visible or not visible_only]
        for href in [*hrefs, *page.frames]:
            if not href.startswith(("http://", "https://")):
                continue
            key = url_key(href)
            if key in seen:
                continue
            seen.add(key)
            target = by_key.get(key)
            if target is not None:
                seen.update(url_key(u) for u in (target.url, target.final_url) if u)
                queue.append(target)
    return seen


# how a page the crawl fetched was first reached that a person entering the site also takes:
# the start URL and the URLs given with the audit (the opt-in page, the campaign's policy URLs)
_ENTRY = ("start", "given")
NOT_FOLLOWED = ("guess", "sitemap")


def linked_pages(snapshot: SiteSnapshot) -> set[str]:
    """url_key of the pages a person reaches by following links and frames from where the site
    is entered (its home, the start URL, the URLs given with the audit). A policy the crawl
    found only by trying a common path (/privacy) is not among them, nor is one that only such
    a page links to: "found from the site" means a reviewer clicking through the site gets
    there. A sitemap entry is not a way a person takes. Links the render marked hidden count:
    a policy link in a closed menu must not make the policy "missing"."""
    roots = [
        p
        for p in snapshot.pages
        if p.discovered_by in _ENTRY or snapshot.start_url in (p.url, p.final_url)
    ]
    if snapshot.home is not None and snapshot.home.discovered_by not in NOT_FOLLOWED:
        roots.append(snapshot.home)
    return reachable_from(snapshot, roots, visible_only=False)


def unread_root(snapshot: SiteSnapshot) -> str:
    """The site's root URL ("https://acme.com/") when the crawl started below it and holds no
    readable copy of it, else "". A campaign registers its opt-in page (acme.com/optin), and
    a reviewer given that URL also opens the site's home: when the crawl never read the root
    (nothing it reached links there, or it answered an error or "not found"), what the site
    says about the business was judged without its home page. A crawl started at the root,
    or one whose root redirected to the opt-in page, saw the home. A project-pages site's root
    is its folder (user.github.io/project/: `crawler.urls.site_root`, as the crawl asks for)."""
    root = site_root(snapshot.start_url)
    if url_key(snapshot.start_url) == url_key(root):
        return ""
    for page in snapshot.pages:
        keys = {url_key(u) for u in (page.url, page.final_url, *page.redirects) if u}
        if url_key(root) in keys:
            return "" if page.status < 400 and not page.error else root
    return root
