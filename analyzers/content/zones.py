"""A page's readable parts, joined into one text so that it is parsed once.

Where a term appears says how much it matters: a product named in the title or a heading, or a
menu item in the site navigation, is what the business offers; one word deep in an article is
often a mere mention. Each zone keeps its character range in the joined text so a match can be
traced back to where a person read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.snapshot import Page

# zones in the order they are joined; "text" is everything visible on the page
ZONES = ("title", "heading", "nav", "product", "link", "text")
_CHROME = frozenset({"nav", "header"})


@dataclass(frozen=True)
class ZonedText:
    text: str
    spans: tuple[tuple[str, int, int], ...]  # (zone, start, end) in `text`

    def zone_at(self, offset: int) -> str:
        for zone, start, end in self.spans:
            if start <= offset < end:
                return zone
        return "text"


def page_zones(page: Page) -> ZonedText:
    """Title, headings, menu links, image alt texts (product tiles), other links, then the text."""
    parts: dict[str, list[str]] = {
        "title": [page.title],
        "heading": page.headings[:60],
        "nav": _unique(link.text for link in page.links if link.visible and link.region in _CHROME),
        "product": _unique(page.image_alts[:120]),
        "link": _unique(
            link.text for link in page.links if link.visible and link.region in ("body", "form")
        ),
        "text": [page.text],
    }
    chunks: list[str] = []
    spans: list[tuple[str, int, int]] = []
    offset = 0
    for zone in ZONES:
        # a heading broken over lines ("business\n Companies Hiring", an icon's ligature name
        # before it) is one line: the reader's offsets assume single spaces inside a line
        lines = [
            line.strip() if zone == "text" else " ".join(line.split())
            for line in parts[zone]
            if line and line.strip()
        ]
        if not lines:
            continue
        chunk = "\n".join(lines) + "\n\n"
        spans.append((zone, offset, offset + len(chunk)))
        chunks.append(chunk)
        offset += len(chunk)
    return ZonedText("".join(chunks), tuple(spans))


def _unique(texts) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        text = " ".join(str(text).split())
        if text and len(text) <= 200:
            seen.setdefault(text, None)
    return list(seen)
