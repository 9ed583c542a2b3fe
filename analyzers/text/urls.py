"""URLs in free text, and whether a link uses a public URL shortener (by registrable domain)."""

from __future__ import annotations

import re

from analyzers.text.vocabulary import word_list
from crawler.urls import registrable_domain

# scheme URLs, www. URLs, and bare domains followed by a path ("bit.ly/abc")
URL_IN_TEXT = re.compile(
    r"(?i)\b((?:https?://|www\.)[^\s<>\"')\]]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}"
    r"/[^\s<>\"')\]]*)"
)


def find_urls(text: str) -> list[str]:
    return [m.group(1).rstrip(".,;:!?") for m in URL_IN_TEXT.finditer(text)]


def host_domain(url: str) -> str:
    if "://" not in url:
        url = "http://" + url
    return registrable_domain(url)


def is_public_shortener(url: str) -> bool:
    """True for bit.ly/x, https://tinyurl.com/y, t.co/z; never on substrings (rabbit.lyon.fr).

    A service's own share host under a shortener's domain is not a general-purpose shortener:
    maps.app.goo.gl/Ab12 is a Google Maps place link, while goo.gl/Ab12 could lead anywhere
    (analyzers/vocab/place_share_hosts.txt).
    """
    if _host(url) in word_list("place_share_hosts"):
        return False
    domain = host_domain(url)
    return domain in word_list("shorteners") or _host(url) in word_list("shorteners")


def _host(url: str) -> str:
    if "://" not in url:
        url = "http://" + url
    from crawler.urls import host_of

    return host_of(url)
