"""A sentence as every clause reader sees it: its privacy-vocabulary matches as token spans.

The readers of a sharing clause (its verb, its negation, its object, its conditions, the
exclusions) all work on the same `_Parts`, the same verdict (`Clause`) and a few shared word
sets and helpers (a passive's be-form, where a clause starts). They sit here, below all of
those readers, so that each can use them without importing clauses.py or one another in a
circle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads on first use
    from spacy.tokens import Doc

from dataclasses import dataclass, field

from analyzers.text.grammar import FINITE
from analyzers.text.vocabulary import vocabulary

_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "'re"}


# a subject-like word after "but"/"and": the start of a new clause
_NEW_SUBJECT = {
    "we",
    "our",
    "it",
    "they",
    "this",
    "these",
    "such",
    "your",
    "you",
    "the",
    "mobile",
    "phone",
    "information",
    "data",
    "any",
    "sms",
    "that",
}


# pronouns that may stand as the object of the verb before a joint ("sell it to, or share it")
_OBJECT_PRONOUNS = {"it", "you", "them"}


_RELATIVE = {"which", "who", "whom", "whose", "where"}


_PREDICATE_JOINS = {"and", "but"}


# "the only parties that receive", "shared solely with": the recipients are restricted
_RESTRICTING = {"only", "solely", "exclusively"}


_SCOPE_VERBS = {
    "include",
    "includes",
    "included",
    "cover",
    "covers",
    "covered",
    "apply",
    "applies",
    "extend",
    "extends",
    "encompass",
    "encompasses",
}


# where the clause of an exclusion verb starts
_LOCAL_BREAK = {
    ",",
    "except",
    "unless",
    "but",
    "that",
    "which",
    "while",
    "whereas",
    "although",
    "however",
    ";",
    "and",
    "who",
    ":",
}


@dataclass(frozen=True)
class Clause:
    """The verdict on one sentence, and why."""

    label: str
    topic: str = "none"  # "mobile", "personal", "other" or "none": what the sentence is about
    reason: str = ""
    attempted: bool = False  # a negated statement about mobile data (even with an exception)
    # a promise that denies only sharing for a purpose ("... for marketing purposes"): sharing
    # for another purpose, or on consent, is left open by it
    for_purpose: bool = False
    # general sharing with partners or affiliates (not service providers or the law) on the
    # subscriber's consent: what a promise bound to marketing leaves open (sharing for
    # marketing it covers)
    to_partners: bool = False


@dataclass
class _Parts:
    """The vocabulary matches of one sentence, by label, as token spans."""

    doc: Doc
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def within(self, label: str, start: int, end: int) -> list[tuple[int, int]]:
        return [(s, e) for s, e in self.spans.get(label, []) if s >= start and e <= end]

    def has(self, label: str, start: int, end: int) -> bool:
        return bool(self.within(label, start, end))


# nouns that "marketing" or "advertising" only qualifies as a kind of tool or vendor: "email
# and SMS marketing platforms", "our marketing software" work for the business; they are not
# a purpose of the sharing ("marketing partners" and "for marketing" stay a purpose)
_TOOL_NOUNS = {
    "platform",
    "platforms",
    "software",
    "tool",
    "tools",
    "provider",
    "providers",
    "vendor",
    "vendors",
    "processor",
    "processors",
    "automation",
    "system",
    "systems",
}


def _parts(doc: Doc) -> _Parts:
    parts = _Parts(doc)
    for match in vocabulary("privacy").find(doc):
        span = doc.char_span(match.start_char, match.end_char, alignment_mode="expand")
        if span is not None:
            parts.spans.setdefault(match.label, []).append((span.start, span.end))
    # a number that names something else ("order numbers") is not the opt-in data its head
    # noun would otherwise be; a phone number for another use ("phone numbers for order
    # support") is personal data
    for label in ("nonmobile_data", "number_for_other_use"):
        covered = _covered(parts.spans.get("mobile_data", []), parts.spans.get(label, []))
        if not covered:
            continue
        parts.spans["mobile_data"] = [s for s in parts.spans["mobile_data"] if s not in covered]
        if label == "number_for_other_use":
            parts.spans.setdefault("personal_data", []).extend(covered)
    _tools_as_providers(parts)
    _deals_with_as_verb(parts)
    _answers_not_negators(parts)
    _sold_to_the_subscriber(parts)
    return parts


# what stands before "deals" as a verb: "Section 5, which deals only with our SMS vendor"
_DEALS_SUBJECTS = {"which", "that", "it", "this", "section", "paragraph", "policy", "who"}


def _deals_with_as_verb(parts: _Parts) -> None:
    """Drop the "deals" of the verb "deal with" from the marketing purposes: "as set out in
    Section 5, which deals only with our SMS delivery provider" says what Section 5 is about;
    nothing is offered. A subject or relative pronoun stands right before it and "with"
    follows (after "only" or "solely"); "texts with deals from partners" keeps its deals."""
    doc = parts.doc
    spans = parts.spans.get("purpose_marketing")
    if not spans:
        return
    kept = []
    for start, end in spans:
        word, before = doc[start].lower_, doc[start - 1].lower_ if start else ""
        j = end + (end < len(doc) and doc[end].lower_ in ("only", "solely", "exclusively"))
        verb = (
            word in ("deal", "deals", "dealt")
            and end - start == 1
            and before in _DEALS_SUBJECTS
            and j < len(doc)
            and doc[j].lower_ == "with"
        )
        if not verb:
            kept.append((start, end))
    parts.spans["purpose_marketing"] = kept


# what cannot open the thing sold to "you": "sell you or your data" is no sale to you
_NO_OBJECT = {"or", "and", "nor", "to", "with", "for", "about", "at", "if", "when", "out"}


def _sold_to_the_subscriber(parts: _Parts) -> None:
    """Drop a verb of selling or giving whose first object is "you": the subscriber is the one
    who receives. "Acme collects what we need to sell and ship you clothes: name, ..., phone
    number" sells clothes to the customer, it sells none of the customer's data; the list after
    the colon is what Acme collects. "We never sell you or your number" and "we sell your
    number" keep their verb."""
    doc = parts.doc
    for label in ("sale_verb", "share_verb", "handover_verb"):
        spans = parts.spans.get(label)
        if not spans:
            continue
        kept = []
        for start, end in spans:
            j = end
            if j + 1 < len(doc) and doc[j].lower_ in ("and", "or") and doc[j + 1].is_alpha:
                j += 2  # "sell and ship you clothes": the second verb shares the objects
            to_you = (
                j + 1 < len(doc)
                and doc[j].lower_ == "you"
                and doc[j + 1].is_alpha
                and doc[j + 1].lower_ not in _NO_OBJECT
            )
            if not to_you:
                kept.append((start, end))
        parts.spans[label] = kept


# what sets an answer word off from the clause after it: "No — ...", "No, ...", "No: ..."
_ANSWER_BREAK = {",", "—", "–", "-", "--", ":", ";", ".", "!"}


def _answers_not_negators(parts: _Parts) -> None:
    """Drop the "No" that answers a question from the negators. A table's cell under "Shared
    with third parties for marketing?" or an FAQ's answer reads "No — mobile numbers are never
    shared with or sold to third parties", "No, we never share your number": the "No", set
    off by a dash or comma at the start of the sentence (or after the question's "?"), answers
    the question, and the clause after it carries its own negation ("never"); counted with it,
    the two would cancel and the promise would read as sharing. So "No — mobile numbers are
    shared with our partners" shares, and "No mobile numbers are shared" still denies."""
    doc = parts.doc
    negators = parts.spans.get("negator", [])
    kept = []
    for s, e in negators:
        opens = s == 0 or doc[s - 1].text == "?" or doc[s - 1].lower_ in _ANSWER_LABEL
        answer = (
            e - s == 1
            and doc[s].lower_ in ("no", "nope")
            and opens
            and e < len(doc)
            and doc[e].text in _ANSWER_BREAK
        )
        if not answer:
            kept.append((s, e))
    if len(kept) != len(negators):
        parts.spans["negator"] = kept


def _covered(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that are only the head of a longer phrase in `others`: "numbers" in "order
    numbers", "phone numbers" in "phone numbers for order support"."""
    return [
        (s, e)
        for s, e in spans
        if any((o_s < s < o_e) or (o_s == s and o_e > e) for o_s, o_e in others)
    ]


_OWNERS = {"our", "the", "a", "an"}


def _owned_tool(doc: Doc, start: int) -> bool:
    """Does "our" (or an article) open the phrase, over a few words of other channels ("our
    email and text messaging platform")?"""
    for j in range(start - 1, max(-1, start - 5), -1):
        word = doc[j].lower_
        if word in _OWNERS:
            return True
        if not (doc[j].is_alpha or word == ","):
            return False
    return False


def _tools_as_providers(parts: _Parts) -> None:
    """ "email and SMS marketing platforms", "marketing automation tools": a marketing word
    that qualifies a tool or vendor names a service provider, not a purpose of the sharing.
    So does a word of the text channel that qualifies the business's own tool: "our email and
    text messaging platform" is the vendor that sends the texts, not mobile data shared with
    someone (a bare "shared with: SMS platform" in a table row keeps its reading)."""
    doc = parts.doc
    if "mobile_data" in parts.spans:
        parts.spans["mobile_data"] = [
            (start, end)
            for start, end in parts.spans["mobile_data"]
            if not (end < len(doc) and doc[end].lower_ in _TOOL_NOUNS and _owned_tool(doc, start))
        ]
    kept: list[tuple[int, int]] = []
    for start, end in parts.spans.get("purpose_marketing", []):
        if end - start == 1 and end < len(doc) and doc[end].lower_ in _TOOL_NOUNS:
            parts.spans.setdefault("recipient_provider", []).append((start, end + 1))
        else:
            kept.append((start, end))
    if "purpose_marketing" in parts.spans:
        parts.spans["purpose_marketing"] = kept


def _segments(doc: Doc) -> list[tuple[int, int]]:
    """Split at ";", "however" and "but/and <new subject>": each part states one thing."""
    cuts = [0]
    for token in doc:
        lower = token.lower_
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if lower in (";", "however", "although", "whereas") and token.i > 0:
            if not _aside_before_verb(doc, token.i):
                cuts.append(token.i)
        elif (
            lower in ("but", "and", "yet")
            and nxt in _NEW_SUBJECT
            and token.i > 0
            and doc[token.i - 1].lower_ in (",", "—", "–")  # "not data — but your number ..."
        ):
            cuts.append(token.i)
        elif lower == "." and token.i + 1 < len(doc):
            cuts.append(token.i + 1)
    cuts.append(len(doc))
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _aside_before_verb(doc: Doc, i: int) -> bool:
    """Is "however" at i an aside between a subject and its verb? In "our sister companies,
    however, may receive it" it stands between commas with the auxiliary right after: one
    clause, whose subject is before it. "..., however, we may share it" opens a new clause."""
    return (
        i + 2 < len(doc)
        and doc[i - 1].lower_ == ","
        and doc[i + 1].lower_ == ","
        and doc[i + 2].lower_ in FINITE
    )


def _clause_start(parts: _Parts, start: int, verb: int) -> int:
    return max((t.i + 1 for t in parts.doc[start:verb] if t.lower_ in _LOCAL_BREAK), default=start)


_ANSWER_LABEL = {"a", ":", "answer", "-", "—"}


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in ("sold", "given", "made", "leased", "rented")


def _passive(doc: Doc, verb_start: int, floor: int) -> int | None:
    """Index of the be-form before a passive verb ("will not be shared"), if any."""
    if not _participle(doc[verb_start].lower_):
        return None
    for i in range(verb_start - 1, max(floor, verb_start - 5) - 1, -1):
        if doc[i].lower_ in _BE:
            return i
    return _joined_passive(doc, verb_start, floor)


# what may stand between "and" and the second participle of one passive predicate
_JOINED_FILLER = {"never", "not", "n't", "n’t", "also", "then", "thus", "so"}
# what ends the first predicate's clause on the way back: its own subject starts there
_JOINED_STOP = {";", ".", ":", "we", "they", "you", "i", "he", "she"}
_JOINED_REACH = 12


def _joined_passive(doc: Doc, verb_start: int, floor: int) -> int | None:
    """The be-form of a passive predicate the participle is joined to with "and"/"or": in
    "Phone numbers are used by our clinic alone and never shared with third parties" the
    "shared" is the second participle of "are ...", its subject the phone numbers, however
    many words the first predicate takes. The walk back stops at a subject ("we", "they":
    an active clause of its own) or at the end of a clause; "Numbers are collected, and we
    never share them" has its own subject."""
    j = verb_start - 1
    while j > floor and doc[j].lower_ in _JOINED_FILLER:
        j -= 1
    if j <= floor or doc[j].lower_ not in ("and", "or"):
        return None
    for i in range(j - 1, max(floor, j - _JOINED_REACH) - 1, -1):
        word = doc[i].lower_
        if word in _JOINED_STOP:
            return None
        if word in _BE and i + 1 < j and _participle(doc[i + 1].lower_):
            return i
    return None
