"""A form that stops texts: an opt-out request is not an opt-in, whatever its phone field says.

Businesses that text often keep a "manage your preferences" page with a small form: the phone
number (required, since it names whose texts to stop), perhaps a name and a reason, and a
button "Submit Opt-Out Request" or "Unsubscribe". Its page speaks of texts, STOP and rates, so
it reads like an opt-in form taken by submitting; but a person who sends it withdraws consent,
they do not give it. What submitting does is what the button says: a button that asks to opt
out, unsubscribe, stop texts or remove the number makes the form a way out. "Subscribe",
"Opt in" and "Don't stop the deals, sign me up" ask for texts (a negated stop is no stop).
"""

from __future__ import annotations

import re

from analyzers.optin.model import submit_label
from crawler.snapshot import Form

# the button's own request: "Opt out", "Submit Opt-Out Request", "Unsubscribe", "Stop my texts",
# "Remove my number", "Revoke consent", "Stop receiving messages"
_STOPS = re.compile(
    r"\b(?:opt[\s-]?out|unsubscribe|revoke|withdraw)\b|"
    r"\bstop\b(?:\s+(?:all|my|receiving|getting|the|these))*\s+"
    r"(?:texts?|sms|messages?|alerts?|notifications?)\b|"
    r"\bremove\s+(?:my|this)\s+(?:phone\s+)?(?:number|phone)\b",
    re.IGNORECASE,
)
# a negation governing the request: "Don't unsubscribe me", "Do not stop my texts"
_NEGATED = re.compile(r"\b(?:don'?t|do\s+not|never|keep)\b[^.!?]{0,20}$", re.IGNORECASE)


def requests_opt_out(form: Form) -> bool:
    """Does submitting the form stop texts? ("Submit Opt-Out Request": yes; "Sign me up": no)"""
    button = " ".join(submit_label(form).split())
    match = _STOPS.search(button)
    return match is not None and not _NEGATED.search(button[: match.start()])
