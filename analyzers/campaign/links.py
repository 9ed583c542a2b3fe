"""Links in a message, as a subscriber's phone shows them: URLs, and bare domains too.

Phones turn "Order at ourbakery.com today" into a tappable link, so reviewers count a bare domain
as an embedded link (samples.embedded_link_undeclared) and judge its domain
(samples.link_domain_mismatch). A bare domain is a dotted name whose last label is a real public
suffix (tldextract's bundled list, no network): "ourbakery.com" and "acme.health" are links,
"Dr.Smith", "e.g." and "4.99" are not. Placeholders such as "[link]" stand for a link too.
"""

from __future__ import annotations

import re

from analyzers.campaign.domains import site_domain
from analyzers.text.urls import find_urls

# the crawler's suffix list (bundled, never downloaded), built once for both: reading it costs
# tens of milliseconds, and check-campaign has half a second
from crawler.urls import _extractor

_BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w@-]|\.[a-z0-9])",
    re.IGNORECASE,
)
LINK_PLACEHOLDER = re.compile(
    r"[\[{<]\s*(?:link|url|web\s*link|short\s*link|website)[^\]}>]*"
    r"[\]}>]",
    re.IGNORECASE,
)
# suffixes that are also common words or abbreviations a sentence ends with ("a.m", "i.e")
_NOT_LINKS = {"e.g", "i.e", "a.m", "p.m", "u.s", "p.o", "etc"}


def bare_domains(text: str) -> list[str]:
    """Dotted names ending in a public suffix, outside URLs and e-mail addresses."""
    urls = find_urls(text)
    for url in urls:
        text = text.replace(url, " ")
    found = []
    for match in _BARE_DOMAIN.finditer(text):
        name = match.group(1).rstrip(".")
        if name.lower() in _NOT_LINKS or name.replace(".", "").isdigit():
            continue
        last = name.rsplit(".", 1)[1]
        if last[0].isupper() and not last.isupper():
            continue  # "Thanks.Reply": a sentence missing its space, not a domain
        parts = _extractor()(name.lower())
        if parts.domain and parts.suffix:
            found.append(name)
    return found


def find_links(text: str) -> list[str]:
    """Every link a subscriber could tap: URLs, bare domains, then [link] placeholders."""
    return (
        find_urls(text) + bare_domains(text) + [m.group() for m in LINK_PLACEHOLDER.finditer(text)]
    )


def real_links(text: str) -> list[str]:
    """The links with a domain to judge (placeholders left out)."""
    return find_urls(text) + bare_domains(text)


def link_domain(link: str) -> str:
    return site_domain(link)
