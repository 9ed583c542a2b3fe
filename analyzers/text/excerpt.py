"""Quoting a site's or a file's text in a finding: whole words, and an ellipsis when cut."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def excerpt(text: str, limit: int = 160) -> str:
    """The text on one line, cut to at most `limit` characters at a word boundary with "…"
    (a word longer than a third of the limit is cut inside, still with the ellipsis)."""
    flat = _SPACE.sub(" ", text or "").strip()
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"
