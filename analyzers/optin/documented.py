"""An opt-in the site documents instead of showing: the quoted text of a consent box in an app.

A business whose people opt in inside a mobile app (or on a kiosk, or a paper form) often keeps
a page for reviewers that describes the flow and quotes the box word for word: "During sign-up
users check a box that reads: "I agree to receive texts from Acme ...". This box is required
to create an account." prevet cannot open the app, so there is no form to judge; but the quoted
consent is what the person reads when they tick, and a reviewer judges it the way they judge a
web form's box. When the site shows no opt-in form, the quote is read as that box's label: its
disclosure elements, what else it agrees to, and whether the page says it must be ticked. A
page may also show the box as an illustration, its text on a line of its own without quotation
marks, captioned "The consent checkbox on our sign-up form": that line is the quote. Each
finding on it is for review (the page describes the flow; prevet did not see it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analyzers.optin.disclosure import read_disclosure
from analyzers.optin.model import Disclosure
from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Form, Page, TextBlock

if TYPE_CHECKING:
    from analyzers.inputs.brand import BrandNames

# a quoted passage on one line: long enough to be a consent, short enough to be one box's text
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{40,700})[\"”]")
# the words right before the quote say it is the text of a box ("a checkbox that states:",
# "Checkbox text:", "ticks the box labelled")
_INTRODUCED_AS_BOX = re.compile(r"\b(?:check\s*box|checkbox|tick\s*box|box)(?:es)?\b", re.I)
_INTRODUCTION_CHARS = 160
_AFTER_CHARS = 300
# the person speaks in the box's text: "I agree", "I consent", "Yes, I would like"
# ("Send me text updates", "Text me reminders": the person asks in the imperative)
_FIRST_PERSON = re.compile(
    r"^\W*(?:yes\b[^.]{0,20}\bi\b|i\b|(?:send|text|notify|sign)\s+me\b)", re.I
)
# a caption naming the box it shows: "The exact consent checkbox shown on our sign-up form",
# "Checkbox on the registration screen"; not a sentence of which the box is the subject ("The
# box must be ticked", "The checkbox is optional")
_CAPTION = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,5}?(?:check\s*box|checkbox|tick\s*box|box)(?:es)?\b"
    r"(?!\s+(?:must|is|are|was|were|will|can|cannot|can't|should|may|has|have|needs?)\b)",
    re.I,
)
# a quote set off on a line of its own is as long as a box's label, no longer
_SET_OFF = (40, 700)
# the page says the box must be ticked: "This checkbox is required", "the box is mandatory",
# "users cannot complete registration without checking it" (not "is not required", "optional")
_REQUIRED = re.compile(
    r"\b(?:check\s*box|checkbox|box)\b[^.;:—–]{0,30}?\b(?:is|are)\s+(?:required|mandatory)\b|"
    r"\b(?:cannot|can't|can not|unable to)\b[^.;]{0,80}?\bwithout\s+"
    r"(?:checking|ticking|selecting|agreeing|consenting|accepting)\b",
    re.I,
)


@dataclass(frozen=True)
class DocumentedConsent:
    """The consent box a page quotes, read as the label of that box."""

    page: Page
    quote: str
    required: str  # the page's sentence saying the box must be ticked, or ""
    disclosure: Disclosure

    @property
    def url(self) -> str:
        return self.page.final_url or self.page.url


def _is_box_consent(text: str, introduction: str) -> bool:
    labels = vocabulary("optin").labels_in(text)
    return (
        bool(_INTRODUCED_AS_BOX.search(introduction))
        and bool(_FIRST_PERSON.search(text))
        and "sms_channel" in labels
        and bool(labels & {"consent", "consent_verb"})  # "I agree", "I accept ..., including"
    )


def _required_sentence(text: str) -> str:
    match = _REQUIRED.search(text)
    if match is None:
        return ""
    start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    end = min(
        (i for i in (text.find(".", match.end()), text.find("\n", match.end())) if i >= 0),
        default=len(text),
    )
    return text[start : end + 1].strip()


def read_quoted_boxes(
    boxes: list[tuple[Page, str, str]], brand: BrandNames | None
) -> list[DocumentedConsent]:
    """Each quoted box read as the label of that box: its disclosure."""
    return [
        DocumentedConsent(
            page=page,
            quote=quote,
            required=required,
            disclosure=read_disclosure(
                Form(selector="", texts=[TextBlock(text=quote, where="inside")]), [], brand
            ),
        )
        for page, quote, required in boxes
    ]


def quoted_boxes(pages: list[Page]) -> list[tuple[Page, str, str]]:
    """(page, the quoted box text, the page's sentence saying it is required or "")."""
    found: list[tuple[Page, str, str]] = []
    seen: set[str] = set()
    for page in pages:
        if page.error or page.status >= 400:
            continue
        text = page.text[:50000]
        for match in _QUOTE.finditer(text):
            quote = " ".join(match.group(1).split())
            introduction = text[max(0, match.start() - _INTRODUCTION_CHARS) : match.start()]
            if quote in seen or not _is_box_consent(quote, introduction):
                continue
            seen.add(quote)
            # the page says so of this box right around its quote, not of another box
            around = introduction + " " + text[match.end() : match.end() + _AFTER_CHARS]
            found.append((page, quote, _required_sentence(around)))
        for quote, around in _set_off_boxes(text):
            if quote not in seen:
                seen.add(quote)
                found.append((page, quote, _required_sentence(around)))
    return found


def _set_off_boxes(text: str) -> list[tuple[str, str]]:
    """Box texts a page shows without quotation marks: the consent on a line of its own, as
    an illustration of the box ("[x] Send me text updates about my order ..."), led in by a
    line naming the box and ending in a colon ("users tick a box that reads:"), or captioned
    by a line that names the box it shows ("The consent checkbox on our sign-up form"). A
    line after it that says something of a box ("The box must be ticked") is no caption: the
    line above may be any sentence about texts. (the line, its neighbours)"""
    lines = text.split("\n")
    found = []
    for i, line in enumerate(lines):
        quote = " ".join(line.split()).strip('"“”')
        if not _SET_OFF[0] <= len(quote) <= _SET_OFF[1]:
            continue
        before = lines[i - 1][-_INTRODUCTION_CHARS:] if i > 0 else ""
        after = lines[i + 1][:_INTRODUCTION_CHARS] if i + 1 < len(lines) else ""
        led_in = before.rstrip().endswith(":") and _is_box_consent(quote, before)
        if led_in or (_CAPTION.match(after) and _is_box_consent(quote, after)):
            found.append((quote, f"{before} {after}"))
    return found
