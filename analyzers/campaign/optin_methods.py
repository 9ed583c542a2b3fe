"""How people opt in, as the message flow describes it: a web form, a keyword, verbally (in
person or on a call), on paper. Reviewers ask for the opt-in URL only when there is a web form
(campaign.optin_url_missing, campaign.optin_url_no_form); a flow where customers text JOIN to the
number, or sign a paper intake form at the front desk, has no form to open.

A sentence that reads like a web opt-in ("fill out the intake form") but names a place or medium
that is not the web ("a paper intake form at the front desk") and no web word (website, online,
portal, URL) is not a web opt-in.
"""

from __future__ import annotations

import re

from analyzers.campaign.phrases import phrasebook
from analyzers.text.vocabulary import PhraseMatch

WEB, KEYWORD, VERBAL, PAPER = "web form", "keyword", "verbal or phone call", "paper or in person"
_OFFLINE = {"keyword_optin": KEYWORD, "verbal_optin": VERBAL, "paper_optin": PAPER}
# the keywords that end a subscription or ask for help: texting one is not a way in
_WAY_OUT_OR_HELP = frozenset(
    {"STOP", "STOPALL", "END", "CANCEL", "QUIT", "UNSUBSCRIBE", "REVOKE", "OPTOUT", "HELP", "INFO"}
)


def optin_methods(flow: str) -> dict[str, str]:
    """Method -> the sentence that describes it, in the order the flow names them."""
    book = phrasebook("campaign_text")
    matches = [
        m
        for m in book.find(flow, {"web_optin", "web_word", *_OFFLINE})
        if not _texting_a_way_out(m)
    ]
    by_sentence: dict[str, set[str]] = {}
    for match in matches:
        by_sentence.setdefault(match.sentence, set()).add(match.label)
    methods: dict[str, str] = {}
    for sentence, labels in by_sentence.items():
        offline = labels & set(_OFFLINE)
        for label in sorted(offline):
            methods.setdefault(_OFFLINE[label], sentence)
        if "web_optin" in labels and (not offline or "web_word" in labels):
            methods.setdefault(WEB, sentence)
    return methods


def _texting_a_way_out(match: PhraseMatch) -> bool:
    """ "Text STOP to 55555 to opt out", "send HELP to our number": a keyword sent to the number
    is an opt-in only when it is not the way out or the call for help. "Text JOIN to 55555"
    and "text the keyword DEALS" (no keyword named in the match) stay keyword opt-ins."""
    if match.label != "keyword_optin":
        return False
    keywords = set(re.findall(r"\b[A-Z]{3,}\b", match.text))
    return bool(keywords) and keywords <= _WAY_OUT_OR_HELP


def describes_web_optin(flow: str) -> bool:
    return WEB in optin_methods(flow)
