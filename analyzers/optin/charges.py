"""Whether a carrier's charge is the message-rates line: a charge for the texts (or the data),
not for something else the carrier sells.

The line reviewers want is "Msg & data rates may apply", also said as "your carrier may charge
you for these texts". Its look-alikes name a charge for something else than the messages: "Your
mobile provider may charge a fee to upgrade your phone", "an activation fee for a new SIM".
The opt-in form's reader and the terms' reader ask here alike, as they ask
analyzers/optin/liability.py whether a "not liable" line excuses the carriers for the texts.
"""

from __future__ import annotations

import re

# what a charge is for: "a fee to switch plans", "charges you for each text", "fees for a line",
# "charges ... may apply for international roaming" ("billed to you" names who pays, not what for)
_CHARGED_FOR = re.compile(
    r"\b(?:charges?|charged|fees?|rates?|costs?|bills?|billed|apply|applies)\b"
    r"(?:\s+(?:you|subscribers))?"
    r"\s+(?:for|to(?!\s+(?:you|your|me|us|them|the\s+(?:subscriber|customer|account))\b))"
    r"\s+(?P<what>[^.;!?]+)",
    re.IGNORECASE,
)
# the messaging or the data it uses: "for each text you receive", "for data"
_THE_MESSAGING = re.compile(
    r"\b(?:msgs?|messages?|messaging|texts?|texting|txts?|sms|mms|alerts?|notifications?|"
    r"data|mensajes?|datos)\b",
    re.IGNORECASE,
)
# the clause a charge stands in, up to it: "standard messaging and data charges may be billed"
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def charged_for_texts(sentence: str) -> bool:
    """The sentence's charge is for the texts, as far as it says.

    False when every charge whose object is named ("for X", "to X") names something else than
    the messaging: "Your carrier may charge a fee to switch plans" (the fee is for switching),
    "Carriers may charge an activation fee for a new line", "Charges from your wireless provider
    may apply for international roaming". A charge that names nothing it is
    for ("Your carrier may charge you", "Msg & data rates may apply") counts, as one for
    "each message" or "data" does, and so does a charge whose own words name the messaging
    ("Standard messaging rates for your plan may apply": message rates, whatever plan) or
    whose clause names it before ("messaging and data charges may be billed to you").
    A charge the sentence denies is none (`_denied`): in "Carrier message and data fees may
    apply; we do not charge for the service" only the carrier's fees are charged."""
    named = [c for c in _CHARGED_FOR.finditer(sentence) if not _denied(sentence, c.start())]
    if not named:
        return True
    return any(
        _THE_MESSAGING.search(charge.group("what"))
        or _THE_MESSAGING.search(_CLAUSE_BREAK.split(sentence[: charge.start()])[-1])
        for charge in named
    )


# a negation in the clause before the charge's word: "we do not charge for", "there is no fee
# for", "we never bill for"
_NEGATION = re.compile(r"\b(?:not|no|never|without)\b|n[’']t\b", re.IGNORECASE)


def _denied(sentence: str, at: int) -> bool:
    """The charge at `at` is denied: a negation stands in its clause, at most three words before
    it ("we do not charge for the service", "there is no fee for joining"). A denied charge is
    not a charge for something else, so it cannot say that the sentence's other charge is not
    for the texts."""
    clause = _CLAUSE_BREAK.split(sentence[:at])[-1]
    return bool(_NEGATION.search(" ".join(clause.split()[-3:])))
