"""Policy sections folded into accordions, read under their headings.

A reviewer opens every collapsed section of a policy page and reads it, so folding the policy
into an accordion hides nothing. The snapshot keeps a page's hidden text apart
(`Page.hidden_text`) without saying which hidden block is a folded section and which is a
closed cookie banner, a modal or a mobile menu, so hidden text is read as sections only when the
page has the shape of an accordion: most of its headings have nothing under them, and there are
as many of them as hidden panels, in the same order. Any other hidden text stays unread.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from analyzers.text.sentences import normalize
from crawler.snapshot import Link, TextBlock

_MIN_SECTIONS = 2  # one empty heading and one hidden block is no accordion (a closed banner)
_CHROME_TAG = re.compile(r"(^|\s)(nav|header|footer)\b")
_ID_ANCHOR = re.compile(r"\w+#[\w-]+")


def unfold(
    lines: list[str], headings: Iterable[str], hidden: list[TextBlock], links: list[Link]
) -> list[str]:
    """The document's lines with each folded section's text under its heading."""
    panels = _panels(hidden, links)
    if len(panels) < _MIN_SECTIONS:
        return lines
    folded, sections = _folded_headings(lines, headings)
    if len(folded) == len(panels) + 1 and folded[1] == folded[0] + 1:
        folded = folded[1:]  # the document's title right above the first folded section
    # most sections folded: an accordion, not two headings that happen to meet
    if len(folded) != len(panels) or 2 * len(folded) < sections:
        return lines
    out = list(lines)
    for index, panel in reversed(list(zip(folded, panels, strict=True))):
        out[index + 1 : index + 1] = panel
    return out


def _folded_headings(lines: list[str], headings: Iterable[str]) -> tuple[list[int], int]:
    """Indexes of heading lines with no text under them (the next line is a heading too), and
    how many heading lines there are. Each heading is one line: the footer's "Privacy Policy"
    link after the h1 of that name is not."""
    left = Counter(normalize(h).lower() for h in headings if normalize(h))
    is_heading = []
    for line in lines:
        is_heading.append(left[line.lower()] > 0)
        left[line.lower()] -= 1
    folded = [
        i
        for i, heading in enumerate(is_heading)
        if heading and (i + 1 == len(lines) or is_heading[i + 1])
    ]
    return folded, sum(is_heading)


def _panels(hidden: list[TextBlock], links: list[Link]) -> list[list[str]]:
    """Hidden text grouped by the panel that holds it (its nearest ancestor with an id); menu
    items and hidden navigation, header or footer text are not a document's sections."""
    menu = {normalize(link.text).lower() for link in links if link.text}
    panels: list[list[str]] = []
    last_anchor = None
    for block in hidden:
        text = normalize(block.text)
        if not text or text.lower() in menu or _CHROME_TAG.search(block.selector):
            continue
        anchor = _ID_ANCHOR.match(block.selector)
        key = anchor.group(0) if anchor else None
        if key is not None and key == last_anchor:
            panels[-1].append(text)
        else:
            panels.append([text])
        last_anchor = key
    return panels
