"""Whether a "not liable" line is the carrier-liability line: wireless carriers, excused for
the delivery of the texts.

The line reviewers want is "Carriers are not liable for delayed or undelivered messages". Its
look-alikes excuse another kind of carrier ("UPS is not liable for delayed deliveries",
"Airline carriers are not liable for delayed flights") or excuse the carriers for something
else than delivering the texts ("Carriers are not liable for charges you incur under your
plan"), or excuse someone else than the carriers ("We are not liable for delayed texts"). The
opt-in form's reader and the terms' reader ask here alike.
"""

from __future__ import annotations

import re

# what the sentence excuses: "liable for X", "responsible if X", Spanish "responsables por X"
_EXCUSED_FOR = re.compile(
    r"\b(?:liable|responsible|accountable|liability|responsables?)\s+(?:for|if|when|in|por|de)\s+"
    r"(?P<what>[^.;!?]+)",
    re.IGNORECASE,
)
# the delivery of the texts: the texts named, or delivery, or delays and failures as such
_DELIVERY_OF_TEXTS = re.compile(
    r"\b(?:msgs?|messages?|texts?|txts?|sms|mms|alerts?|notifications?|transmissions?|"
    r"delivery|deliveries|delivered|undelivered|mensajes?)\b|"
    r"^(?:any\s+|the\s+)?(?:delays?|failures?|outages?|interruptions?)\b",
    re.IGNORECASE,
)


def excused_for_texts(sentence: str) -> bool:
    """The sentence excuses a wireless carrier for the texts' delivery, as far as it says.

    False when it names a carrier of goods, people or risk (UPS, an airline, a shipping or
    insurance carrier: analyzers/vocab/terms.yaml's other_carrier) and no wireless one, or when
    what it excuses is named and is not the texts' delivery ("charges you incur", "delayed
    flights"). A bare "Carriers are not liable for delays" names delays as such and counts."""
    from analyzers.text.vocabulary import vocabulary

    named = vocabulary("terms").labels_in(sentence)
    if "other_carrier" in named and "wireless_carrier" not in named:
        return False
    excused = _EXCUSED_FOR.search(sentence)
    return excused is None or bool(_DELIVERY_OF_TEXTS.search(excused.group("what").strip()))


def carriers_excused(sentence: str) -> bool:
    """The wireless carriers are the ones the sentence excuses: a carrier (analyzers/vocab/
    terms.yaml's wireless_carrier) is named before the "not liable" wording. "Carriers are not
    liable for delayed messages" and "Neither we nor the carriers are liable" excuse them; "We
    are not liable for delays in text delivery" and "Acme is not responsible for late texts"
    excuse the business, which is not the line reviewers want; in "we are not responsible for
    shipments handed to the carrier" the carrier is not the one excused."""
    from analyzers.text.vocabulary import vocabulary

    carriers = [
        m.start_char for m in vocabulary("terms").find(sentence) if m.label == "wireless_carrier"
    ]
    excused = [
        m.start_char
        for m in vocabulary("disclosure").find(sentence)
        if m.label == "carrier_liability"
    ]
    return any(c <= e for c in carriers for e in excused)
