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

from analyzers.text.grammar import AUXILIARIES

# what the sentence excuses: "liable for X", "responsible if X", Spanish "responsables por X"
_EXCUSED_FOR = re.compile(
    r"\b(?:liable|responsible|accountable|liability|responsables?)\s+(?:for|if|when|in|por|de)\s+"
    r"(?P<what>[^.;!?]+)",
    re.IGNORECASE,
)
# the delivery of the texts: the texts named, or delivery, or delays and failures as such
_DELIVERY_OF_TEXTS = re.compile(
    r"\b(?:msgs?|messages?|texts?|txts?|sms|mms|alerts?|notifications?|transmissions?|"
    r"reminders?|delivery|deliveries|delivered|undelivered|mensajes?)\b|"
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
    if excused is None:
        owed = _owed_by_whom(sentence)
        if owed:
            # "Delayed messages are not the liability of your carrier": what is excused is
            # the subject before the wording ("Shipping delays are not the responsibility of
            # the carrier" excuses no texts)
            return bool(_DELIVERY_OF_TEXTS.search(sentence[: owed[0].start_char].strip()))
        return True
    what = excused.group("what").strip()
    if what.lower() in _POINTERS:
        # "Texts may be delayed or not delivered, and carriers are not liable for that": what
        # is excused is what the sentence named before it
        return bool(_DELIVERY_OF_TEXTS.search(sentence[: excused.start()]))
    return bool(_DELIVERY_OF_TEXTS.search(what))


_POINTERS = {"that", "this", "it", "these", "those", "them", "either", "any of this", "any of that"}


# words that join clauses or close a list without naming a party: after them the carriers named
# before are still the subject ("Carriers, including T-Mobile, are not liable", "(AT&T, etc.)")
_NO_PARTY = frozenset("and or but so then also however etc including such as".split())
# the predicate's own verb, when the wording found starts at its "not": "…, are not liable"
_VERB_OF_BEING = AUXILIARIES | {"be", "been", "being", "held"}


def carriers_excused(sentence: str) -> bool:
    """The wireless carriers are the ones the sentence excuses: a carrier (analyzers/vocab/
    terms.yaml's wireless_carrier) is named before the "not liable" wording, in the clause that
    wording is the predicate of. "Carriers are not liable for delayed messages", "Neither we
    nor the carriers are liable", "The carriers that deliver our texts bear no liability" and
    "Neither your wireless provider nor any other carrier is liable" excuse them; "We are not
    liable for delays in text delivery" and "Acme is not responsible for late texts" excuse the
    business, which is not the line reviewers want; in "we are not responsible for shipments
    handed to the carrier" the carrier is not the one excused, nor in "If your carrier drops a
    text, we bear no liability": after the comma a clause of its own names its subject
    (`_another_subject_between`)."""
    from analyzers.text.vocabulary import vocabulary

    carriers = [
        (m.start_char, m.end_char)
        for m in vocabulary("terms").find(sentence)
        if m.label == "wireless_carrier"
    ]
    wordings = [
        m for m in vocabulary("disclosure").find(sentence) if m.label == "carrier_liability"
    ]
    excused = [_where_excused(m.text, m.start_char) for m in wordings]
    if any(
        start <= e and not _another_subject_between(sentence[end:e])
        for e in excused
        for start, end in _last_before(carriers, e)
    ):
        return True
    return any(_excused_after_of(sentence, m, carriers) for m in _ending_at_of(wordings))


def _owed_by_whom(sentence: str) -> list:
    """The carrier-liability wordings found that end at "of", the party excused after them:
    "... are not the liability of your wireless carrier"."""
    from analyzers.text.vocabulary import vocabulary

    found = vocabulary("disclosure").find(sentence)
    return _ending_at_of([m for m in found if m.label == "carrier_liability"])


def _ending_at_of(wordings: list) -> list:
    return [m for m in wordings if m.text.lower().split()[-1] == "of"]


def _excused_after_of(sentence: str, wording, carriers: list[tuple[int, int]]) -> bool:
    """Is the party the liability is denied "of" a carrier? In "Delayed or undelivered
    messages are not the liability of your wireless carrier" the excused party stands after
    "the liability of", in the same noun phrase (a few words, no comma): the carrier. "...
    are not the responsibility of Acme, and your carrier may delay them" excuses Acme."""
    end = wording.end_char
    for start, _carrier_end in carriers:
        between = sentence[end:start]
        if start >= end and not re.search(r"[,;:.]", between) and len(between.split()) <= 4:
            return True
    return False


_LIABLE = re.compile(
    r"\b(?:liable|responsible|accountable|responsibility|liability)\b", re.IGNORECASE
)


def _where_excused(wording: str, start: int) -> int:
    """Where the wording found excuses: its start, or in "nor any other carrier is liable" (and
    "No carrier is liable") its "liable", so that the parties "neither ... nor" joins, the one
    after "nor" too, and the carrier "no" denies stand before it."""
    if wording.lower().split()[0] in ("nor", "no", "neither") and (
        liable := _LIABLE.search(wording)
    ):
        return start + liable.start()
    return start


def _last_before(carriers: list[tuple[int, int]], at: int) -> list[tuple[int, int]]:
    """The carrier named last before `at` (the one nearest the wording), as a list."""
    before = [c for c in carriers if c[0] <= at]
    return [max(before)] if before else []


def _another_subject_between(between: str) -> bool:
    """The words between the carrier and the "not liable" wording open a clause of their own
    with its own subject: after the last comma, semicolon or colon, a word that names a party
    ("…, we bear no liability", "…, Acme is not responsible"). A bare "…, are not liable" after
    "Carriers, including T-Mobile" still has the carriers as its subject."""
    pieces = re.split(r"[,;:]", between)
    if len(pieces) < 2:
        return False
    words = re.findall(r"[A-Za-z][\w'&-]*", pieces[-1].lower())
    return any(w not in _NO_PARTY and w not in _VERB_OF_BEING for w in words)
