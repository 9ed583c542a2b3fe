"""Why a fetch failed, in a plain sentence: never a Python, Twisted or OpenSSL repr.

Scrapy wraps network errors in its own exception types (`scrapy.exceptions.Download*Error`,
`CannotResolveHostError`, `ResponseDataLossError`) whose text is often the repr of a list of
Twisted failures, and it drops requests with a bare `IgnoreRequest` for reasons as different as
robots.txt, too many redirects and a body that inflates past DOWNLOAD_MAXSIZE. `classify()`
tells those apart (so a redirect loop is never reported as a robots.txt refusal) and words each
one; the reachability check (crawler/preflight.py) words its own errors with the same helpers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

ROBOTS = "robots"
REDIRECTS = "redirects"
TOO_LARGE = "too_large"
NETWORK = "network"

# OpenSSL's reasons when the other end answered in something other than TLS (plain HTTP,
# mostly): the server listens on that port but does not speak TLS there
_NOT_TLS_REASONS = (
    "wrong version number",
    "http request",
    "packet length too long",
    "unknown protocol",
    "record layer failure",
    "wrong_version_number",
    "http_request",
    "packet_length_too_long",
    "unknown_protocol",
    "record_layer_failure",
)


@dataclass(frozen=True)
class FetchFailure:
    """`kind` is one of ROBOTS, REDIRECTS, TOO_LARGE, NETWORK. For a network problem,
    `problem` is a whole sentence (its subject is the server); otherwise it completes one whose
    subject is the page: `about("the start URL")` -> "the start URL redirects in a loop (…)"."""

    kind: str
    problem: str

    def about(self, subject: str) -> str:
        return self.problem if self.kind == NETWORK else f"{subject} {self.problem}"


# -- sentences shared with the reachability check ------------------------------------------
def no_dns(host: str) -> str:
    return f"the name {host} does not resolve (DNS lookup failed)"


def refused(host: str, port: int) -> str:
    return f"{host}:{port} refused the connection"


def timed_out(host: str, port: int, seconds: float | None = None) -> str:
    within = f" within {seconds:g} s" if seconds else " in time"
    return f"the server at {host}:{port} did not answer{within}"


def not_tls(host: str, port: int) -> str:
    return f"the server at {host} does not speak TLS on port {port} (try http:// instead)"


def is_not_tls(reason: str) -> bool:
    """An OpenSSL reason saying the other end is not speaking TLS at all."""
    lowered = reason.lower()
    return any(r in lowered for r in _NOT_TLS_REASONS)


# -- Scrapy failures ------------------------------------------------------------------------
def classify(failure: Any, max_redirects: int, max_bytes: int) -> FetchFailure:
    """A Twisted `Failure` from a Scrapy errback -> what happened, in words."""
    from scrapy.exceptions import DownloadCancelledError, IgnoreRequest

    request = getattr(failure, "request", None)
    url = getattr(request, "url", "") or ""
    meta = getattr(request, "meta", {}) or {}
    value = failure.value
    text = str(value)
    if isinstance(value, IgnoreRequest):
        if "robots.txt" in text:
            return FetchFailure(ROBOTS, "is disallowed by robots.txt")
        if "DOWNLOAD_MAXSIZE" in text:
            return FetchFailure(
                TOO_LARGE, f"is larger than --max-page-size ({_mb(max_bytes)}) once decompressed"
            )
        if "redirect" in text or meta.get("redirect_times", 0) >= max_redirects:
            return FetchFailure(REDIRECTS, _redirect_problem(url, meta, max_redirects))
        return FetchFailure(NETWORK, f"the crawler dropped {url or 'the page'} ({_clean(text)})")
    if isinstance(value, DownloadCancelledError) and "max size" in text:
        return FetchFailure(TOO_LARGE, f"is larger than --max-page-size ({_mb(max_bytes)})")
    return FetchFailure(NETWORK, network_problem(value, url))


def network_problem(error: BaseException, url: str) -> str:
    """A network error (any layer: Scrapy's wrapper, Twisted's, OpenSSL's) as a sentence."""
    parts = urlsplit(url)
    host = parts.hostname or "the server"
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        port = 0
    names = [type(e).__name__ for e in _causes(error)]
    texts = " ".join(str(e) for e in _causes(error))
    tls = [e for e in _causes(error) if type(e).__module__.startswith("OpenSSL")]
    if tls:
        reason = _openssl_reason(tls[0])
        if is_not_tls(reason):
            return not_tls(host, port)
        return f"the TLS handshake with {host}:{port} failed ({reason})"
    if _any(names, "CannotResolveHostError", "DNSLookupError", "NoAddressError"):
        return no_dns(host)
    if _any(names, "DownloadConnectionRefusedError", "ConnectionRefusedError"):
        return refused(host, port)
    if _any(names, "DownloadTimeoutError", "TimeoutError", "TCPTimedOutError"):
        return timed_out(host, port)
    if _any(names, "ResponseDataLossError", "_DataLoss", "PotentialDataLoss"):
        return f"the server at {host}:{port} broke off the page before it was complete"
    if _any(names, "ParseError", "BadHttpHeaderError", "BadStatusLine", "_WrongContentLength"):
        return f"the server at {host}:{port} did not answer in HTTP"
    if _any(
        names, "ConnectionDone", "ConnectionLost", "ConnectionAborted", "ResponseNeverReceived"
    ):
        return f"the server at {host}:{port} closed the connection without answering"
    if _any(names, "NoRouteError", "ConnectError", "ConnectingCancelledError"):
        return f"{host}:{port} cannot be reached"
    if _any(names, "UnsupportedURLSchemeError", "SchemeNotSupported"):
        return f"{url} does not use a scheme the crawler can fetch"
    detail = _clean(texts) if texts.strip() else names[0]
    return f"{host}:{port} could not be fetched ({detail})"


def _causes(error: BaseException) -> list[BaseException]:
    """The error, what it was raised from, and the failures a Twisted ResponseFailed holds."""
    found: list[BaseException] = []
    pending: list[Any] = [error]
    while pending and len(found) < 20:
        item = pending.pop(0)
        item = getattr(item, "value", item)  # a twisted Failure
        if not isinstance(item, BaseException) or item in found:
            continue
        found.append(item)
        pending.extend(getattr(item, "reasons", None) or [])
        pending.extend(e for e in (item.__cause__, item.__context__) if e is not None)
    return found


def _openssl_reason(error: BaseException) -> str:
    """OpenSSL.SSL.Error carries [(library, function, reason), ...]."""
    for entry in error.args[0] if error.args and isinstance(error.args[0], list) else []:
        if isinstance(entry, tuple) and entry and entry[-1]:
            return str(entry[-1])
    return _clean(str(error)) or "no reason given"


def _redirect_problem(url: str, meta: dict[str, Any], max_redirects: int) -> str:
    hops = [str(u) for u in meta.get("redirect_urls", [])] + ([url] if url else [])
    reasons = [str(r) for r in meta.get("redirect_reasons", [])]
    shown = _hops(hops)
    repeat = next((i for i, hop in enumerate(hops) if hop in hops[:i]), None)
    if repeat is not None:
        shown = _hops(hops[: repeat + 1])  # one turn of the loop
        if reasons and all(r == "meta refresh" for r in reasons):
            return f"refreshes in a loop with an HTML meta refresh ({shown})"
        return f"redirects in a loop ({shown})"
    return f"redirects more than {max_redirects} times without arriving ({shown})"


def _hops(urls: list[str]) -> str:
    """ "/ → /a → /" : paths when the hops stay on one host, the first and last few of long
    chains."""
    hosts = {urlsplit(u).netloc for u in urls}
    shown = [
        (urlsplit(u).path or "/") + (f"?{urlsplit(u).query}" if urlsplit(u).query else "")
        if len(hosts) == 1
        else u
        for u in urls
    ]
    if len(shown) > 6:
        shown = [*shown[:3], "…", *shown[-2:]]
    return " → ".join(s[:80] for s in shown)


def _any(names: list[str], *wanted: str) -> bool:
    return any(name in wanted for name in names)


def _clean(text: str) -> str:
    """One line, no reprs: the text before any '<' or '[' that starts a repr."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    for marker in ("[<", "<", "[("):
        if marker in line:
            line = line.split(marker, 1)[0]
    return line.strip(" :;,.")[:160]


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:g} MB"
