"""Policy sections folded into accordions, read under their headings.

A reviewer opens every collapsed section of a policy page and reads it, so folding the policy
into an accordion hides nothing. The snapshot keeps a page's hidden text apart
(`Page.hidden_text`) without saying which hidden block is a folded section and which is a
closed cookie banner, a modal or a mobile menu, so hidden text is read as sections only when the
page has the shape of an accordion: most of its headings have nothing under them, and there are
as many of them as hidden panels, in the same order. Any other hidden text stays unread.

Legal pages also put their documents in tabs ("Privacy Policy · Terms & Conditions · SMS
Terms" over one panel shown at a time): a reviewer clicks each tab. A tab's hidden panel
carries its own heading, and the page shows the tab strip: a run of short lines, one of which
starts that heading ("SMS Terms" over the panel headed "SMS Terms & Messaging Disclosure").
Such panels are read as sections of the page, after its shown text, under their headings; a
closed dialog or a hidden menu whose heading no tab of a strip names stays unread.

The plainest accordion is a run of closed `<details>`: the page shows only their summaries
("Website use · Enrollment and tuition · Mobile Terms"), short titles that are no headings,
one under the other, and hides each one's paragraphs. When the page shows such a run of titles
and holds exactly as many hidden panels (sibling paragraphs kept together), each panel is read
under its title. An FAQ page is the same accordion with questions for titles ("Is the spray
safe for pets?", then "SMS Terms & Conditions"): its answers, SMS terms included, are read.
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
# a hidden control (a chat form's spent "Send" button) is no section's text
_CONTROL_TAG = re.compile(r"(^|[\s>])(button|input|select|option|textarea)([.:#\[][^\s]*)?$")
_HEADING_TAG = re.compile(r"(^|[\s>])h[1-3]([.:#\[][^\s]*)?$")
_TAB_WORDS = 5  # a tab's label is a name, not a sentence
_HEADING_WITHIN = 3  # a panel's title comes first (after at most a date line or two)
_SUMMARY_WORDS = 8  # a folded section's title ("Mobile Terms — Community Alerts"), no sentence
_QUESTION_WORDS = 16  # an FAQ item's question ("How often will you text me about my visits?")
_NTH = re.compile(r"^(.*):nth-of-type\((\d+)\)$")


def unfold(
    lines: list[str], headings: Iterable[str], hidden: list[TextBlock], links: list[Link]
) -> list[str]:
    """The document's lines with each folded section's text under its heading (or under its
    summary line, for a run of closed `<details>`)."""
    headings = list(headings)
    panels = _panels(hidden, links)
    if len(panels) < _MIN_SECTIONS:
        return _open_summaries(lines, headings, hidden, links)
    folded, sections = _folded_headings(lines, headings)
    if len(folded) == len(panels) + 1 and folded[1] == folded[0] + 1:
        folded = folded[1:]  # the document's title right above the first folded section
    # most sections folded: an accordion, not two headings that happen to meet
    if len(folded) != len(panels) or 2 * len(folded) < sections:
        return _open_summaries(lines, headings, hidden, links)
    return _insert_under(lines, folded, panels)


def _insert_under(lines: list[str], titles: list[int], panels: list[list[str]]) -> list[str]:
    out = list(lines)
    for index, panel in reversed(list(zip(titles, panels, strict=True))):
        out[index + 1 : index + 1] = panel
    return out


def _open_summaries(
    lines: list[str], headings: list[str], hidden: list[TextBlock], links: list[Link]
) -> list[str]:
    """The lines with each closed `<details>` panel under its summary: the page shows a run of
    short titles that are neither headings nor sentences ("Website use", "Enrollment and
    tuition", "Mobile Terms") and hides exactly as many panels, in order. A run of titles with
    a different number of hidden panels (a closed dialog, a hidden menu) reads nothing."""
    panels = [[normalize(b.text) for b in blocks] for blocks in _sibling_panels(hidden, links)]
    if len(panels) < _MIN_SECTIONS:
        return lines
    runs = [run for run in _title_runs(lines, headings) if len(run) == len(panels)]
    if len(runs) != 1:
        return lines
    return _insert_under(lines, runs[0], panels)


def _title_runs(lines: list[str], headings: list[str]) -> list[list[int]]:
    """Indexes of the runs of two or more consecutive short lines that are neither statements
    nor the page's headings. An FAQ folds each answer under its question ("Is the spray safe
    for pets?", "SMS Terms & Conditions"): a question is the title of the panel it opens."""
    heading_lines = {normalize(h).lower() for h in headings if normalize(h)}
    runs: list[list[int]] = []
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        words = len(line.split())
        title = (
            any(ch.isalpha() for ch in line)  # a chat bubble's "💬" under the run is no title
            and line.lower() not in heading_lines
            and (
                (words <= _SUMMARY_WORDS and not line.endswith((".", ":", "?", "!", ",")))
                or (words <= _QUESTION_WORDS and line.endswith("?"))
            )
        )
        if title:
            run.append(i)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    return runs


def _sibling_panels(hidden: list[TextBlock], links: list[Link]) -> list[list[TextBlock]]:
    """Hidden blocks grouped by panel: those under one ancestor with an id, as `_titled_panels`,
    and, where there is none, consecutive siblings of one kind (`p:nth-of-type(1)`, then `(2)`)
    -- the paragraphs of one closed `<details>`."""
    panels: list[list[TextBlock]] = []
    for blocks in _titled_panels(hidden, links):
        if panels and _next_sibling(panels[-1][-1].selector, blocks[0].selector):
            panels[-1] += blocks
        else:
            panels.append(blocks)
    return panels


def _next_sibling(before: str, after: str) -> bool:
    first, second = _NTH.match(before), _NTH.match(after)
    return bool(
        first
        and second
        and first.group(1) == second.group(1)
        and int(second.group(2)) == int(first.group(2)) + 1
    )


def open_tabs(
    lines: list[str], headings: Iterable[str], hidden: list[TextBlock], chrome: str = ""
) -> tuple[list[str], list[str]]:
    """The document's lines with each hidden tab panel's text after them, and the panels'
    headings (to read their sentences under); the lines unchanged and no headings when the
    page has no tab strip naming a hidden panel. The strip may sit in the page's navigation
    (`chrome`, its header and nav text), see `_chrome_strip`."""
    headings = list(headings)
    panels = _titled_panels(hidden, [])
    labels = _tab_strip(lines, headings) | _chrome_strip(chrome, headings, panels)
    if not labels:
        return lines, []
    out, headings = list(lines), []
    # a tab's own title may repeat a link of the page ("Terms & Conditions" in the footer)
    for blocks in panels:
        titles = [normalize(b.text) for b in blocks[:_HEADING_WITHIN] if _is_heading(b)]
        if titles and any(_names(label, titles[0]) for label in labels):
            out += [text for b in blocks if (text := normalize(b.text))]
            headings += [normalize(b.text) for b in blocks if _is_heading(b)]
    return (out, headings) if headings else (lines, [])


def _tab_strip(lines: list[str], headings: Iterable[str]) -> set[str]:
    """The labels of the runs of two or more short lines that are neither sentences nor the
    page's headings (a title over a one-line intro is no strip of tabs). A tab's label often
    repeats the heading of the panel it shows below it ("Privacy Policy" over the panel headed
    "Privacy Policy"): the heading is the last of the lines that read so."""
    left = Counter(normalize(h).lower() for h in headings if normalize(h))
    is_heading = [False] * len(lines)
    for i in reversed(range(len(lines))):
        if left[lines[i].lower()] > 0:
            left[lines[i].lower()] -= 1
            is_heading[i] = True
    labels: set[str] = set()
    run: list[str] = []
    for line, heading in [*zip(lines, is_heading, strict=True), ("", False)]:
        short = len(line.split()) <= _TAB_WORDS and not line.endswith((".", ":", "?", "!"))
        if line and short and not heading:
            run.append(line.lower())
            continue
        if len(run) >= 2:
            labels.update(run)
        run = []
    return labels


def _chrome_strip(chrome: str, headings: list[str], panels: list[list[TextBlock]]) -> set[str]:
    """Tab labels shown in the page's navigation: a line of it that is nothing but two or more
    of the page's titles, one after the other, the title of the panel shown and those of hidden
    panels ("Privacy Policy Terms of Service" in the page's <nav>, over the shown panel headed
    "Privacy Policy" and a hidden one headed "Terms of Service"). Tabs written as inline links
    make one line; a menu line that names other pages too ("Home About Privacy Policy Terms of
    Service") is no strip, nor is one naming no hidden panel."""
    hidden_titles = {
        normalize(b.text).lower()
        for blocks in panels
        for b in blocks[:_HEADING_WITHIN]
        if _is_heading(b) and normalize(b.text)
    }
    if not hidden_titles:
        return set()
    titles = hidden_titles | {normalize(h).lower() for h in headings if normalize(h)}
    labels: set[str] = set()
    for line in chrome.splitlines():
        words = _STRIP_SEPARATORS.sub(" ", normalize(line)).lower().split()
        found = _segment(words, titles)
        if found and len(found) >= 2 and hidden_titles & set(found):
            labels.update(found)
    return labels


_STRIP_SEPARATORS = re.compile(r"[·|•/]")


def _segment(words: list[str], titles: set[str]) -> list[str] | None:
    """The titles that, one after the other, make up exactly these words; None when they
    cannot."""
    if not words:
        return []
    for end in range(len(words), 0, -1):
        head = " ".join(words[:end])
        if head in titles:
            rest = _segment(words[end:], titles)
            if rest is not None:
                return [head, *rest]
    return None


def _names(label: str, title: str) -> bool:
    """Does the tab's label name the panel's title ("SMS Terms" over "SMS Terms & Messaging
    Disclosure")?"""
    title = title.lower()
    return title == label or title.startswith(label + " ")


def _is_heading(block: TextBlock) -> bool:
    return bool(_HEADING_TAG.search(block.selector))


def _titled_panels(hidden: list[TextBlock], links: list[Link]) -> list[list[TextBlock]]:
    """Hidden blocks grouped by their panel (nearest ancestor with an id), as `_panels`."""
    menu = {normalize(link.text).lower() for link in links if link.text}
    panels: list[list[TextBlock]] = []
    last_anchor = None
    for block in hidden:
        text = normalize(block.text)
        if (
            not text
            or text.lower() in menu
            or _CHROME_TAG.search(block.selector)
            or _CONTROL_TAG.search(block.selector)
        ):
            continue
        anchor = _ID_ANCHOR.match(block.selector)
        key = anchor.group(0) if anchor else None
        if key is not None and key == last_anchor:
            panels[-1].append(block)
        else:
            panels.append([block])
        last_anchor = key
    return panels


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
    return [[normalize(b.text) for b in blocks] for blocks in _titled_panels(hidden, links)]
