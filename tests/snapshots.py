"""Build site snapshots from HTML strings, without a crawl, for unit tests of the analyzers."""

from __future__ import annotations

from urllib.parse import urljoin

from crawler.page_builder import build_page
from crawler.snapshot import SiteSnapshot
from crawler.urls import registrable_domain


def snapshot_from_pages(
    pages: dict[str, str], base: str = "https://www.acme-dental.com/", **fields
) -> SiteSnapshot:
    """`pages` maps a path ("/", "/privacy") to its HTML; the first one is the start page."""
    built = []
    for index, (path, html) in enumerate(pages.items()):
        url = urljoin(base, path)
        built.append(build_page(html, url, is_start=index == 0))
    # the words of links that lead to each page help tell its role, as in a crawl
    anchors: dict[str, list[str]] = {}
    for page in built:
        for link in page.links:
            anchors.setdefault(link.href.split("#")[0], []).append(link.text)
    result = []
    for index, (path, html) in enumerate(pages.items()):
        url = urljoin(base, path)
        result.append(build_page(html, url, is_start=index == 0, anchor_texts=anchors.get(url)))
    return SiteSnapshot(start_url=base, site=registrable_domain(base), pages=result, **fields)
