"""A policy page's own text, apart from the layers drawn over it, and a layer read as a document.

Shop sites put the same sign-up pop-up on every page, the privacy policy and the terms included
("by signing up you agree to receive recurring marketing texts … we may share with our partners
…"). A reviewer reading the policy closes the pop-up: its words are not the policy's, so they
neither make an exception to the policy's promise nor supply an element the policy lacks. The
crawler records the page's layers (`Page.overlays`: dialogs, pop-ups, slide-ins, cookie banners,
sticky bars); here the policy readers take the page's text, headings, hidden text and links
without them.

Some sites show the policy itself in a modal (the footer's "Privacy" opens a dialog that holds
it, and there is no policy page). Then the layer is the document: `layer_lines` reads it, shown
or not, and the readers use it when the page's own content is not the document
(analyzers/policy/locate.py).
"""

from __future__ import annotations

from collections import Counter

from analyzers.text.sentences import normalize
from crawler.overlays import headings_outside_layers
from crawler.snapshot import Form, Link, Overlay, Page, TextBlock


def own_text(page: Page) -> str:
    """The page's visible text without its shown layers: each layer's shown blocks are one run
    of the page's lines (the crawler splits both from the same blocks), taken out where found.
    A sign-up form the renderer opened by its own clicks (`Form.reached_by`: a sticky bar's
    "Get texts ▾" expanded on the terms page) is such a layer too: a person reading the policy
    never opened it, and its disclosure ("Up to 4 msgs/month") is the form's, not the policy's.
    Most pages have neither: their text is returned as it is, without splitting it again on
    every call (the policy readers ask for it several times a page)."""
    opened = [form for form in page.forms if form.reached_by]
    if not page.overlays and not opened:
        return page.text
    lines = page.text.split("\n")
    for overlay in page.overlays:
        run = [block.text for block in overlay.blocks if block.visible]
        start = _find_run(lines, run)
        if start is not None:
            del lines[start : start + len(run)]
    for form in opened:
        _take_out_opened_form(lines, form)
    return "\n".join(lines)


def _take_out_opened_form(lines: list[str], form: Form) -> None:
    """Take out the run of lines that are the opened form's own texts, in order. The texts of
    the steps it passed ("Step 1 of 2. Your email", hidden now) are not among the page's lines:
    the run is the longest tail of its shown texts found together."""
    present = set(lines)
    run = [block.text for block in form.texts if block.where == "inside" and block.text in present]
    while len(run) >= 2:
        start = _find_run(lines, run)
        if start is not None:
            del lines[start : start + len(run)]
            return
        run = run[1:]


def _find_run(lines: list[str], run: list[str]) -> int | None:
    if not run:
        return None
    for start in range(len(lines) - len(run) + 1):
        if lines[start : start + len(run)] == run:
            return start
    return None


def own_headings(page: Page) -> list[str]:
    """The page's headings, less those of its layers (a pop-up's "Join our texts")."""
    return headings_outside_layers(page)


def own_hidden_text(page: Page) -> list[TextBlock]:
    """The page's hidden text, less the blocks of its layers (a closed pop-up)."""
    layered = Counter(
        (block.selector, normalize(block.text[:2000]))
        for overlay in page.overlays
        for block in overlay.blocks
        if not block.visible
    )
    kept = []
    for block in page.hidden_text:
        key = (block.selector, normalize(block.text))
        if layered[key] > 0:
            layered[key] -= 1
            continue
        kept.append(block)
    return kept


def own_links(page: Page) -> list[Link]:
    """The page's links that are not only in a layer over it."""
    return [link for link in page.links if not link.overlay]


def layer_lines(overlay: Overlay) -> list[str]:
    """A layer's text as a document shown in it is read: every block, shown or not (a closed
    dialog is what the footer's link opens)."""
    return [text for block in overlay.blocks if (text := normalize(block.text))]


def links_shown_with(page: Page, overlay_selector: str = "") -> list[Link]:
    """The links a reader of a document sees with it: the page's own, or, for a document shown
    in a layer, that layer's."""
    if overlay_selector:
        return next((o.links for o in page.overlays if o.selector == overlay_selector), [])
    return own_links(page)
