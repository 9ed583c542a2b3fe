"""A privacy policy's sharing clauses, judged together: the promise, its exceptions.

One sentence decides little alone: a general "we share personal information with affiliates
for marketing" is an exception only when the policy does not exclude mobile data elsewhere, and
"it" in "we may share it with partners" means the phone number of the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from analyzers.policy.clause_answers import elided_answer
from analyzers.policy.clauses import (
    Clause,
    awaits_its_verb,
    classify,
    excluded_from_before,
    is_sms_scope,
    may_state_sharing,
    opens_with_its_verb,
    restricted_to_providers,
    shares_something,
)
from analyzers.text.nlp import nlp
from analyzers.text.sentences import Sentence
from analyzers.text.vocabulary import vocabulary


@dataclass(frozen=True)
class Verdict:
    sentence: Sentence
    clause: Clause

    @property
    def evidence(self) -> str:
        where = f" (under “{self.sentence.heading}”)" if self.sentence.heading else ""
        return f"“{self.sentence.quoted}”{where}"


@dataclass
class SharingAnalysis:
    """Every sentence of the policy that says something about sharing, with its verdict."""

    verdicts: list[Verdict] = field(default_factory=list)

    def labelled(self, label: str) -> list[Verdict]:
        return [v for v in self.verdicts if v.clause.label == label]

    @property
    def promises(self) -> list[Verdict]:
        return self.labelled("promise")

    @property
    def attempted(self) -> list[Verdict]:
        """Statements that try to promise non-sharing of mobile data (maybe with a carve-out)."""
        return [v for v in self.verdicts if v.clause.attempted]

    @property
    def purpose_bound(self) -> bool:
        """Does every promise deny only sharing for marketing ("Mobile information will not be
        shared with third parties for marketing purposes")? Such a promise leaves the policy's
        other sharing open to the number; one that denies all sharing ("never shared with
        anyone") or takes mobile data out of the rest ("the categories above exclude SMS
        opt-in data") closes it."""
        return bool(self.promises) and all(v.clause.for_purpose for v in self.promises)

    @property
    def mobile_recipients_closed(self) -> bool:
        """Does the policy name everywhere mobile data goes? "SMS opt-in information may be
        shared only with vendors that help us deliver text messages", beside a promise bound to
        marketing, lists the number's only receivers: the policy's general "We may share
        information with carriers, vendors and other business partners" is about its other
        data, as if it said "excluding SMS opt-in data". "Your number may be shared with our
        texting vendor" (no "only") leaves the general sharing open."""
        return any(
            v.clause.label == "allowed"
            and v.clause.topic == "mobile"
            and restricted_to_providers(v.sentence.text)
            for v in self.verdicts
        )

    @property
    def exceptions(self) -> list[Verdict]:
        """What a reviewer rejects: every mobile exception, and general ones that mobile data
        is not excluded from. A promise overrides general sharing, except a promise bound to
        marketing: "We may share information with: business partners, with your consent"
        next to it gives the number to partners on consent, which the promise does not deny
        (general sharing for marketing it covers; with service providers or the law it is
        allowed). Nor does it when the policy says mobile data goes only to the providers that
        deliver the texts (`mobile_recipients_closed`)."""
        found = self.labelled("exception")
        general = self.labelled("general_exception")
        if not self.promises:
            found += general
        elif self.purpose_bound and not self.mobile_recipients_closed:
            found += [v for v in general if v.clause.to_partners]
        return sorted(found, key=lambda v: v.sentence.index)


def _names_the_number(text: str) -> bool:
    """Does the sentence name the subscriber's number as data the business holds ("We store
    your phone number ...", "text-alert numbers")? The privacy vocabulary's mobile data, where
    what it names is a number."""
    return any(
        match.label == "mobile_data" and re.search(r"\bnumbers?\b|#", match.text, re.IGNORECASE)
        for match in vocabulary("privacy").find(text)
    )


def _about_the_number_before(sentence: Sentence, before: Sentence | None) -> bool:
    """ "We store your phone number securely. We do not share your information with third
    parties.": in one paragraph, "your information" right after the number is that number."""
    return (
        before is not None
        and not sentence.lead_in
        and not before.lead_in
        and before.line == sentence.line
        and before.index == sentence.index - 1
        and _names_the_number(before.text)
    )


def _excludes_what_was_shared_before(sentence: Sentence, before: Sentence | None) -> bool:
    """ "We share event details with the caterer and vendors you choose. Your mobile number and
    SMS opt-in consent are not part of that.": right after a sentence that shares something,
    a sentence that negates mobile data's place in "that" takes it out of the sharing: the
    exclusion is the promise (issue 13). After a sentence that shares nothing ("We use cookies
    for analytics. Your phone number is not part of that.") it excludes from nothing."""
    return (
        before is not None
        and not sentence.lead_in
        and before.heading == sentence.heading
        and before.index == sentence.index - 1
        and excluded_from_before(sentence.text)
        and shares_something(before.text)
    )


# a subject that only a clause has ("we share", "they may use"); "you" is as often an object
_CLAUSE_SUBJECT = re.compile(r"\b(?:we|they)\s+(?:\w+\s+)?\w+", re.IGNORECASE)
_LEAD_IN_MIN_WORDS = 6


def _opens_own_list(sentence: Sentence) -> bool:
    """Is a "list item" that ends in ":" the lead-in of a list of its own? "For users who opt
    in to texts, we may share the following with our SMS provider(s):" after the items of "We
    share the following with these companies:" is the next paragraph, with its own subject and
    verb, introducing its own items; so does a short "We do not:" after the items of
    "Information we collect:", whose items it negates. An item of a list ("Service
    providers:", "With your consent:") names a recipient or a condition and has no clause of
    its own."""
    return (
        bool(sentence.lead_in)
        and sentence.text.endswith(":")
        and (
            (
                len(sentence.text.split()) >= _LEAD_IN_MIN_WORDS
                and _CLAUSE_SUBJECT.search(sentence.text) is not None
            )
            or awaits_its_verb(sentence.text)
        )
    )


# a heading that states what the business never does: "What we never do", "Things we will
# never do", "What Emberpit doesn't do", "We never", "We will never:"
_NEGATING_HEADING = re.compile(
    r"^\W*(?:(?:what|things)\s+(?:[\w&'’.-]+\s+){1,3}?"
    r"(?:will\s+never|never(?:\s+ever)?|do\s+not|does\s+not|will\s+not|(?:don|doesn|won)['’]t)"
    r"\s+(?:ever\s+)?do|(?:[\w&'’.-]+\s+){1,3}?(?:will\s+never|never(?:\s+ever)?|"
    r"(?:do|does|will)\s+not|(?:don|doesn|won)['’]t))\W*$",
    re.IGNORECASE,
)
_NEGATED_LEAD = "We never:"


def heading_lead(sentence: Sentence) -> str:
    """The lead-in a sentence is read under: its own, or a negating heading's. Under "What we
    never do", the item "Share your mobile number with any third party" opens with its verb and
    has no subject: the heading is its subject and negation ("We never share your mobile
    number ..."), a promise, as under the lead-in "We never:". A sentence with its own subject
    under that heading ("We share your address with the carrier that ships your order") is
    read as it says."""
    if sentence.lead_in:
        return sentence.lead_in
    if _NEGATING_HEADING.match(sentence.heading) and opens_with_its_verb(sentence.text):
        return _NEGATED_LEAD
    return ""


def relead(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with each list item under the lead-in that introduces it: a paragraph that
    ends in ":" with a clause of its own ends the list before it (it is no item of that list)
    and its items are read under it, not under the earlier lead-in."""
    out: list[Sentence] = []
    moved: tuple[str, str] | None = None  # (the earlier lead-in, the paragraph replacing it)
    for sentence in sentences:
        if moved and sentence.lead_in == moved[0]:
            sentence = replace(sentence, lead_in=moved[1])
        elif sentence.lead_in != (moved[1] if moved else None):
            moved = None
        if _opens_own_list(sentence):
            moved = (sentence.lead_in, sentence.text)
            sentence = replace(sentence, lead_in="")
        out.append(sentence)
    return out


def asks(sentence: Sentence) -> bool:
    """Is the sentence a question? An FAQ's "Q: Will you give my mobile number to anyone
    else?" or "Do you sell data?" asks; the answer after it ("A: No. Your number is not shared
    with third parties ...") is the statement to judge. A question is never a promise nor an
    exception, though what it asks about is what "it" in its answer means."""
    return sentence.text.rstrip(" \"'”’)").endswith("?")


# a bare answer to a yes/no question: "No.", "A: No, never.", "Never."
_BARE_ANSWER = re.compile(
    r"^\W*(?:a(?:nswer)?\s*[:.\-—–]\s*)?(?:no|nope|never|absolutely\s+not|not\s+at\s+all)"
    r"(?:\W+(?:never|not\s+ever|no|ever|at\s+all|we\s+(?:do|don['’]t|won['’]t|will\s+not)))*\W*$",
    re.IGNORECASE,
)


# an answer that says yes: "Yes.", "A: Yes, with our marketing partners."
_YES = re.compile(r"^\W*(?:a(?:nswer)?\s*[:.\-—–]\s*)?yes\b", re.IGNORECASE)
_SHORT_ANSWER_WORDS = 6


def answer_with_its_question(sentence: Sentence, before: Sentence | None) -> str:
    """A bare "No." read with the question it answers, as one statement: the FAQ's "Do you
    share my phone number with anyone for marketing?" / "No." denies what the question asks,
    as "Do you share my phone number with anyone for marketing? No." does in one line (the
    clause reader reads that form), and "Yes, with our marketing partners." affirms it. ""
    when the sentence is no such answer to the sentence before it; a longer answer ("No. Your
    number is never shared ...") states its own clause. An answer that is only a subject and
    its auxiliary ("We don't.", "It isn't.") takes the question's verb too (clause_answers)."""
    if before is None or not asks(before) or asks(sentence) or before.heading != sentence.heading:
        return ""
    short_yes = _YES.match(sentence.text) and len(sentence.text.split()) <= _SHORT_ANSWER_WORDS
    if not (_BARE_ANSWER.match(sentence.text) or short_yes or elided_answer(sentence.text)):
        return ""
    return f"{before.text} {sentence.text}"


# recipients who are the service's own users: "other users", "fellow players", "other invited
# guests", "co-attendees"
_OTHER_USERS = re.compile(
    r"\b(?:other|fellow)\s+(?:[a-z-]+\s+){0,2}?(?:users?|members?|players?|guests?|attendees?|"
    r"participants?|customers?|subscribers?|riders?|drivers?|students?|parents?|patients?|"
    r"visitors?|invitees?|hosts?|buyers?|sellers?)\b|"
    r"\bco-?(?:attendees?|guests?|members?|participants?|players?|workers?)\b",
    re.IGNORECASE,
)
# any recipient outside the service's users: the parties the promise must name
# "external parties", "outside entities", "any other party": a party named as not the
# business's own is the third parties the catalog's promise names
_OUTSIDE_RECIPIENT = re.compile(
    r"\b(?:third[-\s]+part(?:y|ies)|affiliat\w*|partners?|anyone|anybody|no\s+one|nobody|"
    r"outside|external|part(?:y|ies)|entit(?:y|ies)|vendors?|marketers?|advertis\w*|"
    r"compan(?:y|ies)|organi[sz]ations?|sponsors?|brokers?|businesses|others)\b",
    re.IGNORECASE,
)


def only_other_users_receive(text: str) -> bool:
    """Are the recipients the sentence names only other users of the service? "Your phone
    number and SMS opt-in status are never shared with other users" keeps the number from the
    app's other players, not from third parties or affiliates for marketing: it is not the
    promise reviewers read the policy for. "Other invited guests may see your profile name"
    (an event app's list of who sees what) is no sharing with third parties either. A sentence
    that names anyone else ("other users or third parties", "anyone") is read as it says."""
    return bool(_OTHER_USERS.search(text)) and not _OUTSIDE_RECIPIENT.search(
        _OTHER_USERS.sub(" ", text)
    )


def _names_mobile_data(text: str) -> bool:
    return "mobile_data" in vocabulary("privacy").labels_in(text)


# a party qualified as unaffiliated or unrelated: "unaffiliated third parties", "non-affiliated
# companies", "marketers unaffiliated with Acme", "unrelated third parties"
_PARTY = (
    r"(?:third[-\s]+part(?:y|ies)|part(?:y|ies)|compan(?:y|ies)|businesses|entities|"
    r"organi[sz]ations?|marketers?|advertisers?|firms?|brands?)"
)
_UN = r"(?:un|non-?)(?:affiliated|related)"
_UNAFFILIATED_PARTY = re.compile(
    rf"\b{_UN}\s+(?:[a-z-]+\s+)?{_PARTY}\b|\b{_PARTY}\s+(?:(?:that|who)\s+(?:are|is)\s+)?{_UN}\b",
    re.IGNORECASE,
)
# the affiliated or related parties named too: "affiliated or non-affiliated third parties",
# "our affiliates or unaffiliated companies", "related or unrelated parties"
_AFFILIATES_TOO = re.compile(r"(?<![\w-])(?:affiliat\w*|related\s+(?:or|and|nor)\b)", re.IGNORECASE)


def denies_only_unaffiliated(text: str) -> bool:
    """Does a promise deny sharing only with parties unaffiliated with (or unrelated to) the
    business? "We do not share your personal information with advertisers or marketers
    unaffiliated with your lender", "not shared with unrelated third parties for their own
    marketing": the qualifier is the policy's own line between who may and may not receive
    the data, and it leaves the affiliated (or related) marketers on the side that may, while
    carriers want the number kept from "third parties or affiliates". That is an exception,
    as plain as "we share it with our affiliates, but never with unaffiliated third parties".
    A promise that names the affiliates too ("affiliated or non-affiliated third parties")
    keeps them out, and "marketing unrelated to your loan" qualifies a purpose, not a party."""
    return bool(_UNAFFILIATED_PARTY.search(text)) and not _AFFILIATES_TOO.search(text)


# the business's own corporate family, named as the only party kept from the data: "with our
# affiliates", "with affiliated companies", "with our sister companies or parent company"
_OWN_FAMILY = re.compile(
    r"(?<![\w-])(?:(?:our|its|their|any\s+of\s+our|any)\s+)?(?:own\s+)?"
    r"(?:affiliates|affiliate\s+(?:companies|brands|businesses)|affiliated\s+"
    r"(?:companies|brands|businesses|entities|organi[sz]ations)|sister\s+(?:companies|brands)|"
    r"subsidiaries|parent\s+company|family\s+of\s+(?:companies|brands))\b",
    re.IGNORECASE,
)


_DENIES = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.IGNORECASE)


def denies_only_affiliates(text: str) -> bool:
    """Does a promise keep the number only from the business's own affiliates? "We do not
    share your mobile number or text-message consent with our affiliates" says nothing of
    third parties, the parties the catalog's promise names (privacy.no_sms_clause: "will not
    be shared with third parties"); with partners sharing "job details" in the sentence
    before, the number may still leave the business. A promise that names anyone else too
    ("third parties or affiliates", "partners, affiliates or anyone") is read as it says, and
    so is a list item or an item under a heading that negates ("We never: • sell it to third
    parties • give it to affiliates"): the items together make the statement."""
    if not _OWN_FAMILY.search(text) or not _DENIES.search(text):
        return False  # an item under "We never" is one of the heading's list
    return not _OUTSIDE_RECIPIENT.search(_OWN_FAMILY.sub(" ", text))


# a lead-in that puts its list under the rules another section sets for some data: "Subject
# to the stricter limitations for mobile information in Section 4, we may disclose ...",
# "Subject to the SMS restrictions above, we share ..."; the phrase runs to its comma
_SUBJECT_TO_LIMITS = re.compile(
    r"\b(?:subject\s+to|except\s+as\s+limited\s+by)\s+(?P<limits>[^,;:]*?\b(?:limit\w*|"
    r"restrict\w*|rules?|protections?|requirements?|conditions?)\b[^,;:]*)[,;]",
    re.IGNORECASE,
)


def _mobile_limited_elsewhere(sentence: Sentence) -> bool:
    """Does the lead-in subordinate its list to limits set elsewhere for mobile data, while
    neither the rest of the lead-in nor the item names mobile data? "Subject to the stricter
    limitations for mobile information in Section 4, we may disclose personal information in
    the following circumstances: ... At your direction." names mobile information only to say
    the list does not reach it beyond Section 4's rules: the list is about personal
    information in general, as if it said "excluding mobile information". "Subject to
    applicable law, we may share your mobile number with: ... partners" names the number
    outside the phrase, and stays about it."""
    match = _SUBJECT_TO_LIMITS.search(sentence.lead_in)
    if match is None or not _names_mobile_data(match["limits"]):
        return False
    rest = sentence.lead_in[: match.start()] + " " + sentence.lead_in[match.end() :]
    return not _names_mobile_data(rest) and not _names_mobile_data(sentence.text)


def _page_level(sentence: Sentence, clause: Clause) -> Clause:
    """The verdict once the page's shape is read: a question states nothing (`asks`); a
    promise that only other users of the service are denied is no promise, and a list item
    that shows other data to other users (`only_other_users_receive`) is no exception; a
    promise about the number scoped to unaffiliated parties is an exception
    (`denies_only_unaffiliated`); a list item whose lead-in puts it under another section's
    limits for mobile data is general sharing (`_mobile_limited_elsewhere`). A general one
    ("Chat data ... is not shared with unaffiliated third parties", the financial notice's "We
    do not share your personal information with unaffiliated third parties") stays a general
    promise: it is not the SMS promise (`privacy.no_sms_clause` says so) and it names no
    sharing of the number."""
    if clause.label == "neutral":
        return clause
    if asks(sentence):
        return replace(clause, label="neutral", attempted=False)
    text = sentence.text
    if clause.label in ("promise", "general_promise") and only_other_users_receive(text):
        return replace(clause, label="neutral", attempted=False)
    if (
        clause.label == "general_exception"
        and sentence.lead_in
        and only_other_users_receive(text)
        and not _names_mobile_data(text)
    ):
        return replace(clause, label="neutral")
    if clause.label == "exception" and sentence.lead_in and _mobile_limited_elsewhere(sentence):
        return replace(clause, label="general_exception", topic="personal", attempted=False)
    if clause.label == "promise" and not sentence.lead_in and denies_only_affiliates(text):
        return Clause(
            "narrow_promise",
            clause.topic,
            "the promise keeps the number only from the business's own affiliates and says "
            "nothing of third parties",
        )
    if clause.label == "promise" and denies_only_unaffiliated(text):
        return Clause(
            "exception",
            clause.topic,
            "the promise denies sharing only with unaffiliated (or unrelated) parties, which "
            "leaves sharing with affiliated or related marketers open",
            attempted=True,
        )
    return clause


# "This Privacy Policy explains how we ... information in connection with our SMS program":
# the policy names what it covers after a scope phrase
_SCOPE_STATEMENT = re.compile(
    r"^\W*this\s+(?:privacy\s+)?(?:policy|notice|statement)\b.*?"
    r"\b(?:in\s+connection\s+with|(?:collected|received|obtained)\s+(?:through|via|by)"
    r"|appl(?:y|ies)\s+(?:only\s+)?to|covers|governs|in\s+relation\s+to|related\s+to)"
    r"\s+(?P<covered>.+)$",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r",|;|\b(?:and|or|as\s+well\s+as|including)\b", re.IGNORECASE)
_OPENING_SENTENCES = 6


def covers_only_sms(sentences: list[Sentence]) -> bool:
    """Does the policy say, in its opening, that it covers one text-message program and
    nothing else? "This Privacy Policy explains how we collect, use, and protect information
    in connection with our internal SMS-based billing confirmation system": its "this
    information" and "information" mean the program's numbers and messages, as under an SMS
    heading. A policy for "our website and our SMS program" (or "our services, including
    texts") covers more: its general promises stay general."""
    for sentence in sentences[:_OPENING_SENTENCES]:
        match = _SCOPE_STATEMENT.match(sentence.text)
        if match is None or sentence.lead_in:
            continue
        covered = match["covered"]
        return is_sms_scope(covered) and _COORDINATION.search(covered) is None
    return False


def _joined(sentence: Sentence) -> str:
    lead = heading_lead(sentence)
    return f"{lead} {sentence.text}" if lead else sentence.text


def analyze_sharing(sentences: list[Sentence]) -> SharingAnalysis:
    analysis = SharingAnalysis()
    sentences = relead(sentences)
    texts = list(dict.fromkeys(_joined(s) for s in sentences if may_state_sharing(_joined(s))))
    # privacy.yaml spells verbs out in full, so the clause matcher needs no lemmas
    docs = dict(zip(texts, nlp().pipe(texts, batch_size=256, disable=["lemmatizer"]), strict=True))
    previous = "none"
    heading = None
    lead_topics: dict[str, str] = {}
    last: Sentence | None = None
    sms_only = covers_only_sms(sentences)
    for sentence in sentences:
        if sentence.heading != heading:
            heading, previous = sentence.heading, "none"
        if folded := answer_with_its_question(sentence, last):
            sentence = replace(sentence, text=folded)
        before = lead_topics.get(sentence.lead_in, previous) if sentence.lead_in else previous
        clause = classify(
            sentence.text,
            heading=sentence.heading,
            lead_in=heading_lead(sentence),
            previous=before,
            doc=docs.get(_joined(sentence)),
            sms_only=sms_only,
        )
        if clause.label == "general_promise" and _about_the_number_before(sentence, last):
            clause = Clause(
                "promise",
                "mobile",
                "the data not shared is the phone number named in the sentence before",
                attempted=True,
            )
        if clause.label == "neutral" and _excludes_what_was_shared_before(sentence, last):
            clause = Clause(
                "promise",
                "mobile",
                "mobile data is excluded from the sharing the sentence before describes",
                attempted=True,
            )
        clause = _page_level(sentence, clause)
        if clause.label != "neutral":
            analysis.verdicts.append(Verdict(sentence, clause))
        last = sentence
        if sentence.lead_in:
            continue
        if sentence.text.endswith(":"):
            lead_topics[sentence.text] = clause.topic if clause.topic != "none" else previous
        if clause.topic != "none":
            previous = clause.topic
    return analysis
