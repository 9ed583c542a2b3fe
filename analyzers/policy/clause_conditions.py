"""Conditions, carve-outs and recipients: what turns a sharing verb into a promise or an exception.

A negated sharing of mobile data is a promise unless something lifts it: a condition that
governs the verb ("with your consent", "unless you agree"), a carve-out after it ("except with
our partners", "as described in this policy") or before it ("Other than with your consent,
..."). Sharing that is not negated is an exception when it is for marketing, a sale, on the
subscriber's consent or to partners or third parties, and allowed when it is for operations or
with service providers. `_judge_group` gives one verb group its verdict from these.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads on first use
    from spacy.tokens import Doc

from analyzers.policy.clause_negation import _locally_negated
from analyzers.policy.clause_objects import _CHANNEL_DETAILS, _names_mobile, _topic
from analyzers.policy.clause_parts import (
    _OBJECT_PRONOUNS,
    _RELATIVE,
    _RESTRICTING,
    Clause,
    _clause_start,
    _Parts,
)
from analyzers.policy.clause_verbs import _receiving
from analyzers.text.grammar import AUXILIARIES

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


def conditions(parts: _Parts, start: int, end: int) -> list[tuple[int, int]]:
    """The consent words in the region that state a condition ("with your consent", "unless
    you agree", "at your request"), not a thing that is shared ("opt-in data and consent")."""
    doc = parts.doc
    found = []
    for s, e in parts.within("consent_condition", start, end):
        if _authority_request(doc, s):
            continue
        for i in range(s - 1, max(start, s - _CONDITION_REACH) - 1, -1):
            word = doc[i].lower_
            if word in _CONDITION_MARKERS or _as_after_carve_out(doc, i):
                found.append((s, e))
                break
            if word in _CONDITION_STOP or _thing_excepted(doc, i):
                break
        else:
            if _consent_given(doc, start, s):
                found.append((s, e))
    return found


def _thing_excepted(doc: Doc, i: int) -> bool:
    """Is the word at i the "for" of "except for", which names a thing taken out ("except for
    text messaging opt-in data and consent", "except for SMS consent and mobile numbers"),
    not a condition on the sharing ("except with your consent")?"""
    return doc[i].lower_ == "for" and i > 0 and doc[i - 1].lower_ in ("except", "excepting")


def _as_after_carve_out(doc: Doc, i: int) -> bool:
    """ "other than as you may direct or authorize", "save as you instruct": "as" after a
    carve-out word opens the subscriber's say-so as "unless" would ("other than SMS consent"
    names a thing, and has no "as")."""
    return doc[i].lower_ == "as" and i > 0 and doc[i - 1].lower_ in ("than", "except", "save")


# the subscriber's clause that gives the consent: "unless you give us your consent", "if you
# have first granted us your written permission"
_GIVING_CLAUSE = {
    "you", "we", "us", "your", "have", "has", "had", "first", "already", "give", "gives",
    "gave", "given", "grant", "grants", "granted", "provide", "provides", "provided",
    "express", "prior", "explicit", "written", "affirmative", "specific", "separate",
}  # fmt: skip
_GIVING_VERBS = {"give", "gives", "gave", "given", "grant", "grants", "granted", "provide",
                 "provides", "provided"}  # fmt: skip
_GIVING_REACH = 8


def _consent_given(doc: Doc, start: int, consent: int) -> bool:
    """Is the consent word the object of the subscriber's giving it, under a marker? "No
    mobile information will be shared ..., unless you give us your consent": "unless"
    governs "give", and what is given is the consent, so the sharing is conditioned on it,
    as "unless you consent" is. "We share the consent you give us" has no marker before it."""
    between = []
    for i in range(consent - 1, max(start, consent - _GIVING_REACH) - 1, -1):
        word = doc[i].lower_
        if word in _CONDITION_MARKERS and word not in ("given", "express"):
            return any(w in _GIVING_VERBS for w in between)
        if word not in _GIVING_CLAUSE:
            return False
        between.append(word)
    return False


# who makes a request or gives a direction that is the law's, not the subscriber's
_AUTHORITIES = {
    "legal", "lawful", "law", "government", "governmental", "regulatory", "court", "judicial",
    "police", "enforcement", "official", "valid", "subpoena", "agency", "authorities",
}  # fmt: skip


def _authority_request(doc: Doc, i: int) -> bool:
    """Is the consent word a request made by the law? "to comply with legal requests, court
    orders" is a legal duty (allowed), not "at your request" (the subscriber's say-so):
    the word before names an authority ("legal requests", "law enforcement requests"), or
    "of"/"from" after it does ("at the request of a court")."""
    if i > 0 and doc[i - 1].lower_ in _AUTHORITIES:
        return True
    after = [t.lower_ for t in doc[i + 1 : i + 5]]
    return bool(after) and after[0] in ("of", "from") and any(w in _AUTHORITIES for w in after)


def _carve_out(parts: _Parts, start: int, end: int) -> tuple[str, str]:
    """What an exception after the verb allows: ("exception"|"allowed"|"", why)."""
    carves = parts.within("carve_out", start, end)
    if not carves:
        return "", ""
    begin = min(s for s, _e in carves)
    region = (begin, end)
    if _carves_other_data(parts, region) or _carves_own_use(parts, region):
        return "", ""
    text = parts.doc[begin:end].text.strip().rstrip(".;:,")
    if conditions(parts, *region):
        return "exception", f"the promise is lifted with consent: “{text}”"
    if parts.has("described_elsewhere", *region) and not _reference_only_to_providers(
        parts, region
    ):
        return "exception", f"the promise defers to sharing described elsewhere: “{text}”"
    if parts.has("law_permits", *region) and not _law_qualifies_a_case(parts, region):
        return "exception", f"the promise gives way wherever the law permits sharing: “{text}”"
    # "except with the vendor that sends our reminders, and never for marketing": a marketing
    # purpose the carve-out itself denies is kept out, not carved out
    if _marketing_purpose(parts, region) or _partner_recipient(parts, region):
        return "exception", f"the promise carves out partners or marketing: “{text}”"
    if _contacts_on_own(parts, region):
        return "exception", f"the recipients may contact the subscriber themselves: “{text}”"
    if parts.has("recipient_provider", *region) or parts.has("purpose_operations", *region):
        return "allowed", f"only service providers or the law are excepted: “{text}”"
    return "", ""


_REFERENCE_RELATIVE = {"which", "that"}


def _reference_only_to_providers(parts: _Parts, region: tuple[int, int]) -> bool:
    """Does the part of the document a carve-out points to say, in a clause of its own, that it
    covers only the providers that deliver the texts? "shall not be disclosed other than as
    set out in Section 5, which covers only the SMS platform that delivers our messages" and
    "Save as set out in Section 5, which deals only with our SMS delivery provider, ..." lay
    out what the other section allows: the texting vendor, which reviewers accept, as "other
    than to our SMS platform" is. The relative clause comes after the pointer, restricts
    ("only", "solely", "exclusively") before the providers, and names no partner, outside
    party or marketing. "other than as set out in Section 5" alone defers to whatever Section 5
    allows: an exception."""
    doc = parts.doc
    pointer = min(s for s, _e in parts.within("described_elsewhere", *region))
    relative = next(
        (t.i for t in doc[pointer : region[1]] if t.lower_ in _REFERENCE_RELATIVE), None
    )
    if relative is None:
        return False
    after = (relative + 1, region[1])
    providers = parts.within("recipient_provider", *after)
    return (
        bool(providers)
        and any(t.lower_ in _RESTRICTING for t in doc[after[0] : providers[0][0]])
        and not _partner_recipient(parts, after)
        and not _marketing_purpose(parts, after)
        and not any(s < providers[0][0] for s, _e in parts.within("recipient_outside", *after))
    )


def _law_qualifies_a_case(parts: _Parts, region: tuple[int, int]) -> bool:
    """Does "as the law allows" only say that a case the carve-out already named is lawful?
    In "never shared except to protect someone's safety in an emergency, as the law allows"
    the exception is the emergency (a case of the law's or of safety), and the law's
    permission after the comma qualifies it; "except as the law allows" alone gives way
    wherever the law permits sharing, and so does a second case joined to the first ("...,
    or as otherwise permitted by law")."""
    doc = parts.doc
    law = min(s for s, _e in parts.within("law_permits", *region))
    comma = max((t.i for t in doc[region[0] : law] if t.lower_ == ","), default=None)
    return (
        comma is not None
        and doc[comma + 1].lower_
        not in ("or", "and")  # "..., or as the law permits": a second case
        and parts.has("purpose_operations", region[0], comma)
        and not _partner_recipient(parts, (region[0], comma))
        and not _marketing_purpose(parts, (region[0], comma))
    )


_FIRST_PERSON = {"we", "i"}


def _carves_own_use(parts: _Parts, region: tuple[int, int]) -> bool:
    """Is the exception the business's own use of the number, a clause whose subject is the
    business? "We keep your mobile number confidential, except that we may use it ourselves to
    send you offers from our own store": what is excepted is what "we" do with it, not a way
    for it to leave; the promise not to share it stands (the business's own marketing texts
    are the program itself). The clause must hand nothing over and name no recipient: "except
    that we may share it with partners" and "except that our partners may use it" lift it."""
    doc = parts.doc
    start, end = region
    subject = start + 1
    if subject < end and doc[subject].lower_ == "that":
        subject += 1
    if subject >= end or doc[subject].lower_ not in _FIRST_PERSON:
        return False
    if any(
        parts.has(label, start, end)
        for label in ("share_verb", "handover_verb", "sale_verb", *_RECIPIENT_LABELS)
    ):
        return False
    return any(t.lower_ in AUXILIARIES or t.pos_ == "VERB" for t in doc[subject + 1 : end])


def _carves_other_data(parts: _Parts, region: tuple[int, int]) -> bool:
    """Is the exception a sharing clause of its own about other data? "We don't share your
    phone number for marketing, except that we may share your mailing address with catalog
    partners": the carve-out has its own verb, and what it shares is the mailing address, so
    the promise about the number stands whole. "..., except that we may share it with
    partners" shares the number ("it"), and "except that we may share your contact details"
    may hold it: both lift the promise."""
    verbs = parts.within("share_verb", *region) + parts.within("handover_verb", *region)
    if not verbs:
        return False
    after = (min(s for s, _e in verbs), region[1])
    return (
        parts.has("nonmobile_data", *after)
        and not parts.has("mobile_data", *region)
        and not parts.has("anaphor", *region)
        and not parts.has("personal_data", *region)
    )


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


_RECIPIENT_LABELS = ("recipient_outside", "recipient_partner", "recipient_provider")


def _narrow_recipient(parts: _Parts, start: int, end: int) -> bool:
    """ "We will not share your number with other customers / with debt collectors": a promise
    about one kind of recipient, not about third parties or marketing. So is a promise not to
    publish it ("Your phone number won't be shared publicly on our website"), which names no
    recipient at all."""
    doc = parts.doc
    if start < end and doc[start].lower_ == "publicly":
        return not any(
            parts.has(label, start, end)
            for label in (*_RECIPIENT_LABELS, "purpose_marketing", "carve_out")
        )
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
    if any(t.lower_ in ("category", "categories") for t in doc[phrase[0] : phrase[1]]):
        return False  # "... not disclosed to any of these categories": every recipient listed
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


def _sale_only(parts: _Parts, group: list[tuple[int, int]], end: int | None = None) -> bool:
    """Every verb of the group sells, rents or trades ("never sold, rented or traded"), or the
    group is bounded by a price after it ("never lease, license or exchange your number for
    value", "do not exchange your number for money or any other benefit": handing it over
    for a price is a sale, whatever the verb). "..., for consideration or otherwise" widens
    the denial to every handing-over: no sale only."""
    if all(parts.has("sale_verb", s, e) for s, e in group):
        return True
    return end is not None and _for_a_price(parts.doc[group[-1][1] : end].text)


# a price the sharing is bounded by: "for value", "for money or any other benefit", "in
# exchange for payment"; "or otherwise", "or not", "or for free" after it lifts the bound
_FOR_A_PRICE = re.compile(
    r"\bfor\s+(?:(?:any|some|other|monetary|financial|valuable)\s+)*"
    r"(?:value|money|consideration|compensation|payment|profit|cash|remuneration|a\s+fee|"
    r"benefit|anything\s+of\s+value)\b",
    re.IGNORECASE,
)
_PRICE_WIDENED = re.compile(r"\bor\s+(?:otherwise|not|for\s+free|free|without)\b", re.IGNORECASE)


def _for_a_price(after: str) -> bool:
    price = _FOR_A_PRICE.search(after)
    return price is not None and not _PRICE_WIDENED.search(after[price.end() :])


def _partner_recipient(parts: _Parts, region: tuple[int, int]) -> bool:
    """Partners/affiliates/advertisers named, and not as service providers. A company named
    as the owner of the recipient ("our parent company's IT team that hosts our systems") is
    not the recipient: its people who run the business's systems are."""
    providers = parts.within("recipient_provider", *region)
    for s, e in parts.within("recipient_partner", *region):
        if (
            not any(ps <= s and e <= pe for ps, pe in providers)
            and not _restricted_head(parts.doc, s, e)
            and not _owner_of_staff(parts.doc, e)
        ):
            return True
    return False


# the people of a company that stand for it inside the business: "our parent company's IT team"
_STAFF = {"team", "teams", "staff", "employees", "personnel", "department", "engineers"}


def _owner_of_staff(doc: Doc, end: int) -> bool:
    """Is the recipient before `end` the owner of staff named after it ("X's IT team")?"""
    if end >= len(doc) or doc[end].text not in ("'s", "’s", "'", "’"):
        return False
    return any(t.lower_ in _STAFF for t in doc[end + 1 : end + 4])


def _outside_recipient(parts: _Parts, region: tuple[int, int]) -> bool:
    providers = parts.within("recipient_provider", *region)
    for s, e in parts.within("recipient_outside", *region):
        if (
            not any(ps <= s < pe or ps < e <= pe for ps, pe in providers)
            and not _restricted_head(parts.doc, s, e)
            and not _names_the_class(parts.doc, s)
        ):
            return True
    return False


_CLASS_NOUNS = {"categories", "category", "types", "type", "kinds", "kind", "list", "classes"}


def _names_the_class(doc: Doc, start: int) -> bool:
    """ "Categories of recipients: service providers (...)": the word names the class a list
    fills in, not a recipient; the items after it are the recipients."""
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _CLASS_NOUNS


# where a list of recipients ends: the clause or its purpose goes on
_LIST_END = {".", ";", ":", "for", "to", "who", "that", "which", "so", "when", "if", "in", "unless"}
_LIST_JOINTS = {",", "and", "or", "&"}
# the class's own members follow: "our vendors, including the platform that sends our texts"
_EXAMPLES = {"including", "includes", "such", "like", "namely", "e.g.", "especially"}
# the class of service providers as an item of its own: "... and service providers"
_PROVIDER_CLASS = {"providers", "vendors", "processors", "contractors"}
_OWN_PEOPLE = _STAFF | {"instructors", "coaches", "volunteers", "franchisees", "owners", "us"}
# the advisers who serve the business under duty of confidence, as providers do
_ADVISERS = {"attorneys", "lawyers", "accountants", "auditors", "advisors", "advisers", "insurers"}


def _listed_beside_providers(parts: _Parts, region: tuple[int, int]) -> bool:
    """Does the recipient list name, beside the class of service providers, a party that no
    vocabulary knows and that is not one of them? In "telephone numbers may be shared with our
    tournament organizers, uniform supplier and service providers" the list sets the service
    providers apart as an item of their own: the tournament organizers are another kind of
    party, an outside business with purposes of its own, and the sharing with them is an
    exception to the promise. "... with our payment processor, hosting company and other
    service providers" says the items before are providers too ("other"), and the business's
    own people ("our staff and service providers"), the class's own members ("our vendors,
    including the platform that sends our texts"), its advisers, the law and a company named
    by its name alone ("Twilio and service providers": what it does is not said) are no
    outside party found here."""
    doc = parts.doc
    start = next((t.i + 1 for t in doc[region[0] : region[1]] if t.lower_ in ("with", "to")), None)
    if start is None:
        return False
    end = next(
        (t.i for t in doc[start : region[1]] if t.lower_ in _LIST_END | _EXAMPLES), region[1]
    )
    items, item = [], []
    for token in doc[start:end]:
        if token.lower_ in _LIST_JOINTS:
            items, item = items + [item] * bool(item), []
        else:
            item.append(token)
    items += [item] * bool(item)
    classes = [
        n
        for n, words in enumerate(items)
        if words[-1].lower_ in _PROVIDER_CLASS
        and parts.has("recipient_provider", words[0].i, words[-1].i + 1)
    ]
    if len(items) < 2 or not classes or any(w.lower_ == "other" for w in items[classes[0]]):
        return False
    for n, words in enumerate(items):
        span = (words[0].i, words[-1].i + 1)
        if n in classes or any(parts.has(label, *span) for label in _NAMED_PARTIES):
            continue
        head = words[-1]  # the head noun ends the item: "our tournament organizers"
        if head.text[:1].isupper():
            continue  # a company's name says nothing of what it does ("Twilio")
        if (
            head.is_alpha
            and not head.is_stop
            and head.lower_ not in _OWN_PEOPLE | _ADVISERS | _LAW_WORDS
        ):
            return True
    return False


# what the vocabulary names as a recipient or a reason: a list item it knows is read by it
_NAMED_PARTIES = (
    *_RECIPIENT_LABELS,
    "acts_for_us",
    "law_permits",
    "purpose_operations",
    "consent_condition",
    "mobile_data",
    "personal_data",
)


def _them_outsiders(parts: _Parts, region: tuple[int, int]) -> bool:
    """Is the recipient "them", standing for outside parties the sentence named before? "We
    do not sell your number to lead buyers, but we do give it to them at no charge": the
    lead buyers, set against the denied sale, are whom the number is given to."""
    doc = parts.doc
    for t in doc[region[0] : region[1]]:
        if t.lower_ != "them" or doc[t.i - 1].lower_ not in ("to", "with"):
            continue
        named = [
            (s, label)
            for label in ("recipient_outside", "recipient_partner", "recipient_provider")
            for s, _e in parts.within(label, 0, t.i)
        ]
        if named and max(named)[1] != "recipient_provider":
            last = max(named)[0]
            return not any(s == last for s, _e in parts.within("recipient_provider", 0, t.i))
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
        or _predicated_of_mobile(parts, seg_start, group[0][0])
        or _restriction_on_mobile(parts, seg_start, group[0][0])
        or _list_of_the_numbers(parts, window, previous)
        or _participle_of_a_listed_mobile(parts, seg_start, group[0][0])
    ):
        topic = "mobile"
    if topic in ("other", "none"):
        return Clause("neutral", topic, "the sentence is not about mobile or personal data")
    mobile = topic == "mobile"
    if parts.has("hedge", seg_start, seg_end):
        if negated and mobile:
            # "We try not to share phone numbers unless a partner offer may interest you":
            # the hedge weakens the promise; the carve-out it names is still an exception
            kind, why = _carve_out(parts, *post)
            if kind == "exception":
                return Clause("exception", topic, why, attempted=True)
        return Clause("neutral", topic, "a non-committal statement, not a promise")
    if negated and _past_fact(parts, group, segment):
        return Clause("neutral", topic, "a past fact over a look-back period, no promise")
    if negated and _present_only(parts, group, segment):
        return Clause("neutral", topic, "today's practice only, no lasting promise")
    if negated:
        kind, why = _carve_out(parts, verb_end, _use_clause(parts, verb_end, seg_end) or seg_end)
        if kind != "exception":
            kind, why = _leading_carve_out(parts, seg_start, group[0][0]) or (kind, why)
        if kind == "exception" and not mobile and _points_elsewhere_only(parts, verb_end, seg_end):
            return Clause(
                "neutral",
                topic,
                "data in general is shared only as the policy describes elsewhere: those "
                "sentences are read on their own",
            )
        if kind == "exception":
            return Clause(
                "exception" if mobile else "general_exception", topic, why, attempted=mobile
            )
        # the recipient follows the verb: the object before it, or a passive's subject
        if mobile and _narrow_recipient(parts, max(window[1], verb_end), seg_end):
            return Clause("neutral", topic, "a promise about one kind of recipient only")
        if mobile and _sale_only(parts, group, seg_end):
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
    if not mobile and _opt_out_right(doc, group[0][0]):
        return Clause("neutral", topic, "a right to stop the sale of data in general")
    denied = _denied_tail(parts, verb_end, seg_end)
    if denied is not None:
        post = (verb_end, denied)  # the recipients after ", and never" are kept out
    whole = (seg_start, denied if denied is not None else seg_end)
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
    elif (
        mobile
        and (
            _outside_recipient(parts, post)
            or _them_outsiders(parts, post)
            or _listed_beside_providers(parts, post)
        )
        and not operations
    ):
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


def _points_elsewhere_only(parts: _Parts, start: int, end: int) -> bool:
    """Does the carve-out after the verb only point at sharing the policy describes elsewhere?
    "We will never share your personal information, except as described in this policy"
    promises nothing about the number and adds no sharing of its own: what the policy
    describes is judged where it is described. Said of the number ("We do not share your
    phone number except as described in this policy") the promise itself gives way, and the
    caller reads it as the exception it is; a carve-out that also names consent, partners or
    marketing is one."""
    carves = parts.within("carve_out", start, end)
    if not carves:
        return False
    region = (min(s for s, _e in carves), end)
    return (
        parts.has("described_elsewhere", *region)
        and not conditions(parts, *region)
        and not parts.has("law_permits", *region)
        and not _marketing_purpose(parts, region)
        and not _partner_recipient(parts, region)
        and not _outside_recipient(parts, region)
    )


def _opt_out_right(doc: Doc, verb: int) -> bool:
    """Is the sharing verb what the visitor may ask the business to stop? "You can ask us to
    stop selling your information at any time" states the consumer's right to opt out of a
    sale (as "you can opt out of the sale of your personal information" does), which every
    policy under the CCPA states, whether it sells or not: said of data in general it is no
    exception. Said of the number ("ask us to stop sharing your mobile number with partners")
    it says the number is shared, and the caller reads it so."""
    return (
        verb > 0
        and doc[verb - 1].lower_ in ("stop", "cease", "end")
        and any(
            t.lower_ in ("ask", "request", "direct", "instruct", "tell")
            for t in doc[max(0, verb - 5) : verb]
        )
    )


def _list_of_the_numbers(parts: _Parts, window: tuple[int, int], previous: str) -> bool:
    """Is the object a list of people right after a clause about the phone number? In "We do
    not rent your number; however, we exchange subscriber lists with partner brands" the
    subscriber list is the list that number is on: the clause set against the denial hands
    over the same data in bulk. Alone ("we share our customer list with our accountant")
    the list is data in general, and so it is where the sentence takes the numbers out of it
    ("Excluding mobile numbers, we may rent our subscriber list")."""
    doc = parts.doc
    if parts.has("carve_out", 0, len(doc)) or parts.has("exclusion_verb", 0, len(doc)):
        return False
    return previous == "mobile" and any(
        t.lower_ in ("list", "lists") and doc[t.i - 1].lower_ in _PEOPLE
        for t in doc[max(window[0], 1) : window[1]]
    )


# who a list of people lists: "subscriber lists", "our customer list"
_PEOPLE = {"subscriber", "subscribers", "customer", "customers", "member", "members", "contact"}


_PERFECT = {"have", "has", "had", "did", "haven't", "hasn't", "didn't", "havent", "hasnt", "didnt"}
# a stretch of time counted back from now: "in the preceding 12 months", "over the past year"
_LOOK_BACK = re.compile(
    r"\b(?:in|during|over|within|for)\s+the\s+(?:preceding|past|last|previous|prior)\s+"
    r"(?:[\w-]+\s+)?(?:months?|years?|days?|weeks?)\b",
    re.IGNORECASE,
)
# a denial that looks forward after it: "..., and we will not do so", "and do not sell it"
_FORWARD_DENIAL = re.compile(
    r"\b(?:will|shall|do|does)\s+(?:not|never)\b|\b(?:won|don|doesn)['’]?t\b|\bnever\s+will\b",
    re.IGNORECASE,
)


# a time limit that confines a statement to the present: "currently", "at this time"
_PRESENT_ONLY = re.compile(
    r"^(?:currently|presently|at\s+(?:this|the\s+present)\s+time|at\s+present|"
    r"at\s+the\s+moment|for\s+now|for\s+the\s+time\s+being|right\s+now|as\s+of\s+(?:now|today))$",
    re.IGNORECASE,
)
# a hedge of habit on the denial: "We generally do not share ...", "is usually not passed on"
# says what happens as a rule and leaves room for the exceptions it does not name
_AS_A_RULE = re.compile(
    r"^(?:generally|usually|typically|normally|ordinarily|mostly|largely|as\s+a\s+rule|"
    r"in\s+general|for\s+the\s+most\s+part|in\s+most\s+cases|most\s+of\s+the\s+time)$",
    re.IGNORECASE,
)
# what may stand between a fronted time limit and the verb it limits: the subject pronoun,
# the auxiliary and the negation ("At this time, we do not ...", "is currently not shared")
_VERB_CHAIN = {
    ",",
    "we",
    "it",
    "they",
    "this",
    "these",
    "not",
    "never",
    "n't",
    "n’t",
    "nt",
    "be",
    "been",
    "being",
}
# the practice said to be open to change: "..., though this may change"
_MAY_CHANGE = re.compile(
    r"\b(?:though|although|but|which|and)\s+(?:this|that|it|these|our\s+practices?)\s+"
    r"(?:may|might|could|can|is\s+subject\s+to)\s+change\b|\bsubject\s+to\s+change\b",
    re.IGNORECASE,
)
# a denial that binds the future too: "and will not in the future", "nor will we ever"
_FUTURE_TOO = re.compile(
    r"\b(?:and|or)\s+(?:we\s+)?(?:will|shall)\s+(?:not|never)\b|\b(?:and|or)\s+(?:we\s+)?won['’]?t\b|"
    r"\bnor\s+will\b|\bin\s+the\s+future\b|\bnever\s+will\b",
    re.IGNORECASE,
)


def _time_phrases(
    doc: Doc, start: int, end: int, pattern: re.Pattern = _PRESENT_ONLY
) -> list[tuple[int, int]]:
    """The spans of `pattern`'s phrases (one to four tokens) in doc[start:end]."""
    spans = []
    for i in range(start, end):
        for n in (1, 2, 3, 4):
            if i + n <= end and pattern.match(doc[i : i + n].text):
                spans.append((i, i + n))
                break
    return spans


def _present_only(parts: _Parts, group: list[tuple[int, int]], segment: tuple[int, int]) -> bool:
    """Is the denial limited to the present, so that it promises nothing? "We currently do not
    share mobile numbers", "At this time we don't pass your number on", "We do not share it,
    though this may change" state today's practice and leave tomorrow's open: a reviewer wants
    a commitment. The time limit must govern the denied verb: it stands in the verb's chain
    (subject, auxiliary, negation; "is currently not shared") or closes its clause ("... with
    anyone at this time."), or the sentence says the practice may change. A hedge of habit in
    the verb's chain is no commitment either: "We generally do not share mobile numbers" (as a
    rule, with the exceptions left unsaid). "The numbers we
    currently hold are never shared" limits "hold", not the denial; "We do not currently, and
    will not in the future, share it" binds the future too."""
    doc = parts.doc
    verb, verb_end = group[0][0], group[-1][1]
    sentence_end = next((t.i for t in doc[verb_end:] if t.text in (".", "!", "?")), len(doc))
    if _FUTURE_TOO.search(doc[segment[0] : sentence_end].text):
        return False
    if _MAY_CHANGE.search(doc[verb_end:sentence_end].text):
        return True
    fronted = _time_phrases(doc, segment[0], verb) + _time_phrases(
        doc, segment[0], verb, _AS_A_RULE
    )
    for _start, end in fronted:
        between = [t.lower_ for t in doc[end:verb]]
        if between[:1] == [","]:
            between = between[1:]
        if between[:1] in (["our"], ["the"]) and len(between) > 2:
            between = between[2:]  # a short subject: "Right now our company doesn't ..."
        if all(word in _VERB_CHAIN or word in AUXILIARIES for word in between):
            return True
    for start, end in _time_phrases(doc, verb_end, segment[1]):
        closes = end >= segment[1] or doc[end].text in (".", ",", ";", "!")
        relative = any(
            t.lower_ in _RELATIVE or t.lower_ in ("we", "you") for t in doc[verb_end:start]
        )
        if closes and not relative:
            return True
    return False


def _past_fact(parts: _Parts, group: list[tuple[int, int]], segment: tuple[int, int]) -> bool:
    """Is the denial a fact about a look-back period, not a promise? The CCPA's "We have not
    sold or shared personal information, including mobile numbers, in the preceding 12
    months" reports what happened (a perfect or past auxiliary, a period counted back from
    now); it binds nothing from today on. "..., and we will not do so" adds the promise, and
    "We have never shared your number and never will" too; "We have never shared your
    number" with no period is left to the rest of the reading."""
    doc = parts.doc
    start = _clause_start(parts, segment[0], group[0][0])
    if not any(t.lower_ in _PERFECT for t in doc[start : group[0][0]]):
        return False
    text = doc[segment[0] : segment[1]].text
    after = doc[group[-1][1] :].text  # "..., and we will not do so" is a segment of its own
    return bool(_LOOK_BACK.search(text)) and not _FORWARD_DENIAL.search(after)


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


# the words of an object that announces the list after a colon
_ANNOUNCING = {"following", "these", "below"}


def _announced_list_is_mobile(parts: _Parts, window: tuple[int, int], end: int) -> bool:
    """Does an object that announces a list ("the following categories") have mobile data in
    the list after the colon? "We have sold the following categories in the last 12 months:
    identifiers (name, email, phone number)" sold the phone number. "these" before the colon
    announces it too: "We don't pass along any of these to a third party: • phone numbers
    gathered for SMS • ..." does not pass the phone numbers."""
    doc = parts.doc
    if not any(t.lower_ in _ANNOUNCING for t in doc[window[0] : window[1]]):
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


# what may stand between a copula and the verb of a clause that describes its subject: "is
# not something we share", "is ours to protect, never ours to hand out"
_PREDICATE_FILLER = {
    "not", "never", "n't", "n’t", "something", "anything", "nothing", "thing", "one", "a",
    "we", "they", "ours", "to", "ever", "will", "would", "do", "can",
}  # fmt: skip
_COPULAS = {"is", "are", "was", "were", "'s", "’s"}
_PREDICATE_NOUNS = {"something", "anything", "nothing", "thing", "one", "ours"}


def _predicated_of_mobile(parts: _Parts, start: int, verb: int) -> bool:
    """Is the verb in a clause said of a subject that is mobile data? In "Your cell number is
    not something we share with marketers" (or "... is ours to keep, never ours to sell") the
    verb's object is "something", whose meaning is the subject before the copula. After a
    comma the walk goes on to the copula of the first predicate, a few words back; "Your
    number is important, and we share data with partners" has a clause of its own."""
    doc = parts.doc
    j = verb - 1
    while j > start and doc[j].lower_ in _PREDICATE_FILLER:
        j -= 1
    if j > start and doc[j].text == ",":
        j = next((t.i for t in reversed(doc[max(start, j - 4) : j]) if t.lower_ in _COPULAS), start)
    if j <= start or doc[j].lower_ not in _COPULAS:
        return False
    if not any(t.lower_ in _PREDICATE_NOUNS for t in doc[j:verb]):
        return False  # "which is never disclosed": a passive, its subject read as such
    return parts.has("mobile_data", start, j)


def _participle_of_a_listed_mobile(parts: _Parts, start: int, verb: int) -> bool:
    """A participle after a comma says what is done with the list before it: in "Categories
    of personal information disclosed: identifiers (name, email, phone number), disclosed to
    advertising networks" the identifiers listed after the colon, the phone number among
    them, are what is disclosed. The list runs back to the colon (or the segment's start);
    "..., we disclosed" has a subject of its own."""
    doc = parts.doc
    if (
        verb - 1 <= start
        or doc[verb - 1].text != ","
        or not doc[verb].lower_.endswith(("ed", "old"))
    ):
        return False
    colon = max((t.i + 1 for t in doc[start:verb] if t.text == ":"), default=start)
    return parts.has("mobile_data", colon, verb)


_USE_VERBS = {"use", "uses", "used", "using"}
_BEFORE_USE = {"is", "are", "will", "be", "been", "not", "never", "n't", "n’t", "only", "also"}


def _use_clause(parts: _Parts, verb_end: int, end: int) -> int | None:
    """Where a clause of its own about USE joins the sharing verb's: "Mobile numbers are never
    shared with affiliates, and are not used for any purpose other than sending our alerts".
    "other than ..." limits what the number is used for, the second clause's verb; it lifts
    nothing from the sharing denied before it. The joint ("and", ", and") opens a new verb
    phrase: auxiliaries or a negation stand before "used". In "not shared or used except as
    described below" the two verbs are one phrase and the carve-out governs both. Returns the
    joint's start, or None."""
    doc = parts.doc
    for i in range(verb_end, end):
        if doc[i].lower_ not in _USE_VERBS:
            continue
        j = i
        while j > verb_end and doc[j - 1].lower_ in _BEFORE_USE:
            j -= 1
        if j == i or j == verb_end or doc[j - 1].lower_ != "and":
            return None  # "shared or used", "shared and used": one verb phrase
        while j > verb_end and doc[j - 1].lower_ in (",", "and"):
            j -= 1
        return j
    return None


def _denied_tail(parts: _Parts, verb_end: int, end: int) -> int | None:
    """Where a verb's recipients turn into the ones it is denied to: "shared only with our
    texting vendor, and never with partners for marketing", "given to our carrier but not to
    advertisers". The verb is elided after the negation, so the partners are no recipients
    of the sharing stated; the tail is read as the denial it is (see
    `_only_providers_receive`). Returns the joint's start, or None."""
    doc = parts.doc
    for i in range(verb_end + 1, end - 1):
        if doc[i].lower_ not in ("never", "not") or doc[i + 1].lower_ not in ("to", "with"):
            continue
        j = i
        while j > verb_end and doc[j - 1].lower_ in (",", "and", "but", "yet"):
            j -= 1
        if j < i:
            return j
    return None


def _restriction_on_mobile(parts: _Parts, start: int, verb: int) -> bool:
    """Is the subject before the verb a limit on mobile data? In "The exclusion of mobile
    data above does not limit sharing with our franchisees" the sharing it leaves open is of
    the data the limit was about: a restriction word ("exclusion", "protections"), then the
    mobile data, before the verb."""
    limits = parts.within("restriction", start, verb)
    return bool(limits) and parts.has("mobile_data", limits[0][1], verb)


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
    if not providers:
        return False
    # "... only to our SMS provider, and never to third parties for marketing": the outside
    # parties after the denial are the ones the sentence keeps the data from
    denial = next((s for s, _e in parts.within("negator", providers[0][1], region[1])), None)
    receivers = (region[0], denial) if denial is not None else region
    if _outside_recipient(parts, receivers) or _partner_recipient(parts, receivers):
        return False
    restricted = any(
        t.lower_ in _RESTRICTING for t in doc[region[0] : providers[0][0]]
    ) or _but_never_with_outsiders(parts, denial, region[1])
    denials = parts.within("purpose_marketing", *region)
    return (
        restricted
        and (
            bool(denials)
            or _used_only_to_deliver(parts, (providers[0][1], region[1]))
            or _kept_from_outsiders(parts, denial, region[1])
            or _no_other_use(parts, (providers[0][1], region[1]))
        )
        and not _marketing_purpose(parts, region)
    )


_EVERYONE = {"anyone", "anybody", "everyone", "others", "outsiders"}


def _but_never_with_outsiders(parts: _Parts, denial: int | None, end: int) -> bool:
    """Is the denial after the providers an elided clause set against them, naming the
    outsiders? In "We may share your mobile number with vendors who send our texts, but never
    with anyone for their own marketing" the "but never (shared) with anyone" takes the
    sharing verb and the number of the allowance and keeps them from everyone else: the
    providers are the only way out, as "only" would say. A denial with a verb of its own ("but
    we never sell it"), with one kind of outsider ("and never with marketers" keeps the number
    from marketers alone; "but never with data brokers", `_narrow_recipient`) or with no
    recipient ("but never for longer than a year") closes nothing here."""
    if denial is None or denial == 0:
        return False
    doc = parts.doc
    joint = doc[denial - 1].lower_
    if joint not in ("but", "and", "yet", ",", "—", "–"):
        return False
    after = next((t for t in doc[denial + 1 : end] if t.lower_ not in ("ever", ",")), None)
    if after is None or after.lower_ not in ("with", "to"):
        return False
    if _narrow_recipient(parts, after.i, end):
        return False  # "but never with debt collectors": one kind of recipient only
    # everyone else, not one kind of outsider: "anyone", "any other company", "third parties"
    # ("and never with marketers" beside an allowance keeps the number from marketers alone)
    whom = [t.lower_ for t in doc[after.i + 1 : min(after.i + 4, end)]]
    return (
        bool(whom)
        and (
            whom[0] in _EVERYONE
            or (whom[0] == "any" and len(whom) > 1)
            or whom[:2] == ["third", "parties"]
        )
        and (_outside_recipient(parts, (after.i, end)) or _partner_recipient(parts, (after.i, end)))
    )


def _kept_from_outsiders(parts: _Parts, denial: int | None, end: int) -> bool:
    """Does the denial after the providers name the outsiders the number is kept from? "Mobile
    numbers may be shared only with the provider that transmits our messages, and never with
    marketers": beside "only", the elided "never (shared) with marketers" closes the number's
    way out to everyone but the provider, as "none of them may use it for marketing" does.
    "... only with the provider that transmits our messages, and never for longer than a
    year" keeps it from no one."""
    if denial is None:
        return False
    tail = (denial, end)
    return _outside_recipient(parts, tail) or _partner_recipient(parts, tail)


_OTHER_USE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?for\s+(?:anything\s+else|any(?:thing)?\s+other|other\s+purposes|"
    r"any\s+other\s+(?:purpose|reason|use))",
    re.IGNORECASE,
)


def _no_other_use(parts: _Parts, region: tuple[int, int]) -> bool:
    """After the providers, is any other use of the number denied? "... only with the
    companies that help us deliver our text messages, and they may not use it for anything
    else": the providers may do nothing with it but deliver the texts, which leaves no
    marketing use, as "none of them may use it for marketing" does."""
    doc = parts.doc
    return any(
        t.lower_ in _USE_VERBS
        and _locally_negated(parts, region[0], t.i)
        and _OTHER_USE.match(doc[t.i + 1 : region[1]].text)
        for t in doc[region[0] : region[1]]
    )


# what a provider that only sends the texts does with the number
_DELIVERING = {
    "send", "sends", "sending", "deliver", "delivers", "delivering", "route", "routes",
    "routing", "transmit", "transmits", "transmitting", "carry", "carries", "carrying",
}  # fmt: skip


def _used_only_to_deliver(parts: _Parts, region: tuple[int, int]) -> bool:
    """After the providers, is their use of the number restricted to sending the texts?
    "The only party that receives your number is our texting platform, which uses it solely
    to deliver the messages you asked for", "... only to our texting vendor, and only so it
    can send the messages you asked for": a sole purpose of delivery leaves no marketing use,
    as "none of them may use it for marketing" does. "Disclosed only to the carriers that
    route our texts" restricts who receives, not what they may do: the allowed sharing."""
    doc = parts.doc
    return any(
        t.lower_ in _RESTRICTING
        and any(w.lower_ in _DELIVERING for w in doc[t.i + 1 : t.i + 1 + _DELIVERY_REACH])
        for t in doc[region[0] : region[1]]
    )


_DELIVERY_REACH = 5


def _only_for_providers(parts: _Parts, region: tuple[int, int]) -> bool:
    """Is the sharing in the region restricted to the providers or the law? "..., and we
    share them only as required by law or with the vendor that delivers our messages": a
    restricting word right before the providers or the legal purpose, and no partner or
    outside party among the receivers. Beside a denied sale of the same data ("We do not sell
    mobile numbers, and ...") the two together say where the data may go, and no marketer is
    among them: the promise. Alone ("disclosed only to the carriers that route our texts") it
    is the allowed sharing."""
    doc = parts.doc
    if _outside_recipient(parts, region) or _partner_recipient(parts, region):
        return False
    targets = [
        s
        for label in ("recipient_provider", "purpose_operations")
        for s, _e in parts.within(label, *region)
    ]
    verbs = {s for s, _e in parts.within("share_verb", *region)}
    return any(
        t.lower_ in _RESTRICTING
        and (
            any(t.i < s <= t.i + _ONLY_REACH for s in targets)
            # "we only share your phone number with the company that sends our texts": the
            # restriction stands on the verb and governs the recipients it names
            or (t.i + 1 in verbs and any(s > t.i for s in targets))
        )
        for t in doc[region[0] : region[1]]
    )


# what opens a sentence that sets its statement against the sharing before it
_DESPITE = {"notwithstanding", "despite", "regardless"}
_LAW_WORDS = {"law", "laws", "legal", "legally", "court", "courts", "subpoena", "regulation"}


def closed_to_providers(parts: _Parts, region: tuple[int, int]) -> bool:
    """Does the sentence close the number's way out to the providers (and the law), as the
    promise does, not merely allow the providers beside other sharing? The restriction alone
    ("disclosed only to the carriers that route our texts") is the allowed sharing: it says
    who receives, not that no one else does. It is closed when the sentence also says so:
      - it names both ways the number may leave, the providers and the law: "We share your
        mobile number only with our texting platform and as the law requires";
      - the restricted set is the outside parties: "The only outside party that sees your
        cell number is the service that delivers our texts";
      - it opens against the sharing described before it: "Notwithstanding the sharing
        above, your phone number is shared only with the platform that delivers our texts"
        (as "this excludes your number" would)."""
    if not _only_for_providers(parts, region) and not _providers_fill_the_set(parts, region):
        return False
    doc = parts.doc
    start, end = region
    only = next(t.i for t in doc[start:end] if t.lower_ in _RESTRICTING)
    if doc[start].lower_ in _DESPITE or (start == 0 and doc[0].lower_ in _DESPITE):
        return True
    if any(t.lower_ in _LAW_WORDS for t in doc[only:end]) and parts.has(
        "recipient_provider", only, end
    ):
        return True
    return any(s <= only + 2 for s, _e in parts.within("recipient_outside", only + 1, end))


def _providers_fill_the_set(parts: _Parts, region: tuple[int, int]) -> bool:
    """ "the only company that receives it is the texting platform we pay": a restricted head
    ("only" + a noun + "that"/"who") whose complement after the copula is a provider, and no
    partner among them."""
    doc = parts.doc
    for t in doc[region[0] : region[1]]:
        if t.lower_ not in _RESTRICTING:
            continue
        rel = next(
            (w.i for w in doc[t.i + 1 : min(t.i + 4, region[1])] if w.lower_ in ("that", "who")),
            None,
        )
        if rel is None:
            continue
        rest = (rel, region[1])
        return parts.has("recipient_provider", *rest) and not _partner_recipient(parts, rest)
    return False


# a predicate of texting the subscriber: "text you", "message you", "contact you by text",
# "send you texts"
_TEXTS_YOU = re.compile(
    r"^(?:texts?|messages?|sms)\s+you\b"
    r"|^(?:contacts?|reach(?:es)?|call)\s+you\s+(?:by|via|through|with|over)\s+"
    r"(?:text|texts|sms|text\s+messages?)\b"
    r"|^sends?\s+you\s+(?:[\w'’-]+\s+){0,2}?(?:texts|text\s+messages|sms)\b",
    re.IGNORECASE,
)
# what may stand between the recipient and that predicate: "who may", "that will also"
_BEFORE_TEXTING = AUXILIARIES | {
    "who", "that", "which", "may", "might", "can", "could", "will", "would", "also",
    "sometimes", "occasionally", "then", "directly", "themselves", "separately",
}  # fmt: skip
_OWN = {"own", "their", "its"}


_LETTING_VERBS = {"let", "lets", "allow", "allows", "permit", "permits"}


def _let_denied(parts: _Parts, start: int, recipient: int) -> bool:
    """Is the recipient the object of a denied letting: "we do not let other companies text
    you", "we never allow partners to text you"? The texting is what is not allowed."""
    doc = parts.doc
    verb = recipient - 1
    while verb > start and doc[verb].lower_ in _RECIPIENT_MODIFIERS_LET:
        verb -= 1
    return doc[verb].lower_ in _LETTING_VERBS and _locally_negated(parts, start, verb)


# what may stand between a letting verb and the recipient it lets: "let any other companies"
_RECIPIENT_MODIFIERS_LET = {"any", "other", "our", "the", "outside", "third", "-", "party"}


def texts_on_its_own(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """Does a recipient text the subscriber on its own account? "... but our affiliates may
    contact you by text about their services", "our SMS partners who may text you their own
    offers": whoever texts the subscriber holds the number, so a partner that texts it (or
    any recipient that texts its own offers) is the sharing the promise denies, even where no
    sharing verb names it. A provider that texts for the business ("the platform that texts
    you our reminders", "vendors who text you on our behalf") delivers its messages, and a
    denied contact ("no partner will ever text you") shares nothing."""
    doc = parts.doc
    start, end = segment
    recipients = [
        (s, e, label)
        for label in ("recipient_partner", "recipient_outside", "recipient_provider")
        for s, e in parts.within(label, start, end)
    ]
    for s, e, label in recipients:
        j = e
        if j + 1 < end and doc[j].lower_ == "we" and doc[j + 1].is_alpha:
            # a relative clause without its pronoun: "partners we trust may text you"
            j += 3 if j + 2 < end and doc[j + 2].lower_ in ("with", "for") else 2
        while j < end and doc[j].lower_ in _BEFORE_TEXTING:
            j += 1
        if j >= end or not _TEXTS_YOU.match(doc[j:end].text):
            continue
        if parts.has("negator", s, j) or (s - start < 3 and parts.has("negator", start, s)):
            continue  # "no partner will text you", "none of our partners texts you"
        if _let_denied(parts, start, s):
            continue  # "we do not let other companies text you with it"
        stop = next((t.i for t in doc[j:end] if t.lower_ in (";", ".")), end)
        if parts.has("acts_for_us", j, stop):
            continue
        own = any(t.lower_ in _OWN for t in doc[j:stop]) or _marketing_purpose(parts, (j, stop))
        provider = any(ps <= s and e <= pe for ps, pe in parts.within("recipient_provider", s, e))
        if label == "recipient_provider" or provider:
            if not own:
                continue
        text = doc[s:stop].text.strip().rstrip(".;:,")
        why = f"a recipient texts the subscriber on its own account: “{text}”"
        return Clause("exception", "mobile", why, attempted=True)
    return None
