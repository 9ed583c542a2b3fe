"""What the user typed -> the start URL to audit, with any credentials dropped at the very entry.

A password in a URL (http://user:password@host/) must never reach a report, the snapshot, the
console or the store, so it is removed before anything else sees the URL. prevet audits what a
carrier reviewer sees, and a reviewer has no login: there is no option to send credentials.
"""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin

from crawler.urls import drop_credentials, start_url
from prevet.errors import PrevetError

CREDENTIALS_DROPPED = (
    "the user name and password in the URL were dropped: prevet audits the "
    "site as a visitor without a login and never stores credentials"
)


def audit_target(url: str) -> tuple[str, bool]:
    """(the start URL, whether credentials were dropped from it); PrevetError when invalid."""
    clean, had_credentials = without_credentials(url)
    try:
        return start_url(clean), had_credentials
    except ValueError as exc:
        raise PrevetError(str(exc)) from exc


def optin_target(url: str, site: str) -> str:
    """--optin-url -> an absolute http(s) URL; PrevetError, naming the option, when malformed.

    A path ("/text-alerts") is on the audited `site`. Another host is allowed: a reviewer
    follows a link to a hosted form builder's page as readily as to one of the site's own.
    A fragment is kept (a hash-routed app's route, "#/alerts", is a page of its own)."""
    text = url.strip()
    if text.startswith("/") and not text.startswith("//"):
        text = urljoin(site, text)
    address, fragment = urldefrag(text)
    try:
        absolute = start_url(address)
    except ValueError as exc:
        raise PrevetError(f"--optin-url: {exc}") from exc
    return f"{absolute}#{fragment}" if fragment else absolute


def without_credentials(url: str) -> tuple[str, bool]:
    return drop_credentials(url.strip())
