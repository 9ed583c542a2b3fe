"""URL helpers: registrable domains (offline public-suffix list) and normalization."""

from __future__ import annotations

import ipaddress
import re
import threading
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import tldextract

# session tokens and trackers that make one page look like many
_VOLATILE_PARAMS = re.compile(
    r"^(utm_.*|gclid|fbclid|msclkid|mc_[a-z]+|_ga|_gl|sid|sessionid|session_id|phpsessid|"
    r"jsessionid|aspsessionid.*|cfid|cftoken|ref|source|_hs[a-z]+|__hs[a-z]+)$",
    re.IGNORECASE,
)


_EXTRACTOR_LOCK = threading.Lock()


def _extractor() -> tldextract.TLDExtract:
    """The one extractor, built by the first caller while the others wait: the crawl service
    starts several sites at once, and each of their threads built its own otherwise."""
    with _EXTRACTOR_LOCK:
        return _built_extractor()


@lru_cache(maxsize=1)
def _built_extractor() -> tldextract.TLDExtract:
    # the bundled suffix list only: never download, never write a cache
    extractor = tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )
    extractor("example.com")  # reads the suffix list now, under the lock (it is read lazily)
    return extractor


@lru_cache(maxsize=4096)
def registrable_domain(url_or_host: str) -> str:
    """ "https://shop.acme.co.uk/x" -> "acme.co.uk"; IPs and bare names are returned as they are."""
    host = host_of(url_or_host) if "/" in url_or_host else _strip_port(url_or_host.lower())
    host = host.strip("[]").rstrip(".")
    if not host:
        return ""
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    parts = _extractor()(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return host


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _strip_port(host: str) -> str:
    """ "acme.com:8080" -> "acme.com", "[::1]:8080" -> "::1"; a bare IPv6 address stays whole."""
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.partition(":")[0] if host.count(":") == 1 else host


def same_site(url: str, site: str) -> bool:
    return registrable_domain(url) == site


_HASH_ROUTE = re.compile(r"^!?/[^/\s]")


def hash_route(url: str) -> str:
    """The route of a hash-routed app's URL ("/privacy" of https://acme.com/#/privacy, also
    "#!/privacy"), or "" for an ordinary fragment (an anchor in the page, or the app's "#/")."""
    fragment = urlsplit(url).fragment
    return fragment.lstrip("!") if _HASH_ROUTE.match(fragment) else ""


def normalize_url(url: str) -> str:
    """One spelling per page: no fragment (but a hash-routed app's route, which is a page of
    its own), no tracking/session parameters, sorted query."""
    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _VOLATILE_PARAMS.match(k)
    ]
    path = parts.path or "/"
    return urlunsplit(
        (
            parts.scheme.lower(),
            parts.netloc.lower(),
            path,
            urlencode(sorted(query)),
            parts.fragment if hash_route(url) else "",
        )
    )


# a start page that is the site's home under another name: "/index.html", "/default.aspx"
_HOME_FILE = re.compile(r"^/(?:index|default|home)\.[a-z]{2,5}$", re.IGNORECASE)


# hosts that serve each of a user's projects under its own first path segment
_PROJECT_HOSTS = (".github.io", ".gitlab.io")


def site_root(url: str) -> str:
    """The home a reviewer opens for the page at `url`: the host's "/" ("https://acme.com/"),
    or on a project-pages host the project's own folder: a GitHub or GitLab Pages project site
    lives at user.github.io/project/, and its page user.github.io/project/sms/optin belongs to
    that site, not to whatever the user serves at the host's "/". Only a page at least two
    segments deep is in a project (user.github.io/optin may be a page of the user's own site)."""
    parts = urlsplit(url.strip())
    root = "/"
    host = (parts.hostname or "").lower()
    segments = [s for s in parts.path.split("/") if s]
    if host.endswith(_PROJECT_HOSTS) and (
        len(segments) > 1 or len(segments) == 1 and parts.path.endswith("/")
    ):
        root = f"/{segments[0]}/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), root, "", ""))


def root_below(url: str) -> str:
    """The site's root ("https://acme.com/") when `url` is a page below it, else "".

    A campaign registers its opt-in page (acme.com/sms-signup), and a reviewer given that URL
    also opens the site's home, whether or not the opt-in page links there: the crawl reads it
    too. A start at the root, at "/index.html" or at a hash route of the root ("/#/alerts", the
    same document) is the home already. A project-pages site's root is its folder
    (`site_root`: user.github.io/project/)."""
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return ""
    root = site_root(url)
    root_path = urlsplit(root).path
    path = parts.path or "/"
    if path.startswith(root_path):
        rest = "/" + path[len(root_path) :]
        if rest == "/" or _HOME_FILE.match(rest):
            return ""
    return root


def url_shape(url: str) -> str:
    """The page's pattern with numbers and query values blanked: /cal/2031/05?d=1 -> /cal/#/#?d.

    Endless calendars and faceted listings produce thousands of URLs of one shape.
    """
    parts = urlsplit(url)
    path = re.sub(r"\d+", "#", parts.path)
    path = re.sub(r"(/#)+", "/#+", path)  # /cal/2031/1/2/3 and /cal/2031 are one pattern
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return f"{parts.netloc}{path}?{'&'.join(keys)}"


def has_repeating_segments(url: str, limit: int = 3) -> bool:
    """/a/b/a/b/a/b/ and similar relative-link loops."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return any(segments.count(s) > limit for s in set(segments))


def drop_credentials(url: str) -> tuple[str, bool]:
    """ "http://user:secret@acme.com/" -> ("http://acme.com/", True). Works on the typed text,
    before it is parsed, so even an address that is then refused never echoes a password."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    _, at, host = rest[:end].rpartition("@")
    if not at:
        return url, False
    return f"{scheme}{sep}{host}{rest[end:]}", True


_LABEL = r"[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?"
_DNS_NAME = re.compile(rf"^{_LABEL}(\.{_LABEL})*\.?$")


def ascii_host(host: str) -> str:
    """The host as DNS and the crawler see it: IDNA (punycode) and lower case; IP addresses as
    they are. Raises ValueError for a name no DNS could hold (empty or over-long labels,
    separators, other characters)."""
    host = host.strip().lower().strip("[]")
    if is_ip(host):
        return str(ipaddress.ip_address(host))
    try:
        name = host.encode("idna").decode("ascii").lower()
    except UnicodeError as exc:
        raise ValueError(f"{host!r} is not a valid host name") from exc
    if len(name) > 253 or not _DNS_NAME.match(name):
        raise ValueError(f"{host!r} is not a valid host name")
    return name


def start_url(target: str) -> str:
    """What the user typed -> an absolute URL ("example.com" -> "https://example.com/")."""
    target = target.strip()
    if not target:
        raise ValueError("the URL is empty")
    scheme_only = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):(?!\d)", target)
    if "://" not in target and scheme_only:
        raise ValueError(f"only http and https URLs can be audited, not {scheme_only.group(1)}:")
    if "://" not in target:
        target = "https://" + target
    target = drop_credentials(target)[0]  # never stored, logged or shown (the CLI says so)
    invalid = ValueError(f"{target!r} is not a valid website address")
    try:
        parts = urlsplit(target)
    except ValueError as exc:  # e.g. an unclosed [IPv6 literal
        raise invalid from exc
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"only http and https URLs can be audited, not {parts.scheme}:")
    if not parts.hostname or " " in target:
        raise invalid
    try:
        host = ascii_host(parts.hostname)
    except ValueError as exc:
        raise invalid from exc
    if "." not in host and host != "localhost" and not is_ip(host):
        raise invalid
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"{target!r} has an invalid port") from exc
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


def is_ip(host: str) -> bool:
    """An IP address, [bracketed] or not."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
