"""Exclusions: a sentence that takes mobile data out of the sharing the policy describes.

"The categories above exclude SMS opt-in data", "the disclosures above do not cover your
text-message data", "we share data with affiliates, but your mobile number is excluded": such a
sentence states nothing that is shared, so it is the promise, not an exception, though it has
no negated sharing verb. So is sharing that names mobile data as left out of it ("Except for
SMS opt-in data, we may share the categories above with providers") and data worded as kept
("your number stays with us").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads on first use
    from spacy.tokens import Doc

import re

from analyzers.policy.clause_conditions import (
    _carve_out,
    _leading_carve_out,
    _outside_recipient,
    _partner_recipient,
)
from analyzers.policy.clause_negation import _locally_negated
from analyzers.policy.clause_parts import (
    _BE,
    _LOCAL_BREAK,
    _RELATIVE,
    _RESTRICTING,
    _SCOPE_VERBS,
    Clause,
    _clause_start,
    _Parts,
)
from analyzers.policy.clause_verbs import (
    _RECIPIENTS,
    _names_the_shared_set,
    _receivers,
    permission_predicate,
)
from analyzers.text.grammar import AUXILIARIES

# the section a sentence stands in, named as such ("This section does not apply to ...")
_THIS_SECTION = re.compile(
    r"\b(?:this|the (?:above|preceding|foregoing)) (?:section|paragraph|part|clause)\b",
    re.IGNORECASE,
)


# a section named by its number: "Section 3", "paragraph 4(b)", "Part II"
_NUMBERED_SECTION = re.compile(
    r"\b(?:section|paragraph|part|clause)\s+(\d+(?:\.\d+)*(?:\([a-z]\))?|[ivx]+)\b", re.IGNORECASE
)


def _section_shares_before(parts: _Parts, segment: tuple[int, int]) -> bool:
    """Is the section the segment names one that the text before it says shares? In
    "Section 3 describes how we share contact data with partners. Section 3 does not extend
    to mobile numbers collected for text messaging" the second sentence takes mobile data out
    of the sharing the first one laid out, as "this section does not apply to ..." does under
    a heading about sharing. A section the text before names for something else ("Section 3
    describes your rights") is no sharing to take data out of."""
    doc = parts.doc
    start, end = segment
    named = {m.group(1).lower() for m in _NUMBERED_SECTION.finditer(doc[start:end].text)}
    if not named or start == 0:
        return False
    for sent in doc[:start].sents:
        refs = {m.group(1).lower() for m in _NUMBERED_SECTION.finditer(sent.text)}
        if refs & named and parts.has("sharing_context", sent.start, min(sent.end, start)):
            return True
    return False


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


# a segment that opens by pointing back at what the text before it said ("This excludes ...",
# "None of the foregoing applies to ...", "that does not cover ...", "Excluded from those
# records are ...")
_POINTER_OPENING = re.compile(
    r"^\W*(?:(?:none|nothing|neither)\s+of\s+)?"
    r"(?:this|that|these|those|it|such|the\s+(?:foregoing|above|same))\b"
    r"|^\W*(?:excluded|exempt(?:ed)?)\s+from\s+(?:this|that|these|those|such|the)\b",
    re.IGNORECASE,
)


# mobile data said to go the way of the sharing before it: "SMS opt-in data is treated the
# same way", "mobile numbers are handled likewise"
_LIKEWISE = re.compile(
    r"\b(?:treated|handled|shared|disclosed|dealt\s+with)\s+"
    r"(?:the\s+same(?:\s+way)?|likewise|similarly|alike|in\s+the\s+same\s+(?:way|manner))",
    re.IGNORECASE,
)


# an exclusion that names what it takes the data out of, after the sharing it stands under:
# "Mobile opt-in data is excluded from (a) through (c)"
_EXCLUDED_FROM = {"excluded", "exempt", "exempted"}


# what an exclusion may take data out of and still be about sharing: the shared sets a policy
# names ("excluded from these lists", "from the sections above", "from (a) through (c)")
_SHARED_SETS = {
    "list",
    "lists",
    "section",
    "sections",
    "paragraph",
    "paragraphs",
    "policy",
    "notice",
    "record",
    "records",
    "file",
    "files",
    "database",
    "databases",
    "data",
    "information",
    "arrangements",
    "agreements",
    "practices",
    "programs",
    "program",
    "purposes",
    "uses",
    "(",
}
_FROM_TARGET_END = {",", ";", ".", ":", "and", "which", "that", "where", "who", "but"}
_SHARING_LABELS = (
    "share_verb",
    "sharing_context",
    "described_elsewhere",
    "receive_verb",
    "recipient_outside",
    "recipient_partner",
    "recipient_provider",
    "purpose_marketing",
)


def _excluded_from_something_else(parts: _Parts, verb_end: int, end: int) -> bool:
    """Does an exclusion name what it takes the data out of, and is that no sharing? In "We
    share information with service providers. SMS data is excluded from our analytics reports"
    the number is kept out of an internal report, not out of the sharing before it: no promise.
    "Excluded from the sharing above", "from these lists", "from (a) through (c)" and "from
    our partner program" point at sharing, or at a set the policy shares."""
    doc = parts.doc
    if verb_end >= end or doc[verb_end].lower_ != "from":
        return False
    stop = next((t.i for t in doc[verb_end + 1 : end] if t.lower_ in _FROM_TARGET_END), end)
    target = doc[verb_end + 1 : stop]
    if not len(target) or target[0].lower_ not in ("our", "your", "the", "its", "their"):
        return False
    if any(t.lower_ in _POINTER_WORDS or t.lower_ in _SHARED_SETS for t in target):
        return False
    return not any(parts.has(label, verb_end + 1, stop) for label in _SHARING_LABELS)


def _shared_before(parts: _Parts, start: int) -> bool:
    return any(
        parts.has(label, 0, start)
        for label in ("share_verb", "handover_verb", "sharing_context", "receive_verb")
    )


# a joint before the pointer: "however, none of this applies", "and that permission does not"
_JOINING = re.compile(r"^(?:(?:however|but|and|yet|so)\b[\s,]*)+", re.IGNORECASE)
# what a negated scope verb may end on and still point back: "are not included", "are never
# part of these lists", "are not covered by it"
_POINTER_WORDS = {"this", "that", "these", "those", "such", "it", "them", "above", "foregoing"}


# what may open a subject that names again a thing named before: "neither section", "the lists"
_REPEATING = {"the", "these", "those", "such", "neither", "either", "each", "both", "that", "this"}
_SUBJECT_REACH = 3


def _repeats_a_noun_before(parts: _Parts, segment: tuple[int, int]) -> bool:
    """Is the segment's subject a thing the text named before it, with its sharing? "We may
    provide customer lists to sponsors. Customer lists do not include mobile numbers",
    "Sections 4 and 5 describe when we share information; neither section applies to mobile
    information": the lists, the sections are what was shared or what describes the sharing,
    so what they do not include is left out of it, as "these lists do not include" says. The
    subject runs to its verb (an auxiliary or a verb of scope) and is no recipient ("Partners
    do not receive ..." names who gets the data, not what is shared)."""
    doc = parts.doc
    start, end = segment
    verbs = {s for s, _e in parts.within("scope_verb", start, end)}
    stop = next(
        (t.i for t in doc[start:end] if t.lower_ in AUXILIARIES or t.i in verbs),
        None,
    )
    if stop is None:
        return False
    subject = [t for t in doc[start:stop] if t.is_alpha]
    if subject and subject[0].lower_ in _REPEATING:
        subject = subject[1:]
    if not 0 < len(subject) <= _SUBJECT_REACH or any(
        parts.has(label, start, stop) for label in _RECIPIENTS
    ):
        return False
    head = subject[-1].lower_.rstrip("s")
    return any(t.lower_.rstrip("s") == head for t in doc[:start] if t.is_alpha)


def _left_out(parts: _Parts, segment: tuple[int, int]) -> bool:
    """ "Phone numbers you give us for texts are not included", "Mobile numbers from our text
    club are never part of these lists": after sharing, mobile data as the subject of a
    negated verb of scope whose complement is nothing or a pointer ("these lists") is left
    out of the sharing just described, as "this excludes mobile numbers" would say."""
    doc = parts.doc
    start, end = segment
    for s, e in parts.within("scope_verb", start, end):
        if not _locally_negated(parts, start, s) or not parts.has("mobile_data", start, s):
            continue
        rest = [t for t in doc[e:end] if not t.is_punct]
        if (
            not rest
            or rest[0].lower_ in _POINTER_WORDS
            or (
                rest[0].lower_ in ("of", "in", "by", "to")
                and len(rest) > 1
                and rest[1].lower_ in _POINTER_WORDS
            )
        ):
            return True
    return False


def points_back_at_sharing(parts: _Parts, segment: tuple[int, int]) -> bool:
    """Does the segment point back at sharing stated before it in the same text? "We may share
    your information with third parties. This excludes text messaging opt-in data": "This"
    is that sharing, so the segment's exclusion excludes from it, as "the categories above"
    would. So does "None of the foregoing applies to ...", "that does not cover ...", and
    "X is excluded from (a) through (c)" after a list of recipients (the exclusion names what
    it takes X out of), and "SMS opt-in data is treated the same way". A segment that opens
    "This" with no sharing before it ("We use cookies. This excludes your phone number")
    points at nothing shared."""
    start, end = segment
    if start == 0 or not _shared_before(parts, start):
        return False
    opening = _JOINING.sub("", parts.doc[start:end].text.lstrip(" ;:,.-—"))
    if _POINTER_OPENING.match(opening) or _LIKEWISE.search(opening):
        return True
    if _left_out(parts, segment) or _repeats_a_noun_before(parts, segment):
        return True
    return any(
        (
            parts.doc[s].lower_ in _EXCLUDED_FROM
            and s + 1 < end
            and parts.doc[s + 1].lower_ == "from"
        )
        # "... are left off that list": the list is the one shared before
        or (e < end and parts.doc[e].lower_ in _POINTER_WORDS)
        for s, e in parts.within("exclusion_verb", start, end)
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
        or _section_shares_before(parts, segment)
    )
    for s, e in parts.within("exclusion_verb", start, end):
        # "the above excludes SMS opt-in data": what is above is the policy's sharing
        if not (named or parts.has("described_elsewhere", start, end)):
            continue
        if _excluded_from_something_else(parts, e, end):
            continue  # "SMS data is excluded from our analytics reports"
        if _locally_negated(parts, start, s):  # "mobile data is not excluded from the sharing"
            return _included(parts, segment)
        phrase = _excluded_phrase(parts, start, s, e, end)
        if parts.has("mobile_data", *phrase):
            if _excluded_only_when(parts.doc, max(phrase[1], e), end):
                return _included(parts, segment)
            return _excluded_but(parts, segment, max(phrase[1], e))
    # a carve-out of mobile data from the segment's own sharing needs no sharing named
    # elsewhere: "Business partners may receive your details other than your mobile number"
    carved = _carved_mobile_data(parts, segment)
    if carved is not None:
        return carved
    if _restriction_lifted(parts, segment):
        return _included(parts, segment)
    if not named:
        return None
    if _limited_to_other_data(parts, segment):
        return _excluded(parts, segment)
    # the sharing before that the segment points back at ("We share data with partners; these
    # categories include your number") is the sharing the segment's data is part of
    pointed = (0, end) if shared_before else (start, end)
    likewise = _LIKEWISE.search(parts.doc[start:end].text)
    if shared_before and likewise:
        verb = next(
            (t.i for t in parts.doc[start:end] if t.idx >= parts.doc[start].idx + likewise.start()),
            start,
        )
        if _locally_negated(parts, start, verb):  # "SMS data is not treated the same way"
            return _excluded_but(parts, segment, verb)
        if _marketing_or_partner(parts, pointed):
            return _included(parts, segment)
    scopes = parts.within("scope_verb", start, end)
    for n, (s, _e) in enumerate(scopes):
        if (
            _names_recipients(parts, s)
            or _other_data_first(parts, _e, scopes[n + 1 :])
            or _covers_other_data(parts, _e, end)
        ):
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
            and (
                set_named
                or parts.has("sharing_context", start, s)
                or (shared_before and _repeats_a_noun_before(parts, segment))
            )
            and (
                parts.has("purpose_marketing", clause, end)
                or _partner_recipient(parts, pointed)
                or _outside_recipient(parts, (start, s))
            )
        ):
            # "the sharing with marketing partners described above includes your number"; "the
            # third-party sharing in Section 6 applies to everything, including mobile numbers"
            # (the third parties named in the subject, before the verb of scope)
            return _included(parts, segment)
    return None


_LIMITED = {"limited", "restricted", "confined"}


def _limited_to_other_data(parts: _Parts, segment: tuple[int, int]) -> bool:
    """Is the sharing named limited to other data, the mobile data denied after it? "Any of
    the sharing above is limited to email and postal data — never the number you text us
    from" keeps the number out as "never includes" would. The data the sharing is limited to
    is other data (e-mail, postal, personal), and a negation comes before the mobile data;
    "limited to your mobile number" names what is shared."""
    doc = parts.doc
    start, end = segment
    for t in doc[start : end - 1]:
        if t.lower_ not in _LIMITED or doc[t.i + 1].lower_ != "to":
            continue
        after = t.i + 2
        denial = next((n for n, _e in parts.within("negator", after, end)), None)
        if denial is None or parts.has("mobile_data", after, denial):
            continue
        if parts.has("mobile_data", denial, end) and (
            parts.has("nonmobile_data", after, denial) or parts.has("personal_data", after, denial)
        ):
            return True
    return False


# what opens the case in which a limit is lifted: "does not apply if you join ..."
_LIFTED_WHEN = {"if", "when", "whenever", "where", "once", "after"}


def _restriction_lifted(parts: _Parts, segment: tuple[int, int]) -> bool:
    """Is a limit on sharing mobile data lifted in some case? "The exclusion above for text
    messaging data does not apply if you join a partner's program, in which case your number
    is sent to that partner": the subject is the limit (an exclusion, a promise, a
    restriction), its verb of scope is negated, and a case follows it: in that case the data
    is shared, an exception to the promise. "This promise does not apply to your email"
    names no case (it is the exclusion `_exclusion` reads), and the law's case ("... does not
    apply when the law requires disclosure") is sharing reviewers accept."""
    doc = parts.doc
    start, end = segment
    for s, e in parts.within("scope_verb", start, end):
        clause = _clause_start(parts, start, s)
        if not parts.has("restriction", clause, s) or not _locally_negated(parts, start, s):
            continue
        if (
            e < end
            and doc[e].lower_ in _LIFTED_WHEN
            and not parts.has("purpose_operations", e, end)
        ):
            return True  # not the law's case: "... when the law requires disclosure"
    return False


# a limit said to stay in force: "continues to bind any successor", "remains in effect"
_STAYS_IN_FORCE = re.compile(
    r"\b(?:continues?|continuing)\s+to\s+(?:bind|apply|govern|protect)\b|"
    r"\b(?:binds?|will\s+bind|survives?|will\s+survive)\b|"
    r"\b(?:remains?|stays?)\s+(?:in\s+(?:full\s+)?(?:effect|force)|binding)\b",
    re.IGNORECASE,
)


def _restriction_kept(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """A promise about mobile data said to stay in force: "In the event of a merger we may
    transfer customer records; the no-sharing promise for your mobile number continues to
    bind any successor" keeps the promise through the merger. The subject is a limit on
    sharing (a promise, a restriction) that names the mobile data, and its predicate says it
    binds or stays in effect, not negated ("... does not survive a sale" is no promise)."""
    doc = parts.doc
    start, end = segment
    text = doc[start:end].text
    kept = _STAYS_IN_FORCE.search(text)
    if kept is None:
        return None
    verb = next((t.i for t in doc[start:end] if t.idx >= doc[start].idx + kept.start()), end)
    restrictions = parts.within("restriction", start, verb)
    if (
        not restrictions
        or not parts.has("mobile_data", restrictions[0][0], verb)
        or _locally_negated(parts, restrictions[-1][1], verb)
        or parts.has("hedge", start, end)
    ):
        return None
    said = text.strip(" ;,").rstrip(".;:,")
    return Clause("promise", "mobile", f"the promise stays in force: “{said}”", attempted=True)


def _other_data_first(parts: _Parts, verb_end: int, later: list[tuple[int, int]]) -> bool:
    """Is the verb of scope the first of two predicates, its own object no mobile data? In
    "Our affiliate sharing covers purchase data only and never extends to SMS opt-in data",
    "covers purchase data" says what the sharing is; the predicate after "and" says whether
    the mobile data is part of it."""
    if not later:
        return False
    doc = parts.doc
    joint = next((t.i for t in doc[verb_end : later[0][0]] if t.lower_ in ("and", "but")), None)
    return joint is not None and not parts.has("mobile_data", verb_end, joint)


def _covers_other_data(parts: _Parts, verb_end: int, end: int) -> bool:
    """Does the verb of scope take other data for its own object, no mobile data? In "Mobile
    numbers are never shared ... (the carrier sharing above covers shipping addresses only)"
    the aside says what the carrier sharing is: shipping addresses; the mobile data named
    before it is not part of it; "covers shipping addresses, emails and mobile numbers" names
    the mobile data among its objects. The object runs to the end of its clause (")", ";")."""
    doc = parts.doc
    stop = next((t.i for t in doc[verb_end:end] if t.lower_ in (")", ";")), end)
    return parts.has("nonmobile_data", verb_end, stop) and not parts.has(
        "mobile_data", verb_end, stop
    )


# a case that narrows an exclusion to itself: "only where", "only if", "only to the extent"
_ONLY_CASE = {"where", "when", "whenever", "if", "in", "to", "as", "once"}


def _excluded_only_when(doc: Doc, after: int, end: int) -> bool:
    """Is the exclusion made only in one case? "We may share information with partners. Text
    messaging data is excluded from this only where state law requires it": "only" before a
    case ("where", "if", "to the extent") bounds the exclusion, not the sharing; in every
    other case the data stays in the sharing before, an exception. "excluded from this" and
    "excluded from this in all cases" take it out whole."""
    for t in doc[after:end]:
        if t.lower_ in ("only", "solely") and t.i + 1 < end and doc[t.i + 1].lower_ in _ONLY_CASE:
            return True
        if t.text in (",", ";", ":"):
            return False
    return False


def _marketing_or_partner(parts: _Parts, region: tuple[int, int]) -> bool:
    return parts.has("purpose_marketing", *region) or _partner_recipient(parts, region)


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
    exception of mobile opt-in data, we may share ...", "we may share your information unless
    it is Mobile Information": positive sharing that names mobile data as left out of it. A
    relative clause on the data left out is part of the carve-out: in "except your mobile
    number, which we never share" the "never" is not the sharing's."""
    doc = parts.doc
    start, end = segment
    for i in range(start, end - 1):
        word, nxt = doc[i].lower_, doc[i + 1].lower_
        if not (
            word in ("except", "excluding", "besides", "barring")
            or (word in ("other", "apart", "aside") and nxt in ("than", "from"))
            or (word == "save" and nxt == "for")
            or (word == "exception" and nxt == "of")
            or (word == "but" and nxt in ("never", "not"))
            # "... unless it is Mobile Information": the data the sharing leaves out
            or (word == "unless" and any(t.lower_ in _BE for t in doc[i + 2 : i + 4]))
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
        # (a "who" inside the data is no break: "Customers who joined by text are left off")
        inside = {i for s, e in parts.within("mobile_data", start, verb) for i in range(s, e)}
        return max(
            (
                t.i + 1
                for t in doc[start:verb]
                if t.lower_ in _LOCAL_BREAK - {"and"} and t.i not in inside
            ),
            default=start,
        ), verb
    stop = next((t.i for t in doc[verb_end:end] if t.lower_ in (",", ";", "from", "but")), end)
    return verb_end, stop


def _included(parts: _Parts, segment: tuple[int, int]) -> Clause:
    text = parts.doc[segment[0] : segment[1]].text.strip().rstrip(".;:,")
    return Clause(
        "exception",
        "mobile",
        f"mobile data is part of the sharing described: “{text}”",
        attempted=True,
    )


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
            if kind != "exception":
                # "Apart from our sister brands, who may text you, we keep your number
                # private": a carve-out that opens the clause governs the keeping too
                kind, why = _leading_carve_out(parts, start, s) or (kind, why)
            if kind == "exception":
                return Clause("exception", "mobile", why, attempted=True)
            text = parts.doc[start:end].text.strip(" ;,").rstrip(".;:,")
            if _kept_with_partners(parts, e, end):
                why = f"mobile data is kept within the business and partners: “{text}”"
                return Clause("exception", "mobile", why, attempted=True)
            return Clause(
                "promise", "mobile", f"mobile data is kept private: “{text}”", attempted=True
            )
    return None


def _kept_with_partners(parts: _Parts, kept_end: int, end: int) -> bool:
    """ "Your number is restricted to internal use and to our marketing partners": a partner
    joined to those the data is kept for, and no negation after the keeping, shares in it;
    the data is not kept from them. "... stays in-house and is never given to partners", "...
    stays in-house, and our partners never see it" deny them; so does "from" before them: "kept
    private from other companies" keeps it away from them."""
    for s, _e in parts.within("recipient_partner", kept_end, end):
        if _kept_from(parts.doc, kept_end, s):
            continue
        if _partner_recipient(parts, (s, end)) and not parts.has("negator", kept_end, end):
            return True
    return False


def _kept_from(doc, kept_end: int, partner: int) -> bool:
    """Is the partner what the data is kept from ("private from other companies", "kept from
    our marketing partners")? "from" opens its noun phrase: at most three words between, no
    comma or conjunction (in "private from spam, and our partners see it" it does not)."""
    for token in reversed(doc[max(kept_end, partner - 4) : partner]):
        if token.lower_ == "from":
            return True
        if not token.is_alpha or token.lower_ in ("and", "or", "but", "except", "other"):
            return False
    return False


_USE = {"use", "uses", "used"}
# who may stand as the business itself among the users: "us", "our own staff", "our team"
_OURSELVES = {"us", "we", "our", "ourselves", "own", "staff", "team", "employees", "people"}
# what ends the users named after "used only by": a purpose, a relative clause, the next clause
_USERS_END = {",", ";", ".", ":", "to", "for", "who", "which", "that", "when", "if"}


def _use_confined(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """Mobile data whose use is confined to the business: "Phone numbers collected for SMS are
    used solely by us and our texting vendor", "Only our own staff use the numbers gathered
    through the SMS form". The restriction ("only", "solely", "exclusively") governs who uses
    the data; when those users are the business (or it by name) and the providers that send
    its texts, no one else gets it: the promise. A partner or outside party among them ("used
    only by us and by our marketing partners, who may text you their own offers"), or one named
    after a use confined to a purpose ("used solely for marketing, including offers sent by our
    franchisees"), shares in the use: an exception. Data that is not the texting program's
    ("Employee phone numbers are used solely for scheduling") the vocabulary does not mark."""
    doc = parts.doc
    start, end = segment
    if not parts.has("mobile_data", start, end) or parts.has("hedge", start, end):
        return None
    for token in doc[start:end]:
        if token.lower_ not in _USE or _locally_negated(parts, start, token.i):
            continue
        after = [t for t in doc[token.i + 1 : min(end, token.i + 4)]]
        restricted = next((t for t in after if t.lower_ in _RESTRICTING), None)
        users: tuple[int, int] | None = None
        if token.lower_ == "used" and restricted is not None:
            nxt = doc[restricted.i + 1] if restricted.i + 1 < end else None
            if nxt is not None and nxt.lower_ == "by":
                stop = next((t.i for t in doc[nxt.i + 1 : end] if t.lower_ in _USERS_END), end)
                users = (nxt.i + 1, stop)
            elif nxt is not None and nxt.lower_ in ("for", "to"):
                partner = next(iter(parts.within("recipient_partner", nxt.i, end)), None)
                if partner is not None and not parts.has("negator", nxt.i, partner[0]):
                    return _confined_use(parts, segment, shared=True)
                continue
        elif token.lower_ in ("use", "uses"):
            opening = next((t for t in doc[start : token.i] if t.is_alpha), None)
            if opening is not None and opening.lower_ in _RESTRICTING:
                users = (opening.i + 1, token.i)
        if users is None or users[1] <= users[0]:
            continue
        if _partner_recipient(parts, users) or _outside_recipient(parts, users):
            return _confined_use(parts, segment, shared=True)
        if any(
            t.lower_ in _OURSELVES or (t.text[:1].isupper() and t.i > start)
            for t in doc[users[0] : users[1]]
        ):
            return _confined_use(parts, segment, shared=False)
    return None


def _confined_use(parts: _Parts, segment: tuple[int, int], *, shared: bool) -> Clause:
    text = parts.doc[segment[0] : segment[1]].text.strip(" ;,").rstrip(".;:,")
    if shared:
        why = f"mobile data is used by partners or others as well as the business: “{text}”"
        return Clause("exception", "mobile", why, attempted=True)
    why = f"mobile data is used only by the business and its providers: “{text}”"
    return Clause("promise", "mobile", why, attempted=True)


_STAYING = {"stay", "stays", "remain", "remains", "rest", "rests"}


def _stays_with_us_and_providers(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """ "Messaging Data stays with <the business> and the SMS provider that transmits our
    reminders": mobile data said to stay with the business (named, or "us") and the providers
    that send its texts goes nowhere else: the promise, as "it stays with us" is. A partner or
    outside party among those it stays with ("stays with us and our partners") is no promise."""
    doc = parts.doc
    start, end = segment
    if parts.has("hedge", start, end):
        return None  # "We cannot guarantee that your number stays with us"
    for token in doc[start : end - 1]:
        if token.lower_ not in _STAYING or doc[token.i + 1].lower_ != "with":
            continue
        if not parts.has("mobile_data", start, token.i) or _locally_negated(parts, start, token.i):
            continue
        holders = (token.i + 2, end)
        if (
            holders[0] >= end
            or _partner_recipient(parts, holders)
            or any(
                not any(
                    ps <= s and e <= pe for ps, pe in parts.within("recipient_provider", *holders)
                )
                for s, e in parts.within("recipient_outside", *holders)
            )
        ):
            continue
        first = doc[holders[0]]
        if first.lower_ != "us" and not first.text[:1].isupper():
            continue  # "stays with the subscriber", "remains with you"
        text = doc[start:end].text.strip(" ;,").rstrip(".;:,")
        return Clause(
            "promise",
            "mobile",
            f"mobile data stays with the business and its providers: “{text}”",
            attempted=True,
        )
    return None


# said of data in the holder's care: "your number is safe with us", "secure with us"
_IN_CARE = {"safe", "secure", "protected"}


def _safe_with_partners(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """ "Your number is safe with us and our family of brands, which may send you their own
    offers": mobile data said to be in the care of the business and of partners is held by
    the partners too, as "it stays with us and our partners" is (`_kept`): an exception.
    "Your number is safe with us" alone is an assurance, not a promise about sharing; it is
    left to the rest of the policy. "Safe with us and our texting platform" names a provider."""
    doc = parts.doc
    start, end = segment
    if parts.has("hedge", start, end):
        return None
    for token in doc[start : end - 2]:
        if token.lower_ not in _IN_CARE or doc[token.i + 1].lower_ != "with":
            continue
        if not parts.has("mobile_data", start, token.i) or _locally_negated(parts, start, token.i):
            continue
        if doc[token.i + 2].lower_ != "us" or not _kept_with_partners(parts, token.i + 3, end):
            continue
        text = doc[start:end].text.strip(" ;,").rstrip(".;:,")
        why = f"mobile data is held by the business and partners: “{text}”"
        return Clause("exception", "mobile", why, attempted=True)
    return None


def _points_back(parts: _Parts, start: int, end: int) -> bool:
    return parts.has("anaphor", start, end) or parts.has("pronoun", start, end)


def _excluded(parts: _Parts, segment: tuple[int, int]) -> Clause:
    text = parts.doc[segment[0] : segment[1]].text.strip().rstrip(".;:,")
    if _sale_only_verbs(parts, segment):
        return Clause(
            "sale_promise",
            "mobile",
            f"mobile data is left out of a sale; nothing is said of sharing it: “{text}”",
        )
    return Clause(
        "promise",
        "mobile",
        f"mobile data is excluded from the sharing described: “{text}”",
        attempted=True,
    )


def _sale_only_verbs(parts: _Parts, segment: tuple[int, int]) -> bool:
    """Is every verb that hands data over in the segment a verb of sale? Taking mobile data
    out of a sale ("Excluding mobile numbers, we may rent our list to other groups", "we trade
    contact lists, other than cell numbers, with sponsors") promises only that it is not sold,
    as "we never sell your number" does: a sale promise. A sentence with no such verb ("the
    above excludes SMS opt-in data") or with a sharing verb among them is the promise."""
    verbs = parts.within("share_verb", *segment) + parts.within("handover_verb", *segment)
    sales = parts.within("sale_verb", *segment)
    return bool(verbs) and all(any(ss <= s < se for ss, se in sales) for s, _e in verbs)


# a verb that lets sharing happen, and one that holds it back, taking sharing as a noun
# ("permit disclosure of", "limit the sharing of")
_PERMITTING = {"permit", "permits", "allow", "allows", "authorize", "authorizes", "authorise"}
_LIMITING = {"limit", "limits", "restrict", "restricts", "prevent", "prevents", "prohibit", "bar"}
_SHARING_NOUNS = {
    "disclosure",
    "disclosures",
    "sharing",
    "sale",
    "transfer",
    "transfers",
    "release",
}


def _permission_denied(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """Sharing named as a noun under a negated verb of permission: "Nothing in this policy
    shall be construed to permit disclosure of your SMS consent or phone number to third
    parties" denies the sharing as "we will not disclose" does: the promise. Negated, a verb
    that holds sharing back lifts the hold: "... shall not be construed to limit disclosure of
    mobile numbers to our marketing partners" allows that sharing, an exception when the
    receivers are partners or the purpose marketing. The data is what follows "of"."""
    doc = parts.doc
    start, end = segment
    for verb in doc[start:end]:
        word = verb.lower_
        if word not in _PERMITTING and word not in _LIMITING:
            continue
        noun = next(
            (t.i for t in doc[verb.i + 1 : min(verb.i + 4, end)] if t.lower_ in _SHARING_NOUNS),
            None,
        )
        if noun is None or noun + 1 >= end or doc[noun + 1].lower_ != "of":
            continue
        if not parts.has("mobile_data", noun + 1, end) or not _locally_negated(
            parts, start, verb.i
        ):
            continue
        text = doc[start:end].text.strip().rstrip(".;:,")
        if word in _PERMITTING:
            kind, why = _carve_out(parts, noun, end)
            if kind == "exception":
                return Clause("exception", "mobile", why, attempted=True)
            return Clause(
                "promise",
                "mobile",
                f"sharing mobile data is not permitted: “{text}”",
                attempted=True,
            )
        if parts.has("purpose_marketing", noun, end) or _partner_recipient(parts, (noun, end)):
            return Clause("exception", "mobile", f"sharing mobile data is not limited: “{text}”")
    return None


def _sharing_permitted(parts: _Parts, segment: tuple[int, int], previous: str) -> Clause | None:
    """Sharing named as a noun that opens the segment, and judged by its predicate: "Sale of
    mobile information is prohibited; transfers to affiliates for their marketing are
    permitted". What it shares is the mobile data after "of", or, with no "of", the mobile
    data the sentence named before. Permitted, to partners or for marketing, it is the
    exception (to the providers that send the texts it is not); not permitted, or prohibited,
    it is denied: the promise (a sale only: the sale promise)."""
    doc = parts.doc
    start, end = segment
    first = next((t for t in doc[start:end] if t.is_alpha and t.lower_ not in ("the", "any")), None)
    if first is None or first.lower_ not in _SHARING_NOUNS:
        return None
    verdict = permission_predicate(doc, first.i, start, end)
    if verdict is None:
        return None
    # "Sale of your number", or a gerund with its object: "Sharing your number for marketing"
    # ("sharing with affiliates ..." has no object: the recipient follows at once)
    named = first.i + 1 < end and (
        doc[first.i + 1].lower_ == "of"
        or (first.lower_ in _GERUNDS_WITH_OBJECT and doc[first.i + 1].lower_ not in ("with", "to"))
    )
    mobile = parts.has("mobile_data", first.i, verdict) if named else previous == "mobile"
    # "...; sharing it with our sister companies is allowed": the gerund's object points back
    # at the mobile data named before
    if named and not mobile and previous == "mobile":
        mobile = any(s == first.i + 1 for s, _e in parts.within("anaphor", first.i, verdict))
    if not mobile:
        return None
    text = doc[start:end].text.strip(" ;,").rstrip(".;:,")
    denied = _locally_negated(parts, start, verdict) != (doc[verdict].lower_ in _FORBIDDEN)
    if denied:
        if first.lower_ in ("sale", "sales", "selling") and not _AS_IS_SHARING.search(
            doc[verdict:end].text
        ):
            return Clause("sale_promise", "mobile", f"selling mobile data is prohibited: “{text}”")
        return Clause(
            "promise", "mobile", f"sharing mobile data is not permitted: “{text}”", attempted=True
        )
    if parts.has("purpose_marketing", first.i, end) or _partner_recipient(parts, (first.i, end)):
        return Clause("exception", "mobile", f"sharing mobile data is permitted: “{text}”")
    return None


_FORBIDDEN = {"prohibited", "forbidden", "barred"}
_GERUNDS_WITH_OBJECT = {"sharing", "disclosing", "transferring", "releasing"}
# the same predicate said of sharing as well: "The sale of your number is prohibited, as is
# any other sharing for marketing" prohibits the sharing too, not the sale alone
_AS_IS_SHARING = re.compile(
    r",\s*as\s+(?:is|are)\s+(?:any\s+|all\s+)?(?:other\s+)?(?:sharing|disclosure|disclosures|"
    r"transfers?|release)\b",
    re.IGNORECASE,
)


# a label that opens a list of what a statement leaves out: "Excluded: mobile numbers ..."
_EXCLUSION_LABELS = {"excluded", "exclusions", "exclusion", "exempt", "exempted"}
_POINTER_SUBJECTS = {"this", "that", "these", "those", "it", "above", "foregoing", "the"}


def excluded_by_label_or_pointer(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """Mobile data taken out of sharing by a label or a pointer, with no sharing verb of its
    own: "Except as excluded below, we share customer information with marketing partners.
    Excluded: mobile numbers and text consent collected through our sign-up forms." and "This
    excludes mobile opt-in data." The label ("Excluded:") or the pointer subject of "excludes"
    says the data is out of the sharing the policy describes: the promise (a sale only before
    it: the sale promise, `_excluded`). What the label lists must be mobile data ("Excluded:
    payment card numbers" leaves the number in), and a condition after it ("This excludes
    mobile data unless you consent") is no exclusion."""
    doc = parts.doc
    start, end = segment
    words = [t for t in doc[start:end] if t.is_alpha and t.lower_ not in ("any", "all", "the")]
    if not words:
        return None
    first = words[0]
    if first.lower_ in _SHARING_NOUNS:
        # the subject names the sharing: "Any transfer of data in a merger will exclude SMS
        # opt-in data"
        verb = next(iter(parts.within("exclusion_verb", first.i, end)), None)
        if (
            verb is None
            or doc[first.i : verb[0]].text.count(",")
            or _locally_negated(parts, start, verb[0])
        ):
            return None
        listed = (verb[1], end)
    elif not _shared_before(parts, start):
        return None  # "We use cookies. This excludes your cell number.": no sharing to leave
    elif first.lower_ in _EXCLUSION_LABELS and first.i + 1 < end and doc[first.i + 1].text == ":":
        listed = (first.i + 2, end)
    elif first.lower_ in _POINTER_SUBJECTS:
        verb = next(iter(parts.within("exclusion_verb", first.i, min(end, first.i + 4))), None)
        if verb is None or not all(
            t.lower_ in _POINTER_SUBJECTS or t.lower_ in AUXILIARIES
            for t in doc[first.i : verb[0]]
            if t.is_alpha
        ):
            return None
        if _locally_negated(parts, start, verb[0]):
            return None
        listed = (verb[1], end)
    else:
        return None
    # the first thing listed is mobile data ("Excluded: payment card numbers and passwords"
    # leaves the number in)
    named = sorted(
        (s, label)
        for label in ("mobile_data", "personal_data", "nonmobile_data")
        for s, _e in parts.within(label, *listed)
    )
    if not named or not any(s <= named[0][0] for s, _e in parts.within("mobile_data", *listed)):
        return None
    data = parts.within("mobile_data", *listed)
    if parts.has("carve_out", *listed) or any(
        not any(ds <= s and e <= de for ds, de in data)
        for s, e in parts.within("consent_condition", *listed)
    ):
        return None  # "... unless you consent": the subscriber's say-so, not the opt-in data
    return _excluded(parts, (0, end))
