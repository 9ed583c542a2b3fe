"""What is cosmetic: whitespace, punctuation, case, dates, copyright years, session tokens.

A policy re-published with a new "Last updated" date, a copyright line that rolled over to the
next year, or a link that now carries a different session id has not drifted. Texts are compared
as sequences of *keys* (normalized words) while the original words are kept for quoting.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from crawler.urls import normalize_url

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:utc|gmt|[ecmp][sd]t))?"
# one token each: the whole date (or copyright line) compares as a single placeholder
_SPECIAL = re.compile(
    rf"(?P<copyright>(?:©|\(c\)|copyright)(?:\s*©)?\s*{_YEAR}(?:\s*[-–—]\s*{_YEAR})?)"
    rf"|(?P<date>{_WEEKDAY}(?:{_MONTH}\.?\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{_MONTH}\.?,?"
    rf"\s+{_YEAR}|{_MONTH}\.?,?\s+{_YEAR}|{_YEAR}-\d{{2}}-\d{{2}}(?:[t ]{_TIME})?"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.](?:{_YEAR}|\d{{2}}))(?:,?\s+(?:at\s+)?{_TIME})?)"
    rf"|(?P<time>(?<![\d:]){_TIME}(?![\d:]))"
    r"|(?P<word>\S+)",
    re.IGNORECASE,
)
_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "\u00a0": " ",
    }
)
_EDGE_PUNCT = re.compile(r"^[^\w$%@#&+]+|[^\w$%@#&+]+$")
_TOKEN_VALUE = re.compile(r"^[A-Za-z0-9_\-]{16,}$")


@dataclass(frozen=True)
class Token:
    """One word as written (for quoting) and its key (for comparing)."""

    text: str
    key: str


def tokens(text: str, *, masks: dict[str, str] | None = None) -> list[Token]:
    """Split text into comparable tokens; punctuation-only tokens are dropped.

    `masks` maps a lower-case phrase to a placeholder key (e.g. both brand names to "<brand>"),
    so a change that another check already reports does not show up twice.
    """
    out = [token for token, _, _ in _scan(_normalized(text))]
    return _apply_masks(out, masks) if masks else out


def token_spans(text: str) -> list[tuple[Token, int, int]]:
    """The tokens of text with where each sits in it (start, end): the same keys as `tokens`,
    so that a word marked as changed is one the comparison found changed."""
    return [
        (Token(token.text, _key_of(token)), start, end)
        for token, start, end in _scan(text)
        if _key_of(token)
    ]


def _key_of(token: Token) -> str:
    """A token found in text as written, keyed as if found in the normalized text."""
    if token.key.startswith(("<", "©<")):
        return token.key
    return _EDGE_PUNCT.sub("", _normalized(token.text).lower())


def _normalized(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"[\u200b-\u200d\ufeff]", "", text)


def _scan(text: str) -> list[tuple[Token, int, int]]:
    out: list[tuple[Token, int, int]] = []
    for match in _SPECIAL.finditer(text):
        kind = match.lastgroup
        raw = match.group(0)
        if kind == "copyright":
            key = "©<year>"
        elif kind == "date":
            key = "<date>"
        elif kind == "time":
            key = "<time>"
        else:
            key = _EDGE_PUNCT.sub("", raw.lower())
            if not key:
                continue
        out.append((Token(raw, key), match.start(), match.end()))
    return out


def _apply_masks(words: list[Token], masks: dict[str, str]) -> list[Token]:
    """Collapse every occurrence of a masked phrase into one token with the placeholder key."""
    phrases = sorted(
        ((phrase.split(), key) for phrase, key in masks.items() if phrase.split()),
        key=lambda item: -len(item[0]),
    )
    out: list[Token] = []
    i = 0
    while i < len(words):
        for parts, key in phrases:
            span = [w.key for w in words[i : i + len(parts)]]
            if span == parts:
                out.append(Token(" ".join(w.text for w in words[i : i + len(parts)]), key))
                i += len(parts)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def mask_key(phrase: str) -> str:
    """A phrase as a sequence of token keys joined by spaces (how masks are written)."""
    return " ".join(t.key for t in tokens(phrase))


def same_text(old: str, new: str, *, masks: dict[str, str] | None = None) -> bool:
    return [t.key for t in tokens(old, masks=masks)] == [t.key for t in tokens(new, masks=masks)]


def page_key(url: str) -> str:
    """One spelling per page across two crawls: no scheme, no www., no trackers or session
    tokens, no trailing slash or .html (clean URLs and file names are the same page)."""
    parts = urlsplit(normalize_url(url))
    host = (parts.hostname or "").removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = re.sub(r";jsessionid=[^/?#]*", "", parts.path, flags=re.IGNORECASE)
    path = re.sub(r"/index\.(html?|php|aspx?)$", "/", path, flags=re.IGNORECASE)
    path = re.sub(r"\.(html?|php|aspx?)$", "", path, flags=re.IGNORECASE).rstrip("/") or "/"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _TOKEN_VALUE.match(v) or not re.search(r"\d", v)
    ]
    return urlunsplit(("", host, path.lower(), urlencode(sorted(query)), "")).lstrip("/")


def content_text(text: str, chrome_text: str = "") -> str:
    """A page's text without its header, navigation and footer lines (menus and copyright
    lines change for reasons that have nothing to do with the policy)."""
    chrome = {line.strip() for line in chrome_text.splitlines() if line.strip()}
    return "\n".join(line for line in text.splitlines() if line.strip() not in chrome)
