"""What a sample message says, judged in context: phishing-style pressure, requests for
sensitive data, prescription drug offers, get-rich-quick and prize language, profanity, and
lead generation or affiliate offers (samples.phishing, samples.sensitive_data,
samples.prescription, samples.get_rich_quick, samples.sweepstakes, samples.profanity,
campaign.lead_generation).

Carriers filter such messages whatever the use case, and reviewers deny samples that read like
them. A bare keyword is not enough: "we'll never ask for your password" is a warning, not a
request; "your prescription is ready for pickup" is a pharmacy notification, not an offer; a
one-time passcode that says "verify your account" has no link to pressure anyone into. The
patterns (``analyzers/vocab/sample_content.yaml``) say how each class is worded; each label's
`exclude` drops a sentence that denies, warns or notifies. They are read by the spaCy-free
matcher of `analyzers.campaign.phrases` (same token syntax as the spaCy vocabularies), so
`check-campaign` stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analyzers.campaign.content_terms import find_terms
from analyzers.campaign.links import find_links
from analyzers.campaign.phrases import PhraseMatch, phrasebook
from analyzers.text.vocabulary import word_list

# the masked spellings of the worst words ("f*ck", "sh!t", "f**king")
_MASKED = re.compile(
    r"(?<!\w)(?:f[*#@!$%u]{1,2}c?k\w*|sh[*#@!1i]t\w*|b[*#@!1i]tch\w*)(?!\w)", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Concern:
    """One reason a message reads badly: the phrase, and the sentence it was found in."""

    phrase: str
    sentence: str


def _first(text: str, label: str) -> PhraseMatch | None:
    return phrasebook("sample_content").first(text, label)


def phishing(text: str) -> Concern | None:
    """Pressure on an account (suspended, locked, act within 24 hours) with a way to act on it
    (a link, "click", "log in"), or a request to verify account or payment details by link."""
    threat = _first(text, "account_threat")
    verify = _first(text, "verify_request")
    has_link = bool(find_links(text))
    if threat and (verify or has_link):
        return Concern(threat.text, threat.sentence)
    if verify and has_link and _asks_for_details(verify):
        return Concern(verify.text, verify.sentence)
    return None


def _asks_for_details(match: PhraseMatch) -> bool:
    """ "verify your account/identity/payment details", not "click the link to track it"."""
    return bool(
        re.match(
            r"(?i)(verify|confirm|validate|update|re-?enter|unlock|restore|"
            r"reactivate|secure)\b",
            match.text,
        )
    )


def _labelled(label: str) -> Callable[[str], Concern | None]:
    """A judge that is one label of sample_content.yaml, its excludes applied."""

    def judge(text: str) -> Concern | None:
        match = _first(text, label)
        return Concern(match.text, match.sentence) if match else None

    judge.__name__ = label
    return judge


sensitive_request = _labelled("sensitive_request")
prescription_offer = _labelled("prescription_offer")
get_rich_quick = _labelled("get_rich_quick")


def prize_or_sweepstakes(text: str) -> Concern | None:
    """Sweepstakes wording of the content vocabulary, or "you've won / claim your prize"."""
    terms = find_terms(text, ("sweepstakes",))
    if terms:
        return Concern(terms[0].text, terms[0].sentence)
    return _labelled("prize")(text)


def lead_generation(text: str) -> Concern | None:
    """Sharing numbers with partners, offers from partners, selling leads, affiliate offers."""
    terms = find_terms(text, ("lead_generation", "affiliate_marketing"))
    if terms:
        return Concern(terms[0].text, terms[0].sentence)
    match = phrasebook("campaign_text").first(text, "partner_offers")
    return Concern(match.text, match.sentence) if match else None


def profanity(text: str) -> list[str]:
    """Profane words, whole words only, and their masked spellings."""
    words = word_list("profanity")
    found = [w for w in _WORD.findall(text) if w.lower() in words]
    found += [m.group() for m in _MASKED.finditer(text)]
    return list(dict.fromkeys(found))
