"""The site's own word on where people opt in, when no form on the site speaks of texts.

Many businesses write the opt-in into their SMS terms or privacy policy instead of the form:
"You may opt in by submitting your mobile number through our contact form or rental
application", or, under "How to opt in", a list whose item reads "Submitting your phone number
on a quote request form on our website". The form they name asks for a phone number and says
nothing about texts. A reviewer follows the site's own word: that form is the opt-in, and it has
no consent box and no disclosure.

The statement must say both that this is how people opt in to texts (in the sentence itself, or
in the lead-in line ending with ":" above a list item) and name a form that does something else
(contact, inquiry, quote, application, booking ...). "This policy covers information collected
through our contact forms" names a form but no opt-in; "sign up on our website" names no form a
contact form could be. Only read when the site shows no opt-in form of its own: a site with one
says where people opt in by showing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzers.campaign.phrases import phrasebook
from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Page

# a form whose job is not signing up for texts: the kinds businesses name in "how to opt in"
_GENERAL_FORM = re.compile(
    r"\b(contact|inquiry|enquiry|quote|estimate|request|application|booking|appointment|"
    r"intake|consultation|order|checkout|lead)\b",
    re.IGNORECASE,
)
_OPTING_IN = frozenset({"consent", "consent_verb"})
_LIST_DEPTH = 8  # list items read back to their lead-in line
_ITEM_LENGTH = 250  # a list item is a short line


@dataclass(frozen=True)
class NamedOptin:
    """Where the site says people opt in: the sentence and the page that says it."""

    url: str
    sentence: str


def _opts_in_to_texts(text: str) -> bool:
    labels = vocabulary("optin").labels_in(text)
    return bool(labels & _OPTING_IN) and "sms_channel" in labels


def _lead_in(lines: list[str], index: int) -> str:
    """The line ending with ":" that a short list item hangs from, or ""."""
    for back in range(index - 1, max(-1, index - 1 - _LIST_DEPTH), -1):
        line = lines[back].strip()
        if line.endswith(":"):
            return line
        if len(line) > _ITEM_LENGTH:
            return ""
    return ""


def named_optin(pages: list[Page]) -> NamedOptin | None:
    """The first statement on the site that people opt in to texts through a general form."""
    for page in pages:
        text = page.text[:40000]
        if "sms_channel" not in vocabulary("optin").labels_in(text[:20000]):
            continue
        lines = text.split("\n")
        for index, line in enumerate(lines):
            if not _GENERAL_FORM.search(line):
                continue
            for match in phrasebook("campaign_text").find(line, {"web_optin"}):
                if not _GENERAL_FORM.search(match.sentence):
                    continue
                lead = "" if len(line) > _ITEM_LENGTH else _lead_in(lines, index)
                if _opts_in_to_texts(match.sentence) or (lead and _opts_in_to_texts(lead)):
                    said = f"{lead} {match.sentence}" if lead else match.sentence
                    return NamedOptin(url=page.final_url or page.url, sentence=said.strip())
    return None
