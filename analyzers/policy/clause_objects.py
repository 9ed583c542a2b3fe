"""What a sharing verb is about: its object or passive subject, and whether that is mobile data.

The window is the subject of a passive ("mobile numbers will not be shared"), else the object
after the verb up to its recipient or the end of its clause. Its topic (mobile, personal,
other or none) comes from the head noun first ("numbers collected for text alerts" are mobile
data), then from a list of examples after it ("personal information, including your mobile
number").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads on first use
    from spacy.tokens import Doc

from analyzers.policy.clause_parts import (
    _OBJECT_PRONOUNS,
    _PREDICATE_JOINS,
    _clause_start,
    _participle,
    _Parts,
    _passive,
)
from analyzers.policy.clause_verbs import _given_passive, _gives_access, _receiving
from analyzers.text.grammar import AUXILIARIES

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
    # a carve-out inside the object ("personal information, excluding mobile numbers, with
    # ..."): what it names is left out of what is shared
    "excluding",
    # "We sell products, never your data": the object denied after the comma is not sold
    "never",
    "save",
    "barring",
    "besides",
    "apart",
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


# bare nouns that mean the subscriber's number or consent once qualified by the texts
_NUMBER_NOUNS = frozenset({"number", "numbers", "consent", "consents", "opt-ins"})


# what makes a noun point back at the one named before: "the list", "that number"
_DEFINITE = {"the", "that", "this", "these", "those", "such"}


def _repeats_its_noun(parts: _Parts, head: tuple[int, int]) -> bool:
    """Does the window name, with "the", the head noun of mobile data the sentence named
    before it? In "We don't rent our text list to anyone, and the list never leaves our
    hands" the list is the text list, as "it" would be; "the list of our partners" with no
    text list before is nothing of the kind."""
    doc = parts.doc
    heads = {doc[e - 1].lower_ for _s, e in parts.spans.get("mobile_data", []) if e <= head[0]}
    return any(
        t.lower_ in _DEFINITE and t.i + 1 < head[1] and doc[t.i + 1].lower_ in heads
        for t in doc[head[0] : head[1]]
    )


# the joint that opens a clause after a comma: "..., and that information ..."
_JOINING = {"and", "but", "yet", "so", "or", ","}


def _topic(parts: _Parts, window: tuple[int, int], *, scope: bool, previous: str) -> str:
    """What the window (object or passive subject) is about: mobile, personal or other."""
    doc = parts.doc
    start, end = window
    while start + 1 < end and doc[start].lower_ in _JOINING:
        # "..., and that information is never passed on": the joint opens the clause and is
        # no part of its subject, whose "that" points back (it is no relative pronoun)
        start += 1
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
    if _repeats_its_noun(parts, head):
        return "mobile"
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
    if be is not None and not any(_given_passive(parts, s, e) for s, e in group):
        if subject is not None and _subject_elided(doc, floor, be):
            return subject
        # "Mobile information will not be shared"; after a leading phrase ("Excluding your
        # email address, the information above may be shared") the subject follows the comma
        start = floor
        if doc[floor].lower_ in _LEADING_PHRASE:
            start = next((t.i + 1 for t in doc[floor:be] if t.lower_ == ","), floor)
        while start < be and doc[start].is_punct:
            start += 1  # "...; that data is shared": the subject opens after the ";"
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
    named = _the_thing_named(parts, verb, floor)
    if named is not None:
        return named
    if _receiving(parts, group):
        # "nobody else sees it", "our partners receive your number": the object follows, up
        # to a carve-out ("your details other than your mobile number")
        return group[-1][1], _carve_start(doc, group[-1][1], ceiling)
    if doc[verb].lower_ in _GOING:
        # "your entry details, including your cell number, go to the sponsor": the data is
        # the subject of the verb of motion
        # (an appositive before the verb: the subject is the whole clause before it, also
        # when only the verb's auxiliary and negation follow the appositive: "Information for
        # our reminders, including your cell number, does not leave our practice")
        opening = _clause_start(parts, floor, verb)
        if all(
            t.lower_ in AUXILIARIES
            or t.lower_ in _VERB_ADVERBS
            or parts.has("negator", t.i, t.i + 1)
            for t in doc[opening:verb]
        ):
            opening = verb
        return (opening if opening < verb else floor), verb
    if _gives_access(parts, group[-1], ceiling):
        # "give third parties access to the list of text subscribers": what follows "access
        # to" is the data
        # (or, with no "access", the second object: "give advertisers your phone number")
        access = next(
            (t.i for t in doc[group[-1][1] : ceiling] if t.lower_ == "access"), group[-1][1]
        )
        begin = access + 2 if access + 1 < ceiling and doc[access + 1].lower_ == "to" else access
        stop = next(
            (t.i for t in doc[begin:ceiling] if t.lower_ in (";", ".", ",")),
            ceiling,
        )
        return begin, stop
    antecedent = _relative_antecedent(doc, verb, floor)
    if antecedent is not None and not _data_after(parts, group[-1][1], ceiling):
        return antecedent
    held = _object_inside(doc, group[-1])
    if held is not None:
        return held, held + 1
    if _holds_its_object(doc, group[-1]):
        # "make mobile numbers available to ...": the object stands inside the verb phrase
        return group[-1][0] + 1, group[-1][1] - 1
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


# who shares, as the subject of a relative clause about the data: "..., which we never share"
_RELATIVE_SUBJECTS = {"we", "i"}


def _relative_antecedent(doc: Doc, verb: int, floor: int) -> tuple[int, int] | None:
    """The noun a relative clause's "which" stands for, when the verb is that clause's: in
    "We collect text-program numbers, which we will at no time disclose to third parties" what
    is disclosed is the numbers before ", which" (the verb's object is the pronoun). Only
    "which" after a comma with the business as its subject ("which we ..."); the antecedent
    runs back to the break before it."""
    which = next(
        (
            t.i
            for t in reversed(doc[floor:verb])
            if t.lower_ == "which" and t.i > floor and doc[t.i - 1].lower_ == ","
        ),
        None,
    )
    if which is None or which + 1 >= verb or doc[which + 1].lower_ not in _RELATIVE_SUBJECTS:
        return None
    if any(t.lower_ in (",", ";", ":") for t in doc[which + 1 : verb]):
        return None  # the verb is past the relative clause
    comma = which - 1
    start = max((t.i + 1 for t in doc[floor:comma] if t.lower_ in (",", ";", ":")), default=floor)
    return (start, comma) if start < comma else None


def _data_after(parts: _Parts, start: int, end: int) -> bool:
    return any(
        parts.has(label, start, end) for label in ("mobile_data", "personal_data", "nonmobile_data")
    )


# verbs whose subject is the data that moves: "go to the sponsor", "end up on someone's list",
# "do not leave our organization"
_GOING = {"go", "goes", "went", "end", "ends", "ended", "leave", "leaves", "leaving", "left"}
# what may stand between a subject and its verb besides auxiliaries and negation
_VERB_ADVERBS = {"ever", "also", "then", "still", "simply"}


def _carve_start(doc: Doc, start: int, end: int) -> int:
    """Where a carve-out ("except", "excluding", "other than", "but") opens, or an absolute
    phrase that leaves data out (", mobile numbers being excluded in every case"), or the
    end."""
    for t in doc[start:end]:
        word = t.lower_
        nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if word in ("except", "excluding", "besides", "but", "unless") or (
            word in ("other", "apart", "aside") and nxt in ("than", "from")
        ):
            return t.i
        if word == "," and _absolute_exclusion(doc, t.i + 1, end):
            return t.i
    return end


_LEFT_OUT = {"excluded", "omitted", "exempted", "withheld", "exempt"}


def _absolute_exclusion(doc: Doc, start: int, end: int) -> bool:
    """Is the phrase after a comma an absolute phrase that leaves its noun out: "Third parties
    may receive the data described above, mobile numbers and SMS consent being excluded in
    every case"? Its noun is no part of the object before it. ", mobile numbers being one of
    them" includes it."""
    for t in doc[start:end]:
        if t.text in (",", ";", ".", ":"):
            return False
        if t.lower_ == "being" and t.i + 1 < end:
            nxt = doc[t.i + 1].lower_
            return nxt in _LEFT_OUT or (
                nxt in ("left", "carved", "kept") and t.i + 2 < end and doc[t.i + 2].lower_ == "out"
            )
    return False


# "the one thing", "the only data", "something": the complement a relative clause then shares
_THING_HEADS = {"thing", "things", "something", "data", "information", "item", "items", "detail"}


def _the_thing_named(parts: _Parts, verb: int, floor: int) -> tuple[int, int] | None:
    """The data a copula names as the thing a relative clause shares: in "Mobile numbers are
    the one thing we never hand over" the verb's object is the gap left by "thing", which is
    the mobile numbers, the subject before "are". The relative clause's subject ("we") and
    its auxiliaries stand right before the verb; "Mobile numbers are what we protect" names
    no thing."""
    doc = parts.doc
    i = verb - 1
    while i > floor and (doc[i].lower_ in AUXILIARIES or doc[i].lower_ in ("never", "not", "n't")):
        i -= 1
    if i <= floor or doc[i].lower_ not in ("we", "i"):
        return None
    head = i - 1 if doc[i - 1].lower_ != "that" else i - 2
    if head <= floor or doc[head].lower_ not in _THING_HEADS:
        return None
    be = head - 1
    while be > floor and doc[be].lower_ in _THING_MODIFIERS:
        be -= 1
    if be <= floor or doc[be].lower_ not in ("is", "are", "'s", "’s"):
        return None
    return floor, be


# the words between the copula and its thing: "are the one thing", "is the only data"
_THING_MODIFIERS = {"the", "one", "only", "single", "very", "last", "a", "kind", "type", "of"}


def _object_inside(doc: Doc, verb: tuple[int, int]) -> int | None:
    """The pronoun a verb phrase holds as its object: in "we make it available to our sister
    companies" what is shared is "it" (the number named before), not what follows the
    phrase."""
    return next((t.i for t in doc[verb[0] + 1 : verb[1] - 1] if t.lower_ in _OBJECT_PRONOUNS), None)


# a verb and the word that closes its phrase around the object: "make mobile numbers
# available", "pass your number on", "hand the list over"
_CLOSING_WORD = {
    "make": ("available", "accessible"),
    "pass": ("on", "along"),
    "hand": ("over", "out"),
    "turn": ("over",),
}


def _holds_its_object(doc: Doc, verb: tuple[int, int]) -> bool:
    """Does a verb phrase hold a noun phrase as its object ("make mobile numbers available",
    "pass your number on")? What follows the phrase is its recipient, not what is shared."""
    if verb[1] - verb[0] <= 2:
        return False
    closing = _CLOSING_WORD.get(doc[verb[0]].lemma_.lower(), ())
    return doc[verb[1] - 1].lower_ in closing


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
