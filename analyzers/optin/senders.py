"""Other senders the consent names: after "from" ("texts from Oakview Realty and our partner
lenders", "messages from Acme Insurance and the carriers we represent"), or joined to the
business as the subject of a sending verb ("Shiftline and the client employers where you are
placed may send you shift offers").

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
    r"installers|manufacturers|marketers|servicers|employers"
)
# companies described by their trade: "the insurance carriers", "participating dealers"
_OTHER_COMPANIES = (
    r"(?:(?:the|our|its|their|select|selected|participating|affiliated|partner|"
    r"trusted|approved|local|other|third[\s-]party)\s+)+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?:{_COMPANIES})\b"
    r"|(?:participating|affiliated|partner|select|selected|approved|other)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{_COMPANIES})\b"
)
_JOINED = r"\s*,?\s+(?:and|or|as\s+well\s+as|plus|&)\s+"
# a message noun, then "from" a first sender, then the joined phrase
_FROM_AND = re.compile(
    r"\b(?:texts?|text\s+messages?|messages?|msgs?|sms|alerts?|updates?|reminders?|"
    r"notifications?|offers?|calls?)\b[^.;:!?]{0,80}?\bfrom\s+"
    rf"(?P<first>[^.;:!?]{{1,80}}?){_JOINED}(?P<other>{_OTHER_COMPANIES})",
    re.IGNORECASE,
)
# the joined phrase as the subject of a sending verb, after a first sender: "Acme and the
# client employers where you are placed may send you ...", "Acme and its partners will text
# you"; a relative clause may stand between ("where you are placed"), a negation may not
_SUBJECT_AND = re.compile(
    rf"(?P<first>\b[A-Z][^.;:!?,]{{0,60}}?){_JOINED}(?P<other>{_OTHER_COMPANIES})"
    r"(?:\s+(?:who|that|which|where|with\s+whom)\b[^.;:!?,]{0,60}?)?"
    r"\s+(?:(?:may|will|can|could|might|would)\s+(?:also\s+)?)?"
    r"(?:send|text|message|contact|call|reach)\b",
    re.IGNORECASE,
)
# the wireless sense: "mobile carriers", "your wireless carrier"
_WIRELESS = re.compile(r"\b(?:mobile|wireless|cell(?:ular)?|phone|network)\s+carriers\b", re.I)


def other_senders(text: str) -> list[tuple[int, int]]:
    """Spans of the senders a consent names after "from" besides the first: "texts about your
    quote from Oakbridge Agency and the insurance carriers we represent" yields "the insurance
    carriers". Near misses: "texts from Acme. Mobile carriers are not liable ..." (no "from"
    joins them), "texts from Acme and its team" (staff, no company noun).

    As a subject: "Acme and the client employers where you are placed may send you shift
    offers" yields "the client employers". Near misses: "Acme may send you shift offers from
    client employers" (Acme sends; the offers are the employers'), "Acme and its employers will
    never text you" (a negation, no sending)."""
    found = []
    for match in [*_FROM_AND.finditer(text), *_SUBJECT_AND.finditer(text)]:
        other = match.group("other")
        if _WIRELESS.search(other) or re.search(r"\bfrom\b", match.group("first"), re.I):
            continue
        found.append((match.start("other"), match.end("other")))
    return found
