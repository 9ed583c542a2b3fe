"""The campaign description: does it say who sends what to whom and why, at enough length,
under the registered brand (review criterion 3)?

campaign.description_vague, campaign.brand_mismatch, campaign.description_short. Reviewers read
the description first; one too short, too vague or naming another business is denied. Kept apart
from the other campaign.* modules so that each holds one topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.campaign.language import other_language
from analyzers.campaign.model import Campaign
from analyzers.campaign.package import (
    brand_names,
    campaign_of,
    display_name,
    excerpt,
    field_hit,
    mentions_brand,
    other_name_in,
)
from analyzers.campaign.phrases import phrasebook, sentences
from analyzers.campaign.texted import texted_people, what_is_texted
from analyzers.campaign.use_cases import classify
from analyzers.context import AnalysisContext
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.shorthand import spell_out

DESCRIPTION_VAGUE = dict(
    ref="Campaign unclear",
    title="The description says who sends what to whom, and why",
    message="The campaign description does not say who receives which messages.",
    why="Reviewers deny campaigns whose description does not make clear which business sends "
    "which messages to which people, and why those people receive them.",
    fix='Describe the sender, the recipients and the messages, e.g. "Acme Health sends '
    'appointment reminders and lab result alerts to patients who opted in on our website."',
)

BRAND_MISMATCH = dict(
    ref="Campaign to brand mismatch",
    title="The description names the registered brand",
    message="The campaign description does not name the registered brand.",
    why="Reviewers check that the campaign belongs to the brand it is registered under; a "
    "description naming another business (or none) is a campaign-to-brand mismatch.",
    fix='Start the description with the registered brand name: "<Brand> sends ...".',
)

DESCRIPTION_SHORT = dict(
    ref="Campaign unclear / description minimum length",
    title="The description is long enough: under 40 characters or 10 words is an error, under "
    "20 words a warning",
    message="The campaign description is too short.",
    why="The registration portal wants at least 40 characters, and reviewers deny descriptions "
    "too short to say who sends what to whom and why. Under 40 characters or 10 words is an "
    "error; 10 to 19 words is a warning: it rarely has room for the sender, the recipients, the "
    "kinds of message and how people opt in.",
    fix='Write two or three sentences: "Acme Health sends appointment reminders and billing '
    "notices to patients who opted in on our website's appointment form. Messages are sent when "
    'an appointment is booked or a bill is due."',
)


_COMPANY_NAME = re.compile(
    r"\b((?:[A-Z][\w&'.-]*\s+){0,4}[A-Z][\w&'.-]*),?\s+(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|"
    r"Corporation|Co\.|Ltd\.?|LLP|PLLC)(?!\w)"
)


# the words that name a message without saying what it is about ("customer notifications")
_GENERIC_MESSAGE_WORDS = frozenset(
    """
    text texts sms mms txt msg msgs message messages notification notifications update updates
    alert alerts notice notices information info communication communications news
""".split()
)


# a hyphenated compound right before a message word: "order-ready notices", "proof-approval
# requests", "back-in-stock alerts"
_COMPOUND_KIND = re.compile(
    r"\b([a-z]+(?:[-\u2010\u2011][a-z]+)+)\s+(?:notices|notice|requests|request|alerts|alert|"
    r"updates|update|reminders|reminder|notifications|notification|messages|texts|"
    r"confirmations|confirmation)\b",
    re.IGNORECASE,
)
# compound parts that say how or how often a message is sent, never what it is about:
# "real-time updates", "two-way messages", "up-to-date information", "opt-in texts"
_MANNER_WORDS = frozenset(
    """
    real time up to date one two way based opt in out non high low priority mobile friendly
    all purpose general periodic auto automated pre recorded short long term day week month
    timely important occasional company business personal so called follow only
""".split()
)


def _names_a_kind_by_compound(text: str) -> bool:
    """Is a message word modified by a hyphenated compound that names its subject? Businesses
    name a message by the state it reports: "order-ready notices", "proof-approval requests",
    "due-date reminders". The compound is the subject as "order" is in "order updates". Not
    one made only of words that say how a message is sent ("real-time updates", "two-way
    messages", "opt-in texts") or whom it is for ("customer-only notices")."""
    recipients = phrasebook("campaign_text")
    for match in _COMPOUND_KIND.finditer(text):
        parts = re.split(r"[-\u2010\u2011]", match.group(1).lower())
        if any(
            p not in _MANNER_WORDS
            and p not in _GENERIC_MESSAGE_WORDS
            and not recipients.first(p, "recipient")
            for p in parts
        ):
            return True
    return False


# a purpose clause that says what the message tells: "to tell them the order is ready", "to let
# you know when your table is ready", "to warn customers that a delivery is late", "to say when
# their paint is mixed", "to notify them once a part arrives"; the verb's object (up to three
# words; none for a verb of saying: "to say when"), then a clause or a phrase of at least two
# more words
_PURPOSE_CLAUSE = re.compile(
    r"\bto\s+(?:tell|let|show|warn|advise|say|notify|inform|announce|confirm|report)\s+"
    r"(?:[\w'\u2019]+\s+){0,3}?(?:know\s+)?"
    r"(?:that|when|whenever|whether|if|once|about|the|your|their|his|her|its|our)\s+"
    r"[\w'\u2019-]+\s+[\w'\u2019-]+",
    re.IGNORECASE,
)


def _names_a_kind_by_purpose(text: str) -> bool:
    """Does a purpose clause say what the texts tell (blind round 28)? "Fennel & Rye texts
    customers who placed a pickup order ... to tell them the order is ready or delayed": the
    infinitive after the recipients names the message (an order-ready notice), however long
    the clause that names the recipients runs before it. A verb of saying needs no object (blind
    round 30, a paint store: "texts customers who placed a special order to say when their paint
    is mixed and ready"). A purpose that says nothing ("to tell them things", "to let them
    know", "to say hello") names no kind."""
    return _PURPOSE_CLAUSE.search(text) is not None


def _names_a_kind(text: str) -> bool:
    """Does the description say what its messages are about? "Appointment reminders",
    "updates about your order" and "order-ready notices" do; "customer notifications and
    updates" names only whom the generic messages are for (a recipient word is not a
    subject)."""
    if classify(text).labels or phrasebook("campaign_text").first(text, "message_subject"):
        return True
    if _names_a_kind_by_compound(text) or _names_a_kind_by_purpose(text):
        return True
    if any(what_is_texted(sentence) for _, sentence in sentences(text)):
        return True  # "texts customers ... their board match", "text boarders about ..."
    recipients = phrasebook("campaign_text")
    for match in phrasebook("disclosure").find(text, {"message_types"}):
        words = [
            w
            for w in re.findall(r"[a-z][\w'-]*", spell_out(match.text).lower())
            if w not in _GENERIC_MESSAGE_WORDS
        ]
        if any(not recipients.first(word, "recipient") for word in words):
            return True
    return False


# the people a sending verb's messages go to, whatever the trade calls them: "sends court-date
# reminders to defendants and co-signers", "to all registered anglers" (a plural noun after
# "to", not an infinitive: "to address" ends in "ss", "to keep things" is a verb; "to its" is
# no one)
_SENT_TO = re.compile(
    r"\b(?:sends?|sending|texts?|texting|messages?|delivers?|notif(?:y|ies)|reminds?)\b"
    r"[^.;:]{0,80}?\bto\s+(?:(?:our|its|their|the|all|any|every)\s+)?(?:[\w'-]+ed\s+)?"
    r"(?!(?:its|this|his|hers|ours|yours|theirs|us|texts|messages|sms|alerts)\b)"
    r"[a-z][\w'-]*[^s\W]s\b",
    re.IGNORECASE,
)


# the people who gave their consent, named by it whatever the trade calls them: "sends
# opted-in collectors alerts", "subscribed anglers", "enrolled families" (a plural noun after
# the participle; not a message word: "opted-in texts" are messages, not people)
_CONSENTED_PEOPLE = re.compile(
    r"\b(?:opted[-\u2010\u2011\s]in|subscribed|enrolled|signed[-\u2010\u2011\s]up|consenting)\s+"
    r"(?!(?:texts|messages|alerts|reminders|updates|notifications|notices|offers|lists|numbers|"
    r"forms|programs|campaigns|keywords|services|accounts|plans|courses|classes)\b)"
    r"[a-z][\w'-]*[^s\W]s\b",
    re.IGNORECASE,
)


def _names_recipients(text: str) -> bool:
    """Does the description say who receives the messages: a word for them from the catalog
    of recipients (customers, patients, tenants), the people the messages are sent to, the
    people texted ("We text boarders about their horses": "text" takes them as its object), or
    the people a consent participle names (blind round 35, a coin shop: "sends opted-in
    collectors alerts": whoever opted in is who receives)."""
    return bool(
        phrasebook("campaign_text").first(text, "recipient")
        or _SENT_TO.search(text)
        or _CONSENTED_PEOPLE.search(text)
        or any(texted_people(sentence) for _, sentence in sentences(text))
    )


def _vague_reasons(campaign: Campaign) -> list[str]:
    """What the description leaves unsaid of whom it is for and what it sends."""
    text = campaign.campaign.description.strip()
    missing = []
    if not _names_recipients(text):
        missing.append("it does not say who receives the messages")
    if not _names_a_kind(text):
        missing.append("it does not say what kind of messages are sent")
    if missing and not mentions_brand(campaign, text) and not _COMPANY_NAME.search(text):
        missing.append("it names no business as the sender")
    return missing


@check(
    "campaign.description_vague", severity=Severity.ERROR, needs=("campaign",), **DESCRIPTION_VAGUE
)
def description_vague(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    text = campaign.campaign.description.strip()
    missing = _vague_reasons(campaign)
    language = other_language(text, brand_names(campaign).names)
    fix = (
        f'Say who sends what to whom and why, e.g. "{display_name(campaign)} '
        f"sends [kind of messages] to [customers/patients/members] who opted in "
        f'[where]."'
    )
    if missing and language:
        # whom it is for and what it sends are read from English words: a description in
        # Spanish says them in words prevet does not read, so a person must judge it
        yield field_hit(
            campaign,
            "campaign.description",
            excerpt(text),
            message=f"The campaign description is in {language}: prevet reads whom the "
            "messages go to and what kind they are only in English, so a person must check "
            "that it says who sends what to whom (campaign.non_english reports the language).",
            fix=fix,
            review=True,
            details={"language": language},
        )
    elif missing:
        yield field_hit(
            campaign,
            "campaign.description",
            excerpt(text),
            message=f"The campaign description is too vague: {'; '.join(missing)}.",
            fix=fix,
        )


@check("campaign.brand_mismatch", severity=Severity.ERROR, needs=("campaign",), **BRAND_MISMATCH)
def brand_mismatch(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    text = campaign.campaign.description
    renamed = other_name_in(campaign, text)
    if mentions_brand(campaign, text) and not renamed:
        return
    registered = brand_names(campaign)
    others = [
        m.group(1).strip()
        for m in _COMPANY_NAME.finditer(text)
        if not registered.found_in(m.group(1))
    ]
    others = [renamed, *others] if renamed else others
    if not others and _vague_reasons(campaign):
        # a description that names no business and says little else is one fault, reported
        # whole by campaign.description_vague ("it names no business as the sender")
        raise NotApplicable(
            "the description names no business; campaign.description_vague reports it"
        )
    name = display_name(campaign)
    if others:
        message = f'The description names "{others[0]}", not the registered brand "{name}".'
    else:
        message = f'The description does not name the registered brand "{name}".'
    yield field_hit(
        campaign,
        "campaign.description",
        excerpt(text),
        message=message,
        fix=f'Name the registered brand: "{name} sends ...".',
    )


_DESCRIPTION_MIN_CHARS, _DESCRIPTION_MIN_WORDS, _DESCRIPTION_GOOD_WORDS = 40, 10, 20


@check(
    "campaign.description_short", severity=Severity.ERROR, needs=("campaign",), **DESCRIPTION_SHORT
)
def description_short(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    text = campaign.campaign.description.strip()
    words = len(re.findall(r"[A-Za-z][\w'-]*", text))
    size = f"{len(text)} characters, {words} words"
    example = (
        f'e.g. "{display_name(campaign)} sends [kind of messages] to [customers/patients] '
        f'who opted in [where]. Messages are sent when [what happens]."'
    )
    if len(text) < _DESCRIPTION_MIN_CHARS or words < _DESCRIPTION_MIN_WORDS:
        yield field_hit(
            campaign,
            "campaign.description",
            excerpt(text) or "(empty)",
            message=f"The description is very short ({size}); it needs at least "
            f"{_DESCRIPTION_MIN_CHARS} characters and {_DESCRIPTION_MIN_WORDS} words.",
            fix=f"Describe the program in two or three sentences, {example}",
        )
    elif words < _DESCRIPTION_GOOD_WORDS:
        yield field_hit(
            campaign,
            "campaign.description",
            excerpt(text),
            severity=Severity.WARNING,
            message=f"The description is short ({size}); reviewers expect about "
            f"{_DESCRIPTION_GOOD_WORDS} words or more.",
            fix=f"Add who receives the messages, why and how they opted in, {example}",
        )
