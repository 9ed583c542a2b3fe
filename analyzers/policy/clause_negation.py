"""Is a sharing verb denied? Negators in its own clause, and a question answered "No".

An odd number of negators before the verb denies it, but only those of the verb's own clause
count: a relative clause, a clause after a colon or a second predicate carries its own. A
recipient negated ("with no one"), an exclusion ("excluded from any sharing"), an FAQ's "No"
after a question and a verb that shares the auxiliary of the one before ("will not be shared
with or sold to") change the count. Kept in one place so the rules for "not" read together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads on first use
    from spacy.tokens import Doc

from analyzers.policy.clause_parts import (
    _ANSWER_LABEL,
    _NEW_SUBJECT,
    _OBJECT_PRONOUNS,
    _PREDICATE_JOINS,
    _RELATIVE,
    _clause_start,
    _participle,
    _Parts,
)
from analyzers.text.grammar import AUXILIARIES

# "shared with or sold to": a verb joined to the one before shares its auxiliary and negation
_JOINING = {"or", "and", "nor"}


_ELIDED_GAP = {",", "be", "otherwise", "ever"}


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


def _locally_negated(parts: _Parts, start: int, verb: int) -> bool:
    """Is the verb negated within its own clause? In "we do not share data, except that the
    categories above include your number" the "not" belongs to "share", not to "include"."""
    return len(parts.within("negator", _clause_start(parts, start, verb), verb)) % 2 == 1


def _contrasted_away(parts: _Parts, post: tuple[int, int]) -> bool:
    """ "We sell products, not data": the verb's object is something else, and the data comes
    only after ", not" that sets it against that object: the data is what is NOT sold. Data
    named before the contrast ("we share your number, not your email") is the object itself."""
    doc = parts.doc
    data = [s for label in ("mobile_data", "personal_data") for s, _e in parts.within(label, *post)]
    for s, _e in parts.within("negator", *post):
        if s == 0 or doc[s - 1].text != "," or doc[s].lower_ != "not":
            continue
        after = [d for d in data if s < d <= s + 2]
        return bool(after) and not any(d < s for d in data)
    return False


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
    clause = _after_relative_aside(doc, clause, pre[1])
    if _denied_item(doc, clause, pre[1]):
        return True
    clause = _after_opening_clause(doc, clause, pre[1])
    clause = _after_subject_relative(parts, clause, pre[1])
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
    # a clause joined after a comma whose subject is itself a denial has its own negation: in
    # "no mobile number is ever included, and none is shared with any third party" the "No"
    # belongs to "included"; counted with "none", the two would cancel
    clause = max(
        (
            t.i
            for t in doc[clause + 1 : pre[1]]
            if t.lower_ in _DENYING_SUBJECTS
            and doc[t.i - 1].lower_ in _PREDICATE_JOINS
            and t.i > 1
            and doc[t.i - 2].text == ","
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
    if _contrasted_away(parts, post):
        count += 1
    if post[0] > 0 and doc[post[0] - 1].lower_ == "nowhere":
        count += 1  # "Your number goes nowhere": the verb's own destination denies it
    if _kept_from(parts, pre[1]):
        count += 1
    if _answered_no(doc, pre[1], post[1]):
        count += 1
    if _denied_by_its_predicate(parts, pre, post):
        count += 1
    return count % 2 == 1


_DENYING_SUBJECTS = {"none", "nobody", "nothing", "neither"}


# the negations of a verb (not the denying subjects "nobody", "nothing"): those a relative
# clause in the subject holds for its own verb
_VERB_DENIALS = {"not", "never", "n't", "n’t", "fail", "fails", "failed", "refuse", "refuses"}


def _after_subject_relative(parts: _Parts, clause: int, verb: int) -> int:
    """Where the verb's clause starts when its subject holds a relative clause with a negated
    verb of its own: in "Customers who do not opt out may have their number shared with our
    partners" the "not" is the opting out's; the main predicate starts again at the
    auxiliary after the relative clause's verb ("may"). In "Numbers of people who have not
    opted in will not be shared" only the second "not" is the sharing's. "Numbers that we
    collect are not shared" has no negation inside its relative clause, and "that" before
    "we do not share" opens no subject."""
    doc = parts.doc
    for rel in doc[clause:verb]:
        if rel.lower_ not in ("who", "that") or rel.i == 0 or not doc[rel.i - 1].is_alpha:
            continue
        denial = next((t.i for t in doc[rel.i + 1 : verb] if t.lower_ in _VERB_DENIALS), None)
        if denial is None:
            continue
        own_verb = False
        for t in doc[denial + 1 : verb]:
            if t.lower_ in AUXILIARIES and own_verb:
                return t.i  # "who do not opt out | may have it shared"
            if t.is_alpha and t.lower_ not in AUXILIARIES and t.lower_ not in _VERB_DENIALS:
                own_verb = True
            if not t.is_alpha:
                break  # a comma or a clause mark: no main predicate read here
    return clause


# what opens the main clause again after a relative aside and its closing comma
_ASIDE_CLOSED_BY = _NEW_SUBJECT | {"nobody", "no", "none", "neither", "nothing", "nor"}


def _after_relative_aside(doc: Doc, clause: int, verb: int) -> int:
    """Where the verb's clause starts when the relative clause before it is an aside closed by
    a comma: in "Other than our texting vendor, who may not use it for any other purpose,
    nobody gets your number" the "not" is the vendor's, and "nobody" after the closing comma
    opens the clause of "gets". Only a comma a subject follows closes the aside: in "SMS
    data, which is not sold, rented, or shared" the list stays in the relative clause."""
    if clause == 0 or doc[clause - 1].lower_ not in _RELATIVE:
        return clause
    closing = max(
        (
            t.i
            for t in doc[clause:verb]
            if t.text == "," and t.i + 1 < verb and doc[t.i + 1].lower_ in _ASIDE_CLOSED_BY
        ),
        default=None,
    )
    return closing + 1 if closing is not None else clause


# words that open a sentence with a clause of its own, closed by a comma before the main one
# ... and the prepositions that open a phrase set against the clause ("Notwithstanding the
# sharing limits above, your number may be shared with lead buyers": the limits are not the
# sharing's negation)
_OPENING_SUBORDINATORS = {
    "if", "whether", "when", "whenever", "although", "though", "once",
    "notwithstanding", "despite", "regardless",
}  # fmt: skip


def _after_opening_clause(doc: Doc, start: int, verb: int) -> int:
    """Where the verb's clause starts when the sentence opens with a subordinate clause of its
    own: "If you do not reply, we may share your number", "Whether or not you buy, we may
    share it": the "not" before the comma negates the condition, not the sharing after it."""
    first = next((t for t in doc[start:verb] if t.is_alpha), None)
    if first is None or first.lower_ not in _OPENING_SUBORDINATORS:
        return start
    if any(t.is_alpha for t in doc[: first.i]):
        return start  # not the sentence's opening word
    comma = next((t.i for t in doc[first.i : verb] if t.text == ","), None)
    return comma + 1 if comma is not None else start


_COPULA = {"is", "are", "was", "'s", "’s"}
_THING = {"something", "anything", "thing", "one", "what"}
_PREDICATE_REACH = 6


def _denied_by_its_predicate(parts: _Parts, pre: tuple[int, int], post: tuple[int, int]) -> bool:
    """Is the verb a gerund subject that its predicate denies? "Selling your information is
    something we will never do", "Sharing your number is not something we do": the gerund
    opens the clause, a copula follows its object, and the predicate after it ("something we
    will never do", "not what we do") holds the negation, a few words on. "Sharing your
    number with partners is how we fund the app" denies nothing."""
    doc = parts.doc
    verb = pre[1]
    if not doc[verb].lower_.endswith("ing") or any(t.is_alpha for t in doc[pre[0] : verb]):
        return False
    copula = next((t.i for t in doc[verb + 1 : post[1]] if t.lower_ in _COPULA), None)
    if copula is None:
        return False
    predicate = (copula + 1, min(copula + 1 + _PREDICATE_REACH, post[1]))
    return any(t.lower_ in _THING for t in doc[predicate[0] : predicate[1]]) and parts.has(
        "negator", *predicate
    )


_ASKING = {"do", "does", "will", "would", "can", "could", "is", "are", "may"}


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
    while j < end and (doc[j].lower_ in _ANSWER_LABEL or doc[j].lower_ in _ANSWER_AGAIN):
        j += 1  # "Sharing it with advertisers? Also never.": the same answer again
    return j < end and doc[j].lower_ in ("no", "never", "nope", "not")


# words that say an answer repeats the one before: "Also never.", "Again, no.", "Still no."
_ANSWER_AGAIN = {"also", "again", "still", "likewise", ","}


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
