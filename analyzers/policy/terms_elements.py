"""The SMS program disclosures reviewers look for in the terms, each found or missing.

Reviewers check the terms (or the separate SMS terms) for: the brand or program name, the kinds
of messages, the frequency, "message and data rates may apply", that carriers are not liable,
HELP and a way to reach customer care, STOP, and a link to the privacy policy. The phrase
variants of frequency, rates, HELP, STOP and carrier liability are the vocabulary the opt-in
checks use (analyzers/vocab/disclosure.yaml); message types and care contacts are in
analyzers/vocab/terms.yaml. Everything found in any of the site's terms documents counts: a
reviewer reads both the general terms and the SMS terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from analyzers.campaign.texted import kind_by_event_or_modifier
from analyzers.optin.channels import (
    in_vanity_number,
    keyword_as_interjection,
    keyword_for_something_else,
    kind_by_another_channel,
    opt_out_by_other_means,
)
from analyzers.optin.charges import charged_for_texts
from analyzers.optin.liability import carriers_excused, excused_for_texts
from analyzers.optin.plain_words import (
    callout_names_the_only_kind,
    count_of_texts,
    counts_another_thing,
    frequency_in,
    frequency_of_another_thing,
    kind_word_as_verb,
    message_type_in,
    offers_not_texts,
    speaks_of_messages,
)
from analyzers.policy.contact import Contact
from analyzers.policy.layers import links_shown_with, own_text
from analyzers.policy.locate import PolicyDocument, link_presents
from analyzers.policy.owner import owner_doubt, where_page_names_owner
from analyzers.policy.recognize import recognize, topics_of
from analyzers.reach import url_key
from analyzers.text.contacts import find_emails, find_phones
from analyzers.text.grammar import AUXILIARIES
from analyzers.text.keywords import keyword_as_plain_word
from analyzers.text.sentences import Sentence
from analyzers.text.shorthand import spell_out
from analyzers.text.vocabulary import parse, vocabulary
from crawler.urls import registrable_domain

if TYPE_CHECKING:  # the inputs package imports this module: no cycle at run time
    from analyzers.inputs.brand import BrandNames

ELEMENTS = (
    "brand",
    "message_type",
    "frequency",
    "rates",
    "carrier_liability",
    "help",
    "stop",
    "privacy_link",
)
_DISCLOSURE = ("frequency", "rates", "help", "stop", "carrier_liability")
_SMS_CONTEXT = re.compile(
    r"\b(sms|mms|texts?|text messag\w*|txt|msgs?|messages?|messaging|"
    r"mobile|alerts?|reply|program|"
    # Spanish: "Mensajes de texto", "mensajes", "textos", "alertas", "responda"
    r"mensajes?|textos?|alertas|responda|programa)\b",
    re.IGNORECASE,
)
# "Notice of Privacy Practices" is the name HIPAA gives a health-care provider's privacy notice
# a field's label naming the frequency, its value on the next line (a definition list's term,
# a table's header cell, a bold label: "Frequency" / "Varies by job") or after a colon
_FREQUENCY_LABEL = re.compile(
    r"(?:(?:sms|text|texting|message|messaging|msg|alert)s?\s+)?(?:frequency|freq\.?)"
    r"(?:\s+of\s+(?:messages|texts|msgs|alerts))?\s*:?",
    re.IGNORECASE,
)
# a field's label and its value in one sentence: "Frequency: one result per screening"
# (a list's marker may open it: "• Frequency: weekly", "- Frequency: 2 per visit")
_LABEL_THEN_VALUE = re.compile(
    rf"[\s•·▪◦‣*–—-]*({_FREQUENCY_LABEL.pattern})\s*:\s*(?P<value>\S.*)", re.I | re.S
)
# a count of something per event, the thing counted named by the label before it ("one result
# per screening", "2-3 per visit"); not a share or a price ("50% per order", "$5 per month")
_COUNT_PER_EVENT = re.compile(
    r"^(?:about|around|usually|typically|up to|at most|no more than|\s)*"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?)"
    r"(?:\s*(?:or|to|-|–)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))?\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:per|each|every|for each|for every)\s+[a-z][a-z-]+\b",
    re.IGNORECASE,
)
# a field's value that is a period ("weekly", "twice a month", "every Friday"), to the end
# of its clause: "weekly during the season" says how often; "weekly specials" names a kind
_PERIODIC = re.compile(
    r"^(?:about\s+|around\s+|usually\s+|typically\s+|roughly\s+)?"
    r"(?:hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|"
    r"yearly|annually|(?:once|twice|(?:\d+|one|two|three|four|five)\s*(?:x|times))\s+"
    r"(?:a|per|each|every)\s+(?:day|week|month|year)|every\s+(?:other\s+)?(?:day|week|month|"
    r"morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
    r"(?:\s*[.;,]?\s*$|\s+(?:during|in|through|throughout|while|when|until|on|at|for)\b)",
    re.IGNORECASE,
)
# a count of texts on most of a kind of day or week: "one text most weekdays", "a message
# nearly every morning" (as "every weekday" is)
_MOST_PERIODS = re.compile(
    r"\b(?:\d+|one|two|three|four|five|a|an|a few|a couple of)\s+(?:[a-z-]+\s+)?"
    r"(?:texts?|messages?|msgs?|alerts?)\s+(?:on\s+)?(?:most|nearly\s+every|almost\s+every)\s+"
    r"(?:days?|weekdays?|mornings?|afternoons?|evenings?|nights?|weeks?|weekends?|months?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b",
    re.IGNORECASE,
)
# a question asking how many or how often: "How many?", "How often will I get texts?"
_COUNT_QUESTION = re.compile(
    r"\bhow\s+(?:many|often|frequently)\b(?P<rest>[^?]*)\?\s*$", re.IGNORECASE
)
# what may follow "how many" / "how often" in a question that names nothing it counts: it asks
# about the topic of its section ("How many will I get?" under "Text alerts")
_QUESTION_FILLER = frozenset(
    "will would do does did can could should might may i you we they get gets receive expect "
    "see come be are is there usually typically normally generally roughly about".split()
)
# an answer saying the count varies, its subject standing for what was asked: "It varies",
# "Varies by repair", "They depend on the job" (a bare "Depends." names nothing it varies with)
_ANSWER_VARIES = re.compile(
    r"^(?:(?:it|they|that|this|the number|the count)\s+)?(?:(?:usually|generally|often)\s+)?"
    r"(?:varies|vary|differs|differ|(?:depends|depend)\s+on\b)",
    re.IGNORECASE,
)
# words that give a contact for help: "For help with SMS messages, contact us", "Need
# assistance? Call ...", "customer care: ..." ("For questions, email ..." is not help wording)
_HELP_WORDING = re.compile(
    r"\b(?:for|need|get|want|with)\s+(?:(?:any|more|further|technical|customer)\s+)?"
    r"(?:help|assistance|support)\b|\bhelp\s+with\b|\bcustomer\s+(?:care|service|support)\b|"
    # a care desk named as such: "our SMS support team", "the text help line"
    r"\b(?:sms|text|texting|txt|messaging)\s+(?:support|care|help)\b|"
    r"\b(?:support|care|help)\s+(?:team|line|desk|staff)\b|"
    # care named by what it is for: "Support for this SMS program is available at ..."
    r"\b(?:help|assistance|support)\s+for\s+(?:this|the|our|these|any)\b",
    re.IGNORECASE,
)
# questions asked about something, said as what the contact is for: "Questions about the SMS
# program? Email ...". They are the texts' care only when what they are about is the texts
# ("For questions, email ..." and "Questions about your invoice?" are not).
_QUESTIONS_ABOUT = re.compile(
    r"\bquestions?\s+(?:about|regarding|concerning|on|with)\s+(?P<what>[^,.;:!?]+)", re.I
)
# a number given after the contact wording, a local one included: "contact us at 555-0148"
_CONTACT_NUMBER = re.compile(r"\b(?:at|call|text|phone|dial)\s+\(?\d[\d\s().-]{6,}\d", re.I)
# what the help is with, when the sentence says: "help with SMS messages or your settings",
# "support for this SMS program"
_HELP_WITH = re.compile(
    r"\b(?:help|assistance|support)\s+(?:with|on|for)\s+(?P<what>[^,.;:!?]+)", re.I
)
# what the contact is for, said as the questions it takes: "Call our help desk at 555-0100 for
# billing questions", "for questions about your order"
_FOR_QUESTIONS = re.compile(
    r"\bfor\s+(?:any\s+|all\s+|your\s+)?(?P<what>[^,.;:!?]{2,40}?)\s+"
    r"(?:questions|issues|inquiries|enquiries|problems|concerns|matters)\b|"
    r"\bfor\s+(?:any\s+)?(?:questions|issues|inquiries|enquiries|problems|concerns)\s+"
    r"(?:about|regarding|concerning|with|on)\s+(?P<about>[^,.;:!?]+)",
    re.IGNORECASE,
)
# a keyword texted to a short code, and someone answers: "Text INFO to 12345 and our team
# will reply" is a way to reach care by text, as a phone number is
_TEXT_TO_SHORT_CODE = re.compile(
    r"\b(?:text|txt|reply|send)\s+(?:[\"'“‘]?[A-Za-z]{2,12}[\"'”’]?\s+)?to\s+"
    r"(?:our\s+short\s+code\s+)?\d{4,6}\b",
    re.IGNORECASE,
)
# a heading that names the section as help: "Help", "9. Help & Support", "Customer Care"
_HELP_HEADING = re.compile(
    r"\b(?:help|support|assistance|customer\s+(?:care|service))\b", re.IGNORECASE
)
# a sentence that points to a way of reaching the business: "contact us", "call our office"
_CONTACT_US = re.compile(
    r"\b(?:contact|email|e-mail|call|phone|text|write to|reach)\s+(?:us|our|the)\b", re.IGNORECASE
)
# a heading that opens the privacy policy, and one that opens a part of the terms again
_PRIVACY_HEADING = re.compile(r"\bprivacy\b", re.IGNORECASE)
_TERMS_HEADING = re.compile(r"\bterms\b|\bconditions\b|\bagreement\b", re.IGNORECASE)
# what a privacy policy states, which a terms page's own privacy section must state too
_POLICY_CORE = {"collect", "use", "share"}
# headings of a privacy policy's parts that name their subject without a topic word
_POLICY_SUBJECT_HEADING = re.compile(
    r"\b(mobile|phone|numbers?|children|changes|rights|choices)\b",
    re.IGNORECASE,
)
# a heading that names the person's data as its subject: "Your information", "Your personal
# data", "Information we collect"; on a page titled for privacy it opens the privacy part
_DATA_HEADING = re.compile(
    r"\b(?:your|personal)\s+(?:personal\s+)?(?:information|data|details)\b|"
    r"\b(?:information|data)\s+we\s+collect\b",
    re.IGNORECASE,
)
_PRIVACY_MENTION = re.compile(
    r"privacy (policy|notice|statement)|notice of privacy practices", re.IGNORECASE
)


@dataclass(frozen=True)
class Found:
    """Where an element was found: the quoted sentence, its heading and document."""

    element: str
    url: str
    sentence: str
    heading: str = ""

    @property
    def evidence(self) -> str:
        where = f" (under “{self.heading}”)" if self.heading else ""
        return f"“{self.sentence}”{where}"


@dataclass
class TermsReview:
    documents: list[PolicyDocument]
    found: dict[str, Found] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # why an element counts as missing
    # an element the terms state but that a person must still judge: what to look at
    doubts: dict[str, str] = field(default_factory=dict)

    def missing(self, element: str) -> bool:
        return element not in self.found

    @property
    def stand_in(self) -> str:
        """Why every document read may only stand in for the terms (an SMS opt-in policy on a
        site whose other pages could not be read: `locate.stand_in_note`), or "". An element
        missing from such a page is for a person to look for in the site's terms."""
        notes = [d.stand_in for d in self.documents]
        return notes[0] if notes and all(notes) else ""


def _sentences(documents: list[PolicyDocument]) -> list[tuple[PolicyDocument, Sentence]]:
    return [(d, s) for d in documents for s in d.sentences]


def review_terms(documents: list[PolicyDocument], brand: BrandNames | None) -> TermsReview:
    """Find every element in the documents' sentences (the brand and the privacy link also on
    the page around them)."""
    review = TermsReview(documents)
    before: tuple[PolicyDocument | None, str] = (None, "")
    for document, sentence in _sentences(documents):
        text = sentence.quoted
        labels = sentence_elements(
            sentence.text,
            lead_in=sentence.lead_in,
            heading=sentence.heading,
            sms_document=document.kind == "sms_terms",
            before=before[1] if before[0] is document else "",
        )
        before = (document, sentence.text)
        # the terms are the business speaking of itself: "Sparkle Nest sends booking
        # confirmations" names Sparkle Nest Home Cleaning
        if brand is not None and (
            brand.found_in(sentence.text)
            or brand.short_form_in(sentence.text)
            or brand.shared_word_in(sentence.text)
        ):
            labels.add("brand")
        for label in labels:
            review.found.setdefault(label, Found(label, document.url, text, sentence.heading))
    if brand is not None and review.missing("brand"):
        _review_brand_on_the_page(review, brand)
    _review_help(review)
    _review_privacy_link(review)
    return review


def _review_brand_on_the_page(review: TermsReview, brand: BrandNames) -> None:
    """Terms written as "we" and "our text alert program" name the business when the page they
    stand on does: its title, header logo, footer copyright or contact block (policy/owner.py)."""
    for document in review.documents:
        place = where_page_names_owner(document.page, brand)
        if not place:
            continue
        sentence = f"the terms page names {brand.primary} in {place}"
        review.found["brand"] = Found("brand", document.url, sentence)
        doubt = owner_doubt(document.body, brand, place)
        if doubt:
            declared = doubt.declared("the terms' text")
            review.doubts["brand"] = f"{document.url}: {declared}; {doubt.to_check}."
        return


# where a template's name field was left empty, the sentence shows the hole: a clause that
# opens with its verb though it needs a subject ("will send you alerts", "Although does not
# charge", "After you opt in, will send you"), or a preposition with no object before the next
# one ("texts from on your phone", "content from from any other source")
_NO_SUBJECT = re.compile(
    r"(?:^|\b(?:although|though|because|since|while|unless|if|when|once)\s+|^[^,]*\b"
    r"(?:after|when|once|if|before)\b[^,]*,\s+)(?-i:(?:will|shall|does|is|has))\s+"
    r"(?:not\s+)?[a-z]+\b",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(r"\b(?:from|by)\s+(?:on|from|at|to|by|with|for|in)(?![\w-])", re.IGNORECASE)
# a template with one empty name shows it in several sentences; one odd sentence is a typo
_BLANKS = 2


def blank_name_slots(documents: list[PolicyDocument]) -> list[str]:
    """The sentences of the terms that show an empty slot where a name belongs, when at least
    two do; else none. A catalog or platform template fills the business's name into its
    terms ("receive text messages from {library} on your mobile device"); left empty, the
    terms name no one: "receive text messages from on your mobile device", "will send you
    text messages to bring an event to your attention", "Although does not charge for this
    service". The hole is read from the sentence's structure, never from its words: a
    finite verb with no subject opening a sentence or a clause (in lower case: "Will we text
    you?" is a question), a preposition followed straight by another. Not a slot: "Offers
    from in-store events", "Texts come from our team", "Reply STOP to cancel" (an imperative
    opens with the verb itself, not with "will" or "does")."""
    found = [
        sentence.text
        for document in documents
        for sentence in document.sentences
        if not sentence.text.rstrip().endswith("?")
        and (_NO_SUBJECT.search(sentence.text) or _NO_OBJECT.search(sentence.text))
    ]
    return found if len(found) >= _BLANKS else []


# a labelled field that names the program: "Program Name: Landman Time Reminders", "SMS
# Program: Acme Alerts"; the name is a run of two capitalised words or more (a "[Program
# name]" placeholder is not)
_PROGRAM_FIELD = re.compile(
    r"^\W*(?:(?:sms|text(?:ing)?|messaging)\s+)?program(?:\s+name)?\s*:\s*"
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|&|of|and|for|the|at|on))*)",
    re.IGNORECASE,
)


def stated_program_name(documents: list[PolicyDocument]) -> tuple[str, str] | None:
    """(program name, sentence) when the terms name their program in a labelled field
    ("Program Name: Landman Time Reminders"), else None. The catalog asks for "the business
    or program name"; whether that program is the brand's is read on the site
    (checks/terms.py)."""
    for document in documents:
        for sentence in document.sentences:
            found = _PROGRAM_FIELD.match(sentence.text)
            if found is None:
                continue
            name = found["name"].strip(" .")
            # two capitalised words at least: "Tips" or "Alerts" alone is a kind of text
            if sum(1 for w in name.split() if w[:1].isupper()) >= 2:
                return name, sentence.text.strip()
    return None


def elements_stated(
    sentences: Iterable[Sentence],
    *,
    sms_document: bool = False,
    enough: frozenset[str] | set[str] = frozenset(),
) -> set[str]:
    """The disclosure elements a run of one page's sentences states, each sentence read with the
    one before it (`sentence_elements`); the reading stops once every element of `enough` is
    stated. Used to decide whether a page is the program's terms before it is judged as terms."""
    stated: set[str] = set()
    before = ""
    for sentence in sentences:
        stated |= sentence_elements(
            sentence.text,
            lead_in=sentence.lead_in,
            heading=sentence.heading,
            sms_document=sms_document,
            before=before,
        )
        before = sentence.text
        if enough and enough <= stated:
            break
    return stated


def sentence_elements(
    text: str,
    *,
    lead_in: str = "",
    heading: str = "",
    sms_document: bool = False,
    before: str = "",
) -> set[str]:
    """The disclosure elements one sentence of the terms states (brand and the privacy link are
    judged over the whole document). bench/clause_precision.py scores this on paraphrases.

    A message type is what the messages are about, named however the business words it: the
    terms' own list (analyzers/vocab/terms.yaml) and the opt-in disclosure's (message_types in
    disclosure.yaml: "updates on your repair ticket", "texts regarding your rental
    application"). In general terms it counts only in a sentence or section about texts ("we
    send notices about changes to these terms" is not a kind of text message); in SMS terms
    every sentence is about texts.

    Message types and frequency in plain words ("texts about their estimate appointment",
    "usually 3-4 per tow") are read as at the opt-in form (analyzers/optin/plain_words.py),
    and so are text-speak and slips of the keywords ("Msg frequncy varies", "rates may aply":
    analyzers/text/shorthand.py).
    A count with no noun of its own counts what the sentence `before` it named, as an FAQ's
    answer ("Usually one or two per booking.") answers its question ("How often will I get
    texts?").

    An answer is read with the question before it as its lead-in, the way a heading leads in
    to its sentences: "What kind of texts?" / "Repair estimates and pickup reminders." names
    the kinds of texts, "How many?" / "It varies." gives the frequency (`_answers_how_many`)."""
    question = "" if lead_in else _question_before(text, before)
    quoted = f"{lead_in or question} … {text}" if lead_in or question else text
    found = vocabulary("disclosure").labels_in(quoted)
    if (spelled := spell_out(quoted)) != quoted:  # "Msg frequncy varies", "txts r sent weekly"
        found |= vocabulary("disclosure").labels_in(spelled)
    found -= _said_of_another_channel(found, quoted, text)
    previous = before
    for sentence in parse(quoted).sents:
        neighbours = (previous,) if previous else ()
        if "frequency" not in found and frequency_in(sentence.text, neighbours):
            found.add("frequency")
        previous = sentence.text
        if "message_types" not in found and (
            message_type_in(sentence.text) or kind_by_event_or_modifier(sentence.text)
        ):
            # "sends texts when seats open on sold-out walks", "receive scheduling and crew
            # arrival texts" (blind round 36; analyzers/campaign/texted.py)
            found.add("message_types")
    if "message_types" not in found and (as_texts := _channels_aside_as_texts(text)):
        if "message_types" in vocabulary("disclosure").labels_in(as_texts) or message_type_in(
            as_texts
        ):
            found.add("message_types")  # "service-related communications (email/SMS) about ..."
    answered_kind = "message_types" not in found and _answers_what_kind(text, question)
    if answered_kind:
        found.add("message_types")  # "What kind of texts will I get? Class schedule changes."
    if "frequency" not in found and _answers_how_many(text, question, heading, sms_document):
        found.add("frequency")
    if "frequency" not in found and _labelled_frequency(text, before or heading):
        found.add("frequency")
    if "frequency" not in found and _labelled_count(text):
        found.add("frequency")
    if "frequency" not in found and _MOST_PERIODS.search(text):
        found.add("frequency")
    labels = found & set(_DISCLOSURE)
    if "stop" in labels and not sms_document and not _opt_out_of_texts(quoted, heading, before):
        labels.discard("stop")  # "Maintenance reminders: you can unsubscribe at any time"
    if (
        "frequency" in labels
        and not sms_document
        and not _SMS_CONTEXT.search(heading)
        and not count_of_texts(quoted, (before,) if before else ())
    ):
        labels.discard("frequency")  # "We bill memberships once a quarter"
    if "frequency" in labels and _counts_only_another_thing(text):
        labels.discard("frequency")  # "Appointments can be booked up to 4x per month"
    if "frequency" in labels and _count_asked_of_another_thing(text, question):
        labels.discard("frequency")  # "How often can I redeem rewards? Up to 4 times per month."
    if "frequency" in labels and kind_by_another_channel(text):
        labels.discard("frequency")  # "We send our newsletter by email once a month"
    if "rates" in labels and not charged_for_texts(text):
        labels.discard("rates")  # "Your carrier may charge an activation fee for a new line"
    terms_matches = vocabulary("terms").find(quoted)
    terms_words = {m.label for m in terms_matches}
    if "carrier_liability" in labels and not (carriers_excused(quoted) and excused_for_texts(text)):
        labels.discard("carrier_liability")  # "Carriers are not liable for charges you incur"
    named = "message_types" in found or "message_type" in terms_words
    if named and _kinds_only_as_verbs(quoted, terms_matches):
        named = False  # "We offer services such as cleanings": what the business sells
    if named and _kinds_only_in_a_name(quoted, terms_matches):
        named = False  # "By enrolling in Acme Alerts you agree": the program's name
    if named and not answered_kind and callout_names_the_only_kind(text):
        # "Reminder: all sales are final": the writer's label on the sentence (a Q&A's "Q:"
        # is no such label: the answer names the kind the question asks for)
        named = False
    if named and kind_by_another_channel(text):
        named = False  # "Appointment reminders are sent by email 48 hours in advance"
    if named and offers_not_texts(text):
        named = False  # "Promotions are subject to availability": the offers, not the texts
    if named and (sms_document or _SMS_CONTEXT.search(quoted + " " + heading)):
        labels.add("message_type")
    return labels


def _kinds_only_as_verbs(quoted: str, terms_matches: list) -> bool:
    """Is every kind of message the vocabularies found a verb right after its subject ("We offer
    services such as cleanings", "Our company offers plumbing, heating and cooling services",
    as at the form: `plain_words.kind_word_as_verb`)? The terms' own list names "offers" too;
    a kind it finds elsewhere in the sentence ("Our company offers texts with weekly deals")
    keeps the sentence's kind."""
    kinds = [m for m in vocabulary("disclosure").find(quoted) if m.label == "message_types"]
    kinds += [m for m in terms_matches if m.label == "message_type"]
    return (
        bool(kinds)
        and all(kind_word_as_verb(quoted, m.start_char) for m in kinds)
        and not message_type_in(quoted)
    )


# kinds of message that say nothing of what the messages are about: "alerts", "updates"
_GENERIC_KINDS = frozenset(
    "alert alerts update updates notification notifications notice notices message messages "
    "text texts msgs news club".split()
)
_NAME_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’&-]*)\s+$")


def _kinds_only_in_a_name(quoted: str, terms_matches: list) -> bool:
    """Is every kind of message found a generic word ending a program's name in title case?
    "By enrolling in Acme Alerts you agree to these terms" names the program, Acme Alerts; it
    says nothing of what the alerts are about, as "Acme sends shipping alerts" does. Only a
    generic kind ("Alerts", "Updates", "Notifications") after a capitalised word counts as a
    name's: "Acme Deals" still says the texts bring deals, and "Appointment Alerts" is matched
    with its subject."""
    kinds = [m for m in terms_matches if m.label == "message_type"] + [
        m for m in vocabulary("disclosure").find(quoted) if m.label == "message_types"
    ]
    return (
        bool(kinds)
        and all(_generic_kind_in_a_name(quoted, m.start_char, m.end_char) for m in kinds)
        and not message_type_in(quoted)
    )


def _generic_kind_in_a_name(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    before = _NAME_WORD_BEFORE.search(text[:start])
    return (
        word.lower() in _GENERIC_KINDS
        and word.istitle()
        and before is not None
        and before.group(1)[:1].isupper()
    )


def _counts_only_another_thing(text: str) -> bool:
    """Every count the vocabulary found in the sentence counts what its own clause names
    (`plain_words.counts_another_thing`): in SMS terms too, "Lessons can be moved up to twice
    a month" counts the moves, not the texts."""
    counts = [m for m in vocabulary("disclosure").find(text) if m.label == "frequency"]
    return bool(counts) and all(
        counts_another_thing(text, m.start_char)
        or frequency_of_another_thing(text, m.start_char, m.end_char)
        for m in counts
    )


def _opt_out_of_texts(quoted: str, heading: str, before: str) -> bool:
    """Is an opt-out sentence of general terms the texts' STOP instruction? It is when it names
    the keyword ("Reply STOP", "text STOP to end"), which exists only for texts, or when it,
    its heading or the sentence it follows speaks of texts ("You may opt out of text alerts at
    any time"; "We text appointment reminders." / "You can opt out at any time."). "You can
    unsubscribe at any time" after "Homeowners can subscribe to our seasonal maintenance
    reminders" under "Scheduling & Cancellations" is an opt-out from another program, by no
    stated means: not the STOP instruction the SMS terms need. In the SMS terms every sentence
    is about the texts."""
    if "stop" in re.findall(r"[a-z]+", quoted.lower()):
        return True
    return bool(_SMS_CONTEXT.search(" ".join((quoted, heading, before))))


def _said_of_another_channel(found: set[str], quoted: str, text: str) -> set[str]:
    """HELP and STOP said of another channel than the texts (analyzers/optin/channels.py): an
    opt-out by calling or clicking in an email ("To opt out, call us at 555-0100"), a
    keyword that is the letters of a phone number ("Call 1-800-HELP-NOW for assistance"), one
    exclaimed ("STOP! Read these terms carefully"), or an opt-out word texted to fetch
    something ("Text END to get the last chapter": channels.keyword_for_something_else); or a
    word in capitals that is no keyword to text: a name, a verb of visiting, a keyword texted
    to cancel an appointment ("Pit STOP Auto Care", "STOP by our booth":
    analyzers/text/keywords.py)."""
    said = {"stop"} if "stop" in found and opt_out_by_other_means(text) else set()
    for label in {"help", "stop"} & found - said:
        matches = [m for m in vocabulary("disclosure").find(quoted) if m.label == label]
        if matches and all(
            in_vanity_number(quoted, m.start_char, m.end_char)
            or keyword_as_interjection(quoted, m.start_char, m.end_char)
            or (label == "stop" and keyword_for_something_else(quoted, m.start_char, m.end_char))
            or keyword_as_plain_word(quoted, m.start_char, m.end_char)
            for m in matches
        ):
            said.add(label)
    return said


# a general word for what is sent, with the channels it goes by in parentheses: "communications
# (email/SMS)", "notifications (SMS, push)", "updates (text or email)"
_CHANNELS_ASIDE = re.compile(
    r"\b(?:communications?|notifications?|notices?|updates?|messages?|alerts?|reminders?)\s*"
    r"\((?P<channels>(?:\s*(?:e-?mail|sms|mms|texts?|text\s+messages?|push|phone|calls?|"
    r"in-app|whatsapp)\s*(?:/|,|&|\bor\b|\band\b)?)+)\)",
    re.IGNORECASE,
)
_TEXT_CHANNEL = re.compile(r"\b(?:sms|mms|texts?)\b", re.IGNORECASE)


def _channels_aside_as_texts(text: str) -> str:
    """The sentence with a general word for what is sent, whose channels in parentheses include
    texts, read as text messages; "" when it has none. "You consent to receive service-related
    communications (email/SMS) about your account and bookings" names the kind of texts
    (service-related, about the account and bookings) as surely as "service-related text
    messages about your account" does: the parenthesis only says which channels carry them.
    "communications (email) about your account" names no texts."""
    aside = _CHANNELS_ASIDE.search(text)
    if aside is None or not _TEXT_CHANNEL.search(aside["channels"]):
        return ""
    return text[: aside.start()] + "text messages" + text[aside.end() :]


def _question_before(text: str, before: str) -> str:
    """The question this sentence answers: the sentence before it, when that one asks and this
    one does not (an FAQ's or a Q&A list's "How many?" / "It varies, usually 2 to 5 per repair
    ticket.")."""
    if before.rstrip().endswith("?") and not text.rstrip().endswith("?"):
        return before.strip()
    return ""


def _answers_how_many(answer: str, question: str, heading: str, sms_document: bool) -> bool:
    """The answer to a question asking how many or how often texts come states the frequency
    when it gives a count or says the count varies: "How many?" / "It varies, usually 2 to 5
    per repair ticket." reads as "Message frequency varies, usually 2 to 5 texts per repair".

    The question counts texts when it names them ("How often will I get texts?") or names
    nothing it counts ("How many?", "How many will I get?") in a section about texts (its
    heading names them, or the document is the SMS terms). An answer that gives no count and
    no variance ("Depends.", "We'll let you know.") states no frequency."""
    asked = _COUNT_QUESTION.search(question)
    if asked is None:
        return False
    if speaks_of_messages(question):
        topic = question
    elif set(re.findall(r"[a-z']+", asked.group("rest").lower())) <= _QUESTION_FILLER:
        # in SMS terms every question is about the texts
        topic = heading if speaks_of_messages(heading) else "text messages" if sms_document else ""
    else:  # "How many machines can I drop off?" counts machines
        topic = ""
    if not topic:
        return False
    return bool(_ANSWER_VARIES.match(answer.strip()) or frequency_in(answer, (topic,)))


# a question asking what the texts are about: "What kind of texts will I get?", "What types of
# messages do you send?", "What will you text me about?"
_KIND_QUESTION = re.compile(
    r"\bwhat\s+(?:(?:kinds?|types?|sorts?)\s+of\s+(?:text|sms|mms|message|msg|alert|"
    r"notification)s?\b|(?:will|do|would|does)\s+(?:you|we|they|the\s+\w+)\s+"
    r"(?:text|message|send|notify)\b[^?]*)[^?]*\?\s*$",
    re.IGNORECASE,
)
# an answer's label: "A: ...", "Answer - ..."
_ANSWER_MARK = re.compile(r"^\s*(?:a|answer)\s*[:.)–—-]\s*", re.IGNORECASE)
# what opens an answer that names no kind: a clause ("We'll let you know"), a pointer ("See
# below"), a non-answer ("It varies", "Whatever is new")
_NOT_A_KIND = frozenset(
    "we you i it they he she this that there see check contact ask visit call text reply please "
    "whatever anything nothing none no not depends varies it's we'll you'll".split()
)


def _answers_what_kind(text: str, question: str) -> bool:
    """An answer to a question asking what kind of texts come names their kind as a noun
    phrase: "Q: What kind of texts will I get? A: Class schedule changes and cancellations."
    reads as "Texts about class schedule changes and cancellations". The question is the
    sentence before or the first half of a one-line Q&A. An answer that is a clause ("We'll
    let you know"), a pointer ("See our FAQ") or no answer ("It varies") names no kind."""
    asked, answer = question, text
    if not asked and "?" in text:
        asked, _mark, answer = text.partition("?")
        asked += "?"
    if not asked or not _KIND_QUESTION.search(asked.split(".")[-1]):
        return False
    answer = _ANSWER_MARK.sub("", answer).strip()
    words = [w.lower() for w in re.findall(r"[\w'’-]+", answer)]
    if not words or len(words) > 15 or words[0] in _NOT_A_KIND:
        return False
    if any(w in AUXILIARIES or w in ("will", "won't", "can't") for w in words):
        return False  # a clause, not the kinds named
    return bool(message_type_in(f"Texts about {answer}"))


# a question's words for the texts coming, as a verb: "How often will I be texted?", "How often
# will you contact me?", "How often will I hear from you?"
_BEING_TEXTED = re.compile(r"^(?:text|txt|messag|sms|mms|notif|alert|remind|contact|hear|ping)")


def _count_asked_of_another_thing(text: str, question: str) -> bool:
    """Does the sentence answer a question that asks how often or how many of something else
    than the texts, and its answer name no texts? "How often can I redeem rewards? Up to 4
    times per month." counts redemptions, as "Rewards can be redeemed up to 4 times per month"
    would; the SMS terms' FAQ asks it, yet the answer is no message frequency. "How often will
    I get texts? Up to 4 per month." and "How many will I get?" (under an SMS heading: nothing
    named) do count the texts (`_answers_how_many`)."""
    asked, answer = question, text
    if not asked and "?" in text:  # the question and its answer in one line
        asked, _mark, answer = text.partition("?")
        asked += "?"
    count = _COUNT_QUESTION.search(asked.split(".")[-1] if asked else "")
    if count is None or speaks_of_messages(asked) or speaks_of_messages(answer):
        return False
    named = set(re.findall(r"[a-z']+", count.group("rest").lower())) - _QUESTION_FILLER
    return bool(named) and not any(_BEING_TEXTED.match(word) for word in named)


def _labelled_frequency(value: str, label: str) -> bool:
    """The value of a field labelled as the frequency: "Varies by job" under a definition list's
    term "Frequency", "As needed" after "Message frequency". The pair reads as one statement
    ("Frequency: varies by job"), judged by the same vocabulary, so the value must say how often
    ("Varies", "Up to 4 a month", "As needed"), not merely stand under the label ("We send
    reminders"). A bare count per period or event ("1–3 per month", "2 per visit") counts
    what the label names, the messages, as in "Frequency: 1–3 per month" on one line
    (`_labelled_count`)."""
    if not _FREQUENCY_LABEL.fullmatch(label.strip()):
        return False
    return _says_how_often(value, label)


def _says_how_often(value: str, label: str) -> bool:
    """Does the value of a frequency field say how often? Read as the statement the pair makes
    ("Message frequency: varies"), or a count per period or event ("2 per visit"), or a
    period alone ("weekly", "twice a month", "every Friday during the season": `_PERIODIC`)."""
    stated = f"{label.strip().rstrip(':')}: {value}"
    return (
        "frequency" in vocabulary("disclosure").labels_in(stated)
        or bool(_COUNT_PER_EVENT.match(value.strip()))
        or bool(_PERIODIC.match(value.strip()))
    )


def _labelled_count(text: str) -> bool:
    """A sentence that is a frequency label and its value ("Frequency: one result per
    screening plus replies to HELP") states the frequency when the value opens with a count
    per event: the label says what is counted, the messages, though the value names them by
    their content ("result"). A value with no count ("Frequency: we text reminders"), or a
    count of something the label does not name ("Fees: one charge per order"), states none."""
    pair = _LABEL_THEN_VALUE.match(text)
    return bool(pair and _says_how_often(pair.group("value"), pair.group(1)))


def _care_contact(documents: list[PolicyDocument], *, whole_page: bool = False) -> str | None:
    """An email, phone number or contact link the terms give for customer care; with
    `whole_page`, also in the page's header and footer."""
    for document in documents:
        text = own_text(document.page) if whole_page else document.body
        found = find_emails(text) or find_phones(text)
        if found:
            return found[0]
        for link in links_shown_with(document.page, document.overlay):
            if (whole_page or link.region in ("body", "form")) and (
                link.href.startswith(("mailto:", "tel:")) or "contact" in link.text.lower()
            ):
                return link.text or link.href
    return None


def _help_contact(documents: list[PolicyDocument]) -> Found | None:
    """A contact the terms give expressly for help with the texts (`care_for_texts`): a
    sentence that says it is for help ("For help with SMS messages, contact us:", with the
    phone and email as its list), or a contact under a heading naming help ("Help & Support" /
    "Phone: ..."). A question the sentence answers is read with it ("Questions about our
    texts?" / "Email sms@acme.com."). "For help with our texts, contact us." points to the
    contact the page shows. An email or phone that only sits in an address block or the page's
    footer, with no help wording, is not one."""
    for document in documents:
        texts = document.kind == "sms_terms"
        before = ""
        for sentence in document.sentences:
            said = sentence.quoted
            question = _question_before(sentence.text, before)
            before = sentence.text
            asked = f"{question} {said}" if question else said
            if care_for_texts(asked, sentence.heading, sms_document=texts):
                return Found("help", document.url, asked, sentence.heading)
            # "For help with our texts, contact us." points to the contact the page shows
            if (
                _care_wording(asked, sentence.heading, sms_document=texts)
                and _HELP_WORDING.search(_without_contacts(asked))
                and _CONTACT_US.search(said)
                and _care_contact([document], whole_page=True)
            ):
                return Found("help", document.url, said, sentence.heading)
    return None


# a sentence saying what the document covers: "These terms cover SMS from Acme", "This
# policy applies to the Acme text messaging program" (not "These terms do not cover ...")
_SCOPE = re.compile(
    r"\b(?:these|this|the following)\s+(?:(?:sms|text(?:ing)?|messaging|program)\s+)?"
    r"(?:terms(?:\s+(?:and|&)\s+conditions|\s+of\s+(?:service|use))?|conditions|policy|"
    r"agreement)\s+(?:only\s+)?(?:cover|covers|apply\s+to|applies\s+to|govern|governs|"
    r"concern|concerns)\s+(?P<what>[^.;:]+)",
    re.IGNORECASE,
)
# the head of what is covered names the texts within its first words: "SMS from Acme", "the
# Acme text messaging program", "your participation in our text alerts" (not "your use of our
# website and text alerts", where the website is what is covered)
_COVERS_TEXTS = re.compile(
    r"^(?:(?:the|our|your|all|any)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:sms|mms|texts?|text\s+messag\w*|text(?:ing)?\s+(?:alerts?|program)|messaging)\b",
    re.IGNORECASE,
)
# a heading that names the section as the document's contact: "Contact", "9. Contact
# Information", "Contact Us", "Questions?", "Questions & Contact"
_CONTACT_HEADING = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(?:contact(?:\s+(?:us|information|info|details))?|questions|"
    r"questions\s+(?:&|and)\s+contact|contact\s+(?:&|and)\s+questions)\W*$",
    re.IGNORECASE,
)
# a sentence giving the contact for questions about the document itself: "For questions about
# these terms, contact us at ...", "If you have questions regarding this policy, email ..."
_ABOUT_THE_DOCUMENT = re.compile(
    r"\bquestions?\s+(?:about|regarding|concerning|on)\s+(?:these|this|the)\s+"
    r"(?:(?:sms|text(?:ing)?|messaging|program)\s+)?(?:terms|conditions|policy|agreement)\b",
    re.IGNORECASE,
)


def about_the_texts(document: PolicyDocument) -> bool:
    """Is the document's subject the SMS program? SMS terms are (`kind`); so is a document
    titled otherwise ("Terms of Service") whose opening says what it covers and names the texts
    as that ("These terms cover SMS from Acme's missed-call assistant."). General terms with a
    texting section ("These terms govern your use of our website, services and text alerts")
    are about the website."""
    if document.kind == "sms_terms":
        return True
    for sentence in document.sentences[:3]:
        scope = _SCOPE.search(sentence.text)
        if scope and _COVERS_TEXTS.search(scope.group("what").strip()):
            return True
    return False


def _document_contact(documents: list[PolicyDocument]) -> Found | None:
    """The contact a document about the SMS program (`about_the_texts`) gives as its own: an
    email or phone under a heading naming the contact ("Contact" / "Acme — acme@mail.com"),
    or in a sentence giving it for questions about the document ("For questions about these
    terms, contact us at acme@mail.com", the address on the next line counted). In such a
    document the contact for questions is the program's customer care (CHECKS.md
    terms.help_missing: "no customer care contact / HELP instruction"). In general terms an
    address block, a contact for help with an account or for billing is not."""
    for document in documents:
        if not about_the_texts(document):
            continue
        before: Sentence | None = None
        for sentence in document.sentences:
            asked = [
                s
                for s in (before, sentence)
                if s is not None
                and s.heading == sentence.heading
                and _ABOUT_THE_DOCUMENT.search(s.text)
            ]
            before = sentence
            if not (find_emails(sentence.text) or find_phones(sentence.text)):
                continue
            if asked or _CONTACT_HEADING.match(sentence.heading):
                said = " ".join(s.quoted for s in (*asked, sentence) if s is not sentence)
                quoted = f"{said} {sentence.quoted}" if said else sentence.quoted
                return Found("help", document.url, quoted, sentence.heading)
    return None


def care_for_texts(said: str, heading: str = "", *, sms_document: bool = False) -> bool:
    """The sentence (with the question it answers, if any) gives customer care for the texts:
    care wording (`_care_wording`) and a way to reach it in the sentence itself, an email or a
    phone number ("Customer care for this text program: 1-800-555-0199", "You can reach our
    SMS support team at textsupport@acme.com", "Questions about the SMS program? Email
    sms@acme.com", "For support regarding messages, contact us at 555-0148"). This is the
    terms' customer-care instruction without the HELP keyword (CHECKS.md terms.help_missing:
    "no customer care contact / HELP instruction"); bench/clause_precision.py scores it with
    `sentence_elements`. "For questions, email info@acme.com" gives no care for the texts,
    nor does "For help with your account password, call 555-201-3344"."""
    if not _care_wording(said, heading, sms_document=sms_document):
        return False
    return bool(
        find_emails(said)
        or find_phones(said)
        or _CONTACT_NUMBER.search(said)
        or _TEXT_TO_SHORT_CODE.search(said)
    )


def _care_wording(said: str, heading: str, *, sms_document: bool) -> bool:
    """The sentence says it is for help with the texts: help wording ("For help", "customer
    care", "our SMS support team"), questions about the texts, or a heading naming help; what
    the help is with, when it says, names the texts, and in general terms the sentence or its
    heading speaks of texts (in SMS terms every sentence does)."""
    plain = _without_contacts(said)
    asked = _QUESTIONS_ABOUT.search(plain)
    about_texts = asked is not None and bool(_SMS_CONTEXT.search(asked.group("what")))
    if not (_HELP_WORDING.search(plain) or about_texts or _HELP_HEADING.search(heading)):
        return False
    if not (sms_document or _SMS_CONTEXT.search(f"{heading} {said}")):
        return False
    helped = _HELP_WITH.search(plain)
    if helped and not _SMS_CONTEXT.search(helped.group("what")):
        return False
    return not _care_for_another_thing(plain)


def _care_for_another_thing(plain: str) -> bool:
    """Does the sentence say the contact takes questions about something else than the texts?
    "Call our help desk at 555-0100 for billing questions" is a help desk for the bills, not
    help with the texts, in SMS terms too; "for questions about your texts" and "for any
    questions" (nothing named) leave it the texts' care."""
    for asked in _FOR_QUESTIONS.finditer(plain):
        what = asked.group("what") or asked.group("about") or ""
        if what and not _SMS_CONTEXT.search(what) and what.lower() not in _ANY_QUESTIONS:
            return True
    return False


# what names no topic of the questions: "for any questions", "for other questions"
_ANY_QUESTIONS = {"any", "other", "more", "further", "general", "all", "your", "these", "those"}


def _without_contacts(text: str) -> str:
    """The text with its email addresses left out: "support@acme.com" is no help wording."""
    for email in find_emails(text):
        text = text.replace(email, " ")
    return text


def _review_help(review: TermsReview) -> None:
    """HELP is the instruction ("Reply HELP for help."); a way to reach a person (an email, a
    phone or a contact link) completes it. The contact may sit in the terms page's header or
    footer: the subscriber reading the terms sees it there.

    "Reply HELP for help" alone is the customer-care instruction (the HELP reply is where the
    subscriber gets the contact), and carriers' templates differ on whether the terms must
    repeat an email or phone: prevet cannot decide, so it asks a person to look (a site that
    shows no contact at all is site.contact_missing).

    The other half is symmetric: a contact given expressly for help with the texts ("For help
    with text messages, call us at ...", `_help_contact`) is the customer-care instruction
    without the keyword; whether the program answers HELP is for a person to check. A contact
    with no help wording (an address block, the footer) leaves HELP missing."""
    contact = _care_contact(review.documents)
    if "help" not in review.found:
        care = _help_contact(review.documents)
        if care:
            review.found["help"] = care
            review.doubts["help"] = (
                f"The terms give a care contact for the texts ({care.evidence}) but not the "
                "HELP keyword; check that the program answers HELP with that contact, or add "
                "“Reply HELP for help” to the terms."
            )
        elif own := _document_contact(review.documents):
            review.found["help"] = own
            review.doubts["help"] = (
                f"The terms cover the SMS program and give their contact ({own.evidence}), "
                "the program's customer care, but not the HELP keyword; check that the "
                "program answers HELP with that contact, or add “Reply HELP for help” to the "
                "terms."
            )
        elif contact:
            review.notes["help"] = (
                f"The terms give a contact ({contact}) but never tell "
                "subscribers to reply HELP for help."
            )
        return
    if contact or _care_contact(review.documents, whole_page=True):
        return
    review.doubts["help"] = (
        f"The terms say to reply HELP ({review.found['help'].evidence}) "
        "but give no email, phone number or contact page for customer "
        "care, not even in the page's header or footer; check that the "
        "HELP reply gives one, or add it to the terms."
    )


def _review_privacy_link(review: TermsReview) -> None:
    """A link to the privacy policy anywhere on the terms page counts, its navigation and footer
    included (issue 13: a reviewer reading the terms sees and follows the footer's link, the
    same on every page of the site or not); in the text it is named first."""
    for document in review.documents:
        if document.section and "privacy" in document.page.roles:
            # SMS terms written as a section of the privacy policy: the subscriber reading
            # them is reading the policy, there is nothing to link to
            review.found["privacy_link"] = Found(
                "privacy_link",
                document.url,
                "the SMS terms are a section of the privacy policy itself",
                document.section,
            )
            return
        links = [
            link
            for link in links_shown_with(document.page, document.overlay)
            if link_presents("privacy", link)
        ]
        links.sort(key=lambda link: link.region not in ("body", "form"))
        if links:
            link = links[0]
            where = "" if link.region in ("body", "form") else f" (the page's {link.region})"
            review.found["privacy_link"] = Found(
                "privacy_link", document.url, f"{link.text or link.href} → {link.href}{where}"
            )
            return
        held = _privacy_section(document)
        if held:
            review.found["privacy_link"] = Found(
                "privacy_link",
                document.url,
                "the terms hold the privacy policy themselves, in their own section",
                held,
            )
            return
        written = _written_privacy_url(document)
        if written is not None:
            review.found["privacy_link"] = Found("privacy_link", document.url, written[0])
            return
        mention = next((s for s in document.sentences if _PRIVACY_MENTION.search(s.text)), None)
        if mention is not None:
            review.notes["privacy_link"] = (
                f"The terms mention the privacy policy (“{mention.text}”) but do not link to it."
            )


# an address written out in the text: "https://www.acme.com/privacy", "acme.com/privacy-policy"
_WRITTEN_URL = re.compile(
    r"(?<![\w@/.-])(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?/[^\s<>\"'“”()]*",
    re.IGNORECASE,
)


def _written_privacy_url(document: PolicyDocument) -> tuple[str, str] | None:
    """A privacy policy's address written out in the terms, on the site's own domain and
    naming privacy in its path ("See our Privacy Policy at https://www.acme.com/privacy"):
    (sentence, address), else None. A PDF keeps no anchors, so the written address is the
    link its reader follows. In HTML it counts too: the reader reaches the policy by it, and
    the opt-in's own reading counts an address written out in the consent the same way
    (analyzers/optin/links.policy_link). An address on another domain, or one whose path says
    nothing of privacy ("acme.com/terms"), is no link to the policy; "See our Privacy
    Policy." alone is a mention only."""
    own = registrable_domain(document.page.url)
    for sentence in document.sentences:
        for found in _WRITTEN_URL.finditer(sentence.text):
            address = found.group(0).rstrip(".,;:!?")
            url = address if "://" in address else f"https://{address}"
            path = urlsplit(url).path
            if own and registrable_domain(url) == own and re.search(r"privacy", path, re.I):
                return sentence.text.strip(), address
    return None


def link_to_policy(documents: list[PolicyDocument], policy: PolicyDocument | None) -> Found | None:
    """A link on the terms page to the page the audit recognised as the privacy policy, whatever
    its words: "Privacy & Records Notice" → /privacy, when /privacy is the policy read, leads
    the reader to the privacy policy as surely as a link reading "Privacy Policy". A link by
    its words alone is judged by `_review_privacy_link`."""
    if policy is None:
        return None
    targets = {url_key(u) for u in (policy.url, policy.page.url, policy.page.final_url) if u}
    for document in documents:
        if document.page is policy.page:
            continue  # the policy's own page: not a link from the terms to it
        for link in links_shown_with(document.page, document.overlay):
            if link.href.startswith(("http", "/")) and url_key(link.href) in targets:
                where = "" if link.region in ("body", "form") else f" (the page's {link.region})"
                return Found(
                    "privacy_link",
                    document.url,
                    f"{link.text or link.href} → {link.href}{where}, the privacy policy read",
                )
    return None


def _privacy_section(document: PolicyDocument) -> str:
    """The heading of the privacy policy the terms hold themselves, or "".

    A combined "SMS Terms & Privacy" page has, after its terms, a section headed as the privacy
    policy ("Privacy Policy", then "Information we collect", "Text messaging & opt-in data", ...):
    the subscriber reading the terms is reading the policy, there is nothing to link to. The
    section runs from a heading naming privacy (and not the terms too: the page's own title
    "SMS Terms & Privacy" names both) to the next heading naming the terms.

    The section is judged alone, by what its own sentences state: the heading that opened it
    is not its text (a "Privacy" heading would make it speak of privacy), and a section the
    SMS terms go on with after it ("Contact Information", "Questions?") is not privacy
    wording, so it does not lend its "contact us" either. It must read as a privacy policy by
    the test a linked policy page must pass (policy/recognize.py) and state what a privacy
    policy states: what is collected, how it is used, and what is shared (`_POLICY_CORE`). A
    heading "Privacy" over "See our privacy policy." is a mention, and a short SMS "Privacy"
    paragraph ("Numbers collected for the texts are not shared with third parties") is the
    terms' no-sharing line, not the policy.

    On a page whose title names privacy ("SMS Terms and Privacy"), a section headed by the
    person's data ("Your information", "Information we collect") is that privacy part too:
    the title announced it, and the heading names what a policy is about. It is judged by the
    same test."""
    page = document.page
    titled = any(_PRIVACY_HEADING.search(t or "") for t in (page.title, *page.headings[:1]))
    heading, opened, inside, said = "", "", False, []
    for sentence in document.sentences:
        if sentence.heading != heading:
            heading = sentence.heading
            if (
                _PRIVACY_HEADING.search(heading) or (titled and _DATA_HEADING.search(heading))
            ) and not _TERMS_HEADING.search(heading):
                opened, inside = opened or heading, True
            elif _TERMS_HEADING.search(heading) or not _policy_subheading(heading):
                inside = False
        if inside:
            said.append(sentence.text)
    if not said:
        return ""
    body = "\n".join(said)
    read = recognize("privacy", status=200, title="", headings=[], body=body)
    return opened if read.is_document and _POLICY_CORE <= read.topics else ""


def _policy_subheading(heading: str) -> bool:
    """A heading inside a privacy policy names one of its subjects ("What we collect", "How
    we use it", "Your mobile number", "Sharing"); "Contact Information" or "Questions?"
    after an SMS "Privacy" paragraph is the next part of the terms."""
    return bool(topics_of("privacy", heading) - {"contact"}) or bool(
        _POLICY_SUBJECT_HEADING.search(heading)
    )


def paragraph(
    element: str,
    *,
    brand: str,
    contact: Contact,
    privacy_url: str | None,
    use_case: str | None = None,
) -> str:
    """The exact text to add to the terms for a missing element, filled in for this business."""
    kinds = (
        use_case or "[the kinds of messages you send, e.g. appointment reminders and order updates]"
    )
    texts = {
        "brand": f"These SMS terms apply to the {brand} text messaging program.",
        "message_type": f"By opting in, you agree to receive text messages from {brand} about "
        f"{kinds}.",
        "frequency": "Message frequency varies.",
        "rates": "Message and data rates may apply.",
        "carrier_liability": "Carriers are not liable for delayed or undelivered messages.",
        "help": f"For help, reply HELP to any message or contact us at {contact.text}.",
        "stop": "You can cancel the SMS service at any time. Reply STOP to any message to "
        "opt out; we will send one message to confirm, and you will receive no further "
        "messages from us.",
        "privacy_link": "For how we handle your information, see our Privacy Policy: "
        f"{privacy_url or '[link to your privacy policy]'}.",
    }
    return texts[element]
