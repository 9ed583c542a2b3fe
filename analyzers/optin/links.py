"""Policy links at the point of consent: does the form lead to the privacy policy and terms?"""

from __future__ import annotations

import re

from analyzers.text.urls import find_urls
from crawler.snapshot import Link

_PRIVACY = re.compile(r"privacy|data[\s_-]*protection", re.IGNORECASE)
_TERMS = re.compile(
    r"\bterms?\b|conditions|\bt\s*&\s*c|\btos\b|terms[\s_-]*of|"
    r"(sms|text|mobile|messaging)[\s_-]*(policy|program|disclosure)|legal",
    re.IGNORECASE,
)


def _path(href: str) -> str:
    return re.sub(r"^[a-z]+://[^/]+", "", href, flags=re.IGNORECASE)


def is_privacy_link(link: Link) -> bool:
    return bool(_PRIVACY.search(link.text) or _PRIVACY.search(_path(link.href)))


def is_terms_link(link: Link) -> bool:
    return bool(_TERMS.search(link.text) or _TERMS.search(_path(link.href)))


def policy_link(links: list[Link], text: str, kind: str) -> str | None:
    """The link (or a URL written out in the text) that leads to the privacy policy / terms."""
    test = is_privacy_link if kind == "privacy" else is_terms_link
    for link in links:
        if link.href.lower().startswith(("mailto:", "tel:", "javascript:")):
            continue
        if test(link):
            return link.href
    for url in find_urls(text):
        if test(Link(href=url, text="")):
            return url
    return None
