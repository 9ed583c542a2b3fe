"""The links a page offers to follow: each one normalized, with the words that lead to it.

A pure function over an extracted page; which of them are requested is the spider's and
`crawler/scope.py`'s business. A request carries its `FoundLink` in `meta["link"]`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from crawler.snapshot import Page
from crawler.urls import normalize_url


@dataclass(frozen=True)
class FoundLink:
    """A URL the crawl found, and where: a page's link or a sitemap's entry."""

    url: str  # normalized (`crawler.urls.normalize_url`): the crawl's key for the page
    text: str = ""  # the link's words ("" for a sitemap entry)
    region: str = "body"  # where on the page: nav, header, footer, form or body
    found_on: str = ""  # the URL of the page (or sitemap) it was found on


def outgoing_links(page: Page) -> Iterator[FoundLink]:
    """Each link of `page` to a web address, in page order, repeats included (every anchor
    text tells what its target is); mailto:, tel: and script links are not followed."""
    found_on = page.final_url or page.url
    for link in page.links:
        if link.href.startswith(("http://", "https://")):
            yield FoundLink(normalize_url(link.href), link.text, link.region, found_on)
