"""Does a sentence promise that mobile opt-in data is not shared, or carve out an exception?

Reviewers read a privacy policy for one promise (mobile opt-in data is not shared with third
parties for marketing) and reject any exception to it. Keyword spotting cannot tell "we will
never share your phone number" from "we may share your phone number with our partners", so
each sentence is read as clauses: a sharing verb, whether it is negated (an odd number of
negators before it), what is shared (the object, or the subject of a passive), with whom, why,
and what comes after "except", "unless" or "without your consent". The words come from
analyzers/vocab/privacy.yaml; this module holds only the structure.

An exception is decided by structure, not by words near each other: "consent" lifts the promise
only as a condition that governs the sharing verb ("except with your consent", "unless you
agree", "Other than with your consent, we do not share ..."); as a thing that is not shared
("your opt-in data and consent", "consent records") it is part of the promise. A sentence that
takes mobile data out of the sharing a policy describes ("the categories above exclude SMS
opt-in data and consent", "the disclosures above do not cover your text-message data") is a
promise. A promise only not to sell or rent the number says nothing of giving it away: it is
a `sale_promise`, not the promise reviewers look for.

Labels:
  promise            mobile data is not shared (no exception, or only service providers / law)
  exception          mobile data may be shared or sold, or the promise carves out consent,
                     partners, marketing or "as described in this policy"
  general_exception  the same about data in general (an exception unless mobile data is
                     excluded elsewhere in the policy)
  sale_promise       mobile data is not sold, rented or traded; nothing is said of sharing
  general_promise    data in general is not shared (does not plainly cover mobile data)
  allowed            sharing that reviewers accept (service providers, the law, a merger)
  neutral            no statement about sharing
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads on first use
    from spacy.tokens import Doc

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from analyzers.policy.fields import as_clauses
from analyzers.policy.spanish import read_spanish
from analyzers.text.grammar import AUXILIARIES
from analyzers.text.vocabulary import parse, vocabulary

LABELS = (
    "promise",
    "exception",
    "general_exception",
    "sale_promise",
    "general_promise",
    "allowed",
    "neutral",
)
# when one sentence says two things, the one that decides: an exception outweighs a promise
_PRECEDENCE = (
    "exception",
    "general_exception",
    "promise",
    "sale_promise",
    "general_promise",
    "allowed",
    "neutral",
)
_RANK = {label: rank for rank, label in enumerate(_PRECEDENCE)}

_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "'re"}
_COORDINATION = {",", "or", "and", "nor", "/", "otherwise", "&", "either", "also", "even"}
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
_QUALIFIER = {
    "about",  # "statistics about our text program": the head decides
    "collected",
    "obtained",
    "gathered",
    "received",
    "that",
    "which",
    "who",
    "from",
    "via",
    "through",
    "when",
    "you",
    "we",
    "provided",
    "submitted",
    "used",
}
_OBJECT_STOP = {
    "with",
    "to",
    "for",
    "except",
    "unless",
    "without",
    "other",
    "outside",
    "under",
    "in",
    "if",
    "as",
    "at",
    "by",
    "so",
    "because",
    "only",
    "but",
}
# verbs that are also nouns ("paying rent", "a fair trade") count only after these words
_NOUN_LIKE = {
    "rent",
    "rents",
    "lease",
    "leases",
    "trade",
    "trades",
    "exchange",
    "exchanges",
    "release",
    "releases",
    "transfer",
    "transfers",
    "access",  # "anyone with access to your phone" holds it; "partners may access" takes it
    "accesses",
}
_BEFORE_VERB = {
    "will",
    "may",
    "might",
    "can",
    "could",
    "would",
    "shall",
    "should",
    "must",
    "to",
    "not",
    "n't",
    "n’t",
    "never",
    "do",
    "does",
    "did",
    "we",
    "they",
    "or",
    ",",
    "and",
    "nor",
    "also",
    "ever",
    "otherwise",
    "it",
    "you",
    "i",
    "/",
    "who",
}
_SCOPE_WORDS = ("mobile_data", "sms_scope")
# "shared with or sold to": a verb joined to the one before shares its auxiliary and negation
_JOINING = {"or", "and", "nor"}
# "shared with, sold to or rented to": a preposition before a joint has no object of its own
_STRANDED = {"with", "to"}
_JOINS = {",", "or", "and", "nor", "/"}
_PARTICLE = {"on", "along", "over", "out"}
_ELIDED_GAP = {",", "be", "otherwise", "ever"}
# pronouns that may stand as the object of the verb before a joint ("sell it to, or share it")
_OBJECT_PRONOUNS = {"it", "you", "them"}
_CLAUSE_BREAK = {
    "but",
    "unless",
    "except",
    "if",
    "when",
    "while",
    "whereas",
    "although",
    "because",
    "which",
    "who",
    "that",
    "we",
    "they",
    "you",
    "it",
}
# Words that make "consent", "agree", "request" a condition of the sharing ("with your consent",
# "unless you agree", "at your request", "once you have opted in"), looked for just before it
_CONDITION_MARKERS = {
    "with",
    "upon",
    "on",
    "after",
    "unless",
    "if",
    "when",
    "where",
    "once",
    "whenever",
    "at",
    "by",
    "subject",
    "per",
    "without",
    "given",
    "until",
    "authorized",
    "authorised",
    "express",
    "except",
}
# what stops that look-back: "your opt-in data and consent" joins a thing to what is shared
_CONDITION_STOP = {
    "and",
    "or",
    "nor",
    ",",
    "/",
    "&",
    ";",
    "data",
    "information",
    "records",
    "record",
    "status",
    "number",
    "numbers",
    "details",
    "info",
}
_CONDITION_REACH = 4
# "with no one", "to no third party": a recipient negated
_NO_RECIPIENT = {
    "one",
    "third",
    "other",
    "outside",
    "company",
    "companies",
    "party",
    "parties",
    "partner",
    "partners",
    "affiliate",
    "affiliates",
    "business",
    "businesses",
    "marketer",
    "marketers",
    "advertiser",
    "advertisers",
    "organization",
    "organizations",
    "entity",
    "entities",
    "person",
    "people",
    "individual",
    "1",
}
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
# words that open a phrase before the subject ("Excluding your email address, the data ...")
_LEADING_PHRASE = {
    "excluding",
    "except",
    "other",
    "besides",
    "apart",
    "aside",
    "unlike",
    "without",
    "with",
    "if",
    "when",
    "although",
    "while",
    "in",
    "under",
    "for",
    "as",
    "beyond",
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
# "the sharing described above", "any sharing in this section": a kind of sharing, not a verb
_NOUN_DETERMINERS = {
    "the",
    "any",
    "this",
    "such",
    "all",
    "these",
    "those",
    "that",
    "other",
    "our",
    "its",
    "their",
    "of",
    "which",
    "whose",
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
# nouns that a "-ing" word only qualifies: "leasing updates", "trading hours", "sharing
# settings" name what a message or page is about; nothing is leased, traded or shared
_QUALIFIED_NOUNS = {
    "update", "updates", "alert", "alerts", "reminder", "reminders", "notice", "notices",
    "notification", "notifications", "news", "tip", "tips", "question", "questions",
    "inquiries", "inquiry", "application", "applications", "agreement", "agreements",
    "hours", "office", "offices", "team", "agent", "agents", "specialist", "specialists",
    "options", "settings", "schedule", "schedules", "status", "appointment", "appointments",
    "documents", "paperwork", "process", "season", "tours", "opportunities", "listings",
}  # fmt: skip


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
    _answers_not_negators(parts)
    return parts


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


def _tools_as_providers(parts: _Parts) -> None:
    """ "email and SMS marketing platforms", "marketing automation tools": a marketing word
    that qualifies a tool or vendor names a service provider, not a purpose of the sharing."""
    doc = parts.doc
    kept: list[tuple[int, int]] = []
    for start, end in parts.spans.get("purpose_marketing", []):
        if end - start == 1 and end < len(doc) and doc[end].lower_ in _TOOL_NOUNS:
            parts.spans.setdefault("recipient_provider", []).append((start, end + 1))
        else:
            kept.append((start, end))
    if "purpose_marketing" in parts.spans:
        parts.spans["purpose_marketing"] = kept


def _qualifier_use(doc: Doc, i: int) -> bool:
    """ "Property questions and leasing updates": a "-ing" word before a noun of messages,
    pages or people qualifies that noun; it is not an act of leasing. An object that could be
    handed over ("selling your number", "trading lists") is not in the noun list."""
    token = doc[i]
    if not token.lower_.endswith("ing") or i + 1 >= len(doc):
        return False
    before = doc[i - 1].lower_ if i > 0 else ""
    return doc[i + 1].lower_ in _QUALIFIED_NOUNS and before not in _BE | _BEFORE_VERB - {
        "and",
        "or",
        ",",
        "/",
    }


@lru_cache(maxsize=4096)
def is_sms_scope(text: str) -> bool:
    """Does a heading or lead-in scope what follows to text messaging?"""
    if not text:
        return False
    return bool(vocabulary("privacy").labels_in(text) & set(_SCOPE_WORDS))


def _segments(doc: Doc) -> list[tuple[int, int]]:
    """Split at ";", "however" and "but/and <new subject>": each part states one thing."""
    cuts = [0]
    for token in doc:
        lower = token.lower_
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if lower in (";", "however", "although", "whereas") and token.i > 0:
            cuts.append(token.i)
        elif (
            lower in ("but", "and", "yet")
            and nxt in _NEW_SUBJECT
            and token.i > 0
            and doc[token.i - 1].lower_ == ","
        ):
            cuts.append(token.i)
        elif lower == "." and token.i + 1 < len(doc):
            cuts.append(token.i + 1)
    cuts.append(len(doc))
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _verb_groups(parts: _Parts, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Sharing verbs of a segment, coordinated ones ("sell, rent or share") grouped."""
    doc = parts.doc
    # "Do you share my number?": in a question the visitor asks, "you" is the business
    users = [u for u in parts.within("user_subject", start, end) if _question_to_us(doc, u[0])]
    verbs = parts.within("share_verb", start, end)
    recipients = [
        s
        for label in ("recipient_outside", "recipient_partner", "recipient_provider")
        for s, _e in parts.within(label, start, end)
    ]
    # "provide", "give", "send" hand data over only when someone receives it: "to partners";
    # a recipient belongs to the nearest verb before it ("numbers given for reminders are never
    # shared with partners": the partners are not given anything)
    verbs += [
        v
        for v in parts.within("handover_verb", start, end)
        if any(r > v[1] and _reaches(doc, v, r, verbs) and _after_to(parts, r) for r in recipients)
    ]
    verbs += _receivers(parts, start, end)
    verbs = [
        v
        for v in verbs
        if not any(us <= v[0] < ue for us, ue in users)
        and _is_verb_use(doc, v[0])
        and not _sharing_noun(doc, v[0])
        and not _qualifier_use(doc, v[0])
        and not _quoted(doc, v[0], start)
        and not _sold_out(parts, v[0])
        and not _asked_whether(doc, v[0], start)
        and not _gerund_subject(parts, v[0], start, end)
        and not _cross_reference(doc, v[0])
        and not _names_the_shared_set(parts, v[0], start, end)
    ]
    verbs = [v for v in verbs if not _run_in_label(doc, v[0], start, verbs)]
    verbs = [v for v in verbs if not _names_the_passive_subject(doc, v[0], start, verbs)]
    verbs = sorted(set(verbs))
    groups: list[list[tuple[int, int]]] = []
    for verb in verbs:
        if groups:
            if _coordinated(doc, groups[-1][-1][1], verb[0]):
                groups[-1].append(verb)
                continue
        groups.append([verb])
    return groups


_SET_SUBJECTS = {"we", "they", "that", "which"}


def _names_the_shared_set(parts: _Parts, i: int, start: int, end: int) -> bool:
    """Is the verb in a relative clause on the subject of a verb of scope? In "Information we
    share with affiliates does not include SMS opt-in data" the subject is "Information we
    share with affiliates" and the act is "does not include": the sharing verb names the set
    the sentence takes mobile data out of (or, not negated, puts it in). The clause opens
    with a noun ("Information", "The data"), "we" / "that" stands right before the verb
    (auxiliaries aside), and a scope or exclusion verb follows with no clause break; "We
    share information that includes your number" opens with its subject, "we"."""
    doc = parts.doc
    j = i - 1
    while j > start and doc[j].lower_ in AUXILIARIES:
        j -= 1
    if j <= start or doc[j].lower_ not in _SET_SUBJECTS:
        return False
    if doc[start].lower_ in _SET_SUBJECTS | _LABEL_BREAK or not doc[start].is_alpha:
        return False
    if any(t.lower_ in _LOCAL_BREAK - {"that", "which"} for t in doc[start:j]):
        return False
    later = parts.within("scope_verb", i + 1, end) + parts.within("exclusion_verb", i + 1, end)
    return any(
        not any(t.lower_ in _LOCAL_BREAK for t in doc[i + 1 : s])
        and not parts.has("share_verb", i + 1, s)
        and doc[s].lower_ in _SCOPE_VERBS | {"exclude", "excludes", "omit", "omits"}
        for s, _e in later
    )


def _names_the_passive_subject(doc: Doc, i: int, start: int, verbs: list[tuple[int, int]]) -> bool:
    """Is the "-ing" word a noun inside the subject of a later passive sharing verb? In
    "Information sharing related to text messaging consent is not shared with any third
    party" the subject is "Information sharing related to ... consent" and the act is "is not
    shared", which the negation governs; "sharing" only names the topic, as "data sharing"
    does. The words before it must be a noun phrase (a modifier such as "Information", no
    pronoun, auxiliary or negation), and a be-form must stand before the later verb. "Data
    sharing with partners is permitted" has no later sharing verb: its "sharing" is still
    read as the act."""
    if not doc[i].lower_.endswith("ing") or i == start:
        return False
    before = doc[start:i]
    if any(t.lower_ in _LABEL_BREAK or t.lower_ in _BE or not t.is_alpha for t in before):
        return False
    return any(
        v[0] > i + 1 and (be := _passive(doc, v[0], i + 1)) is not None and be > i for v in verbs
    )


# words that cannot stand in a run-in label ("Sharing:", "Data sharing:"): a label names a
# topic; a pronoun, an auxiliary or a negation makes the words before the colon a clause
_LABEL_BREAK = {
    "we", "i", "you", "they", "he", "she", "it", "us", "our", "your", "my", "their",
    "not", "never", "no", "n't", "n’t",
}  # fmt: skip
_LABEL_WORDS = 4


def _run_in_label(doc: Doc, i: int, start: int, verbs: list[tuple[int, int]]) -> bool:
    """Is the verb the word of a run-in label, not an act? In "Sharing: I never sell, rent or
    share your mobile number with anyone, including affiliates, for marketing purposes" the
    bold "Sharing:" names the topic of what follows; the act (and its negation) is the clause
    after the colon. A label opens its segment, is a few words with no pronoun, auxiliary or
    negation ("Data sharing:", "Third-party sharing:", "Selling and sharing -"), and the
    colon (or a spaced dash) is followed by a clause with a sharing verb of its own, so
    dropping the label loses no act: "Sharing: we share your number with partners for
    marketing" still shares. "We share: your number and name" (a subject before the colon)
    is no label."""
    colon = next(
        (t.i for t in doc[start + 1 : start + _LABEL_WORDS + 2] if _label_end(doc, t.i)), None
    )
    if colon is None or not (start <= i < colon):
        return False
    if any(
        t.lower_ in _LABEL_BREAK
        or t.lower_ in AUXILIARIES
        or not (t.is_alpha or t.text in ("&", "/", "-"))
        for t in doc[start:colon]
    ):
        return False
    return any(s > colon for s, _e in verbs)


def _label_end(doc: Doc, j: int) -> bool:
    """A colon, or a dash set apart by spaces ("Sharing - we never ..."); the hyphen of
    "Third-party sharing:" is part of the label."""
    token = doc[j]
    return token.text == ":" or (
        token.text in ("-", "–", "—") and bool(doc[j - 1].whitespace_) and bool(token.whitespace_)
    )


# words that may stand between "to"/"with" and the recipient ("to our trusted partners")
_RECIPIENT_MODIFIERS = {
    "our",
    "any",
    "other",
    "the",
    "certain",
    "select",
    "selected",
    "trusted",
    "some",
    "these",
    "those",
    "its",
    "their",
    "outside",
}


def _after_to(parts: _Parts, recipient: int) -> bool:
    """Is the recipient the object of "to"/"with"? Determiners and marketing words may stand
    between: "to our partners", "to select marketing affiliates", "with our promotional
    partners"."""
    doc = parts.doc
    modifiers = {
        i
        for label in ("purpose_marketing", *_RECIPIENTS)
        for s, e in parts.spans.get(label, [])
        for i in range(s, e)
    }
    i = recipient - 1
    while i >= max(0, recipient - 4):
        word = doc[i].lower_
        if word in ("to", "with"):
            return True
        if word not in _RECIPIENT_MODIFIERS and i not in modifiers and not _compound_word(doc, i):
            return False
        i -= 1
    return False


def _compound_word(doc: Doc, i: int) -> bool:
    """ "to our insurance carrier partners": a plain word right before another modifier or the
    recipient names the kind of recipient, as a noun in a compound does. Pronouns and
    prepositions ("to you from partners") do not."""
    token = doc[i]
    return (
        token.is_alpha
        and token.is_lower
        and token.lower_ not in _COMPOUND_BREAK
        and token.lower_ not in AUXILIARIES
    )


_COMPOUND_BREAK = {
    "you", "us", "we", "them", "it", "they", "from", "for", "of", "by", "in", "on", "at",
    "and", "or", "nor", "but", "not", "never", "no", "about", "as", "than", "only",
}  # fmt: skip


def _reaches(
    doc: Doc, verb: tuple[int, int], recipient: int, others: list[tuple[int, int]]
) -> bool:
    """Is the recipient the verb's own? Another sharing verb in between takes it, unless the
    verbs are joined ("passed on to, sold to or traded with X")."""
    end = verb[1]
    for s, e in sorted(v for v in others if verb[1] <= v[0] < recipient):
        if not _coordinated(doc, end, s):
            return False
        end = e
    return True


def _coordinated(doc: Doc, end: int, start: int) -> bool:
    """Do the words between two sharing verbs join them ("sell, rent or share")? A preposition
    left without its object joins too: in "shared with, sold to or rented to third parties"
    (or "passed on to, sold to ...") the verbs share one recipient, named after the last."""
    gap = [t.lower_ for t in doc[end:start]]
    # each verb may repeat the object: "hand it to, trade it with, or sell it to X"
    if len(gap) > 2 and gap[0] in _OBJECT_PRONOUNS and gap[1] in _STRANDED and gap[2] in _JOINS:
        gap = gap[1:]
    gap = [
        word
        for i, word in enumerate(gap)
        if not (word in _STRANDED and i + 1 < len(gap) and gap[i + 1] in _JOINS)
        and not (word in _PARTICLE and i + 1 < len(gap) and gap[i + 1] in _STRANDED)
    ]
    return all(word in _COORDINATION or word.endswith("ly") for word in gap) or gap in (
        ["not"],
        ["or", "otherwise"],
    )


def _receivers(parts: _Parts, start: int, end: int) -> list[tuple[int, int]]:
    """ "Our partners may receive your number", "nobody else sees it": sharing told from the
    recipient's side counts when the subject is a recipient or no one ("you will receive texts"
    is not sharing)."""
    doc = parts.doc
    found = []
    for s, e in parts.within("receive_verb", start, end):
        if _receives_messages(parts, e):
            continue  # "your consent to receive messages": the subscriber's side, not data
        if _qualifies_data(parts, s):
            continue  # "numbers obtained for SMS": how the data came, nobody receives it
        clause = max((t.i + 1 for t in doc[start:s] if t.lower_ in (",", ";")), default=start)
        if doc[clause].lower_ in ("who", "which", "that") and clause > start:
            # "..., our affiliates, who may receive ...": the subject is the noun before
            clause = max(
                (t.i + 1 for t in doc[start : clause - 1] if t.lower_ in (",", ";")), default=start
            )
            if doc[clause].lower_ in ("and", "or"):
                # "advertising networks, data brokers, and social media platforms, which may
                # receive ...": the whole list is the subject, back to its colon or start
                clause = max(
                    (t.i + 1 for t in doc[start:clause] if t.lower_ in (";", ":")), default=start
                )
        if all(t.lower_ in AUXILIARIES or t.lower_.endswith("ly") for t in doc[clause:s]):
            # "Our partners, including lenders and insurers, may contact you ...": only the
            # auxiliary follows the appositive; the subject opens the clause
            clause = max((t.i + 1 for t in doc[start:s] if t.lower_ in (";", ":")), default=start)
        subject = (clause, s)
        if (
            any(
                parts.has(label, *subject)
                for label in ("recipient_outside", "recipient_partner", "recipient_provider")
            )
            or any(
                doc[n].lower_ in ("nobody", "none", "no")
                for n, _ in parts.within("negator", *subject)
            )
            or any(t.lower_ in _RESTRICTING for t in doc[subject[0] : subject[1]])
        ):
            # "the only parties that receive your number are ...": the receivers, restricted
            found.append((s, e))
    return found


def _qualifies_data(parts: _Parts, verb: int) -> bool:
    """Is the receiving participle a qualifier of the data right before it? In "The
    categories of recipients above do not receive mobile phone numbers obtained for SMS" the
    act is "do not receive"; "obtained for SMS" only says where the numbers came from, as
    "collected" would. "Our partners obtain your number" has no data before the verb."""
    return _participle(parts.doc[verb].lower_) and any(
        e == verb
        for label in ("mobile_data", "personal_data", "nonmobile_data")
        for _s, e in parts.spans.get(label, [])
    )


def _receives_messages(parts: _Parts, verb_end: int) -> bool:
    """Is the object of "receive" the messages themselves ("consent to receive recurring
    texts")? That is the subscriber's side of the program, not a party receiving data; in
    "receive your SMS opt-in data" the data comes first and decides."""
    doc = parts.doc
    end = next(
        (t.i for t in doc[verb_end : verb_end + 6] if t.is_punct and t.text not in "-/"),
        min(len(doc), verb_end + 6),
    )
    messages = parts.within("text_messages", verb_end, end)
    first = {
        label: min(
            (
                s
                for s, e in parts.within(label, verb_end, end)
                # "receive text messages": data words that end in the messages are the messages
                if not any(s <= ms and me == e for ms, me in messages)
            ),
            default=end,
        )
        for label in ("mobile_data", "personal_data")
    }
    first["text_messages"] = min((s for s, _e in messages), default=end)
    return first["text_messages"] < min(first["mobile_data"], first["personal_data"])


def _receiving(parts: _Parts, group: list[tuple[int, int]]) -> bool:
    return all(parts.has("receive_verb", s, e) for s, e in group)


def _is_verb_use(doc: Doc, i: int) -> bool:
    """Not a keyword ("Text RENT to 55555") and not a noun ("paying rent", "the trade")."""
    token = doc[i]
    if token.text.isupper() and len(token.text) > 1 and not _shouted(doc):
        return False
    if (
        0 < i < len(doc) - 1
        and token.text.istitle()
        and not doc[i - 1].is_punct
        and (doc[i - 1].text.istitle() or doc[i + 1].text.istitle())
    ):
        return False  # part of a name: "our Partner Sharing Terms"
    if token.lower_ in _NOUN_LIKE and i > 0:
        before = doc[i - 1].lower_
        if before == "," and not _opens_an_object(doc, i + 1):
            return False  # "rental applications, lease agreements, our portal": a noun's list
        return before in _BEFORE_VERB or before.endswith("ly")
    return token.lower_ not in _NOUN_LIKE or i == 0


# what follows a verb of sharing: its object, a preposition, a joint ("rent, lease or share")
_AFTER_VERB = {
    "to", "with", "out", "on", "over", "or", "and", "nor", ",", "/", "any", "personal",
    "mobile", "phone", "cell", "contact", "information", "data", "numbers", "lists",
}  # fmt: skip


def _opens_an_object(doc: Doc, j: int) -> bool:
    """Does the word at j start what a verb takes? In a list after a comma a word like "lease"
    is a verb when its object or a joint follows ("sell, lease or share your number", "sell,
    lease your data") and a noun's modifier when a noun follows ("applications, lease
    agreements, the portal")."""
    if j >= len(doc):
        return True
    word = doc[j].lower_
    return word in _AFTER_VERB or word in _OUT_OBJECT or doc[j].is_punct


_SELL = {"sell", "sells", "selling", "sold"}
# words that open an object after "sell out" ("sell out your list"): then it is a sale
_OUT_OBJECT = {
    "your", "our", "their", "its", "his", "her", "my", "the", "a", "an", "any", "all", "it",
    "them", "this", "these", "those", "that", "such", "customer", "customers", "user", "users",
}  # fmt: skip


def _sold_out(parts: _Parts, i: int) -> bool:
    """ "Tours sell out on weekends", "seats sold out", "a sold-out show": stock that runs out,
    nothing handed to anyone. Only an object after "out" ("sell out your list") is a sale."""
    doc = parts.doc
    if doc[i].lower_ not in _SELL:
        return False
    j = i + 1
    if j < len(doc) and doc[j].text in ("-", "‐", "–"):
        j += 1
    if j >= len(doc) or doc[j].lower_ != "out":
        return False
    if j + 1 >= len(doc):
        return True
    data = ("mobile_data", "personal_data")
    return doc[j + 1].lower_ not in _OUT_OBJECT and not any(
        j < s <= j + 3 for label in data for s, _e in parts.spans.get(label, [])
    )


def _gerund_subject(parts: _Parts, i: int, start: int, end: int) -> bool:
    """ "Sharing with affiliates (see above) never extends to your number": an -ing form that
    opens the sentence and is followed by a verb of scope names the sharing the sentence
    limits; it is the subject, not an act of sharing."""
    doc = parts.doc
    return (
        i == start
        and doc[i].lower_.endswith("ing")
        and any(
            not parts.within("share_verb", i + 1, s)  # its own predicate, no other sharing
            for s, _e in parts.within("scope_verb", i + 1, end)
            + parts.within("exclusion_verb", i + 1, end)
        )
    )


def _cross_reference(doc: Doc, i: int) -> bool:
    """ "(see above)", "(see Section 4)": a pointer to another part of the policy."""
    return i > 0 and doc[i - 1].text == "(" and doc[i].lower_ == "see"


def _asked_whether(doc: Doc, i: int, start: int) -> bool:
    """Is the verb in a question the sentence asks, not an act it states? "You have the right
    to know whether personal information is sold or disclosed and to whom": the clause after
    "whether" is what a request asks about; it says nothing is sold. The question runs from
    "whether" to the next clause break (";", ":", a closing parenthesis)."""
    for token in reversed(doc[start:i]):
        if token.lower_ == "whether":
            return True
        if token.text in (";", ":", ".", "(", ")"):
            return False
    return False


def _quoted(doc: Doc, i: int, start: int) -> bool:
    """Inside quotation marks: a title ("the “How We Share Information” section"), not a verb."""
    opened: int | None = None
    for token in doc[start:i]:
        if token.text == "“" or (token.text == '"' and opened is None):
            opened = token.i
        elif token.text in ("”", '"'):
            opened = None
    if opened is None:
        return False
    close = next((t.i for t in doc[i:] if t.text in ("”", '"')), len(doc))
    return close - opened > 3  # a one-word quote ("we may “sell” data") is still the verb


def _shouted(doc: Doc) -> bool:
    """A sentence set in capitals ("WE MAY SHARE YOUR PHONE NUMBER ..."): its words are words,
    not keywords."""
    words = [t.text for t in doc if t.is_alpha and len(t.text) > 1]
    return len(words) >= 4 and sum(w.isupper() for w in words) >= 0.8 * len(words)


def _sharing_noun(doc: Doc, i: int) -> bool:
    """ "the sharing described above", "any sharing in this section": a kind of sharing named,
    not an act ("the sharing of your number" is still one)."""
    token = doc[i]
    if not token.lower_.endswith("ing") or i == 0:
        return False
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return doc[i - 1].lower_ in _NOUN_DETERMINERS and after not in (
        "of",
        "your",
        "our",
        "any",
        "mobile",
        "phone",
        "this",
    )


# the section a sentence stands in, named as such ("This section does not apply to ...")
_THIS_SECTION = re.compile(
    r"\b(?:this|the (?:above|preceding|foregoing)) (?:section|paragraph|part|clause)\b",
    re.IGNORECASE,
)
_SHARING_HEADING = re.compile(
    r"\b(?:shar\w*|disclos\w*|recipients?|receiv\w*|transfers?|third[- ]part\w*|sale|sell\w*)\b",
    re.IGNORECASE,
)


_CONTRAST = {"but", "however", "whereas", "while", "yet", "although"}


def _contrasts_sharing(parts: _Parts, segment: tuple[int, int]) -> bool:
    """Does the segment open with a contrast ("but", "however", "whereas") after a clause of
    the same sentence that names sharing? Then that sharing is what the segment's exclusion
    excludes from: "We share information with affiliates for their own marketing, but your
    text consent and mobile number are excluded"."""
    start = segment[0]
    return (
        start > 0
        and parts.doc[start].lower_ in _CONTRAST
        and parts.has("sharing_context", 0, start)
    )


def _exclusion(
    parts: _Parts,
    segment: tuple[int, int],
    *,
    sharing_section: bool = False,
    shared_before: bool = False,
) -> Clause | None:
    """A statement that takes mobile data out of the sharing the policy describes: "all the
    above categories exclude SMS opt-in data and consent", "mobile opt-in information is not
    part of any sharing in this section", "the disclosures above do not cover your text-message
    data", and under a heading about sharing "this section does not apply to text messaging
    originator opt-in data". An exclusion states nothing that is shared: it is the promise."""
    start, end = segment
    if not parts.has("mobile_data", start, end):
        return None
    # "Data we disclose to partners does not include ...": the subject names the sharing
    set_named = any(
        _names_the_shared_set(parts, s, start, end)
        for s, _e in parts.within("share_verb", start, end)
    )
    named = (
        shared_before
        or set_named
        or parts.has("sharing_context", start, end)
        or (sharing_section and bool(_THIS_SECTION.search(parts.doc[start:end].text)))
    )
    for s, e in parts.within("exclusion_verb", start, end):
        # "the above excludes SMS opt-in data": what is above is the policy's sharing
        if not (named or parts.has("described_elsewhere", start, end)):
            continue
        if _locally_negated(parts, start, s):  # "mobile data is not excluded from the sharing"
            return _included(parts, segment)
        phrase = _excluded_phrase(parts, start, s, e, end)
        if parts.has("mobile_data", *phrase):
            return _excluded_but(parts, segment, max(phrase[1], e))
    # a carve-out of mobile data from the segment's own sharing needs no sharing named
    # elsewhere: "Business partners may receive your details other than your mobile number"
    carved = _carved_mobile_data(parts, segment)
    if carved is not None:
        return carved
    if not named:
        return None
    for s, _e in parts.within("scope_verb", start, end):
        if _names_recipients(parts, s):
            continue
        clause = _clause_start(parts, start, s)
        if _locally_negated(parts, start, s):
            # "the limitations in this section do not apply to ...": the limit is lifted
            return (
                _included(parts, segment)
                if parts.has("restriction", clause, s)
                else _excluded_but(parts, segment, _e)
            )
        if (
            parts.doc[s].lower_ in _SCOPE_VERBS
            and (set_named or parts.has("sharing_context", start, s))
            and (
                parts.has("purpose_marketing", clause, end)
                or _partner_recipient(parts, (start, end))
            )
        ):
            # "the sharing with marketing partners described above includes your number"
            return _included(parts, segment)
    return None


def _excluded_but(parts: _Parts, segment: tuple[int, int], after: int) -> Clause:
    """An exclusion may carry its own exception, read as a negated verb's: "the above excludes
    opt-in data, except that numbers may go to our lead buyers", "... unless you agreed to
    partner offers", "... except as needed to share with marketing affiliates" take back the
    exclusion they make; "..., except as required by law" keeps it."""
    kind, why = _carve_out(parts, after, segment[1])
    if kind == "exception":
        return Clause("exception", "mobile", why, attempted=True)
    return _excluded(parts, segment)


def _names_recipients(parts: _Parts, verb: int) -> bool:
    """ "To anyone, affiliates included": a participle right after a recipient says who is
    among the recipients, not what data the sharing covers."""
    return parts.doc[verb].lower_ in ("included", "covered") and any(
        e == verb
        for label in ("recipient_outside", "recipient_partner", "recipient_provider")
        for _s, e in parts.spans.get(label, [])
    )


def _carved_mobile_data(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """ "Except for SMS opt-in data, we may share the categories above with providers", "we
    share the information above with vendors, but never your SMS opt-in data", "with the
    exception of mobile opt-in data, we may share ...": positive sharing that names mobile
    data as left out of it. A relative clause on the data left out is part of the carve-out:
    in "except your mobile number, which we never share" the "never" is not the sharing's."""
    doc = parts.doc
    start, end = segment
    for i in range(start, end - 1):
        word, nxt = doc[i].lower_, doc[i + 1].lower_
        if not (
            word in ("except", "excluding", "besides")
            or (word in ("other", "apart", "aside") and nxt in ("than", "from"))
            or (word == "exception" and nxt == "of")
            or (word == "but" and nxt in ("never", "not"))
        ):
            continue
        stop = next((t.i for t in doc[i + 2 : end] if t.lower_ in (",", ";")), end)
        phrase = (i + 1, stop)
        if not parts.has("mobile_data", *phrase) or any(
            parts.has(label, *phrase)
            for label in ("recipient_outside", "recipient_partner", "recipient_provider")
        ):
            continue
        carved = (i, _relative_end(doc, stop, end))
        verbs = [
            (s, e)
            for s, e in parts.within("share_verb", start, end)
            + parts.within("handover_verb", start, end)
            # "Our affiliates may receive customer information, excluding mobile numbers"
            + _receivers(parts, start, end)
            if not carved[0] <= s < carved[1]
        ]
        if verbs and not any(_locally_negated(parts, start, v) for v, _e in verbs):
            return _excluded(parts, segment)
    return None


def _relative_end(doc: Doc, comma: int, end: int) -> int:
    """Where a relative clause that opens at the comma (", which we never share,") ends: at
    the next comma or ";"; the comma itself when none opens there."""
    if comma + 1 >= end or doc[comma].lower_ != "," or doc[comma + 1].lower_ not in _RELATIVE:
        return comma
    return next((t.i for t in doc[comma + 1 : end] if t.lower_ in (",", ";")), end)


def _excluded_phrase(
    parts: _Parts, start: int, verb: int, verb_end: int, end: int
) -> tuple[int, int]:
    """What an exclusion verb takes out: its object ("exclude SMS opt-in data"), or for
    "is excluded" / "is exempt" its subject."""
    doc = parts.doc
    clause = _clause_start(parts, start, verb)
    if verb == clause and doc[verb].lower_ in ("excluded", "exempt", "exempted"):
        # "Excluded from all of the above: phone numbers ...": what follows the colon
        colon = next((t.i for t in doc[verb:end] if t.lower_ == ":"), None)
        return (colon + 1, end) if colon is not None else (verb_end, end)
    if doc[verb].lower_ in ("excluded", "exempt", "exempted") or (
        verb > start and doc[verb - 1].lower_ in _BE
    ):
        # "Text messaging opt-in data and consent are excluded", "... is carved out of every
        # sharing practice": the passive's subject
        return max(
            (t.i + 1 for t in doc[start:verb] if t.lower_ in _LOCAL_BREAK - {"and"}), default=start
        ), verb
    stop = next((t.i for t in doc[verb_end:end] if t.lower_ in (",", ";", "from", "but")), end)
    return verb_end, stop


def _clause_start(parts: _Parts, start: int, verb: int) -> int:
    return max((t.i + 1 for t in parts.doc[start:verb] if t.lower_ in _LOCAL_BREAK), default=start)


def _included(parts: _Parts, segment: tuple[int, int]) -> Clause:
    text = parts.doc[segment[0] : segment[1]].text.strip().rstrip(".;:,")
    return Clause(
        "exception",
        "mobile",
        f"mobile data is part of the sharing described: “{text}”",
        attempted=True,
    )


def _locally_negated(parts: _Parts, start: int, verb: int) -> bool:
    """Is the verb negated within its own clause? In "we do not share data, except that the
    categories above include your number" the "not" belongs to "share", not to "include"."""
    return len(parts.within("negator", _clause_start(parts, start, verb), verb)) % 2 == 1


def _kept(parts: _Parts, segment: tuple[int, int], previous: str = "none") -> Clause | None:
    """ "We keep your mobile number to ourselves", "your phone number stays with us": the
    promise worded as keeping the data, not as a negated sharing verb. "Those stay with us"
    keeps the mobile data named just before."""
    start, end = segment
    for s, e in parts.within("keep_private", start, end):
        if (
            (
                parts.has("mobile_data", start, end)
                or (previous == "mobile" and _points_back(parts, start, s))
            )
            and not _locally_negated(parts, start, s)
            and not parts.has("hedge", start, end)
        ):
            kind, why = _carve_out(parts, e, end)
            if kind == "exception":
                return Clause("exception", "mobile", why, attempted=True)
            text = parts.doc[start:end].text.strip(" ;,").rstrip(".;:,")
            return Clause(
                "promise", "mobile", f"mobile data is kept private: “{text}”", attempted=True
            )
    return None


def _points_back(parts: _Parts, start: int, end: int) -> bool:
    return parts.has("anaphor", start, end) or parts.has("pronoun", start, end)


def _excluded(parts: _Parts, segment: tuple[int, int]) -> Clause:
    text = parts.doc[segment[0] : segment[1]].text.strip().rstrip(".;:,")
    return Clause(
        "promise",
        "mobile",
        f"mobile data is excluded from the sharing described: “{text}”",
        attempted=True,
    )


def _negated(parts: _Parts, pre: tuple[int, int], post: tuple[int, int]) -> bool:
    doc = parts.doc
    # a relative clause negates on its own: in "the above does not apply to SMS data, which is
    # not shared" only the second "not" is the verb's
    # and so does a clause after a colon: in "None of the above applies to texts: we do not
    # share mobile numbers" the "None" is not the verb's
    clause = max(
        (
            t.i + 1
            for t in doc[pre[0] : pre[1]]
            if (t.lower_ in _RELATIVE and t.i > 0 and doc[t.i - 1].lower_ == ",")
            or (t.lower_ == ":" and _clause_after_colon(doc, t.i, pre[1]))
        ),
        default=pre[0],
    )
    if _denied_item(doc, clause, pre[1]):
        return True
    # a second predicate of the same subject has its own auxiliary and negation: in "SMS data
    # is not part of that disclosure and is never shared" the "not" belongs to "part"
    clause = max(
        (
            t.i + 1
            for t in doc[clause : pre[1]]
            if t.lower_ in _PREDICATE_JOINS
            and t.i + 1 < pre[1]
            and doc[t.i + 1].lower_ in AUXILIARIES
        ),
        default=clause,
    )
    count = _negations(parts, clause, pre[1])
    for s, _e in parts.within("negator", *post):
        # "with no one", "to nobody": the recipient is negated
        if (
            s > 0
            and doc[s - 1].lower_ in ("with", "to")
            and (
                doc[s].lower_ in ("nobody", "none")
                or doc[s].lower_ == "no"
                and s + 1 < len(doc)
                and doc[s + 1].lower_ in _NO_RECIPIENT
            )
        ):
            count += 1  # not "with no exceptions for partners"
    if _kept_from(parts, pre[1]):
        count += 1
    if _answered_no(doc, pre[1], post[1]):
        count += 1
    return count % 2 == 1


_ASKING = {"do", "does", "will", "would", "can", "could", "is", "are", "may"}
_ANSWER_LABEL = {"a", ":", "answer", "-", "—"}


def _question_to_us(doc: Doc, i: int) -> bool:
    """Is the "you" at i not the subject of a question ("Do you share ...?")? Asked like that,
    "you" is the business the visitor asks about, not the visitor sharing with it."""
    return not (
        i > 0
        and doc[i].lower_ == "you"
        and doc[i - 1].lower_ in _ASKING
        and any(t.text == "?" for t in doc[i:])
    )


def _answered_no(doc: Doc, verb: int, end: int) -> bool:
    """An FAQ folded into one sentence: "Will my number be given to anyone? A: Never, ...",
    "Do you share my number with other companies? No." The verb stands in a question, and the
    answer that follows the question mark opens with a denial, which negates it. Not the
    question mark of a question that is not about the verb ("Questions? We never share ...")."""
    mark = next((t.i for t in doc[verb:end] if t.text == "?"), None)
    if mark is None:
        return False
    j = mark + 1
    while j < end and doc[j].lower_ in _ANSWER_LABEL:
        j += 1
    return j < end and doc[j].lower_ in ("no", "never", "nope", "not")


def _negations(parts: _Parts, start: int, end: int) -> int:
    """How many negations stand in the region. A "nor" after another negator continues that
    negation rather than adding one: "Neither your number nor your consent will be shared"
    and "No mobile data nor consent is shared" negate "shared" once; a "nor" that opens the
    clause ("Nor do we share it") negates on its own."""
    found = parts.within("negator", start, end)
    return sum(1 for n, (s, _e) in enumerate(found) if not (parts.doc[s].lower_ == "nor" and n > 0))


def _denied_item(doc: Doc, start: int, verb: int) -> bool:
    """Is the verb an item of a list of denials after a colon ("...: no sale, no rental, no
    sharing with outside marketers")? Each "no" denies its own item, so the count of negators
    before the verb says nothing; the "no" right before it does."""
    if verb < 1 or doc[verb - 1].lower_ != "no":
        return False
    colon = next((t.i for t in reversed(doc[start:verb]) if t.text == ":"), None)
    if colon is None:
        return False
    items: list[list[str]] = [[]]
    for token in doc[colon + 1 : verb]:
        if token.lower_ in (",", "and", "or", "nor"):
            items.append([])
        else:
            items[-1].append(token.lower_)
    return all(item[0] == "no" for item in items if item)


def _clause_after_colon(doc: Doc, colon: int, verb: int) -> bool:
    """Does the colon open a clause of its own before the verb? It does when a subject word
    follows it ("...: we never share it") or when a subject and its auxiliary stand between
    it and the verb: in "Your number and consent are not part of that: no mobile information
    will be shared with third parties or affiliates" the "not" governs "part of that", and
    only the "no" of "no mobile information will be" governs "shared". A colon that only
    introduces the object ("We do not share: your number") has no auxiliary after it."""
    if colon + 1 >= len(doc):
        return False
    if doc[colon + 1].lower_ in _NEW_SUBJECT:
        return True
    return any(doc[j].lower_ in AUXILIARIES for j in range(colon + 2, verb))


def _kept_from(parts: _Parts, verb: int) -> bool:
    """ "Mobile numbers are excluded from any sharing", "exempt from disclosure to affiliates":
    a sharing verb right after an exclusion and "from" is denied, as "not shared" is."""
    doc = parts.doc
    i = verb - 1
    while i >= 0 and doc[i].lower_ in ("any", "all", "the", "such"):
        i -= 1
    return (
        i > 0
        and doc[i].lower_ == "from"
        and any(e == i for _s, e in parts.spans.get("exclusion_verb", []))
    )


def _elided(parts: _Parts, start: int, verb_start: int) -> bool:
    """Does the verb share the auxiliary (and its "not") of the verb before it? In "will not be
    shared with or sold to", "sold" stands for "will not be sold"; in "are not sold, and are
    shared" the repeated "are" starts a statement of its own."""
    gap = [t.lower_ for t in parts.doc[start:verb_start]]
    joints = [i for i, word in enumerate(gap) if word in _JOINING]
    if not joints or parts.has("negator", start, verb_start):
        return False
    # "do not sell X and share it" may mean "and we share it"; "or", and "and" between two
    # participles ("not sold and not shared" said once), keep the negation
    if gap[joints[-1]] == "and" and not _participle(parts.doc[verb_start].lower_):
        return False
    after = gap[joints[-1] + 1 :]
    # a pronoun breaks the clause only as a new subject: in "trade it with, or sell it to" the
    # "it" is the object of the verb before, and "sell" still shares its "never"
    subjects = [
        t.lower_
        for t in parts.doc[start : start + joints[-1]]
        if t.lower_ not in _OBJECT_PRONOUNS or t.dep_.startswith("nsubj")
    ]
    return not any(word in _CLAUSE_BREAK for word in subjects) and all(
        word in _ELIDED_GAP or word.endswith("ly") for word in after
    )


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in ("sold", "given", "made", "leased", "rented")


def _passive(doc: Doc, verb_start: int, floor: int) -> int | None:
    """Index of the be-form before a passive verb ("will not be shared"), if any."""
    if not _participle(doc[verb_start].lower_):
        return None
    for i in range(verb_start - 1, max(floor, verb_start - 5) - 1, -1):
        if doc[i].lower_ in _BE:
            return i
    return None


# bare nouns that mean the subscriber's number or consent once qualified by the texts
_NUMBER_NOUNS = frozenset({"number", "numbers", "consent", "consents", "opt-ins"})


def _topic(parts: _Parts, window: tuple[int, int], *, scope: bool, previous: str) -> str:
    """What the window (object or passive subject) is about: mobile, personal or other."""
    doc = parts.doc
    start, end = window
    if end <= start:
        return "mobile" if scope else "personal"
    cut = next((t.i for t in doc[start:end] if t.lower_ in _QUALIFIER and t.i > start), end)
    head, qualifier = (start, cut), (cut, end)
    if parts.has("mobile_data", *head):
        return "mobile"
    if any(s < cut for s, _e in parts.within("mobile_data", start, end)):
        return "mobile"  # "numbers collected for text alerts": the head noun, qualified
    if parts.has("nonmobile_data", *head):
        return "other"
    pointing_back = parts.has("anaphor", *head) or parts.has("pronoun", *head)
    if pointing_back and previous in ("mobile", "personal", "other"):
        return previous
    if previous == "mobile" and any(t.lower_ in ("number", "numbers") for t in doc[start:cut]):
        # "... excludes SMS opt-in data ...; numbers from in-store sign-ups may be shared":
        # after mobile data, a bare "numbers" is the subscribers' phone numbers
        return "mobile"
    if parts.has("anaphor", *head) and parts.has("mobile_data", 0, start):
        return "mobile"  # "... your number ..., nobody else ever sees it"
    if parts.has("mobile_data", *qualifier):
        return "mobile"
    if (parts.has("sms_scope", *qualifier) or parts.has("text_messages", *qualifier)) and any(
        t.lower_ in _NUMBER_NOUNS for t in doc[head[0] : head[1]]
    ):
        return "mobile"  # "numbers and consent collected for order texts"
    if scope:
        return "mobile"
    if parts.has("personal_data", *head) or parts.has("anaphor", *head):
        return "personal"
    return "none"


_EXAMPLE_MARKERS = {"including", "includes", "include", "such", "like", "namely", "e.g."}
# a contact detail named by its channel alone in a list of examples ("such as phone")
_CHANNEL_DETAILS = {"phone", "mobile", "cell", "cellphone", "telephone"}
_LIST_REACH = 10


def _names_mobile(parts: _Parts, start: int, end: int) -> bool:
    """ "..., including your mobile number": what is shared is spelled out after the verb.
    The mobile data may be any item of the list the marker opens ("such as name, email and
    mobile number"), and a bare channel word is the number there ("your contact details (such
    as phone)")."""
    doc = parts.doc
    starts = [s for s, _e in parts.within("mobile_data", start, end)]
    starts += [t.i for t in doc[start:end] if t.lower_ in _CHANNEL_DETAILS]
    for s in sorted(set(starts)):
        if _in_example_list(parts, start, s):
            return True
    return False


def _in_example_list(parts: _Parts, start: int, item: int) -> bool:
    """Does a marker of examples ("including", "such as") open the list the item stands in?
    Walks back over the list's words and joints; a preposition, a verb or a negation ends the
    walk ("shared with partners, not your mobile number")."""
    doc = parts.doc
    # the marker may stand in the object window before the list ("details, such as ...")
    for i in range(item - 1, max(0, start - 2, item - _LIST_REACH) - 1, -1):
        word = doc[i].lower_
        if word in _EXAMPLE_MARKERS:
            # "never includes your mobile number" leaves it out
            return not parts.has("negator", max(0, i - 2), i)
        if parts.has("negator", i, i + 1) or not (
            doc[i].is_alpha or word in (",", "(", "&", "/", "-")
        ):
            return False
        if word in ("with", "to", "for", "from", "by", "of", "that", "which", "who"):
            return False
        if any(s <= i < e for s, e in parts.spans.get("share_verb", [])):
            return False
    return False


def _object_window(
    parts: _Parts,
    group: list[tuple[int, int]],
    floor: int,
    ceiling: int,
    subject: tuple[int, int] | None = None,
) -> tuple[int, int]:
    """What the verb group is about: the subject of a passive, else the object. `subject` is
    the subject of the passive predicate before, which a second predicate joined to it with
    only its own auxiliary shares ("your number is not sold and is shared with ...")."""
    doc = parts.doc
    verb = group[0][0]
    be = _passive(doc, verb, floor)
    if be is not None:
        if subject is not None and _subject_elided(doc, floor, be):
            return subject
        # "Mobile information will not be shared"; after a leading phrase ("Excluding your
        # email address, the information above may be shared") the subject follows the comma
        start = floor
        if doc[floor].lower_ in _LEADING_PHRASE:
            start = next((t.i + 1 for t in doc[floor:be] if t.lower_ == ","), floor)
        return start, be
    if _participle(doc[verb].lower_) and any(
        e == verb
        for label in ("mobile_data", "personal_data", "nonmobile_data")
        for _s, e in parts.spans.get(label, [])
    ):
        # "text message data shared with our affiliates": the noun before is what is shared
        start = max(
            (t.i + 1 for t in doc[floor:verb] if t.lower_ in (",", "to", "that")), default=floor
        )
        return start, verb
    if _receiving(parts, group):
        # "nobody else sees it", "our partners receive your number": the object follows, up
        # to a carve-out ("your details other than your mobile number")
        return group[-1][1], _carve_start(doc, group[-1][1], ceiling)
    if doc[verb].lower_ in _GOING:
        # "your entry details, including your cell number, go to the sponsor": the data is
        # the subject of the verb of motion
        # (an appositive before the verb: the subject is the whole clause before it)
        opening = _clause_start(parts, floor, verb)
        return (opening if opening < verb else floor), verb
    held = _object_inside(doc, group[-1])
    if held is not None:
        return held, held + 1
    end = group[-1][1]
    stop = next(
        (
            t.i
            for t in doc[end:ceiling]
            if t.lower_ in _OBJECT_STOP
            and t.i > end
            and doc[t.i - 1].lower_ not in ("opt", "-", "opted")
            and not _consent_to(doc, t.i)
            and not _inside_mobile_data(parts, t.i, end)
        ),
        ceiling,
    )
    return end, stop


_GOING = {"go", "goes", "went"}


def _carve_start(doc: Doc, start: int, end: int) -> int:
    """Where a carve-out ("except", "excluding", "other than", "but") opens, or the end."""
    for t in doc[start:end]:
        word = t.lower_
        nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if word in ("except", "excluding", "besides", "but", "unless") or (
            word in ("other", "apart", "aside") and nxt in ("than", "from")
        ):
            return t.i
    return end


def _object_inside(doc: Doc, verb: tuple[int, int]) -> int | None:
    """The pronoun a verb phrase holds as its object: in "we make it available to our sister
    companies" what is shared is "it" (the number named before), not what follows the
    phrase."""
    return next((t.i for t in doc[verb[0] + 1 : verb[1] - 1] if t.lower_ in _OBJECT_PRONOUNS), None)


def _inside_mobile_data(parts: _Parts, i: int, start: int) -> bool:
    """ "share the number I use for text alerts with ...": the "for" is inside a data phrase
    that the vocabulary reads whole (a number qualified by what it is for), not the end of
    the object."""
    return any(start <= s < i < e for s, e in parts.spans.get("mobile_data", []))


def _subject_elided(doc: Doc, start: int, be: int) -> bool:
    """Between the verb before and this predicate's be-form, only a joint and auxiliaries
    ("and is", "but will", ", and may also"): no subject of its own, so it shares the one
    before. A noun or pronoun there ("and it is", "and the data is") is a subject."""
    words = [t.lower_ for t in doc[start:be]]
    return (
        bool(words)
        and any(word in _PREDICATE_JOINS or word == "or" for word in words)
        and all(
            word in _PREDICATE_JOINS
            or word in AUXILIARIES
            or word in (",", "or", "also", "then", "not", "never", "n't", "n’t")
            or word.endswith("ly")
            for word in words
        )
    )


def _consent_to(doc: Doc, i: int) -> bool:
    """ "your consent to receive texts": the "to" belongs to what is shared, not a recipient."""
    return (
        doc[i].lower_ == "to"
        and i + 1 < len(doc)
        and i > 0
        and doc[i + 1].lower_ in ("receive", "get", "be", "text", "message", "contact")
        and doc[i - 1].lower_ in ("consent", "permission", "agreement", "authorization")
    )


def conditions(parts: _Parts, start: int, end: int) -> list[tuple[int, int]]:
    """The consent words in the region that state a condition ("with your consent", "unless
    you agree", "at your request"), not a thing that is shared ("opt-in data and consent")."""
    doc = parts.doc
    found = []
    for s, e in parts.within("consent_condition", start, end):
        for i in range(s - 1, max(start, s - _CONDITION_REACH) - 1, -1):
            word = doc[i].lower_
            if word in _CONDITION_MARKERS:
                found.append((s, e))
                break
            if word in _CONDITION_STOP:
                break
    return found


def _carve_out(parts: _Parts, start: int, end: int) -> tuple[str, str]:
    """What an exception after the verb allows: ("exception"|"allowed"|"", why)."""
    carves = parts.within("carve_out", start, end)
    if not carves:
        return "", ""
    begin = min(s for s, _e in carves)
    region = (begin, end)
    text = parts.doc[begin:end].text.strip().rstrip(".;:,")
    if conditions(parts, *region):
        return "exception", f"the promise is lifted with consent: “{text}”"
    if parts.has("described_elsewhere", *region):
        return "exception", f"the promise defers to sharing described elsewhere: “{text}”"
    if parts.has("law_permits", *region):
        return "exception", f"the promise gives way wherever the law permits sharing: “{text}”"
    if parts.has("purpose_marketing", *region) or _partner_recipient(parts, region):
        return "exception", f"the promise carves out partners or marketing: “{text}”"
    if _contacts_on_own(parts, region):
        return "exception", f"the recipients may contact the subscriber themselves: “{text}”"
    if parts.has("recipient_provider", *region) or parts.has("purpose_operations", *region):
        return "allowed", f"only service providers or the law are excepted: “{text}”"
    return "", ""


def _leading_carve_out(parts: _Parts, start: int, verb: int) -> tuple[str, str] | None:
    """An exception that opens the clause before the verb: "Other than with your consent, we do
    not share ...", "Except as required by law, we never ...". It governs the verb only when a
    comma closes it before the verb's own clause."""
    doc = parts.doc
    carves = [(s, e) for s, e in parts.within("carve_out", start, verb) if doc[s].lower_ != "only"]
    if not carves:
        return None
    begin = carves[0][0]
    # "Other than with our franchisees, who may text you about promotions, we don't share":
    # the carve-out runs to the comma that opens the verb's own clause
    comma = max((t.i for t in doc[begin:verb] if t.lower_ == ","), default=None)
    if comma is None:
        return None
    kind, why = _carve_out(parts, begin, comma)
    return (kind, why) if kind else None


def _narrow_recipient(parts: _Parts, start: int, end: int) -> bool:
    """ "We will not share your number with other customers / with debt collectors": a promise
    about one kind of recipient, not about third parties or marketing."""
    doc = parts.doc
    if start >= end or doc[start].lower_ not in ("with", "to", "w"):
        return False
    stop = next(
        (
            t.i
            for t in doc[start + 1 : end]
            if t.lower_
            in (",", ";", "for", "or", "and", "unless", "except", "without", "in", "who", "that")
        ),
        end,
    )
    phrase = (start + 1, stop)
    if doc[start + 1].lower_ in _OBJECT_PRONOUNS | {"those", "these", "such"}:
        return False  # "... to third parties, and we never share your number with them"
    if stop - start < 2 or doc[start + 1].lower_ in (
        "receive",
        "send",
        "provide",
        "deliver",
        "us",
        "ourselves",
    ):
        return False
    if any(
        parts.has(label, *phrase)
        for label in (
            "recipient_outside",
            "recipient_partner",
            "recipient_provider",
            "negator",
            "purpose_marketing",
        )
    ):
        return False
    return not parts.has("purpose_marketing", start, end) and not parts.has(
        "recipient_outside", start, end
    )


def _sale_only(parts: _Parts, group: list[tuple[int, int]]) -> bool:
    """Every verb of the group sells, rents or trades ("never sold, rented or traded")."""
    return all(parts.has("sale_verb", s, e) for s, e in group)


def _partner_recipient(parts: _Parts, region: tuple[int, int]) -> bool:
    """Partners/affiliates/advertisers named, and not as service providers."""
    providers = parts.within("recipient_provider", *region)
    for s, e in parts.within("recipient_partner", *region):
        if not any(ps <= s and e <= pe for ps, pe in providers) and not _restricted_head(
            parts.doc, s, e
        ):
            return True
    return False


def _outside_recipient(parts: _Parts, region: tuple[int, int]) -> bool:
    providers = parts.within("recipient_provider", *region)
    for s, e in parts.within("recipient_outside", *region):
        if not any(ps <= s < pe or ps < e <= pe for ps, pe in providers) and not _restricted_head(
            parts.doc, s, e
        ):
            return True
    return False


def _contacts_on_own(parts: _Parts, region: tuple[int, int]) -> bool:
    """Does a recipient get the number to contact the subscriber itself? In "... except with
    the contractors we dispatch to your unit, who may contact you directly to schedule
    repairs" the contractors are no service provider delivering the business's texts: they
    text or call from their own phones, which is the sharing the promise denies. A recipient
    that contacts the subscriber for the business ("vendors who text you on our behalf", "the
    platform that texts you our reminders") delivers its messages: allowed."""
    doc = parts.doc
    for start, end in parts.within("recipient_contacts", *region):
        if any(t.lower_ in ("we", "us", "i") for t in doc[start + 1 : end]):
            continue  # "that we text you": the business contacts, not the recipient
        stop = next((t.i for t in doc[end : region[1]] if t.lower_ in (",", ";", ".")), region[1])
        if not parts.has("acts_for_us", start, stop):
            return True
    return False


def _restricted_head(doc: Doc, start: int, end: int) -> bool:
    """ "The only companies that see your number are ...": the head of the restriction names
    the set the sentence goes on to fill in, not a recipient of its own."""
    return (
        start > 0
        and doc[start - 1].lower_ in _RESTRICTING
        and end < len(doc)
        and doc[end].lower_ in ("that", "who", "which", "to", "with")
    )


def _judge_group(
    parts: _Parts,
    group: list[tuple[int, int]],
    segment: tuple[int, int],
    pre_start: int,
    *,
    negated: bool,
    scope: bool,
    previous: str,
    window: tuple[int, int],
) -> Clause:
    doc = parts.doc
    seg_start, seg_end = segment
    verb_end = group[-1][1]
    post = (verb_end, seg_end)
    topic = _topic(parts, window, scope=scope, previous=previous)
    if topic in ("personal", "none") and _names_mobile(parts, window[1], seg_end):
        topic = "mobile"  # "personal information ... with partners, including your number"
    if topic in ("personal", "none") and (
        _contacted_at_number(parts, group, window)
        or _antecedent_is_mobile(parts, seg_start, group[0][0])
        or _announced_list_is_mobile(parts, window, seg_end)
        or _elaborates_mobile(parts, window, seg_start, group[0][0])
    ):
        topic = "mobile"
    if topic in ("other", "none"):
        return Clause("neutral", topic, "the sentence is not about mobile or personal data")
    mobile = topic == "mobile"
    if parts.has("hedge", seg_start, seg_end):
        return Clause("neutral", topic, "a non-committal statement, not a promise")
    if negated:
        kind, why = _carve_out(parts, *post)
        if kind != "exception":
            kind, why = _leading_carve_out(parts, seg_start, group[0][0]) or (kind, why)
        if kind == "exception":
            return Clause(
                "exception" if mobile else "general_exception", topic, why, attempted=mobile
            )
        if mobile and _narrow_recipient(parts, window[1], seg_end):
            return Clause("neutral", topic, "a promise about one kind of recipient only")
        if mobile and _sale_only(parts, group):
            return Clause(
                "sale_promise",
                topic,
                "mobile data is not sold, rented or traded; "
                "nothing is said of sharing or giving it to others",
            )
        if mobile:
            return Clause(
                "promise",
                topic,
                why or "mobile data is not shared",
                attempted=True,
                for_purpose=parts.has("purpose_marketing", *post),
            )
        return Clause(
            "general_promise", topic, "data in general is not shared; mobile data is not named"
        )
    whole = (seg_start, seg_end)
    if _receiving(parts, group):
        post = whole  # "our sponsors may receive your number": the recipient is the subject
    sale = any(parts.has("sale_verb", s, e) for s, e in group)
    operations = parts.has("purpose_operations", *whole)
    provider_only = parts.has("recipient_provider", *post) and not _outside_recipient(parts, post)
    if _marketing_purpose(parts, whole):
        why = "shared for marketing"
    elif sale and not operations:
        why = "sold, rented or traded"
    elif conditions(parts, *post) and not provider_only:
        why = "shared when the subscriber consents"
    elif mobile and _partner_recipient(parts, post) and not _only_for_operations(parts, whole):
        why = "shared with partners or affiliates"
    elif mobile and _contacts_on_own(parts, post):
        why = "shared with recipients who contact the subscriber themselves"
    elif mobile and _outside_recipient(parts, post) and not operations:
        why = "shared with third parties"
    else:
        return Clause("allowed", topic, "sharing for operations or with service providers")
    text = doc[seg_start:seg_end].text.strip().rstrip(".;:,")
    to_partners = (
        why == "shared when the subscriber consents"
        and _partner_recipient(parts, post)
        and not provider_only
    )
    return Clause(
        "exception" if mobile else "general_exception",
        topic,
        f"{why}: “{text}”",
        to_partners=to_partners,
    )


_ONLY_REACH = 4


def _contacted_at_number(
    parts: _Parts, group: list[tuple[int, int]], window: tuple[int, int]
) -> bool:
    """Is the number someone contacts the subscriber at the phone number? In "Our partners
    may call you at the number you gave us" a number one calls or texts at is the phone."""
    doc = parts.doc
    return (
        len(group) == 1
        and doc[group[0][1] - 1].lower_ in ("using", "at", "on", "via")
        and any(t.lower_ in ("number", "numbers") for t in doc[window[0] : window[1]])
    )


def _elaborates_mobile(parts: _Parts, window: tuple[int, int], start: int, verb: int) -> bool:
    """Does a verb with no object of its own stand after a colon that elaborates a clause
    about mobile data? In "We do not monetize your phone number in any way: no sale, no
    rental, no sharing with outside marketers" what is not shared is the phone number."""
    doc = parts.doc
    if any(
        parts.has(label, *window)
        for label in ("mobile_data", "personal_data", "nonmobile_data", "anaphor")
    ):
        return False
    colon = next((t.i for t in reversed(doc[start:verb]) if t.text == ":"), None)
    return colon is not None and parts.has("mobile_data", start, colon)


def _announced_list_is_mobile(parts: _Parts, window: tuple[int, int], end: int) -> bool:
    """Does an object that announces a list ("the following categories") have mobile data in
    the list after the colon? "We have sold the following categories in the last 12 months:
    identifiers (name, email, phone number)" sold the phone number."""
    doc = parts.doc
    if not any(t.lower_ == "following" for t in doc[window[0] : window[1]]):
        return False
    colon = next((t.i for t in doc[window[1] : end] if t.text == ":"), None)
    return colon is not None and (
        parts.has("mobile_data", colon + 1, end)
        or any(t.lower_ in _CHANNEL_DETAILS for t in doc[colon + 1 : end])
    )


def _antecedent_is_mobile(parts: _Parts, start: int, verb: int) -> bool:
    """Is the verb in a relative clause on mobile data? In "The above excludes text messaging
    originator opt-in data, which we share with our marketing partners" what is shared is the
    noun before ", which": the relative pronoun is the verb's object (or, "which are shared",
    its subject), whatever follows the verb."""
    doc = parts.doc
    j = verb - 1
    while j > start and (doc[j].lower_ in AUXILIARIES or doc[j].lower_ in ("we", "they")):
        j -= 1
    if j <= start or doc[j].lower_ not in ("which", "that") or doc[j - 1].text != ",":
        return False
    comma = j - 1
    opening = max(
        (t.i + 1 for t in doc[start:comma] if t.text in (",", ";", ":") or t.lower_ in _RELATIVE),
        default=start,
    )
    return parts.has("mobile_data", opening, comma)


def _only_for_operations(parts: _Parts, region: tuple[int, int]) -> bool:
    """ "Our carrier partners may receive your number only as needed to route messages": the
    sharing is restricted to running the service, whoever the recipients are called; unless
    marketing is allowed too (checked before this), that is sharing reviewers accept."""
    doc = parts.doc
    return any(
        t.lower_ in _RESTRICTING
        and any(
            t.i < s <= t.i + _ONLY_REACH for s, _e in parts.within("purpose_operations", *region)
        )
        for t in doc[region[0] : region[1]]
    )


def _marketing_purpose(parts: _Parts, region: tuple[int, int]) -> bool:
    """Is marketing a purpose the sentence allows? Not where its own clause denies it: "the
    carriers receive your number, and none of them may use it for marketing"; nor where its
    own clause takes the data out of that sharing: "mobile numbers are excluded from any
    sharing for marketing purposes"."""
    return any(
        not _locally_negated(parts, region[0], s) and not _excluded_from(parts, region[0], s)
        for s, _e in parts.within("purpose_marketing", *region)
    )


def _excluded_from(parts: _Parts, start: int, purpose: int) -> bool:
    """ "... are excluded from any sharing for marketing": an exclusion verb followed by "from",
    earlier in the purpose's own clause and not itself negated, removes what comes after it."""
    clause = _clause_start(parts, start, purpose)
    doc = parts.doc
    return any(
        e < len(doc) and doc[e].lower_ == "from" and not _locally_negated(parts, start, s)
        for s, e in parts.within("exclusion_verb", clause, purpose)
    )


def _only_providers_receive(parts: _Parts, region: tuple[int, int]) -> bool:
    """ "The only parties that receive your number are the carriers that deliver our texts, and
    none of them may use it for marketing": the receivers are restricted to the providers
    that deliver the messages and their marketing use is denied, which is the promise itself,
    not an allowance beside it."""
    doc = parts.doc
    providers = parts.within("recipient_provider", *region)
    if not providers or _outside_recipient(parts, region) or _partner_recipient(parts, region):
        return False
    restricted = any(t.lower_ in _RESTRICTING for t in doc[region[0] : providers[0][0]])
    denials = parts.within("purpose_marketing", *region)
    return restricted and bool(denials) and not _marketing_purpose(parts, region)


# A sentence without one of these words cannot state or except a sharing promise; checking
# this first keeps a 50-page policy well under a second (the matcher is the costly part).
_MAY_SHARE = re.compile(
    r"\b(shar|sell|sold|rent|leas|trad|disclos|transfer|distribut|exchang|releas|licens|"
    r"made avail|make avail|to ourselves|stays? with us|remains? with us|internal use|"
    r"kept (?:private|confidential)|(?:give|gave|given|giving)\s+(?:\w+\s+)?away)",
    re.IGNORECASE,
)
_HANDOVER = re.compile(
    r"\b(provid|give|gave|pass|report|send|sent|suppl|furnish|forward|hand)\w*\b"
    r".*\b(to|with)\b",
    re.IGNORECASE,
)
_CARVE_START = re.compile(r"^\W*(except|unless|excluding|however|but)\b", re.IGNORECASE)
_MOBILE_HINT = re.compile(
    r"\b(mobile|cell|phone|sms|mms|text|texting|opt[- ]?in|originator)\b", re.IGNORECASE
)
# sharing told from the recipient's side ("our partners receive your number", "nobody sees it")
_RECEIVING = (
    r"(receiv|sees?\b|saw\b|seen\b|gets?\b|obtain|access|"
    r"(?:contact|call|text|reach)\w*\s+you\s+(?:using|at|on|via)\b)"
)
_RECIPIENT_HINT = (
    r"(nobody|no one|none|partner|affiliat|third[- ]part|recipient|vendor|compan|"
    r"provider|advertiser|marketer|franchis|sponsor|dealer|broker|lender|others|"
    r"carrier|business|platform|parties|party)"
)
# data as the subject of a verb of motion ("your entry details go to the sponsor"); "go to
# our website" names no recipient
_GOES_TO = re.compile(
    rf"\b(?:go|goes|went)\s+to\s+(?:the\s+|our\s+|its\s+|their\s+)?\w*\s*{_RECIPIENT_HINT}",
    re.IGNORECASE,
)
_MAY_RECEIVE = re.compile(
    rf"\b{_RECEIVING}\w*.*\b{_RECIPIENT_HINT}|"
    rf"\b{_RECIPIENT_HINT}\w*.*\b{_RECEIVING}",
    re.IGNORECASE,
)
# an exclusion ("the categories above exclude SMS opt-in data") names the sharing it excludes
# from; "sharing", "disclosures", "sold" already make a sentence a candidate
_MAY_EXCLUDE = re.compile(
    r"\b(exclud|carve)|"
    r"\b(section|paragraph)\b.*\b(appl|cover|extend|pertain)\w*|"
    r"\b(cover|part of|appl|includ|extend|pertain|encompass|"
    r"involv|subject to|among|within)\w*\b.*\b(categor|recipient)|"
    r"\b(categor|recipient)\w*\b.*\b(exclud|carve|cover|part of|appl|"
    r"includ|extend|pertain|encompass|involv|subject to|among|within)",
    re.IGNORECASE,
)


def may_state_sharing(text: str) -> bool:
    """Cheap first look: could this text (a sentence with its lead-in) be a sharing clause?"""
    text = as_clauses(text)
    return bool(
        _MAY_SHARE.search(text)
        or _HANDOVER.search(text)
        or _CARVE_START.search(text)
        or (_MAY_EXCLUDE.search(text) and _MOBILE_HINT.search(text))
        or _MAY_RECEIVE.search(text)
        or _GOES_TO.search(text)
    )


def classify(
    sentence: str,
    *,
    heading: str = "",
    lead_in: str = "",
    previous: str = "none",
    doc: Doc | None = None,
    sms_only: bool = False,
) -> Clause:
    """Judge one sentence (a list item with its lead-in) under its heading.

    `sms_only`: the policy says it covers only a text-message program, so its data is that
    program's, as under an SMS heading.

    `previous` is the topic of the sentence before it in the same section, for "it" and
    "this information", and for an exception that starts the next sentence ("Except with
    your consent."). `doc` is the parsed text (lead-in and sentence), when the caller parsed
    many at once (nlp.pipe is far faster than one call per sentence).
    """
    spanish = read_spanish(sentence)
    if spanish is not None:  # a bilingual policy's Spanish sentence
        label, why = spanish
        return Clause(label, "mobile", why, attempted=label != "sale_promise")
    fields = as_clauses(sentence)
    if fields != sentence:
        sentence, doc = fields, None
    scope_lead = lead_in
    if lead_in and not awaits_its_verb(lead_in) and _states_own_sharing(sentence):
        lead_in, doc = "", None  # the item's own verb and recipient decide, not the lead-in's
    text = f"{lead_in} {sentence}" if lead_in else sentence
    if _PLURAL_MARK.search(text):
        text, doc = _PLURAL_MARK.sub(r"\1s", text), None
    if not (
        _MAY_SHARE.search(text)
        or _HANDOVER.search(text)
        or (previous == "mobile" and _CARVE_START.search(sentence))
        or (_MAY_EXCLUDE.search(text) and _MOBILE_HINT.search(text))
        or _MAY_RECEIVE.search(text)
        or _GOES_TO.search(text)
    ):
        return Clause("neutral", "mobile" if _MOBILE_HINT.search(sentence) else "none")
    doc = doc if doc is not None else parse(text)
    parts = _parts(doc)
    scope = sms_only or is_sms_scope(heading) or is_sms_scope(scope_lead)
    best = Clause("neutral", "mobile" if parts.spans.get("mobile_data") else "none")
    excluded = False
    for n, segment in enumerate(_segments(doc)):
        if n and previous == "none" and parts.has("mobile_data", 0, segment[0]):
            # "None of this applies to mobile numbers ...; those are never shared": a pronoun
            # after ";" points back at the data the sentence named before it
            previous = "mobile"
        exclusion = _exclusion(
            parts,
            segment,
            sharing_section=bool(_SHARING_HEADING.search(heading)),
            shared_before=_contrasts_sharing(parts, segment),
        ) or _kept(parts, segment, previous)
        if exclusion is not None:
            best, excluded, previous = _better(best, exclusion), True, "mobile"
        pre_start, carried, subject = segment[0], False, None
        for group in _verb_groups(parts, *segment):
            verb_start = group[0][0]
            negated = _negated(parts, (pre_start, verb_start), (group[-1][1], segment[1])) or (
                carried and _elided(parts, pre_start, verb_start)
            )
            window = _object_window(parts, group, pre_start, segment[1], subject)
            verdict = _judge_group(
                parts,
                group,
                segment,
                pre_start,
                negated=negated,
                scope=scope,
                previous=previous,
                window=window,
            )
            passive = _passive(doc, verb_start, pre_start) is not None
            pre_start, carried, subject = group[-1][1], negated, window if passive else None
            best = _better(best, verdict)
            if verdict.topic in ("mobile", "personal"):
                previous = verdict.topic  # "it" in the next clause means this data
    if (
        best.label == "allowed"
        and best.topic == "mobile"
        and _only_providers_receive(parts, (0, len(doc)))
    ):
        best = Clause(
            "promise",
            "mobile",
            "mobile data goes only to the providers that deliver "
            "the messages, and none may use it for marketing",
            attempted=True,
        )
    if excluded and best.label == "general_exception":
        # "we share personal information with partners, excluding SMS opt-in data": the
        # sharing is of other data; for mobile data the sentence is the promise
        best = _excluded(parts, (0, len(doc)))
    if (
        best.label == "neutral"
        and previous == "mobile"
        and doc[:1].text.lower() in ("except", "unless", "excluding", "however", "but")
    ):
        kind, why = _carve_out(parts, 0, len(doc))
        if kind == "exception":
            best = Clause(
                "exception", "mobile", f"the sentence after the promise: {why}", attempted=True
            )
    return best


# "service provider(s)", "partner(s)": the tokenizer splits "provider(s" from ")", and the
# recipient would go unread; the marked plural reads as the plural
_PLURAL_MARK = re.compile(r"\b([A-Za-z]+)\((?:e?s)\)")
_RECIPIENTS = ("recipient_outside", "recipient_partner", "recipient_provider")


# a lead-in that stops after its subject and a negated auxiliary ("We do not:", "We will
# never:", "Our studio does not:"): the items below it are the rest of that one clause
_AWAITS_ITS_VERB = re.compile(
    r"^\W*(?:[\w'’-]+\s+){1,4}?"
    r"(?:(?:do|does|will|shall|would|can|could|may|must)\s+(?:not|never)(?:\s+ever)?"
    r"|(?:don|doesn|won|can|shan|wouldn)['’]t(?:\s+ever)?"
    r"|never(?:\s+ever)?|will\s+never|do\s+not\s+and\s+will\s+not)\s*:$",
    re.IGNORECASE,
)


def awaits_its_verb(lead_in: str) -> bool:
    """Does the lead-in stop after its subject and a negated auxiliary, so that each item
    below it supplies the verb of one clause the negation governs? "We do not:" over "Sell or
    share your personal information with third parties for marketing purposes" reads "We do
    not sell or share ...": the item is no sharing clause of its own, though it has a verb and
    a recipient. "We may share your number with:" has its verb; its items are recipients."""
    return _AWAITS_ITS_VERB.match(lead_in.strip()) is not None


def opens_with_its_verb(item: str) -> bool:
    """Does the item open with its sharing verb, no subject before it ("Sell your personal
    information.", "Rent or share your phone number with anyone.")? Such an item is the rest
    of a clause whose subject (and negation) stands above it, in a lead-in or a heading ("What
    we never do"). "We share your number with carriers" and "Your number is shared with our
    SMS provider" have their own subject."""
    if not (_MAY_SHARE.search(item) or _HANDOVER.search(item)):
        return False
    parts = _parts(parse(_PLURAL_MARK.sub(r"\1s", item)))
    groups = _verb_groups(parts, 0, len(parts.doc))
    first = next((t.i for t in parts.doc if t.is_alpha), None)
    return (
        bool(groups)
        and first is not None
        and groups[0][0][0] == first
        and not _participle(parts.doc[first].lower_)  # "Sold or rented data ..." is a subject
    )


def _states_own_sharing(item: str) -> bool:
    """Is a list item a sharing clause of its own, with its own verb and recipient? Under
    "We share the following with these companies:", the item "For users who opt in to texts,
    we may share the following with our SMS provider solely to deliver the messages:" names
    whom it shares with; read after the lead-in, "these companies" would become its recipient.
    A bare item ("Mobile phone numbers", "With your consent") has no verb of its own and means
    something only under its lead-in."""
    if not (_MAY_SHARE.search(item) or _HANDOVER.search(item)):
        return False
    parts = _parts(parse(_PLURAL_MARK.sub(r"\1s", item)))
    return any(
        parts.has(label, group[-1][1], len(parts.doc))
        for group in _verb_groups(parts, 0, len(parts.doc))
        if not _receiving(parts, group)
        for label in _RECIPIENTS
    )


# words that point back at what the sentence before described ("not part of that")
_POINTING_BACK = {"that", "this", "those", "these", "it", "above", "foregoing", "same"}
_POINTER_FILLER = {"of", "in", "by", "to", "under", "any", "all", "none", "the", "either"}


def shares_something(sentence: str) -> bool:
    """Does the sentence state sharing of something (a sharing verb its clause does not
    negate, or a handing-over verb with a recipient): "We share event details with the
    caterer you choose", "We pass your date to the vendors you pick"."""
    if not (_MAY_SHARE.search(sentence) or _HANDOVER.search(sentence)):
        return False
    parts = _parts(parse(sentence))
    groups = _verb_groups(parts, 0, len(parts.doc))
    return any(not _locally_negated(parts, 0, group[0][0]) for group in groups)


def restricted_to_providers(sentence: str) -> bool:
    """Does the sentence name the providers as the only receivers? "SMS opt-in information may
    be shared only with vendors that help us deliver text messages": "only" (or "solely",
    "exclusively") before the providers, and no partner or outside party among the receivers.
    Said of mobile data, it lists everywhere that data goes. "We may share your number with
    our texting vendor" (no "only") or "... only with vendors and marketing partners" does
    not."""
    if not _MAY_SHARE.search(sentence) and not _HANDOVER.search(sentence):
        return False
    doc = parse(sentence)
    parts = _parts(doc)
    region = (0, len(doc))
    providers = parts.within("recipient_provider", *region)
    if not providers or _outside_recipient(parts, region) or _partner_recipient(parts, region):
        return False
    return any(t.lower_ in _RESTRICTING for t in doc[: providers[0][0]])


# the same exclusion said the other way round, the pointer its subject: "None of that applies
# to your mobile number", "This does not extend to text-message opt-in data", "None of the
# above covers your SMS consent"; a condition after it ("... unless you consent") makes it the
# exception it would then be
_POINTER_DENIES_REACH = re.compile(
    r"^\W*(?:none\s+of\s+(?:that|this|these|those|it|the\s+above|the\s+foregoing)"
    r"|(?:that|this|these|those|the\s+above|the\s+foregoing|it)\s+"
    r"(?:does|do|will|shall)\s*(?:not|n['\u2019]t)|(?:that|this|it)\s+never)\s+"
    r"(?:appl(?:y|ies)|extends?|pertains?|covers?|includes?|reach(?:es)?|concerns?|affects?)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:unless|except|other\s+than|only\s+if|if\s+you)\b", re.IGNORECASE)
_MAY_POINT_BACK = re.compile(
    r"\b(not|never|n't)\b.*\b(that|this|those|these|it|above|foregoing)\W*$", re.IGNORECASE
)


def excluded_from_before(sentence: str) -> bool:
    """Does the sentence take mobile data out of what the sentence before it described? "We
    share event details with the caterer. Your mobile number and SMS consent are not part of
    that.": the subject is mobile data, its own verb ("part of", "included in", "covered by",
    "among") is negated, and its object only points back ("that", "any of this", "the
    above"). Whether the sentence before shares something is for the caller to judge; "Your
    number is not part of our loyalty program" points at nothing before and is no exclusion."""
    turned = _POINTER_DENIES_REACH.match(sentence)
    if turned:
        rest = sentence[turned.end() :]
        return bool(_MOBILE_HINT.search(rest)) and not _CONDITION.search(rest)
    if not (_MAY_POINT_BACK.search(sentence) and _MOBILE_HINT.search(sentence)):
        return False
    doc = parse(sentence)
    parts = _parts(doc)
    end = next((t.i for t in doc if t.lower_ in (".", ";", ":", ",")), len(doc))
    if parts.has("share_verb", 0, len(doc)):
        return False  # a sentence that shares says so itself: classify() judges it
    for _s, negator_end in parts.within("negator", 0, end):
        if not parts.has("mobile_data", 0, negator_end):
            continue
        verb = next((t.i for t in doc[negator_end:end] if t.lower_ not in AUXILIARIES), end)
        scope = [e for s, e in parts.within("scope_verb", verb, end) if s == verb]
        if doc[verb : verb + 1].text.lower() in ("among", "within"):
            scope = [verb + 1]
        if not scope:
            continue
        pointer = [t.lower_ for t in doc[scope[0] : end] if t.lower_ not in _POINTER_FILLER]
        if pointer and all(word in _POINTING_BACK for word in pointer):
            return True
    return False


def _better(current: Clause, new: Clause) -> Clause:
    chosen = new if _RANK[new.label] < _RANK[current.label] else current
    if new.attempted and not chosen.attempted:
        chosen = replace(chosen, attempted=True)
    if chosen.topic in ("none", "other") and new.topic == "mobile":
        chosen = replace(chosen, topic="mobile")
    return chosen
