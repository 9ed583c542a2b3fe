"""The consent paragraph a page sets in the section right below its form.

Lead-generation pages often end a quote form at its button and put the consent in a section
of its own under it ("... complete the form" / [Get a free quote] / "MARKETING AUTHORIZATION:
By clicking below, I authorize Acme to contact me by telephone, text and email ..."). The
crawler records the text around a form within its own section, so that paragraph is missing
from the form's words, and a form that takes consent by its button looks like a phone form
that says nothing of texts. The paragraph is the form's when the page shows it as one: it
speaks of the act of sending the form ("By clicking", "By submitting"), it agrees to texts,
and nothing but short headings stands between the form's last words (its button) and it. A
page with two phone forms, or a paragraph further down after other content, is not read so:
which form it speaks for is then not the page's to say.
"""

from __future__ import annotations

import re

from analyzers.optin.phone import phone_fields
from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Form, Page, TextBlock

_BY_SENDING = re.compile(
    r"\bby\s+(?:clicking|pressing|tapping|hitting|selecting|submitting|sending)\b", re.IGNORECASE
)
_HEADING_WORDS = 8  # a line this short between the button and the paragraph is a heading


def _agrees_by_sending(line: str) -> bool:
    labels = vocabulary("optin").labels_in(line)
    return (
        bool(_BY_SENDING.search(line))
        and "sms_channel" in labels
        and bool(labels & {"consent", "consent_verb"})
    )


def consent_below(page: Page, form: Form) -> TextBlock | None:
    """The paragraph right below the page's one phone form that agrees to texts by sending it
    (see the module docstring), as a text block after the form; None when there is none or
    the form's own words already hold it."""
    if not phone_fields(form) or sum(1 for f in page.forms if phone_fields(f)) != 1:
        return None
    inside = [
        " ".join(b.text.split()) for b in form.texts if b.where == "inside" and b.text.strip()
    ]
    if not inside:
        return None
    known = " ".join(b.text for b in form.texts)
    lines = [" ".join(line.split()) for line in page.text.split("\n")]
    for i, line in enumerate(lines):
        if not _agrees_by_sending(line) or line[:80] in known:
            continue
        j = i - 1
        while j >= 0 and lines[j] != inside[-1] and len(lines[j].split()) <= _HEADING_WORDS:
            j -= 1
        if j >= 0 and lines[j] == inside[-1]:
            return TextBlock(text=line, where="after", selector=f"{form.selector} ~ section")
    return None
