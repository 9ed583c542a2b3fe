"""Which links to visit first: the pages a reviewer opens (privacy, terms, SMS terms, sign-up,
contact, about) before blog posts and product listings, so a page limit never hides them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.roles import words_of

_IMPORTANT = [
    (
        re.compile(
            r"\b(sms|text(ing)?|txt|mobile|messag\w*)\b.*\b(terms|policy|program|consent)\b|"
            r"\bsms\b|\btext (alerts?|updates?|club|messages?)\b",
            re.IGNORECASE,
        ),
        120,
    ),
    (re.compile(r"\bprivacy\b", re.IGNORECASE), 110),
    (re.compile(r"\bterms\b|\bconditions\b|\blegal\b|\btos\b", re.IGNORECASE), 100),
    (
        re.compile(
            r"\bsign ?up\b|\bsubscribe\b|\bopt[ -]?in\b|\bjoin\b|\balerts?\b|\bnotifications?\b"
            r"|\bget (texts|updates)\b|\bregister\b",
            re.IGNORECASE,
        ),
        90,
    ),
    (
        re.compile(
            r"\bcontact\b|\bget in touch\b|\bbook\b|\bappointment\b|\bquote\b|\bestimate\b",
            re.IGNORECASE,
        ),
        80,
    ),
    (re.compile(r"\babout\b|\bour (story|team|company)\b|\bwho we are\b", re.IGNORECASE), 70),
]
_REGION_BONUS = {"footer": 15, "nav": 10, "header": 10, "form": 20, "body": 0}

# where sites put the policies a reviewer looks for, with the roles a page there could fill:
# tried when no link leads to a page that fills the role, and read as the document when found
GUESSED_PATHS: dict[str, frozenset[str]] = {
    "/privacy": frozenset({"privacy"}),
    "/privacy-policy": frozenset({"privacy"}),
    "/legal/privacy": frozenset({"privacy"}),
    "/privacypolicy": frozenset({"privacy"}),
    "/privacy-notice": frozenset({"privacy"}),
    "/terms": frozenset({"terms"}),
    "/terms-of-service": frozenset({"terms"}),
    "/sms-terms": frozenset({"sms_terms"}),
    "/smsterms": frozenset({"sms_terms"}),
    # an "SMS Policy" page holding the program's terms, linked from no page (blind round 36)
    "/sms-policy": frozenset({"sms_terms"}),
    "/terms-and-conditions": frozenset({"terms"}),
    "/terms-conditions": frozenset({"terms"}),
    "/terms-of-use": frozenset({"terms"}),
    "/tos": frozenset({"terms"}),
    "/legal/terms": frozenset({"terms"}),
    "/legal": frozenset({"privacy", "terms"}),
}


def guessed_paths_for(kind: str) -> tuple[str, ...]:
    """The guessed paths where a page could be the privacy policy or the terms ("terms"
    covers the SMS terms too), most common first."""
    roles = {"privacy"} if kind == "privacy" else {"terms", "sms_terms"}
    return tuple(path for path, played in GUESSED_PATHS.items() if played & roles)


def paths_to_guess(found_roles: set[str]) -> list[str]:
    """The guessed paths that could still fill a role no crawled page has."""
    return [path for path, roles in GUESSED_PATHS.items() if roles - found_roles]


_SKIPPED_EXTENSIONS = frozenset(
    {
        "jpg",
        "jpeg",
        "png",
        "gif",
        "webp",
        "svg",
        "ico",
        "bmp",
        "tif",
        "tiff",
        "avif",
        "heic",
        "mp3",
        "mp4",
        "m4a",
        "m4v",
        "mov",
        "avi",
        "wmv",
        "webm",
        "ogg",
        "wav",
        "flac",
        "zip",
        "gz",
        "tgz",
        "rar",
        "7z",
        "tar",
        "dmg",
        "exe",
        "msi",
        "apk",
        "iso",
        "bin",
        "css",
        "js",
        "json",
        "woff",
        "woff2",
        "ttf",
        "eot",
        "otf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "csv",
        "ics",
        "vcf",
        "rss",
        "atom",
    }
)


def link_priority(text: str, url: str, region: str) -> int:
    """Scrapy request priority (higher first) from the link's words, URL and place on the page."""
    signals = f"{text} {words_of(url)}"
    score = max((points for pattern, points in _IMPORTANT if pattern.search(signals)), default=0)
    depth_penalty = urlsplit(url).path.count("/")
    return score + _REGION_BONUS.get(region, 0) - depth_penalty


def skip_extension(url: str) -> bool:
    """Binary and asset links are never pages (PDFs are kept: policies are often PDFs)."""
    path = urlsplit(url).path.lower()
    if "." not in path.rsplit("/", 1)[-1]:
        return False
    return path.rsplit(".", 1)[-1] in _SKIPPED_EXTENSIONS
