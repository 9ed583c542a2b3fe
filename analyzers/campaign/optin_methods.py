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
    on_paper = any("paper_optin" in labels for labels in by_sentence.values())
    on_web = any(m.label == "web_word" and not _in_policy_link(flow, m) for m in matches)
    methods: dict[str, str] = {}
    for sentence, labels in by_sentence.items():
        offline = labels & set(_OFFLINE)
        for label in sorted(offline):
            methods.setdefault(_OFFLINE[label], sentence)
        if "web_optin" in labels and (not offline or "web_word" in labels):
            if on_paper and not on_web:
                continue  # "The sheet has ... tick boxes": the paper form's boxes
            methods.setdefault(WEB, sentence)
    return methods


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_POLICY_PAGE = re.compile(r"privacy|terms|conditions|legal", re.IGNORECASE)


def _in_policy_link(flow: str, match: PhraseMatch) -> bool:
    """Is the web word part of a link to the privacy policy or the terms? Such a link is where
    the reader finds the policies, not where they opt in.

    A form's parts ("tick boxes", "fill in your number") read like a web opt-in, but a flow that
    names a paper sign-up sheet and the web only in its policy links describes the sheet's boxes
    (blind round 34: "Customers opt in on a paper sign-up sheet at our front counter. The sheet
    has ... separate tick boxes ... Privacy Policy: https://example.com/privacy"). A flow that
    names the web anywhere else ("or on our website") keeps its web opt-in.
    """
    return any(
        url.start() <= match.start_char < url.end() and _POLICY_PAGE.search(url.group())
        for url in _URL.finditer(flow)
    )


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
