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

This module is the entry point: it picks the sentences that may state sharing, splits them
into segments and weighs the verdicts of their clauses. The reading itself is split by what it
looks at: clause_parts (the vocabulary matches and shared word sets), clause_verbs (which words
are sharing verbs), clause_negation (whether a verb is denied), clause_objects (what is
shared), clause_conditions (conditions, carve-outs, recipients: one verb group's verdict),
clause_exclusions (mobile data taken out of the sharing described) and clause_answers (an FAQ's
question and its elided answer as the one statement they make).

Labels:
  promise            mobile data is not shared (no exception, or only service providers / law)
  exception          mobile data may be shared or sold, or the promise carves out consent,
                     partners, marketing or "as described in this policy"
  general_exception  the same about data in general (an exception unless mobile data is
                     excluded elsewhere in the policy)
  sale_promise       mobile data is not sold, rented or traded; nothing is said of sharing
  general_promise    data in general is not shared (does not plainly cover mobile data)
  narrow_promise     mobile data is kept only from the business's own affiliates; nothing is
                     said of third parties (set on the page, `sharing.denies_only_affiliates`)
  allowed            sharing that reviewers accept (service providers, the law, a merger)
  neutral            no statement about sharing
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads on first use
    from spacy.tokens import Doc

import re
from dataclasses import replace
from functools import lru_cache

from analyzers.policy.clause_answers import _ASKING, answered_question, question_and_answer
from analyzers.policy.clause_conditions import (
    _carve_out,
    _judge_group,
    _only_for_providers,
    _only_providers_receive,
    _outside_recipient,
    _partner_recipient,
    _providers_fill_the_set,
    closed_to_providers,
    conditions,
    texts_on_its_own,
)
from analyzers.policy.clause_exclusions import (
    _SHARING_HEADING,
    _contrasts_sharing,
    _excluded,
    _exclusion,
    _kept,
    _permission_denied,
    _restriction_kept,
    _safe_with_partners,
    _sale_only_verbs,
    _sharing_permitted,
    _stays_with_us_and_providers,
    _use_confined,
    excluded_by_label_or_pointer,
    points_back_at_sharing,
)
from analyzers.policy.clause_limits import (
    act_ruled_out,
    available_to,
    limit_lifted,
    not_for_sale,
    receivers_closed,
    use_limited,
)
from analyzers.policy.clause_negation import _elided, _locally_negated, _negated
from analyzers.policy.clause_objects import _object_window
from analyzers.policy.clause_parts import (
    _RESTRICTING,
    Clause,
    _participle,
    _Parts,
    _parts,
    _passive,
    _segments,
)
from analyzers.policy.clause_verbs import _RECIPIENTS, _receiving, _verb_groups
from analyzers.policy.fields import as_clauses
from analyzers.policy.spanish import read_spanish
from analyzers.text.grammar import AUXILIARIES
from analyzers.text.vocabulary import parse, vocabulary

# the entry point's public names: sharing.py, the tests and the bench import them from here
__all__ = [
    "LABELS",
    "Clause",
    "awaits_its_verb",
    "classify",
    "conditions",
    "excluded_from_before",
    "is_sms_scope",
    "may_state_sharing",
    "opens_with_its_verb",
    "restricted_to_providers",
    "shares_something",
]

LABELS = (
    "promise",
    "exception",
    "general_exception",
    "sale_promise",
    "general_promise",
    "narrow_promise",
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
    "narrow_promise",
    "allowed",
    "neutral",
)


_RANK = {label: rank for rank, label in enumerate(_PRECEDENCE)}


_SCOPE_WORDS = ("mobile_data", "sms_scope")


@lru_cache(maxsize=4096)
def is_sms_scope(text: str) -> bool:
    """Does a heading or lead-in scope what follows to text messaging?"""
    if not text:
        return False
    return bool(vocabulary("privacy").labels_in(text) & set(_SCOPE_WORDS))


# A sentence without one of these words cannot state or except a sharing promise; checking
# this first keeps a 50-page policy well under a second (the matcher is the costly part).
_MAY_SHARE = re.compile(
    r"\b(shar|sell|sold|rent|leas|trad|barter|disclos|transfer|distribut|exchang|releas|licens|"
    r"made avail|make avail|to ourselves|stays? with us|remains? with us|internal use|in[- ]house|"
    r"(?:safe|secure|protected) with us\b|"
    r"kept (?:private|confidential)|"
    r"(?:stays?|remains?|is|are|be)\s+(?:\w+\s+)?(?:private|confidential)|"
    r"(?:give|gave|given|giving)\s+(?:\w+\s+)?away|"
    r"kept from|between you and us|for\s+our\s+(?:own\s+)?(?:internal\s+)?use\s+(?:alone|only)|"
    r"\bused\s+for\s+(?:no|nothing)\b|\bused\b[^.;]{0,40}\b(?:never|not)\s+(?:to|for)\b|\b(?:used|uses?)\s+(?:\w+\s+)?(?:only|solely|exclusively)\b|"
    r"^\W*(?:only|solely)\b[^.;]{0,40}\buses?\b|(?:stays?|remains?|rests?) with|"
    r"(?:give|gives|gave|given|giving)\s+(?:it\s+|them\s+)?out\b|"
    r"keep(?:s|ing)?\b[^.;]{0,60}\b(?:private|confidential)|"
    r"hand(?:s|ed|ing)? out|end(?:s|ed)? up (?:on|in|with)|"
    r"(?:hand|turn)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}over|\blen[dt]|"
    r"pass(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}(?:along|on)\b|\b(?:go|goes|went)\s+nowhere\b|"
    r"\b(?:leave|leaves|leaving|left)\s+(?:our|the|this)\s|"
    r"\b(?:make|makes|making|made)\s+(?:[\w'’-]+\s+){1,4}(?:available|accessible)\b)",
    re.IGNORECASE,
)


_HANDOVER = re.compile(
    r"\b(provid|give|gave|pass|report|send|sent|suppl|furnish|forward|hand|available|accessible)\w*\b"
    r".*\b(to|with)\b",
    re.IGNORECASE,
)


# the recipient as the first of two objects: "we never give advertisers your phone number"
_GIVEN_TO_WHOM = re.compile(
    r"\b(?:give|gives|gave|given|giving|hand|hands|handed|handing)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:advertiser|partner|affiliat|marketer|compan|sponsor|third|outside|vendor|provider|other)",
    re.IGNORECASE,
)


_CARVE_START = re.compile(r"^\W*(except|unless|excluding|however|but)\b", re.IGNORECASE)


_MOBILE_HINT = re.compile(
    r"\b(mobile|cell|phone|sms|mms|text|texting|opt[- ]?in|originator)\b", re.IGNORECASE
)


# sharing told from the recipient's side ("our partners receive your number", "nobody sees it")
_RECEIVING = (
    r"(receiv|sees?\b|saw\b|seen\b|gets?\b|obtain|access|handles?\b|handled\b|(?:may|can|will)\s+use\b|purchas|buy|bought|"
    r"(?:contact|call|text|reach|messag)\w*\s+you\s+(?:\w+\s+)?(?:using|at|on|via)\b|"
    r"(?:be|been|being|is|are)\s+(?:\w+\s+)?(?:given|handed|provided|furnished|supplied)\b|"
    r"(?:used|accessed)\s+by\b|to\s+use\b)"
)


_RECIPIENT_HINT = (
    r"(nobody|no one|none|partner|affiliat|third[- ]part|recipient|vendor|compan|"
    r"provider|advertiser|marketer|franchis|sponsor|dealer|broker|lender|others|"
    r"carrier|business|platform|parties|party|buyer|location|owner|store|office|brand)"
)


# data as the subject of a verb of motion ("your entry details go to the sponsor"); "go to
# our website" names no recipient
_GOES_TO = re.compile(
    rf"\b(?:go|goes|went)\s+(?:only\s+|solely\s+)?to\s+(?:the\s+|our\s+|its\s+|their\s+)?\w*\s*{_RECIPIENT_HINT}",
    re.IGNORECASE,
)


# the holders named as a closed set, whoever they are: "Only you and our scheduling team can see
# the number" (`receivers_closed`)
_CLOSED_SET = re.compile(
    rf"^\W*(?:only|solely|no\s+one|nobody|apart\s+from|aside\s+from|other\s+than|besides)\b"
    rf".*\b{_RECEIVING}",
    re.IGNORECASE,
)


# a hold on sharing denied: "No part of this policy restricts how our affiliates use ..."
# (`limit_lifted`)
_HOLD_LIFTED = re.compile(
    r"\b(?:nothing|no\s+part|none)\b.*\b(?:limit|restrict|prevent|prohibit|bar|stop|preclude)s?\b",
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
    r"\b(exclud|carve)|\bexceptions?\b.*\b(appl|cover|extend|pertain)\w*|"
    r"\b(section|paragraph)\b.*\b(appl|cover|extend|pertain)\w*|"
    r"\b(cover|part of|appl|includ|extend|pertain|encompass|"
    r"involv|subject to|among|within)\w*\b.*\b(categor|recipient)|"
    r"\b(categor|recipient)\w*\b.*\b(exclud|carve|cover|part of|appl|"
    r"includ|extend|pertain|encompass|involv|subject to|among|within)",
    re.IGNORECASE,
)


# a recipient that texts the subscriber ("...; those partners may then text you directly")
# holds the number, though no sharing verb says so (`texts_on_its_own` judges it), when the
# sentence (or the one before) is about the number: "Our partners may text you if you sign up
# on their websites" names no number of ours that they would hold
_TEXTED_BY = re.compile(
    rf"\b{_RECIPIENT_HINT}\w*\s+(?:[\w'’]+\s+){{0,4}}?(?:texts?|messages?|sms)\s+you\b",
    re.IGNORECASE,
)


_NUMBER_NAMED = re.compile(r"\b(?:number|numbers|opt[- ]?in|consent)\b", re.IGNORECASE)


# the shapes of a sentence that may state sharing, whatever came before it: the cheap first
# look (may_state_sharing) and the classifier's gate (_classify) both ask them, so a new shape
# is added here once
_SHARING_SHAPES = (
    _MAY_SHARE, _HANDOVER, _MAY_RECEIVE, _CLOSED_SET, _HOLD_LIFTED, _GIVEN_TO_WHOM, _GOES_TO,
)  # fmt: skip


def _sharing_shaped(text: str) -> bool:
    """Does the text have a shape of sharing: a sharing verb, a handover, a receiver, a closed
    set of holders, a lifted hold, a recipient given the data, or a carve-out of mobile data?"""
    return any(shape.search(text) for shape in _SHARING_SHAPES) or bool(
        _MAY_EXCLUDE.search(text) and _MOBILE_HINT.search(text)
    )


def may_state_sharing(text: str) -> bool:
    """Cheap first look: could this text (a sentence with its lead-in) be a sharing clause?"""
    text = as_clauses(text)
    return bool(
        _sharing_shaped(text)
        or _CARVE_START.search(text)
        or (_TEXTED_BY.search(text) and _NUMBER_NAMED.search(text))
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
    """Judge one sentence (a list item with its lead-in) under its heading: see
    `_classify`; a list of recipients run into the sentence is read item by item too
    (`_recipient_list`), and a question with its answer as the statement they make
    (`_with_its_answer`)."""
    if not lead_in and (statement := answered_question(sentence)) is not None:
        sentence, doc = statement, None  # "Do we share your number? We don't."
    verdict = _classify(
        sentence, heading=heading, lead_in=lead_in, previous=previous, doc=doc, sms_only=sms_only
    )
    if not lead_in and verdict.label in ("exception", "general_exception"):
        verdict = _answer_alone(sentence, heading, sms_only) or verdict
    if not lead_in and verdict.label not in ("exception", "promise"):
        verdict = _with_its_answer(sentence, verdict, heading=heading, sms_only=sms_only)
    listed = _recipient_list(sentence) if not lead_in else None
    if listed is None or verdict.label in ("exception", "promise"):
        return verdict
    lead, items = listed
    for item in items:
        item_verdict = _classify(
            item, heading=heading, lead_in=lead, previous=previous, sms_only=sms_only
        )
        if item_verdict.label == "exception":
            return item_verdict
    return verdict


def _answer_alone(sentence: str, heading: str, sms_only: bool) -> Clause | None:
    """An FAQ's yes/no question and an answer that is a clause of its own: "Do you sell or rent
    my data? We do not sell or rent any personal information." The question asks; it states no
    sharing, yet read whole its "sell or rent my data" is an exception. When the whole reads
    as one, the answer alone says what the business does, with the question's topic for its
    "it". None when the answer says nothing about sharing on its own ("Will my number be sold?
    Never." takes its verb from the question: `answered_question`)."""
    pair = question_and_answer(sentence)
    if pair is None or not pair[0] or pair[0].split()[0].lower() not in _ASKING:
        return None
    question, answer = pair
    topic = "mobile" if _MOBILE_HINT.search(question) else "personal"
    verdict = _classify(answer, heading=heading, previous=topic, sms_only=sms_only)
    denies = ("promise", "general_promise", "sale_promise", "narrow_promise")
    return verdict if verdict.label in denies else None


def _with_its_answer(sentence: str, verdict: Clause, *, heading: str, sms_only: bool) -> Clause:
    """An answer that is a clause of its own, read with what the question asks about: in "Is
    my mobile number sold or given to other companies? No, it is neither sold nor given to
    anyone else." the answer's "it" is the number the question names, as the sentence before
    would give it (`previous`). Only a promise or an exception the answer states replaces the
    verdict on the whole."""
    pair = question_and_answer(sentence)
    if pair is None or not _MOBILE_HINT.search(pair[0]):
        return verdict
    answer = _classify(pair[1], heading=heading, previous="mobile", sms_only=sms_only)
    return answer if answer.label in ("exception", "promise") else verdict


# a lead-in that stops at the recipients' preposition ("We share information with:", "We
# may disclose data to the following parties:"): the items after it are the recipients
_AWAITS_RECIPIENTS = re.compile(
    r"\b(?:with|to)(?:\s+the\s+following(?:\s+[\w-]+){0,2})?\s*$", re.IGNORECASE
)


def _recipient_list(sentence: str) -> tuple[str, list[str]] | None:
    """A sharing lead-in and its recipients run into one sentence: "We share information
    with: (a) our payment processor; (b) sponsors of promotions, including the mobile number
    you entered; (c) our auditors." Read whole, the items after the first ";" lose the verb
    that shares with them, and mobile data handed to one of them goes unread; each item is
    read under the lead-in, as a list item below it would be. Only an item's exception
    counts: the sentence read whole already holds what the items promise or allow."""
    lead, colon, rest = sentence.partition(":")
    if not colon or not _AWAITS_RECIPIENTS.search(lead):
        return None
    if not (_MAY_SHARE.search(lead) or _HANDOVER.search(lead + " to")):
        return None
    items = [item.strip() for item in rest.split(";") if item.strip()]
    return (lead + ":", items) if len(items) > 1 else None


def _classify(
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
    run_in = _run_in_list(sentence) if not lead_in else None
    if run_in is not None:  # "We never: sell your number; rent our SMS list."
        lead, items = run_in
        best = Clause("neutral")
        for item in items:
            verdict = classify(item, heading=heading, lead_in=lead, previous=previous)
            best = _better(best, verdict)
            if verdict.topic in ("mobile", "personal"):
                previous = verdict.topic  # "...; share it with partners": the item before's data
        return best
    scope_lead = lead_in
    if not lead_in and (head := _SCOPE_HEAD.match(sentence)) is not None:
        scope_lead = head.group(0)  # "The following applies to SMS subscribers as well: ..."
    if lead_in and not awaits_its_verb(lead_in) and _states_own_sharing(sentence):
        lead_in, doc = "", None  # the item's own verb and recipient decide, not the lead-in's
    text = f"{lead_in} {sentence}" if lead_in else sentence
    if _PLURAL_MARK.search(text):
        text, doc = _PLURAL_MARK.sub(r"\1s", text), None
    if _DENIED_ASIDE.search(text):
        text, doc = _DENIED_ASIDE.sub("", text), None
    if _DENIED_LIST.search(text):
        text, doc = _DENIED_LIST.sub("", text), None
    if _CLARIFYING_OPENER.search(text):
        text, doc = _CLARIFYING_OPENER.sub("", text), None
    if _CONNECTIVE_ASIDE.search(text):
        text, doc = _CONNECTIVE_ASIDE.sub("", text), None
    if _ANYONE_WHO_IS_NOT.search(text):
        text, doc = _ANYONE_WHO_IS_NOT.sub(r"\1 other than ", text), None
    if not (
        _sharing_shaped(text)
        or (previous == "mobile" and _CARVE_START.search(sentence))
        or (previous == "mobile" and _POINTER_DENIES_REACH.match(sentence))
        or (_TEXTED_BY.search(text) and (previous == "mobile" or _NUMBER_NAMED.search(text)))
    ):
        return Clause("neutral", "mobile" if _MOBILE_HINT.search(sentence) else "none")
    doc = doc if doc is not None else parse(text)
    parts = _parts(doc)
    scope = sms_only or is_sms_scope(heading) or is_sms_scope(scope_lead)
    best = Clause("neutral", "mobile" if parts.spans.get("mobile_data") else "none")
    excluded = False
    # an unconditional promise about mobile data that one segment makes, and the segments
    # that carve an exception out of sharing data in general
    mobile_promise: tuple[int, Clause] | None = None
    general_exceptions: set[int] = set()
    restricted_sharing = False  # mobile data shared, and only with providers or by law
    closed = False  # ... and the sentence says no one else receives it
    for n, segment in enumerate(_segments(doc)):
        if n and previous == "none" and parts.has("mobile_data", 0, segment[0]):
            # "None of this applies to mobile numbers ...; those are never shared": a pronoun
            # after ";" points back at the data the sentence named before it
            previous = "mobile"
        carve = _pointer_carve_out(parts, segment) if previous == "mobile" else None
        if carve is not None:
            best = _better(best, carve)
            continue
        exclusion = (
            _exclusion(
                parts,
                segment,
                sharing_section=bool(_SHARING_HEADING.search(heading)),
                shared_before=_contrasts_sharing(parts, segment)
                or points_back_at_sharing(parts, segment),
            )
            or _kept(parts, segment, previous)
            or _restriction_kept(parts, segment)
            or _permission_denied(parts, segment)
            or _stays_with_us_and_providers(parts, segment)
            or _safe_with_partners(parts, segment)
            or _use_confined(parts, segment)
            or _sharing_permitted(parts, segment, previous)
            or excluded_by_label_or_pointer(parts, segment)
        )
        if (
            exclusion is not None
            and exclusion.label == "promise"
            and _left_out_of_a_sale(parts, segment)
        ):
            exclusion = Clause(
                "sale_promise",
                "mobile",
                "mobile data is left out of the sale before; nothing is said of sharing it",
            )
        if exclusion is not None:
            best, excluded, previous = _better(best, exclusion), True, "mobile"
        # a limit on who holds the data or what it is for (clause_limits): a statement of its
        # own about mobile data, not mobile data taken out of the sharing beside it
        limit = (
            limit_lifted(parts, segment)
            or receivers_closed(parts, segment)
            or use_limited(parts, segment)
            or act_ruled_out(parts, segment)
            or not_for_sale(parts, segment)
            or available_to(parts, segment)
        )
        if limit is not None:
            best, previous = _better(best, limit), "mobile"
        own_texts = texts_on_its_own(parts, segment)
        if own_texts is not None:
            best = _better(best, own_texts)
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
            if verdict.label == "promise" and verdict.topic == "mobile":
                mobile_promise = mobile_promise or (n, verdict)
            if verdict.label == "general_exception":
                general_exceptions.add(n)
            if verdict.label == "allowed" and verdict.topic == "mobile":
                restricted_sharing = (
                    restricted_sharing
                    or _only_for_providers(parts, segment)
                    or _providers_fill_the_set(parts, segment)
                )
                closed = closed or closed_to_providers(parts, segment)
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
    if (
        best.label == "general_exception"
        and mobile_promise is not None
        and mobile_promise[0] not in general_exceptions
    ):
        # "We do not share personal information except with your consent; mobile opt-in data
        # is never shared": the exception is of data in general, and a clause of its own
        # about mobile data denies its sharing outright, as an exclusion would
        best = mobile_promise[1]
    if best.label == "allowed" and best.topic == "mobile" and closed:
        best = Clause(
            "promise",
            "mobile",
            "mobile data goes only to the providers that deliver the messages or as the law "
            "requires, and to no one else",
            attempted=True,
        )
    # "We don't sell your data, and we only share your phone number with the company that
    # sends our texts": a denied sale of data in general covers the number too
    if best.label in ("sale_promise", "general_promise") and restricted_sharing:
        best = Clause(
            "promise",
            "mobile",
            "mobile data is not sold, and what sharing there is goes only to the providers "
            "that deliver the messages or as the law requires",
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


def _left_out_of_a_sale(parts: _Parts, segment: tuple[int, int]) -> bool:
    """Does an exclusion take mobile data out of the thing a sale before it sells, and out of
    nothing else? "We may sell a customer list of names and mailing addresses; that list never
    includes phone numbers": the numbers are not sold, but the sentence says nothing of
    sharing them, as "we never sell your number" does not: a sale promise. After sharing ("We
    may share browsing data with ad networks; no mobile number is ever included") it is the
    promise."""
    start, end = segment
    if start == 0 or parts.has("share_verb", start, end) or parts.has("handover_verb", start, end):
        return False
    # the exclusion names the thing sold again ("that list", "those records"), not all the
    # policy's disclosures ("the foregoing excludes any mobile numbers" is the promise)
    # ... or points back at it as the object of its verb of scope ("We may sell anonymized
    # usage trends to researchers; your phone number is never part of them")
    words = [t for t in parts.doc[start:end] if t.is_alpha]
    if words and words[-1].lower_ in ("them", "it", "those", "these"):
        return _sale_only_verbs(parts, (0, start))
    if len(words) < 2 or words[0].lower_ not in ("that", "this", "these", "those", "such"):
        return False
    head = words[1].lower_.rstrip("s")
    named = any(t.lower_.rstrip("s") == head for t in parts.doc[:start] if t.is_alpha)
    return named and _sale_only_verbs(parts, (0, start))


# a head that says whom the rest of the sentence applies to, as a lead-in would: "The following
# applies to SMS subscribers as well: we may share your contact information with our
# affiliated brands" scopes the contact information to the texting program's
_SCOPE_HEAD = re.compile(
    r"^\W*(?:the\s+following|what\s+follows|this(?:\s+section)?|the\s+next\s+\w+)\s+"
    r"(?:also\s+)?appl(?:y|ies)\s+(?:equally\s+|also\s+)?to\b[^:;.]*:",
    re.IGNORECASE,
)


# "service provider(s)", "partner(s)": the tokenizer splits "provider(s" from ")", and the
# recipient would go unread; the marked plural reads as the plural
_PLURAL_MARK = re.compile(r"\b([A-Za-z]+)\((?:e?s)\)")


# an aside that lists, each negated, who is kept out: "Nobody outside our company (not
# partners, not affiliates, not advertisers) receives the phone numbers", "We never share it
# (not even with partners)". It restates the negation around it; read as the sentence's own
# words, its partners would be recipients of the sharing it denies. Only an aside within a
# sentence, not a sentence of its own in brackets ("... celular. (No outside company will
# receive your cell number.)": a translation, read as the sentence it is)
_DENIED_ASIDE = re.compile(
    r"(?<=\w)\s*\(\s*(?:not|no|never|neither|nor)\b[^().!?]*\)", re.IGNORECASE
)


# the same list set off by commas: "Nobody outside our company, not partners, not affiliates,
# not advertisers, will ever get the number". Two negated items at least, each after a comma,
# the last closed by a comma: one ", not partners," is a contrast the reader weighs
# ("we share it with vendors, not partners, ...": clause_negation._contrasted_away)
_DENIED_LIST = re.compile(
    r"(?<=\w),(?:\s*(?:not|no|never|nor)\b(?:\s+(?:even|any))?(?:\s+[\w'’-]+){1,3}\s*,){2,}(?=\s)",
    re.IGNORECASE,
)


# a phrase that opens a sentence only to say it clarifies: "For clarity, that never includes
# numbers from our SMS list" is "That never includes ...", whose subject points back at the
# sharing before; read with the opener, the pointer is no longer where the clause starts
_CLARIFYING_OPENER = re.compile(
    r"(?:^|(?<=[.;:!?]\s))\s*(?:for\s+(?:the\s+avoidance\s+of\s+doubt|clarity)|to\s+be\s+clear|"
    r"to\s+clarify|in\s+other\s+words|just\s+to\s+be\s+clear)\s*,\s*",
    re.IGNORECASE,
)


# everyone but a named set, said as a negated relative clause: "never shared with anyone who
# isn't one of our marketing partners" is "with anyone other than our marketing partners",
# whose carve-out names who does receive it (partners: an exception; "anyone who is not our
# texting vendor": the vendor alone, the promise). Read as it stands, the relative clause's
# "not" would deny nothing of the sharing and its partners would be no recipient
_ANYONE_WHO_IS_NOT = re.compile(
    r"\b(anyone|anybody|any\s+(?:one|other\s+)?(?:company|companies|party|parties|business|"
    r"businesses|entity|entities|organi[sz]ations?|person))\s+(?:who|that|which)\s+"
    r"(?:is|are)(?:\s+not|\s*n['’]t)\s+(?:(?:one|part|a\s+member)\s+of\s+|among\s+)?",
    re.IGNORECASE,
)


# a connective set off by commas inside a clause: "they may, however, be shared with our
# affiliates", "it can, though, be transferred". It links the clause to the one before and
# says nothing itself; left in, it parts the auxiliary from its verb, and the clause's subject
# ("they", the numbers named before) is no longer read as what is shared
_CONNECTIVE_ASIDE = re.compile(
    r"\s*,\s*(?:however|though|nevertheless|nonetheless|in\s+turn|of\s+course)\s*,(?=\s)",
    re.IGNORECASE,
)


# a lead-in that stops after its subject and a negated auxiliary ("We do not:", "We will
# never:", "Our studio does not:"): the items below it are the rest of that one clause
_AWAITS_ITS_VERB = re.compile(
    r"^\W*(?:[\w'’-]+\s+){1,4}?"
    r"(?:(?:do|does|will|shall|would|can|could|may|must)\s+(?:not|never)(?:\s+ever)?"
    r"|(?:don|doesn|won|can|shan|wouldn)['’]t(?:\s+ever)?"
    r"|never(?:\s+ever)?|will\s+never|do\s+not\s+and\s+will\s+not)\s*:$",
    re.IGNORECASE,
)


def _run_in_list(sentence: str) -> tuple[str, list[str]] | None:
    """A negated lead-in and its list run into one sentence: "We never: sell or share your
    mobile number; pass your opt-in to marketers; rent our SMS list." Each item after the
    colon is the rest of the one clause the negation governs, as under a lead-in of its own
    (`awaits_its_verb`); read as one sentence, the items after the first ";" would lose it."""
    lead, colon, rest = sentence.partition(":")
    if not colon or not awaits_its_verb(lead + ":"):
        return None
    items = [item.strip() for item in rest.split(";") if item.strip()]
    return (lead + ":", items) if len(items) > 1 else None


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


_POINTER_WORDS = {"the", "this", "that", "these", "those", "it", "above", "foregoing", "none", "of"}
_CONDITION_OPENERS = {"where", "when", "whenever", "if", "once", "in", "for"}


def _pointer_carve_out(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """After a promise about mobile data, a sentence that takes recipients or a condition out
    of it: "The above does not apply to our affiliated brands, which may text you offers",
    "This does not apply where you have given us consent to share it with partners". The
    pointer is the subject, its verb of scope is negated, and what follows "to" is an outside
    party or partner (not mobile data: "None of this applies to your mobile number" takes the
    number out of sharing, `excluded_from_before`), or what follows "where"/"if" is the
    subscriber's consent. The promise then does not hold for them: an exception."""
    doc = parts.doc
    start, end = segment
    words = [t for t in doc[start:end] if t.is_alpha or t.text in ("n't", "n’t")]
    if words and words[0].lower_ in _POINTER_WORDS:
        cases = _cases_excluded(parts, segment) or _recipients_left_out(parts, segment)
        if cases is not None:
            return cases
    scope = next(iter(parts.within("scope_verb", start, min(end, start + 7))), None)
    if not words or words[0].lower_ not in _POINTER_WORDS or scope is None:
        return None
    head = [t.lower_ for t in doc[start : scope[0]] if t.is_alpha or t.text in ("n't", "n’t")]
    if not parts.has("negator", start, scope[0]) or not all(
        w in _POINTER_WORDS or w in AUXILIARIES or w in ("not", "never", "n't", "n’t") for w in head
    ):
        return None
    after = (scope[1], end)
    if after[0] >= end or parts.has("mobile_data", *after):
        return None
    text = doc[start:end].text.strip().rstrip(".;:,")
    opener = doc[after[0]].lower_
    if opener in ("to", "for") and _heads_the_object(parts, after):
        why = f"the promise before does not hold for these recipients: “{text}”"
        return Clause("exception", "mobile", why, attempted=True)
    if opener in _CONDITION_OPENERS and conditions(parts, *after):
        why = f"the promise before does not hold once the subscriber consents: “{text}”"
        return Clause("exception", "mobile", why, attempted=True)
    return None


# a verb that holds sharing back, and sharing named as a noun after it ("does not limit
# sharing with", "does not restrict disclosures to")
_HOLDING_BACK = {"limit", "limits", "restrict", "restricts", "prevent", "prevents", "prohibit"}
_SHARING_NOUNS = {"sharing", "disclosure", "disclosures", "disclosing", "transfer", "transfers"}


def _recipients_left_out(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """After a promise, a sentence whose subject points back at it and that leaves recipients
    outside it: "This excludes partners in our family of brands, who may text you their own
    promotions" (a verb of exclusion, not negated, whose object is an outside party or
    partner), "The foregoing does not limit sharing with our lead partners" (a denied hold on
    sharing with them). The promise then does not hold for them: an exception. "This excludes
    information about your health" leaves data out, not recipients; "This excludes our
    service providers" names the providers reviewers accept."""
    doc = parts.doc
    start, end = segment
    verb = next(
        (
            (t.i, t.i + 1)
            for t in doc[start : min(end, start + 7)]
            if t.lower_ in _HOLDING_BACK or parts.has("exclusion_verb", t.i, t.i + 1)
        ),
        None,
    )
    if verb is None or verb[1] >= end:
        return None
    head = [t.lower_ for t in doc[start : verb[0]] if t.is_alpha or t.text in ("n't", "n’t")]
    denied = any(w in ("not", "never", "n't", "n’t") for w in head)
    if not all(w in _POINTER_WORDS or w in AUXILIARIES or w in ("not", "n't", "n’t") for w in head):
        return None
    text = doc[start:end].text.strip().rstrip(".;:,")
    if doc[verb[0]].lower_ in _HOLDING_BACK:
        # "does not limit sharing with ...": the hold denied, the sharing left free
        noun = doc[verb[1]].lower_ if verb[1] < end else ""
        if not denied or noun not in _SHARING_NOUNS or verb[1] + 1 >= end:
            return None
        after = (verb[1] + 1, end)
        if doc[after[0]].lower_ in ("with", "to") and _heads_the_object(parts, after):
            why = f"the promise before leaves sharing with these recipients free: “{text}”"
            return Clause("exception", "mobile", why, attempted=True)
        return None
    if denied:
        return None  # "This does not exclude ...": `_pointer_carve_out` reads the scope verbs
    if _heads_the_object(parts, (verb[1] - 1, end)):
        why = f"the promise before does not hold for these recipients: “{text}”"
        return Clause("exception", "mobile", why, attempted=True)
    return None


# the cases a pointer excludes from the promise before: "This excludes cases where ..."
_CASES = {"cases", "situations", "instances", "circumstances", "times"}


def _cases_excluded(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """After a promise, "This excludes cases where you've asked us to connect you with a
    partner lender" takes cases out of the promise, not data out of sharing: the pointer is
    the subject, its verb of exclusion is not negated, and its object is cases, situations or
    circumstances. When the case is the subscriber's say-so or a partner receiving the data,
    the promise does not hold then: an exception ("This excludes cases where the law requires
    disclosure" names the law's case, which the promise may leave)."""
    doc = parts.doc
    start, end = segment
    verb = next(iter(parts.within("exclusion_verb", start, min(end, start + 5))), None)
    if verb is None or verb[1] >= end or doc[verb[1]].lower_ not in _CASES:
        return None
    head = [t.lower_ for t in doc[start : verb[0]] if t.is_alpha]
    if not all(w in _POINTER_WORDS or w in AUXILIARIES for w in head):
        return None
    case = (verb[1] + 1, end)
    if conditions(parts, *case) or _partner_recipient(parts, case):
        text = doc[start:end].text.strip().rstrip(".;:,")
        why = f"the promise before does not hold in these cases: “{text}”"
        return Clause("exception", "mobile", why, attempted=True)
    return None


_PHRASE_END = {",", ".", ";", ":", "which", "who", "that", "and", "or", "when", "where", "if"}


def _heads_the_object(parts: _Parts, after: tuple[int, int]) -> bool:
    """Is an outside party or partner the head of the object of "to" ("to our affiliated
    brands, which ...", "to our affiliates"), not a modifier of something else ("to
    third-party websites", "to our partners' own privacy practices")?"""
    doc = parts.doc
    first = next((t.i for t in doc[after[0] + 1 : after[1]] if t.text in _PHRASE_END), after[1])
    heads = [
        e
        for label in ("recipient_outside", "recipient_partner")
        for _s, e in parts.within(label, after[0], first)
    ]
    heads += [e + 1 for e in heads if e < len(doc) and doc[e].lower_ in _ORGANIZATIONS]
    return first in heads and not parts.has("recipient_provider", after[0], first)


# the head after a recipient word that makes it a kind of organization: "affiliated brands"
_ORGANIZATIONS = {
    "brand", "brands", "company", "companies", "business", "businesses", "entity", "entities",
    "organization", "organizations", "firm", "firms", "group", "groups",
}  # fmt: skip


def _better(current: Clause, new: Clause) -> Clause:
    chosen = new if _RANK[new.label] < _RANK[current.label] else current
    if new.attempted and not chosen.attempted:
        chosen = replace(chosen, attempted=True)
    if chosen.topic in ("none", "other") and new.topic == "mobile":
        chosen = replace(chosen, topic="mobile")
    return chosen
