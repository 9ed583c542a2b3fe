"""The sample messages: samples.* checks (review criterion 5; codes 8100-8201, 3106-3109).

Reviewers judge the campaign by its samples: each must name the brand, at least one must show
how to opt out, they must fit the declared use cases, and their links and phone numbers must
match the embedded-link / embedded-phone attributes. A shortener or prohibited content in any
sample is denied outright.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from analyzers.campaign import sample_content
from analyzers.campaign.content_terms import find_prohibited_terms
from analyzers.campaign.fixes import corrected_sample
from analyzers.campaign.links import find_links, link_domain, real_links
from analyzers.campaign.model import Campaign
from analyzers.campaign.package import (
    TextField,
    campaign_of,
    excerpt,
    field_hit,
    mentions_brand,
    sample_fields,
    sentence_case,
)
from analyzers.campaign.phones import find_phone_numbers, find_phone_placeholders
from analyzers.campaign.phrases import phrasebook
from analyzers.campaign.sample_content import Concern
from analyzers.campaign.segments import MAX_SEGMENTS, segment
from analyzers.campaign.use_cases import (
    ACCEPTED_LABELS,
    BROAD_USE_CASES,
    MIXED_USE_CASES,
    SWEEPSTAKES,
    TWO_FA,
    USE_CASE_FOR_LABEL,
    Classification,
    accepted_labels,
    classify,
    combined_use_cases,
    label_name,
)
from analyzers.content.categories import CATEGORIES
from analyzers.context import AnalysisContext
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.urls import find_urls, is_public_shortener

TOO_FEW = dict(
    ref="At least two sample messages",
    title="At least two distinct sample messages",
    message="Fewer than two distinct sample messages are given.",
    why="Reviewers need at least two different samples to see what the campaign will send.",
    fix="Give at least two different messages you will actually send, each with the brand name.",
)
TOO_SHORT = dict(
    ref="Samples must be at least 20 characters",
    title="Each sample is at least 20 characters",
    message="A sample message is shorter than 20 characters.",
    why="The registration portal rejects samples under 20 characters; they cannot show what "
    "the message is about.",
    fix="Write the full message as a subscriber would receive it.",
)
BRAND_MISSING = dict(
    ref="8101 / Sample message(s) mismatch",
    title="Every sample names the brand",
    message="A sample message does not contain the brand name.",
    why="A subscriber must be able to tell who is texting; reviewers deny samples without the "
    "brand name (8101).",
    fix='Start the message with the brand name, e.g. "Acme Health: ...".',
)
OPT_OUT_MISSING = dict(
    ref="8100",
    title="A sample shows opt-out language",
    message="No sample message contains opt-out language.",
    why="Reviewers expect at least one sample (usually the first) to tell the subscriber how to "
    "stop messages (8100).",
    fix='End at least the first sample with "Reply STOP to opt out."',
)
SHORTENER = dict(
    ref="8201",
    title="No public URL shortener in samples",
    message="A sample message uses a public URL shortener.",
    why="Carriers filter messages with public shorteners (bit.ly, tinyurl, ...); samples using "
    "them are denied (8201).",
    fix="Use the full link on your own domain, or a branded short domain you own.",
)
LINK_UNDECLARED = dict(
    ref="3106",
    title="Links in samples are declared (embedded link)",
    message="A sample contains a link but embedded_link is false.",
    why="The embedded-link attribute must match the samples; a link in a sample with the "
    "attribute unticked is denied (3106).",
    fix="Set attributes.embedded_link: true, or remove the link from the samples.",
)
LINK_UNUSED = dict(
    ref="3109",
    title="A declared embedded link appears in a sample",
    message="embedded_link is true but no sample contains a link.",
    why="An attribute the samples do not show is denied (3109).",
    fix="Add a sample with the link you will send (on your own domain), or set "
    "attributes.embedded_link: false.",
)
PHONE_UNDECLARED = dict(
    ref="3106",
    title="Phone numbers in samples are declared (embedded phone)",
    message="A sample contains a phone number but embedded_phone is false.",
    why="The embedded-phone attribute must match the samples; a number in a sample with the "
    "attribute unticked is denied (3106). A placeholder counts when it names a phone "
    '("[phone]", "{{callback_number}}") or is a bare "[number]" that is dialled '
    '("call [number]"); "truck [number]" or "policy [number]" numbers something else.',
    fix="Set attributes.embedded_phone: true, or remove the phone number from the samples.",
)
PHONE_UNUSED = dict(
    ref="3108",
    title="A declared embedded phone number appears in a sample",
    message="embedded_phone is true but no sample contains a phone number.",
    why="An attribute the samples do not show is denied (3108).",
    fix="Add a sample with the phone number you will send, or set "
    "attributes.embedded_phone: false.",
)
PROHIBITED = dict(
    ref="4100",
    title="No prohibited content in samples",
    message="A sample message contains prohibited content.",
    why="SHAFT-C (sex, hate, alcohol, firearms, tobacco, cannabis), gambling and high-risk "
    "financial content are not allowed on 10DLC (4100).",
    fix="Remove the prohibited content from the samples (and from the messages you send).",
)
USE_CASE_MISMATCH = dict(
    ref="602 / 8102",
    title="Samples fit the declared use cases",
    message="The samples do not fit the declared use case(s).",
    why="Reviewers compare each sample with the declared use cases; a message of another kind, "
    "or a use case with no sample, is denied (602 / 8102).",
    fix="Declare the use case the messages belong to, and give a sample for each declared use "
    "case.",
)
NO_PLACEHOLDERS = dict(
    ref="Variable fields use brackets",
    title="Variable content is marked with [brackets]",
    message="Variable content in a sample is not marked with [brackets].",
    why="Reviewers read [name], [date], [link] as fields filled per message; literal names and "
    "dates look like a real person's data or a one-off message.",
    fix='Mark the parts that change per message with brackets: "Hi [first name], your '
    'appointment is on [date] at [time]."',
)

_PLACEHOLDER = re.compile(r"\[[^\]]+\]|\{\{?[^}]+\}?\}|<[a-z _]+>|%[a-z_]+%", re.IGNORECASE)
_VARIABLE = {
    "a time": re.compile(
        r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE
    ),
    "a date": re.compile(
        r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|"
        r"sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b",
        re.IGNORECASE,
    ),
    "an amount": re.compile(r"\$\s?\d[\d,]*(?:\.\d{2})?"),
    "a reference number": re.compile(
        r"#\s?\d{3,}|\b(?:order|account|confirmation|ticket|case)"
        r"\s+(?:no\.?|number|#)?\s*\d{4,}\b",
        re.IGNORECASE,
    ),
    "a person's name": re.compile(r"\b(?:Hi|Hello|Hey|Dear)\s+[A-Z][a-z]+\b"),
}


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


@check("samples.too_few", severity=Severity.ERROR, needs=("campaign",), **TOO_FEW)
def too_few(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    samples = [s for s in campaign.campaign.samples if s.strip()]
    distinct = {_normal(s) for s in samples}
    if len(distinct) < 2:
        if not samples:
            said = "no samples"
        elif len(samples) == 1:
            said = "only one sample"
        else:
            said = f"{len(samples)} samples with the same text"
        yield field_hit(
            campaign,
            "campaign.samples",
            said,
            message=f"The campaign gives {said}; at least two distinct samples are needed.",
        )


@check("samples.too_short", severity=Severity.ERROR, needs=("campaign",), **TOO_SHORT)
def too_short(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    for field in _samples(campaign):
        if len(field.text.strip()) < 20:
            yield field_hit(
                campaign,
                field.path,
                field.text,
                message=f"{sentence_case(field.label)} is {len(field.text.strip())} "
                "characters; samples must be at least 20.",
            )


@check("samples.brand_missing", severity=Severity.ERROR, needs=("campaign",), **BRAND_MISSING)
def brand_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    for field in _samples(campaign):
        if not mentions_brand(campaign, field.text):
            yield field_hit(
                campaign,
                field.path,
                excerpt(field.text),
                message=f"{sentence_case(field.label)} does not name the brand.",
                fix=f'Name the brand, e.g.: "{corrected_sample(campaign, field.text)}"',
            )


# Opt-out language is an instruction to send a keyword whose purpose is to stop the texts,
# whatever the keyword: "Text UNSUB to stop updates", "Reply NO to opt out", "Send OFF to end
# alerts". The keyword is written as a keyword (in capitals) and the purpose follows it; "Reply
# YES to confirm", "Text us to stop by" and "Text PHO to stop by the truck" are no opt-out.
# Whether the keyword is a declared opt-out keyword is a smaller matter (an info note below).
_KEYWORD_TO_STOP = re.compile(
    r"\b(?i:reply|replying|text|txt|send|respond)(?i:\s+(?:with|back))?\s+[\"'“‘]?"
    r"(?P<keyword>[A-Z][A-Z0-9]{1,14})\b[\"'”’]?\s+(?i:(?:at\s+)?any\s*time\s+)?"
    r"(?i:to|and\s+we(?:'ll|\s+will))\s+"
    r"(?i:stop|cancel|unsubscribe|opt[\s-]?out|end|quit|leave|be\s+removed)\b(?!\s+by\b)"
)


@check("samples.opt_out_missing", severity=Severity.ERROR, needs=("campaign",), **OPT_OUT_MISSING)
def opt_out_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    samples = _samples(campaign)
    if not samples:
        raise NotApplicable("no samples")
    stops = phrasebook("disclosure")
    if any("stop" in stops.labels_in(f.text) for f in samples):
        return
    instructions = [(f, m) for f in samples for m in [_KEYWORD_TO_STOP.search(f.text)] if m]
    if instructions:
        field, match = instructions[0]
        declared = {k.upper() for k in campaign.campaign.keywords.optout or []}
        if declared and match.group("keyword").upper() not in declared:
            yield field_hit(
                campaign,
                field.path,
                match.group(),
                message=f"{sentence_case(field.label)} tells the subscriber to text "
                f"{match.group('keyword')} to stop, but {match.group('keyword')} is not among "
                "the declared opt-out keywords.",
                fix=f"Add {match.group('keyword')} to keywords.optout, or write the sample "
                'with "Reply STOP to opt out."',
                severity=Severity.INFO,
            )
        return
    yield field_hit(
        campaign,
        samples[0].path,
        excerpt(samples[0].text),
        message="No sample tells the subscriber how to opt out.",
        fix=f"Add opt-out language to the first sample: "
        f'"{corrected_sample(campaign, samples[0].text)}"',
    )


@check("samples.shortener", severity=Severity.ERROR, needs=("campaign",), **SHORTENER)
def shortener(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    for field in _samples(campaign):
        for url in find_urls(field.text):
            if is_public_shortener(url):
                yield field_hit(
                    campaign,
                    field.path,
                    url,
                    message=f"{sentence_case(field.label)} uses the public shortener {url}.",
                )


def _links(text: str) -> list[str]:
    """URLs, bare domains ("Order at ourbakery.com") and [link] placeholders."""
    return find_links(text)


def _phones(text: str) -> list[str]:
    return find_phone_numbers(text) + find_phone_placeholders(text)


@check(
    "samples.embedded_link_undeclared",
    severity=Severity.ERROR,
    needs=("campaign",),
    **LINK_UNDECLARED,
)
def embedded_link_undeclared(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    declared = campaign.campaign.attributes.embedded_link
    if declared is None:
        raise NotApplicable("the campaign file does not set attributes.embedded_link")
    if declared:
        return
    for field in _samples(campaign):
        links = _links(field.text)
        if links:
            yield field_hit(
                campaign,
                field.path,
                links[0],
                message=f'{sentence_case(field.label)} contains a link, "{links[0]}", '
                "but embedded_link is false.",
            )


@check("samples.embedded_link_unused", severity=Severity.ERROR, needs=("campaign",), **LINK_UNUSED)
def embedded_link_unused(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    if not campaign.campaign.attributes.embedded_link:
        raise NotApplicable("embedded_link is not declared")
    if not any(_links(f.text) for f in _samples(campaign)):
        yield field_hit(campaign, "campaign.attributes.embedded_link", "embedded_link: true")


@check(
    "samples.embedded_phone_undeclared",
    severity=Severity.ERROR,
    needs=("campaign",),
    **PHONE_UNDECLARED,
)
def embedded_phone_undeclared(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    declared = campaign.campaign.attributes.embedded_phone
    if declared is None:
        raise NotApplicable("the campaign file does not set attributes.embedded_phone")
    if declared:
        return
    for field in _samples(campaign):
        phones = _phones(field.text)
        if phones:
            yield field_hit(
                campaign,
                field.path,
                phones[0],
                message=f"{sentence_case(field.label)} contains a phone number, "
                f'"{phones[0]}", but embedded_phone is false.',
            )


@check(
    "samples.embedded_phone_unused", severity=Severity.ERROR, needs=("campaign",), **PHONE_UNUSED
)
def embedded_phone_unused(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    if not campaign.campaign.attributes.embedded_phone:
        raise NotApplicable("embedded_phone is not declared")
    if not any(_phones(f.text) for f in _samples(campaign)):
        yield field_hit(campaign, "campaign.attributes.embedded_phone", "embedded_phone: true")


@check("samples.prohibited_content", severity=Severity.ERROR, needs=("campaign",), **PROHIBITED)
def prohibited_content(ctx: AnalysisContext) -> Iterator[Hit]:
    """A sample's SHAFT-C, gambling or high-risk financial terms.

    Alcohol, firearms and tobacco are allowed behind a date-of-birth age gate (the content
    family's rule): a campaign that declares ``age_gated: true`` sends them to people who
    passed one, so "Free tasting Friday with [distillery]" from a liquor store's age-gated
    campaign is an info note, not a denial (whether the site's gate is a compliant one is
    agegate.*'s to judge). Every other category fails with or without the attribute, and so
    do age-restricted terms in a campaign that does not declare it.

    No gate allows a message that sells firearms or ammunition (blind round 31, a range's
    "20% off all 9mm and .223 ammo"): carriers reject those campaigns age-gated or not
    (Category.gate_bars_sales). A term that names the goods in a sentence with a price or a
    sale ("$", "% off", "in stock") is such a sale; the range's "free pistol safety class this
    Saturday, register today" is a service, still an info note behind the gate.
    """
    campaign = campaign_of(ctx)
    gated = campaign.campaign.attributes.age_gated is True
    for field in _samples(campaign):
        terms = find_prohibited_terms(field.text)
        if not terms:
            continue
        sales = [t for t in terms if _sold_past_any_gate(t)]
        allowed = gated and not sales and all(CATEGORIES[t.category].age_restricted for t in terms)
        categories = sorted({term.category for term in terms})
        quoted = ", ".join(f'"{term.text}"' for term in terms[:3])
        named = f"{', '.join(c.replace('_', ' ') for c in categories)}: {quoted}"
        if allowed:
            yield field_hit(
                campaign,
                field.path,
                excerpt(terms[0].sentence or field.text),
                message=f"{sentence_case(field.label)} names age-restricted content ({named}), "
                "allowed because the campaign declares age_gated: the site must keep a "
                "date-of-birth age gate before its content and opt-in.",
                fix="Keep a date-of-birth age gate (month, day and year) in front of the site "
                "and its opt-in, and send these messages only to people who passed it.",
                severity=Severity.INFO,
                details={"categories": categories, "age_gated": True},
            )
            continue
        message = f"{sentence_case(field.label)} contains prohibited content ({named})."
        if gated and sales:
            message += (
                f' It sells {CATEGORIES[sales[0].category].label} ("{sales[0].sold}"), '
                "which carriers do not approve by text even behind an age gate."
            )
        yield field_hit(
            campaign,
            field.path,
            excerpt(terms[0].sentence or field.text),
            message=message,
            details={"categories": categories},
        )


def _sold_past_any_gate(term) -> bool:
    """Does the term sell goods that no age gate allows in a message ("20% off all 9mm
    ammo")?"""
    return CATEGORIES[term.category].gate_bars_sales and bool(term.sold) and term.names_goods


# what a sample must look like for a declared use case to count as shown
_CORE_LABELS: dict[str, frozenset[str]] = {
    "Marketing": frozenset({"marketing"}),
    "2FA": frozenset({"otp"}),
    "Delivery Notification": frozenset({"delivery"}),
    "Fraud Alert Messaging": frozenset({"fraud_alert"}),
    "Charity": frozenset({"charity"}),
    "Political": frozenset({"political"}),
    "Polling and Voting": frozenset({"polling"}),
    "Sweepstakes": frozenset({"marketing"}),
}


@check(
    "samples.use_case_mismatch", severity=Severity.ERROR, needs=("campaign",), **USE_CASE_MISMATCH
)
def use_case_mismatch(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    samples = _samples(campaign)
    if not samples:
        raise NotApplicable("no samples")
    declared = campaign.use_cases
    if not declared:
        raise NotApplicable("no known use case is declared (see campaign.use_case_unknown)")
    # a Mixed campaign that lists its sub use cases accepts those kinds only (the same reading
    # as campaign.marketing_undeclared): "Low Volume Mixed" with [Account Notification,
    # Customer Care] does not cover "20% off gift shop merch this weekend"
    details = campaign.campaign
    combined = combined_use_cases(details.use_cases, details.sub_use_cases)
    accepted = accepted_labels(combined)
    if TWO_FA not in declared and not _open_mixed(campaign):
        accepted -= {"otp"}  # a passcode is a 2FA message whatever else the use case covers
    names = ", ".join(declared)
    classified = [(f, classify(f.text)) for f in samples]
    for field, found in classified:
        labels = found.labels
        if "otp" in labels and "otp" not in accepted:
            labels = {"otp"}  # a passcode beside account words is still a passcode
        elif "marketing" in labels and "marketing" not in accepted:
            # an offer inside a notification makes the message marketing: "Thanks for your
            # order! Take 15% off your next purchase" does not fit Delivery Notification
            labels = {"marketing"}
        if labels and not labels & accepted:
            fitting = sorted(
                {USE_CASE_FOR_LABEL[label] for label in labels if label in USE_CASE_FOR_LABEL}
            )
            yield field_hit(
                campaign,
                field.path,
                excerpt(field.text),
                message=f"{sentence_case(field.label)} looks like "
                f"{found.describe(labels)}, which does not fit the declared use "
                f"case(s) {', '.join(combined)}.",
                details={"looks_like": sorted(labels)},
                fix=f"Register these messages under {' or '.join(fitting)} (their "
                f"own campaign, or add the use case), or replace {field.label} with "
                f"a message the campaign really sends as {', '.join(combined)}.",
            )
    if not all(found.labels for _, found in classified):
        return  # a sample of unknown kind may be the one for each declared use case
    for use_case in declared:
        if use_case in BROAD_USE_CASES:
            continue
        core = _CORE_LABELS.get(use_case, ACCEPTED_LABELS.get(use_case, frozenset()))
        if core and not any(found.labels & core for _, found in classified):
            kinds = " or ".join(label_name(label) for label in sorted(core))
            yield field_hit(
                campaign,
                "campaign.use_cases",
                names,
                message=f"{use_case} is declared but no sample shows it ({kinds}).",
                details={"use_case": use_case},
            )
    yield from _mixed_of_one_kind(campaign, [found for _, found in classified])


def _one_kind(found: list[Classification]) -> str | None:
    """The one kind of message every sample is, or None when they show two or more.

    A kind is what one use case covers, as samples.use_case_mismatch reads it everywhere else.
    A sample often carries several labels ("Your order has shipped" is an order notice and a
    shipping notice), so the samples are of one kind when one label is common to all of them
    and every other label they carry fits that label's own use case: three order, pickup and
    shipping updates are all account notifications. An appointment reminder beside a reply to
    a question (no common label), or an order notice beside "Thanks for your order! 10% off
    next time" (marketing, which no notification use case accepts), show two kinds.
    """
    common = set.intersection(*(f.labels for f in found))
    for label in sorted(common):
        use_case = USE_CASE_FOR_LABEL.get(label)
        allowed = ACCEPTED_LABELS.get(use_case or "", frozenset())
        if use_case and all(f.labels <= allowed for f in found):
            return label
    return None


def _mixed_of_one_kind(campaign: Campaign, found: list[Classification]) -> Iterator[Hit]:
    """A Mixed campaign whose samples all show one kind of message (blind round 30: three
    order, pickup and delivery updates under "Mixed"). TCR registers Mixed campaigns for
    messages of two or more sub-use-cases and asks the samples to show them; samples of one
    kind belong to that kind's own use case. campaign.mixed_subcases_missing reports the
    sub-use-case list itself."""
    mixed = [name for name in campaign.campaign.use_cases if name in MIXED_USE_CASES]
    if not mixed or len(found) < 2:
        return
    label = _one_kind(found)
    if label is None:
        return
    use_case = USE_CASE_FOR_LABEL[label]
    yield field_hit(
        campaign,
        "campaign.use_cases",
        ", ".join(campaign.use_cases),
        message=f"{mixed[0]} is declared but every sample is one kind of message that "
        f"{use_case} covers ({label_name(label)}): a {mixed[0]} campaign's samples must show "
        "at least two of the kinds it combines.",
        details={"use_case": mixed[0], "looks_like": [label]},
        fix=f"Register the campaign as {use_case} if these are all the messages it sends, or "
        f"add a sample of each other kind the {mixed[0]} campaign sends (e.g. a marketing "
        "message or a customer-care reply).",
    )


@check("samples.no_placeholders", severity=Severity.INFO, needs=("campaign",), **NO_PLACEHOLDERS)
def no_placeholders(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    names = {n.lower() for n in _brand_words(campaign)}
    for field in _samples(campaign):
        unmarked = _PLACEHOLDER.sub(" ", field.text)
        found = []
        for kind, pattern in _VARIABLE.items():
            match = pattern.search(unmarked)
            if match and match.group().split()[-1].lower() not in names:
                found.append(f'{kind} ("{match.group().strip().rstrip(".,;:!?")}")')
        if found:
            yield field_hit(
                campaign,
                field.path,
                excerpt(field.text),
                message=f"{sentence_case(field.label)} has {', '.join(found)} not "
                "marked as a [variable].",
            )


def _open_mixed(campaign: Campaign) -> bool:
    """A broad use case (Mixed, Low Volume Mixed, ...) whose sub-use-cases are not listed: any
    kind of business message may belong to it."""
    details = campaign.campaign
    return any(name in BROAD_USE_CASES for name in details.use_cases) and not details.sub_use_cases


def _brand_words(campaign: Campaign) -> list[str]:
    names = " ".join(n for n in (campaign.brand.dba, campaign.brand.legal_name) if n)
    return re.findall(r"[A-Za-z]+", names)


def _samples(campaign: Campaign) -> list[TextField]:
    return [f for f in sample_fields(campaign) if f.text.strip()]


# ----------------------------------------------------------------------------- issue 20 checks

PHISHING = dict(
    ref="Phishing / 4100",
    title="No phishing-style wording in samples",
    message="A sample reads like phishing.",
    why="Carriers filter messages that say an account is suspended or locked and press the "
    "reader to click, log in or verify details; reviewers deny samples that read that way even "
    "when the business means well.",
    fix='Say what happened and where to act without pressure or a login link, e.g. "Acme Bank: '
    "We noticed a new sign-in to your account. If this wasn't you, call us at the number on "
    'the back of your card."',
)
SENSITIVE_DATA = dict(
    ref="Sensitive data requests / 4100",
    title="Samples do not ask for passwords, SSNs, card or bank numbers",
    message="A sample asks the subscriber to send sensitive data by text.",
    why="A business never collects a password, Social Security number, card or bank number over "
    "SMS; a message asking for one is what fraud looks like, and carriers block it.",
    fix="Send the subscriber to a secure page or a call instead, and say you will never ask "
    "for it by text.",
)
PROFANITY = dict(
    ref="Profanity / 4100",
    title="No profanity in samples",
    message="A sample contains profanity.",
    why="Carriers' content rules bar profanity in A2P traffic; samples that contain it are "
    "denied and such messages are filtered.",
    fix="Remove the profane words from the sample (and from the messages you send).",
)
PRESCRIPTION = dict(
    ref="Prescription drugs / 4100",
    title="Samples do not offer prescription drugs",
    message="A sample offers prescription drugs.",
    why='Selling prescription drugs by text ("no prescription needed", weight-loss injections, '
    "controlled substances) is not allowed on 10DLC; a pharmacy's notification about a "
    "prescription someone already has (ready for pickup, refill due) is.",
    fix="Keep the messages to notifications about the subscriber's own prescriptions, e.g. "
    '"Acme Pharmacy: Your prescription is ready for pickup at [store]."',
)
GET_RICH_QUICK = dict(
    ref="Get rich quick / 4100",
    title="No get-rich-quick or multi-level-marketing language in samples",
    message="A sample makes income claims or recruits for multi-level marketing.",
    why='Get-rich-quick schemes, income claims ("earn $5,000 a week from home") and '
    "multi-level marketing recruitment are disallowed content for carriers.",
    fix="Remove the income claims and recruitment; describe your product or service plainly.",
)
SWEEPSTAKES_TEXT = dict(
    ref="Sweepstakes use case",
    title="Sweepstakes and prize samples are declared as Sweepstakes",
    message="A sample speaks of a sweepstakes or a prize but the Sweepstakes use case is not "
    "declared.",
    why='Giveaways, prize drawings and "you\'ve won" messages need the Sweepstakes use case '
    '(with its own review); under any other use case they are denied, and "you have won, claim '
    'your prize" is the wording of scams carriers filter.',
    fix="Register a Sweepstakes campaign for the giveaway, or remove the prize language.",
)
TOO_LONG = dict(
    ref="SMS segments (GSM 03.38 / UCS-2)",
    title="Samples fit one SMS (160 GSM-7 or 70 UCS-2 characters; a warning above, an error "
    "above 6 segments: 918 / 402 characters)",
    message="A sample is longer than one SMS segment.",
    why="One SMS holds 160 GSM-7 characters, or 70 once any character is outside GSM-7 (an "
    "emoji, a curly quote); longer messages go out as several segments of 153 / 67, each billed "
    "and throttled, and some arrive split. Two to six segments is a warning with the count; "
    "more than six (over 918 GSM-7 or 402 UCS-2 characters) is an error: carriers stop "
    "joining them.",
    fix="Shorten the message, and replace curly quotes, dashes and emoji with plain characters "
    "so it stays in GSM-7.",
)
LINK_DOMAIN = dict(
    ref="Sample link domain / 3106",
    title="Links in samples are on the brand's own domain",
    message="A sample links to a domain that is not the brand's.",
    why="Reviewers open the links in samples; a link to a domain the brand has not registered "
    "(its website, or the privacy, terms and opt-in pages) looks like affiliate traffic or a "
    "borrowed identity.",
    fix="Link to pages on the brand's website, or a branded short domain you own and register.",
)


def _content_check(
    ctx: AnalysisContext, judge: Callable[[str], Concern | None], what: str
) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    for field in _samples(campaign):
        concern = judge(field.text)
        if concern:
            yield field_hit(
                campaign,
                field.path,
                excerpt(concern.sentence),
                message=f'{sentence_case(field.label)} {what} ("{concern.phrase}").',
            )


@check("samples.phishing", severity=Severity.ERROR, needs=("campaign",), **PHISHING)
def phishing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _content_check(ctx, sample_content.phishing, "reads like phishing")


@check("samples.sensitive_data", severity=Severity.ERROR, needs=("campaign",), **SENSITIVE_DATA)
def sensitive_data(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _content_check(
        ctx, sample_content.sensitive_request, "asks for sensitive data by text"
    )


@check("samples.prescription", severity=Severity.ERROR, needs=("campaign",), **PRESCRIPTION)
def prescription(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _content_check(ctx, sample_content.prescription_offer, "offers prescription drugs")


@check("samples.get_rich_quick", severity=Severity.ERROR, needs=("campaign",), **GET_RICH_QUICK)
def get_rich_quick(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    for hit in _content_check(
        ctx,
        sample_content.get_rich_quick,
        "makes income claims or recruits for multi-level marketing",
    ):
        text = next(f.text for f in _samples(campaign) if f.path == hit.selector)
        # "get rich quick" is also high-risk financial content: reported once, as prohibited
        if not any(t.category == "high_risk_financial" for t in find_prohibited_terms(text)):
            yield hit


@check("samples.sweepstakes", severity=Severity.WARNING, needs=("campaign",), **SWEEPSTAKES_TEXT)
def sweepstakes(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    if SWEEPSTAKES in campaign.use_cases:
        raise NotApplicable("the Sweepstakes use case is declared")
    yield from _content_check(
        ctx, sample_content.prize_or_sweepstakes, "speaks of a sweepstakes or a prize"
    )


@check("samples.profanity", severity=Severity.ERROR, needs=("campaign",), **PROFANITY)
def profanity(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    for field in _samples(campaign):
        words = sample_content.profanity(field.text)
        if words:
            yield field_hit(
                campaign,
                field.path,
                excerpt(field.text),
                message=f"{sentence_case(field.label)} contains profanity "
                f"({', '.join(repr(w) for w in words[:3])}).",
            )


def _placeholders_as_read(text: str) -> str:
    """The sample with each [variable]'s brackets (or braces) counted as a reader counts them,
    one character each: they are never sent, so the escape that GSM-7 spends on a literal "["
    is not either. The variable's words stand for a value of unknown length and count as
    written ("[neighborhood]" is 14 characters, not 16)."""
    return _PLACEHOLDER.sub(lambda m: re.sub(r"[\[\]{}]", "(", m.group()), text)


@check("samples.too_long", severity=Severity.WARNING, needs=("campaign",), **TOO_LONG)
def too_long(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    for field in _samples(campaign):
        text = field.text.strip()
        parts = segment(_placeholders_as_read(text))
        if parts.segments <= 1:
            continue
        why = (
            f"{parts.units} GSM-7 characters"
            if parts.encoding == "GSM-7"
            else f"{parts.units} UCS-2 characters (because of "
            f"{' '.join(repr(ch) for ch in parts.non_gsm)})"
        )
        severity = Severity.ERROR if parts.segments > MAX_SEGMENTS else None
        limit = "; carriers stop joining messages after 6" if severity else ""
        yield field_hit(
            campaign,
            field.path,
            excerpt(text),
            severity=severity,
            message=f"{sentence_case(field.label)} is {why}: it is sent as "
            f"{parts.segments} segments (one holds {parts.single_limit}){limit}.",
            details={"encoding": parts.encoding, "length": parts.units, "segments": parts.segments},
        )


@check(
    "samples.link_domain_mismatch", severity=Severity.WARNING, needs=("campaign",), **LINK_DOMAIN
)
def link_domain_mismatch(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    own = _own_domains(campaign)
    if not own:
        raise NotApplicable("the campaign file gives no website domain to compare with")
    for field in _samples(campaign):
        for link in real_links(field.text):
            domain = link_domain(link)
            if domain in own or is_public_shortener(link):
                continue  # shorteners: samples.shortener
            yield field_hit(
                campaign,
                field.path,
                link,
                message=f"{sentence_case(field.label)} links to {domain}, not to "
                f"the brand's {' / '.join(sorted(own))}.",
                fix=f"Link to a page on {sorted(own)[0]} instead of {link}.",
            )
            break


def _own_domains(campaign: Campaign) -> set[str]:
    """The registrable domains the package registers: website, policy and opt-in pages."""
    details = campaign.campaign
    urls = [campaign.brand.website, details.optin_url, details.privacy_url, details.terms_url]
    return {link_domain(url.strip()) for url in urls if url and "." in url}
