"""The registrable domain of a URL or host in the package, without building the public-suffix
trie when the answer is plain.

`crawler.urls.registrable_domain` reads tldextract's bundled public suffix list into two tries
on first use: a tenth of the half second `prevet check-campaign` may take. Most hosts in a
registration package are "acme.com" or "www.acme.com", and a host of two labels is always its
own registrable domain (registrable_domain returns "github.io" or "co.uk" unchanged too), so the
list is read only for longer hosts ("shop.acme.co.uk").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")


def site_domain(url_or_host: str) -> str:
    """ "https://www.acme.com/x" -> "acme.com"; same answers as crawler.urls.registrable_domain."""
    text = url_or_host.strip()
    host = (urlsplit(text if "://" in text else f"http://{text}").hostname or "").rstrip(".")
    short = host.removeprefix("www.")
    labels = short.split(".")
    if (
        len(labels) == 2
        and all(_LABEL.match(label) for label in labels)
        and not labels[-1].isdigit()
    ):
        return short
    from crawler.urls import registrable_domain

    return registrable_domain(host) if host else ""
