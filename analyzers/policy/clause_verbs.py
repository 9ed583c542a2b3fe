"""Which words of a sentence are its sharing verbs, and which verbs go together.

"Share", "sell", "disclose" are also nouns, labels, quoted words, questions and the subject of
a sentence ("Information we share ... does not include"); "provide" or "send" hand data over
only when a recipient follows, and "partners receive your number" tells the sharing from the
recipient's side. This module keeps only the verbs that state a sharing and groups those
coordinated into one act ("sell, rent or share").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads on first use
    from spacy.tokens import Doc

from analyzers.policy.clause_negation import _question_to_us
from analyzers.policy.clause_parts import (
    _BE,
    _LOCAL_BREAK,
    _OBJECT_PRONOUNS,
    _RESTRICTING,
    _SCOPE_VERBS,
    _participle,
    _Parts,
    _passive,
)
from analyzers.text.grammar import AUXILIARIES

_COORDINATION = {",", "or", "and", "nor", "/", "otherwise", "&", "either", "also", "even"}


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
    # a lending library's "loan reminders", "gear loans", a "license number": the thing lent,
    # not the lending ("we never loan or license your number" has its verb's place)
    "loan",
    "loans",
    "license",
    "licenses",
    "licence",
    "licences",
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


# "shared with, sold to or rented to": a preposition before a joint has no object of its own
_STRANDED = {"with", "to"}


_JOINS = {",", "or", "and", "nor", "/"}


_PARTICLE = {"on", "along", "over", "out"}


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


# what a bought thing's record is called: "purchase data", "purchase history"
_RECORD_NOUNS = {
    "data", "history", "histories", "information", "info", "records", "record", "details",
    "amounts", "amount", "dates", "date", "behavior", "behaviour", "patterns", "activity",
}  # fmt: skip


def _purchase_noun(parts: _Parts, i: int) -> bool:
    """ "Our affiliate sharing covers purchase data only": "purchase" before a noun of records
    names what was bought, the subscriber's; it is no one buying data. After its buyer ("our
    affiliates purchase data from us") or a modal ("may purchase data") it is the verb."""
    doc = parts.doc
    if doc[i].lower_ not in ("purchase", "purchases") or i + 1 >= len(doc):
        return False
    if _bought_thing(parts, i):
        return True
    if doc[i + 1].lower_ not in _RECORD_NOUNS:
        return False
    if i > 0 and doc[i - 1].lower_ in _BUYING_BEFORE:
        return False
    return not any(e == i for label in _RECIPIENTS for _s, e in parts.spans.get(label, []))


_DETERMINERS = {"a", "an", "the", "your", "my", "his", "her", "each", "every", "any", "this"}
_NOUN_REACH = 3


def _bought_thing(parts: _Parts, i: int) -> bool:
    """ "to complete a vehicle purchase", "after your purchase": "purchase" after a determiner
    (and the nouns that qualify it) is the thing bought, a noun; no one buys data there. "our
    partners purchase data" has its buyer, a recipient, before it: the verb."""
    doc = parts.doc
    if any(e == i for label in _RECIPIENTS for _s, e in parts.spans.get(label, [])):
        return False
    for j in range(i - 1, max(-1, i - 1 - _NOUN_REACH), -1):
        word = doc[j].lower_
        if word in _DETERMINERS:
            return True
        if not doc[j].is_alpha or word in _BUYING_BEFORE or word in AUXILIARIES:
            return False
    return False


_DATA_LABELS = ("mobile_data", "personal_data", "nonmobile_data")
# a sharing verb's base form that is also a noun a list of data may hold
_VERBS_ALSO_NOUNS = {"trade", "rent", "transfer", "share"}


def _listed_among_data(parts: _Parts, i: int) -> bool:
    """ "Name, trade, phone number, email": a verb's word set between commas beside items of
    data is one of the list's nouns (a contractor's trade), not a verb; in "sold, rented or
    traded" its neighbours are verbs, not data."""
    doc = parts.doc
    if doc[i].lower_ not in _VERBS_ALSO_NOUNS:
        return False
    if not (0 < i < len(doc) - 1) or doc[i - 1].text != "," or doc[i + 1].text != ",":
        return False
    data = [span for label in _DATA_LABELS for span in parts.spans.get(label, [])]
    after = i + 2 + (doc[i + 2].lower_ in ("and", "or") if i + 2 < len(doc) else 0)
    return any(e == i - 1 or s == after for s, e in data)


# what stands before "purchase" as a verb: "may purchase", "who purchase", "to purchase"
_BUYING_BEFORE = {
    "may", "might", "will", "would", "can", "could", "to", "who", "that", "which", "not",
    "never", "n't", "n’t", "also", "they", "we", "others", "companies", "businesses",
}  # fmt: skip


def _verb_groups(parts: _Parts, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Sharing verbs of a segment, coordinated ones ("sell, rent or share") grouped."""
    doc = parts.doc
    # "Do you share my number?": in a question the visitor asks, "you" is the business
    users = [u for u in parts.within("user_subject", start, end) if _question_to_us(doc, u[0])]
    verbs = [
        v for v in parts.within("share_verb", start, end) if not _qualifies_a_recipient(parts, v[0])
    ]
    recipients = [
        s
        for label in ("recipient_outside", "recipient_partner", "recipient_provider")
        for s, _e in parts.within(label, start, end)
    ]
    recipients += _them_for_recipients(parts, start, end)
    # "provide", "give", "send" hand data over only when someone receives it: "to partners";
    # a recipient belongs to the nearest verb before it ("numbers given for reminders are never
    # shared with partners": the partners are not given anything)
    # ... the handing-over verbs included: in "Phone numbers provided for the program shall
    # not be provided to third parties" the parties are the second "provided"'s
    handovers = parts.within("handover_verb", start, end)
    verbs += [
        v
        for v in handovers
        if any(
            r > v[1] and _reaches(doc, v, r, verbs + handovers) and _after_to(parts, r)
            for r in recipients
        )
        or _gives_access(parts, v, end)
    ]
    verbs += _receivers(parts, start, end)
    verbs = [
        v
        for v in verbs
        if not any(us <= v[0] < ue for us, ue in users)
        and _is_verb_use(doc, v[0])
        and not _sharing_noun(doc, v[0])
        and not _qualifier_use(doc, v[0])
        and not _purchase_noun(parts, v[0])
        and not _listed_among_data(parts, v[0])
        and not _quoted(doc, v[0], start)
        and not _sold_out(parts, v[0])
        and not _asked_whether(doc, v[0], start)
        and not (_described_how(doc, v[0], start) and not _names_its_recipients(parts, v, end))
        and not _gerund_subject(parts, v[0], start, end)
        and not _in_a_definition(doc, v[0], start)
        and not _act_rejected(doc, v[0], start, end)
        and permission_predicate(doc, v[0], start, end) is None
        and not _cross_reference(doc, v[0])
        and not _section_name(doc, v[0])
        and not _names_the_shared_set(parts, v[0], start, end)
        and not _tells_a_statement(doc, v[0])
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


# what a business tells the subscriber, not data it holds: "the purposes disclosed at
# consent", "the terms disclosed when you signed up"
_STATEMENTS = {
    "purpose", "purposes", "term", "terms", "use", "uses", "practice", "practices", "reason",
    "reasons", "condition", "conditions", "policy", "policies", "fees", "rates", "frequency",
}  # fmt: skip


def _tells_a_statement(doc: Doc, i: int) -> bool:
    """Is the participle a modifier of a statement right before it? "your number is used for
    the messaging purposes disclosed at consent": a purpose disclosed is a purpose told to the
    subscriber, not data handed to anyone. "your number, disclosed to partners" keeps data
    before it, and "purposes" before an active verb ("for purposes we disclose ...") is no
    participle; "the terms disclosed to you" are still told."""
    return (
        i > 0
        and _participle(doc[i].lower_)
        and doc[i - 1].lower_ in _STATEMENTS
        and (
            i + 1 >= len(doc)
            or doc[i + 1].lower_ not in ("to", "with")
            or doc[i + 2 : i + 3].text.lower() == "you"
        )
    )


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


_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}


def _after_to(parts: _Parts, recipient: int) -> bool:
    """Is the recipient the object of "to"/"with"? Determiners and marketing words may stand
    between: "to our partners", "to select marketing affiliates", "with our promotional
    partners", and an owner with its "'s" ("to the giveaway's sponsor")."""
    doc = parts.doc
    modifiers = {
        i
        for label in ("purpose_marketing", *_RECIPIENTS)
        for s, e in parts.spans.get(label, [])
        for i in range(s, e)
    }
    i = recipient - 1
    while i >= max(0, recipient - 5):
        word = doc[i].lower_
        if word in ("to", "with"):
            return True
        if word in _POSSESSIVE and i - 1 > 0 and doc[i - 1].is_alpha:
            i -= 2  # "the giveaway's": the owner names whose recipient it is
            continue
        if word == "no" and i > 0 and doc[i - 1].lower_ in ("to", "with"):
            return True  # "goes to no marketer": the negated recipient is still the object
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
    # each verb may repeat the negation: "not sold, not rented, not shared" denies all three
    # as "not sold, rented or shared" does (the first verb's "not" still counts for the group)
    if len(gap) > 1 and gap[-1] in ("not", "never") and gap[-2] in _JOINS:
        gap = gap[:-1]
    return all(word in _COORDINATION or word.endswith("ly") for word in gap) or gap in (
        ["not"],
        ["or", "otherwise"],
    )


def _gives_access(parts: _Parts, verb: tuple[int, int], end: int) -> bool:
    """ "We do not give third parties access to the list of text subscribers", "we provide our
    partners access to your number": the recipient right after the verb, then "access": the
    verb hands the data over to that recipient. So does the data itself right after the
    recipient, the verb's two objects: "we never give advertisers your phone number"."""
    doc = parts.doc
    data = {
        s for label in ("mobile_data", "personal_data") for s, _e in parts.within(label, 0, end)
    }
    for label in _RECIPIENTS:
        for s, e in parts.within(label, verb[1], end):
            between = doc[verb[1] : s]
            if not all(t.lower_ in _RECIPIENT_MODIFIERS for t in between) or e >= end:
                continue
            if doc[e].lower_ == "access":
                return True
            if e in data or (doc[e].lower_ in ("your", "their", "the") and e + 1 in data):
                return True
    return False


_NOT_WORDS = {"not", "n't", "n’t", "never"}


def _receivers(parts: _Parts, start: int, end: int) -> list[tuple[int, int]]:
    """ "Our partners may receive your number", "nobody else sees it": sharing told from the
    recipient's side counts when the subject is a recipient or no one ("you will receive texts"
    is not sharing)."""
    doc = parts.doc
    found = []
    for s, e in parts.within("receive_verb", start, end) + _given_to_subject(parts, start, end):
        if _receives_messages(parts, e) or _consented_receiving(parts, s):
            continue  # "your consent to receive messages": the subscriber's side, not data
        if _qualifies_data(parts, s):
            continue  # "numbers obtained for SMS": how the data came, nobody receives it
        if doc[s].lower_ in _LETTING:
            # "allow any third party to use it": the recipient stands inside the verb phrase
            if any(parts.has(label, s, e) for label in _RECIPIENTS) or _them_named_before(
                parts, s, e
            ):
                found.append((s, e))
            continue
        if doc[e - 1].lower_ == "by":
            # "may be used by our affiliates": the passive's receiver follows "by"
            if any(parts.has(label, e, min(e + _BY_REACH, end)) for label in _RECIPIENTS):
                found.append((s, e))
            continue
        clause = max((t.i + 1 for t in doc[start:s] if t.lower_ in (",", ";")), default=start)
        if doc[clause].lower_ in ("who", "which", "that") and clause > start:
            # "..., our affiliates, who may receive ...": the subject is the noun before (in
            # brackets, from the bracket: "service providers (including our SMS platform,
            # which receives your phone number)")
            clause = max(
                (t.i + 1 for t in doc[start : clause - 1] if t.lower_ in (",", ";", "(")),
                default=start,
            )
            if doc[clause].lower_ in ("and", "or"):
                # "advertising networks, data brokers, and social media platforms, which may
                # receive ...": the whole list is the subject, back to its colon or start
                clause = max(
                    (t.i + 1 for t in doc[start:clause] if t.lower_ in (";", ":")), default=start
                )
        if all(
            t.lower_ in AUXILIARIES or t.lower_.endswith("ly") or t.lower_ in _NOT_WORDS
            for t in doc[clause:s]
        ):
            # "Our partners, including lenders and insurers, may contact you ...", "Our
            # affiliates, meaning the companies we own, do not receive ...": only the auxiliary
            # (and its negation) follows the appositive; the subject opens the clause
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
            or _they_for_recipients(parts, subject)
        ):
            # "the only parties that receive your number are ...": the receivers, restricted
            found.append((s, e))
    return found


def _them_named_before(parts: _Parts, start: int, end: int) -> bool:
    """ "We do not rent our SMS list to advertisers or let them use it": the "them" let use
    the data stands for the outside parties named before it in the sentence."""
    doc = parts.doc
    return any(t.lower_ == "them" for t in doc[start:end]) and any(
        parts.has(label, 0, start) for label in ("recipient_outside", "recipient_partner")
    )


# verbs whose passive makes the receiver its subject: "No third party will be given your
# number", "no vendor is provided with it"
_GIVEN = {"given", "handed", "provided", "furnished", "supplied"}


def _given_to_subject(parts: _Parts, start: int, end: int) -> list[tuple[int, int]]:
    """Handing-over verbs in a passive whose subject receives: "No third party will be given
    your mobile number" says who gets the number as "no third party receives it" does."""
    return [
        (s, e) for s, e in parts.within("handover_verb", start, end) if _given_passive(parts, s, e)
    ]


def _given_passive(parts: _Parts, s: int, e: int) -> bool:
    """Is the verb at s a passive of handing over whose subject is the receiver? Its object
    follows it at once ("be given your number", "are sent a copy", "is provided with it");
    "Your number is given to our vendor" has the data as subject and "to" after the verb, and
    stays a handing-over verb with its recipient, and so does one with its particle ("be
    handed over to marketers", "be given out": the particle is no object)."""
    doc = parts.doc
    if doc[s].lower_ not in _GIVEN or e >= len(doc) or doc[e].lower_ in _NOT_AN_OBJECT:
        return False
    if doc[e].lower_ in _PARTICLES:
        return False
    return (s > 0 and doc[s - 1].lower_ in _BE) or (s > 1 and doc[s - 2].lower_ in _BE)


_BY_REACH = 5


_LETTING = {"allow", "allows", "permit", "permits", "let", "lets"}


# the particle of a phrasal verb of handing over ("handed over", "given out", "passed along")
_PARTICLES = {"over", "out", "along", "on", "away"}


_NOT_AN_OBJECT = {"to", "by", "for", "through", "via", ".", ",", ";", ":", "only", "solely"}


# what a subscriber agrees "to": "consent to receive them", "agreed to receive our alerts"
_CONSENTING = {"consent", "consents", "consented", "agree", "agrees", "agreed", "in", "up", "opt"}


def _consented_receiving(parts: _Parts, verb: int) -> bool:
    """Is "receive" what the subscriber consents to ("patients who have given consent to
    receive them", "customers who agreed to receive our reminders", "if you opt in to receive
    alerts")? The receiver is the subscriber, getting the program's texts, whatever "them"
    stands for; nobody receives data. "If you consent, our partners may receive your number"
    has no "to" between the consent and the verb, and its subject is the partners; data right
    after the verb ("agreed to receive your number") is received data."""
    doc = parts.doc
    return (
        verb >= 2
        and doc[verb - 1].lower_ == "to"
        and doc[verb - 2].lower_ in _CONSENTING
        and not any(
            parts.has(label, verb + 1, min(verb + 4, len(doc)))
            for label in ("mobile_data", "personal_data")
        )
    )


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
                # "receive text messages": data words that end in the messages are the messages,
                # unless a number or a list is what they name ("numbers gathered for texts")
                if not any(s <= ms and me == e for ms, me in messages)
                or any(t.lower_ in _NUMBER_OR_LIST for t in doc[s : _messages_start(messages, e)])
            ),
            default=end,
        )
        for label in ("mobile_data", "personal_data")
    }
    first["text_messages"] = min((s for s, _e in messages), default=end)
    return first["text_messages"] < min(first["mobile_data"], first["personal_data"])


_NUMBER_OR_LIST = {"number", "numbers", "list", "lists", "contacts"}


def _messages_start(messages: list[tuple[int, int]], end: int) -> int:
    """Where the messages that end a data span at `end` start (else `end`)."""
    return min((ms for ms, me in messages if me == end), default=end)


def _them_for_recipients(parts: _Parts, start: int, end: int) -> list[int]:
    """ "Affiliates and sponsors: no mobile numbers are provided to them": "them" after "to" or
    "with", the recipients named earlier in the sentence, is who the data is handed to."""
    doc = parts.doc
    return [
        t.i
        for t in doc[start:end]
        if t.lower_ == "them"
        and doc[t.i - 1].lower_ in ("to", "with")
        and any(
            parts.has(label, 0, t.i - 1) for label in ("recipient_outside", "recipient_partner")
        )
    ]


def _they_for_recipients(parts: _Parts, subject: tuple[int, int]) -> bool:
    """Is the subject "they", after a recipient named earlier in the sentence? "We may rely on
    co-sponsors to run promotions, and they may receive your cell number": "they" are the
    co-sponsors ("they will receive texts" after no recipient is the subscribers)."""
    words = [
        t.lower_
        for t in parts.doc[subject[0] : subject[1]]
        if t.lower_ not in AUXILIARIES and t.lower_ not in ("never", "not", "n't", "also")
    ]
    return words in (["they"], ["and", "they"]) and any(
        parts.has(label, 0, subject[0]) for label in ("recipient_outside", "recipient_partner")
    )


def _receiving(parts: _Parts, group: list[tuple[int, int]]) -> bool:
    return all(parts.has("receive_verb", s, e) or _given_passive(parts, s, e) for s, e in group)


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
    limits; it is the subject, not an act of sharing. "Sharing with lead buyers is part of how
    our service works" says the act is done: its scope is how the business works."""
    doc = parts.doc
    return (
        i == start
        and doc[i].lower_.endswith("ing")
        and any(
            not parts.within("share_verb", i + 1, s)  # its own predicate, no other sharing
            and not (e < end and doc[e].lower_ in _HOW_WE_WORK)
            for s, e in parts.within("scope_verb", i + 1, end)
            + parts.within("exclusion_verb", i + 1, end)
        )
    )


# what follows "part of" when the act is how the business works, not a set it limits:
# "Sharing with lead buyers is part of how our free quote service works"
_HOW_WE_WORK = {"how", "what", "why"}


# what a copula says of an act it rejects: "isn't our business", "is against our values"
_REJECTING = {"not", "n't", "n’t", "never", "against"}


def _act_rejected(doc: Doc, i: int, start: int, end: int) -> bool:
    """ "Selling your data isn't our business", "Selling customer data is against our values":
    an -ing form that opens the clause is its subject, and a copula that rejects it says the
    business does not do it; the act is named, not stated (what follows, "we do not sell
    your number", is read on its own). "Selling cell numbers is our model" still names an
    act the sentence does not deny, and is left to the other readings."""
    if not doc[i].lower_.endswith("ing"):
        return False
    if i != start:
        return _rejected_likewise(doc, i)
    for t in doc[i + 1 : end]:
        if t.text in (";", ":", "."):
            return False
        if t.lower_ in _BE | {"'s", "’s"}:
            nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
            return nxt in _REJECTING or ruled_out(doc, t.i + 1)
    return False


# what a copula says of an act to rule it out: "is off the table", "is out of the question"
_RULED_OUT = (
    ("off", "the", "table"),
    ("out", "of", "the", "question"),
    ("not", "an", "option"),
    ("off", "limits"),
)


def ruled_out(doc: Doc, i: int) -> bool:
    """Does a predicate that rules an act out start at token i ("off the table", "out of the
    question", "off limits")?"""
    words = tuple(t.lower_ for t in doc[i : i + 4])
    return any(words[: len(idiom)] == idiom for idiom in _RULED_OUT)


def _rejected_likewise(doc: Doc, i: int) -> bool:
    """ "Selling your number is off the table, and so is passing it to anyone who'd market to
    you": the -ing form after "so is" (or "nor is") takes the predicate of the act before it,
    which the sentence rejected."""
    if i < 2 or doc[i - 1].lower_ not in ("is", "are") or doc[i - 2].lower_ not in ("so", "nor"):
        return False
    return any(
        t.lower_.endswith("ing") and _act_rejected(doc, t.i, t.i, i - 2) for t in doc[: i - 2]
    )


_PERMISSION_WORDS = {
    "permitted", "allowed", "authorized", "authorised", "prohibited", "forbidden", "barred",
}  # fmt: skip


def permission_predicate(doc: Doc, i: int, start: int, end: int) -> int | None:
    """Where the predicate of a sharing noun that opens the segment says whether that sharing
    is allowed: "Transfers to affiliates for their marketing are permitted", "Sharing of cell
    numbers with sponsors is prohibited". The noun names the act; "is (not) permitted" or
    "is prohibited" after it judges it, and clause_exclusions reads the two together."""
    first = next(
        (t.i for t in doc[start:end] if t.is_alpha and t.lower_ not in ("the", "any")), None
    )
    if first != i:
        return None
    for t in doc[i + 1 : end]:
        if t.lower_ in (";", ":", "."):
            return None
        if t.lower_ in _PERMISSION_WORDS and doc[t.i - 1].lower_ in _BE | {"not", "never"}:
            return t.i
    return None


def _cross_reference(doc: Doc, i: int) -> bool:
    """ "(see above)", "(see Section 4)": a pointer to another part of the policy."""
    return i > 0 and doc[i - 1].text == "(" and doc[i].lower_ == "see"


def _section_name(doc: Doc, i: int) -> bool:
    """ "Notwithstanding Section 4 (Sharing), SMS data shall not be transferred": a word alone
    in brackets after a reference to a part of the document is that part's name, not an act
    ("we may (and do) share it" has more than the word in its brackets)."""
    return (
        0 < i < len(doc) - 1
        and doc[i - 1].text == "("
        and doc[i + 1].text == ")"
        and i > 1
        and (doc[i - 2].like_num or doc[i - 2].lower_ in _SECTION_WORDS)
    )


_SECTION_WORDS = {"section", "sections", "paragraph", "clause", "article", "part", "above", "below"}


# what may open a recipient an -ing word qualifies: "our lending partners", "the trading desk"
_RECIPIENT_OPENERS = {"our", "the", "their", "its", "a", "an", "any", "these", "those", "other"}


def _qualifies_a_recipient(parts: _Parts, i: int) -> bool:
    """Is the -ing word the kind of a recipient named right after it? "They may be provided to
    our lending partners" names partners who lend, as "our marketing partners" names partners
    who market: a determiner before it, the recipient right after it, nothing lent. "We are
    lending partners your number" has no determiner before it."""
    doc = parts.doc
    if not doc[i].lower_.endswith("ing") or i == 0 or doc[i - 1].lower_ not in _RECIPIENT_OPENERS:
        return False
    return any(s == i + 1 for label in _RECIPIENTS for s, _e in parts.spans.get(label, []))


def _asked_whether(doc: Doc, i: int, start: int) -> bool:
    """Is the verb in a question the sentence asks, not an act it states? "You have the right
    to know whether personal information is sold or disclosed and to whom": the clause after
    "whether" is what a request asks about; it says nothing is sold. The question runs from
    "whether" to the next clause break (";", ":", a closing parenthesis)."""
    for token in reversed(doc[start:i]):
        if token.lower_ == "whether":
            return not _whether_opens(doc, token.i, i)
        if token.lower_ in _WH_WORDS and _after_asking(doc, token.i):
            return True  # "Customers can ask us which third parties have received it"
        if token.text in (";", ":", ".", "(", ")"):
            return False
    return False


_WH_WORDS = {"which", "who", "whom", "what"}


def _whether_opens(doc: Doc, whether: int, verb: int) -> bool:
    """Does "whether" open the sentence as a clause of its own that a comma closes before the
    verb? "Whether you get our texts in English or Spanish, your mobile number is never
    shared": the "whether" clause says in all cases, and the main clause after the comma
    states the act. "You may ask whether your number is shared" asks."""
    opens = all(not t.is_alpha for t in doc[:whether])
    return opens and any(t.text == "," for t in doc[whether:verb])


# verbs by which a text says what it covers: "This policy explains how we ... disclose"
_DESCRIBING = {
    "explain", "explains", "describe", "describes", "outline", "outlines", "details",
    "detail", "covers", "sets", "set", "tells", "explaining", "describing", "outlining",
}  # fmt: skip


def _described_how(doc: Doc, i: int, start: int) -> bool:
    """Is the verb inside "how ..." after a verb of describing? "This Privacy Policy explains
    how Acme (“we”) collects, uses, stores, and discloses personal information when you opt in
    to texts" says what the policy is about; it allows no sharing (the sections it announces
    say what is shared). A parenthesis between ("Acme (“we,” “us”)") is skipped; a clause
    break (";", ":", ".") ends the look-back."""
    depth = 0
    for token in reversed(doc[start:i]):
        if token.text == ")":
            depth += 1
        elif token.text == "(":
            depth = max(depth - 1, 0)
        elif depth:
            continue
        elif token.lower_ == "how":
            j = token.i - 1
            if j >= 0 and doc[j].lower_ in ("you", "us", "out"):
                j -= 1  # "tells you how", "sets out how"
            return j >= 0 and doc[j].lower_ in _DESCRIBING
        elif token.text in (";", ":", "."):
            return False
    return False


# a definition before the verb: "Data brokers are companies that collect and sell ...",
# "Under California law, sharing means disclosing data for ...", "'Sale' refers to ..."
_DEFINITION = re.compile(
    r"(?:^|[;:.]\s*)(?:under\s+[\w\s]{1,30}?,\s*)?[\w\s\-“”\"'‘’]{1,40}?\s"
    r"(?:(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:companies|company|businesses|business|entities|"
    r"entity|firms|firm|organizations|organization|people|persons)\s+(?:that|who|which)\b"
    r"|means|refers\s+to|is\s+defined\s+as)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _in_a_definition(doc: Doc, i: int, start: int) -> bool:
    """Is the verb part of what a definition says a word or a kind of party means? "Data
    brokers are companies that collect and sell personal information" says what data brokers
    do; "Under California law, sharing means disclosing data for cross-context behavioral
    advertising" what a word means. Neither states what the business does with data. The
    definition runs from the clause's start to the verb ("we are a company that never sells
    your number" is no definition: its subject is the business, and says so with "we")."""
    after = doc[i + 1 : i + 3].text.lower()
    if after.startswith(("means", "refers to", "is defined")):
        return True  # the word defined: "sharing means ..."
    text = doc[start:i].text + " "
    found = _DEFINITION.search(text)
    if found is None:
        return False
    return not any(w.lower() in ("we", "i", "our") for w in found.group(0).split()[:3])


def _names_its_recipients(parts: _Parts, verb: tuple[int, int], end: int) -> bool:
    """Does a described sharing name whom it goes to? "Section 3 describes how we share
    contact data, including phone numbers, with marketing partners" lays out a sharing that
    happens, with its recipients: it is stated, as "we share ... with marketing partners" is.
    "This notice describes how we share your mobile number" names only a topic."""
    stop = next((t.i for t in parts.doc[verb[1] : end] if t.text in (";", ":", ".")), end)
    return any(
        parts.has(label, verb[1], stop) for label in ("recipient_outside", "recipient_partner")
    )


_ASKING = {
    "ask", "asks", "asked", "know", "learn", "request", "requests", "tell", "confirm",
    "out", "inquire", "disclose", "identify", "list",
}  # fmt: skip


def _after_asking(doc: Doc, i: int) -> bool:
    """Does a verb of asking or knowing stand right before the word (a person between: "ask
    us which", "tell you who")? "the partners which receive it" is a relative clause."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in ("us", "you", "them", "me"):
        j -= 1
    return j >= 0 and doc[j].lower_ in _ASKING


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


_RECIPIENTS = ("recipient_outside", "recipient_partner", "recipient_provider")
