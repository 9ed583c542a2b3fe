"""Other senders the consent names after "from": "texts from Oakview Realty and our partner
lenders", "messages from Acme Insurance and the carriers we represent".

The consent may cover only the business itself. A sender joined to it after "from" by "and",
"or" or "as well as", and described by a noun phrase for companies ("the insurance carriers we
represent", "participating dealers", "select vendors"), is another company that will text:
optin.third_party_consent. The vocabulary's "partners" and "lenders" are read elsewhere
(analyzers/optin/names.py); this reader adds the companies a consent describes by their trade.
The brand's own name is never such a phrase, and a wireless carrier ("mobile carriers are not
liable for delayed messages") is no sender: it is not joined to a "from", and a carrier qualified
as mobile, wireless or cell is excluded outright.
"""

from __future__ import annotations

import re

# the nouns for companies in a trade: who a consent might let text the person besides itself
_COMPANIES = (
    r"carriers|insurers|underwriters|lenders|banks|dealers|dealerships|brokers|brokerages|"
    r"agencies|providers|vendors|suppliers|merchants|retailers|sellers|brands|advertisers|"
    r"sponsors|partners|affiliates|companies|businesses|firms|clinics|practices|contractors|"
    r"installers|manufacturers|marketers|servicers"
)
# a message noun, then "from" a first sender, then the joined phrase
_FROM_AND = re.compile(
    r"\b(?:texts?|text\s+messages?|messages?|msgs?|sms|alerts?|updates?|reminders?|"
    r"notifications?|offers?|calls?)\b[^.;:!?]{0,80}?\bfrom\s+"
    r"(?P<first>[^.;:!?]{1,80}?)\s*,?\s+(?:and|or|as\s+well\s+as|plus|&)\s+"
    r"(?P<other>(?:(?:the|our|its|their|select|selected|participating|affiliated|partner|"
    r"trusted|approved|local|other|third[\s-]party)\s+)+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?:{_COMPANIES})\b"
    r"|(?:participating|affiliated|partner|select|selected|approved|other)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{_COMPANIES})\b)",
    re.IGNORECASE,
)
# the wireless sense: "mobile carriers", "your wireless carrier"
_WIRELESS = re.compile(r"\b(?:mobile|wireless|cell(?:ular)?|phone|network)\s+carriers\b", re.I)


def other_senders(text: str) -> list[tuple[int, int]]:
    """Spans of the senders a consent names after "from" besides the first: "texts about your
    quote from Oakbridge Agency and the insurance carriers we represent" yields "the insurance
    carriers". Near misses: "texts from Acme. Mobile carriers are not liable ..." (no "from"
    joins them), "texts from Acme and its team" (staff, no company noun)."""
    found = []
    for match in _FROM_AND.finditer(text):
        other = match.group("other")
        if _WIRELESS.search(other) or re.search(r"\bfrom\b", match.group("first"), re.I):
            continue
        found.append((match.start("other"), match.end("other")))
    return found
