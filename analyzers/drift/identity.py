"""Stable identities for drift findings: (check, normalized URL, selector or text fingerprint).

Line numbers, positions and timestamps change on every crawl; these do not, so a notification
system (or a person) can tell "the same drift as yesterday" from a new one.
"""

from __future__ import annotations

import hashlib

from analyzers.drift.normalize import page_key, tokens


def text_fingerprint(text: str) -> str:
    """A short hash of the text's normalized words (cosmetic edits keep the same fingerprint)."""
    keys = " ".join(t.key for t in tokens(text))
    return hashlib.sha1(keys.encode("utf-8")).hexdigest()[:12]


def identity(check: str, url: str | None, selector: str | None = None, text: str = "") -> str:
    where = page_key(url) if url else ""
    return f"{check}|{where}|{selector or text_fingerprint(text)}"
