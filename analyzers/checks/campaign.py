"""The campaign's description, message flow and declared use cases: campaign.* checks
(review criteria 3 and 4).

Reviewers read the description to learn who sends what to whom and why, the message flow to see
how a person consents, and compare both (and the samples, and the site's policies) with the use
cases and content attributes declared. Promotions under a customer-care use case, lending
without the direct-lending attribute, or a web opt-in without its URL are each a denial.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from urllib.parse import urlsplit

from analyzers.campaign import fixes, sample_content
from analyzers.campaign.content_terms import LENDING, find_lending_terms, find_prohibited_terms
from analyzers.campaign.language import emojis_in, guess_language
from analyzers.campaign.model import Campaign
from analyzers.campaign.optin_methods import WEB, optin_methods
from analyzers.campaign.package import (
    TextField,
    brand_names,
    display_name,
    excerpt,
    field_hit,
    mentions_brand,
    other_name_in,
    sentence_case,
    string_values,
    text_fields,
)
from analyzers.campaign.phrases import disclosure_labels, phrasebook, sentences
from analyzers.campaign.spelling import near_spellings
from analyzers.campaign.use_cases import (
    CHARITY,
    MIXED_SUB_CASES_MAX,
    MIXED_SUB_CASES_MIN,
    MIXED_USE_CASES,
    POLITICAL,
    USE_CASE_FOR_LABEL,
    accepted_labels,
    classify,
    combined_use_cases,
    declares_marketing,
    known_use_case_names,
    suggest_use_case,
)
from analyzers.context import AnalysisContext
from analyzers.optin.plain_words import message_type_in
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.shorthand import spell_out
from analyzers.text.urls import find_urls, host_domain
from crawler.snapshot import Page

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
DUPLICATE_FIELDS = dict(
    ref="Duplicate content across fields",
    title="Each field has its own text",
    message="The same text is pasted into several fields.",
    why="Reviewers deny registrations that repeat one text across the description, message "
    "flow, samples and replies: each field must answer its own question.",
    fix="Write each field for its purpose: the description says what the program is, the "
    "message flow how people opt in, each sample one real message.",
)
NON_ENGLISH = dict(
    ref="506",
    title="The registration is written in English",
    message="A field is not written in English.",
    why="US carrier reviewers vet registrations in English; fields in another language are "
    "rejected (506).",
    fix="Write the field in English. Messages may be sent in other languages, but register an "
    "English version of each.",
)
EMOJI = dict(
    ref="6103",
    title="No emoji in the registration",
    message="A field contains an emoji.",
    why="Registration fields with emoji are rejected (6103).",
    fix="Remove the emoji from the field.",
)
CONTACT_WHITESPACE = dict(
    ref="6102",
    title="Support e-mail and phone have no stray spaces",
    message="The support e-mail or phone has spaces in or around it.",
    why="The registration portal rejects an e-mail with a space in it or a contact with spaces "
    "before or after it (6102).",
    fix='Remove the spaces, e.g. "support@acme.com".',
)
MARKETING_UNDECLARED = dict(
    ref="2200 / 3200 / 7200 / 8200",
    title="Promotional content is declared as Marketing",
    message="The package speaks of promotions but the use cases do not include Marketing.",
    why="Marketing messages need the Marketing use case; promotions under a customer-care or "
    "notification use case are denied.",
    fix="Add the Marketing use case (or Mixed / Low Volume Mixed), or remove the promotional "
    "wording.",
)
LENDING_UNDECLARED = dict(
    ref="712 / 3103",
    title="Lending content is declared with the direct-lending attribute",
    message="Lending content appears but the direct-lending attribute is not set.",
    why="Campaigns about loans or financing must declare the direct-lending attribute; the "
    "undeclared content is denied (712 / 3103).",
    fix="Set attributes.direct_lending: true (the campaign then needs lending-specific review), "
    "or remove the lending content.",
)
LENDING_UNSUPPORTED = dict(
    ref="3107",
    title="Declared direct lending shows in the package",
    message="Direct lending is declared but nothing in the package or site is about lending.",
    why="An attribute that the samples, description and site do not support is denied (3107).",
    fix="Set attributes.direct_lending: false, or add the lending messages to the samples and "
    "the description.",
)
CHARITY_MISMATCH = dict(
    ref="3110 / Campaign mismatch: charity",
    title="Donation requests and the Charity use case go together",
    message="The Charity use case and donation requests do not match.",
    why="Donation solicitation needs the Charity use case (registered 501(c)(3) organizations), "
    "and a Charity campaign must show the donation messages it sends.",
    fix="Declare the Charity use case for donation requests, or remove them; a Charity campaign "
    "should include a donation sample.",
)
POLITICAL_MISMATCH = dict(
    ref="Campaign mismatch: political",
    title="Political content is declared as Political",
    message="Political content appears but the Political use case is not declared.",
    why="Political messages need the Political use case (with campaign verification); they are "
    "denied under any other use case.",
    fix="Register a Political campaign (with Campaign Verify) for election messages, or remove "
    "them.",
)
CTA_INCOMPLETE = dict(
    ref="2132–2138 / 2141",
    title="The message flow shows a complete call to action",
    message="The message flow (call to action) is missing elements of the disclosure.",
    why="Reviewers check that the call to action a person sees names the brand, the kind of "
    'messages, frequency, "Msg & data rates may apply", HELP, STOP and the privacy/terms '
    "links.",
    fix="Describe where and how people opt in and quote the full disclosure they see.",
)
OPTIN_URL_MISSING = dict(
    ref="2120",
    title="A web opt-in gives its URL",
    message="The message flow describes a web opt-in but gives no opt-in URL.",
    why="Reviewers must open the opt-in form to verify consent; a web opt-in without its URL "
    "is denied (2120).",
    fix="Add the full URL of the opt-in page to the message flow (and as optin_url).",
)
OPTIN_URL_NO_FORM = dict(
    ref="2120 / 2125",
    title="The opt-in URL leads to an opt-in form",
    message="The opt-in URL given in the campaign does not lead to a form that collects a phone "
    "number.",
    why="Reviewers follow the opt-in URL of the message flow; if it does not show the form "
    "where people give their number and consent, the opt-in cannot be verified.",
    fix="Register the URL of the page that holds the phone number field and the SMS consent "
    "checkbox.",
)

_COMPANY_NAME = re.compile(
    r"\b((?:[A-Z][\w&'.-]*\s+){0,4}[A-Z][\w&'.-]*),?\s+(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|"
    r"Corporation|Co\.|Ltd\.?|LLP|PLLC)(?!\w)"
)
_PRIVACY_TERMS = re.compile(r"privacy|terms|conditions|t\s*&\s*c", re.IGNORECASE)
_PRIVACY = re.compile(r"privacy", re.IGNORECASE)
_TERMS = re.compile(r"terms|conditions|t\s*&\s*c", re.IGNORECASE)
_SMS_WORDS = re.compile(
    r"\b(sms|text(s|ing)?|text messages?|mobile|msgs?|messages)\b", re.IGNORECASE
)


def _campaign(ctx: AnalysisContext) -> Campaign:
    return ctx.campaign


# the words that name a message without saying what it is about ("customer notifications")
_GENERIC_MESSAGE_WORDS = frozenset(
    """
    text texts sms mms txt msg msgs message messages notification notifications update updates
    alert alerts notice notices information info communication communications news
""".split()
)


def _names_a_kind(text: str) -> bool:
    """Does the description say what its messages are about? "Appointment reminders" and
    "updates about your order" do; "customer notifications and updates" names only whom the
    generic messages are for (a recipient word is not a subject)."""
    if classify(text).labels or phrasebook("campaign_text").first(text, "message_subject"):
        return True
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


def _vague_reasons(campaign: Campaign) -> list[str]:
    """What the description leaves unsaid of whom it is for and what it sends."""
    text = campaign.campaign.description.strip()
    missing = []
    if not phrasebook("campaign_text").first(text, "recipient"):
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
    campaign = _campaign(ctx)
    text = campaign.campaign.description.strip()
    missing = _vague_reasons(campaign)
    if missing:
        yield field_hit(
            campaign,
            "campaign.description",
            excerpt(text),
            message=f"The campaign description is too vague: {'; '.join(missing)}.",
            fix=f'Say who sends what to whom and why, e.g. "{display_name(campaign)} '
            f"sends [kind of messages] to [customers/patients/members] who opted in "
            f'[where]."',
        )


@check("campaign.brand_mismatch", severity=Severity.ERROR, needs=("campaign",), **BRAND_MISMATCH)
def brand_mismatch(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
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


@check(
    "campaign.duplicate_fields", severity=Severity.ERROR, needs=("campaign",), **DUPLICATE_FIELDS
)
def duplicate_fields(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    fields = [f for f in text_fields(campaign) if len(_normal(f.text)) >= 20]
    reported: set[str] = set()
    for index, later in enumerate(fields):
        for earlier in fields[:index]:
            if _sample_and_reply(earlier, later) or later.path in reported:
                continue
            if _same_text(earlier.text, later.text):
                reported.add(later.path)
                yield field_hit(
                    campaign,
                    later.path,
                    excerpt(later.text),
                    message=f"{sentence_case(later.label)} repeats {earlier.label} "
                    f"({campaign.where(earlier.path)}).",
                    details={"same_as": earlier.path},
                )


def _sample_and_reply(a: TextField, b: TextField) -> bool:
    """The opt-in confirmation is often (rightly) also one of the samples."""
    kinds = {_kind(a), _kind(b)}
    return kinds == {"sample", "reply"}


def _kind(field: TextField) -> str:
    return (
        "sample" if ".samples[" in field.path else "reply" if ".replies." in field.path else "field"
    )


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def _same_text(a: str, b: str) -> bool:
    a, b = _normal(a), _normal(b)
    if a == b:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


@check("campaign.non_english", severity=Severity.ERROR, needs=("campaign",), **NON_ENGLISH)
def non_english(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    names = brand_names(campaign).names
    for field in text_fields(campaign):
        guess = guess_language(field.text, ignore=names)
        if guess is not None and not guess.english:
            yield field_hit(
                campaign,
                field.path,
                excerpt(field.text),
                message=f"{sentence_case(field.label)} looks like {guess.language}, not English.",
            )


@check("campaign.emoji", severity=Severity.ERROR, needs=("campaign",), **EMOJI)
def emoji(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    for path, value in string_values(campaign):
        found = emojis_in(value)
        if found:
            yield field_hit(
                campaign,
                path,
                excerpt(value),
                message=f"{path} contains emoji: {' '.join(dict.fromkeys(found))}.",
                fix=f'Remove the emoji: "{excerpt(_without_emoji(value))}".',
            )


def _without_emoji(text: str) -> str:
    for symbol in set(emojis_in(text)) | {"\ufe0f", "\u200d"}:
        text = text.replace(symbol, "")
    return re.sub(r"\s{2,}", " ", text).strip()


@check(
    "campaign.contact_whitespace",
    severity=Severity.ERROR,
    needs=("campaign",),
    **CONTACT_WHITESPACE,
)
def contact_whitespace(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    brand = campaign.brand
    for path, value, inside in (
        ("brand.support_email", brand.support_email, True),
        ("brand.support_phone", brand.support_phone, False),
    ):
        if not value:
            continue
        stripped = value.strip()
        problem = None
        if stripped != value:
            problem = "has spaces before or after it"
        elif inside and re.search(r"\s", value):
            problem = "contains a space"
        if problem:
            clean = re.sub(r"\s", "", value) if inside else stripped
            yield field_hit(
                campaign,
                path,
                repr(value),
                message=f"{path} {problem}: {value!r}.",
                fix=f'Write it without the spaces: "{clean}".',
            )


@check(
    "campaign.marketing_undeclared",
    severity=Severity.ERROR,
    needs=("campaign",),
    **MARKETING_UNDECLARED,
)
def marketing_undeclared(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    details = campaign.campaign
    if declares_marketing(combined_use_cases(details.use_cases, details.sub_use_cases)):
        return
    declared = ", ".join(campaign.use_cases) or "none TCR knows (see campaign.use_case_unknown)"
    for field in text_fields(campaign):
        match = classify(field.text, {"marketing"}).evidence("marketing")
        if match:
            yield field_hit(
                campaign,
                field.path,
                match.sentence,
                message=f"{sentence_case(field.label)} looks like marketing "
                f'("{match.text}") but the use cases are {declared}.',
            )
    if ctx.has("snapshot"):
        yield from _site_marketing(ctx, declared)


def _site_marketing(ctx: AnalysisContext, declared: str) -> Iterator[Hit]:
    """Policies and opt-in pages that promise promotional texts."""
    for page in ctx.snapshot.pages:
        if not {"privacy", "terms", "sms_terms", "optin"} & set(page.roles):
            continue
        for _offset, sentence in sentences(page.text):
            if not _SMS_WORDS.search(sentence):
                continue
            match = classify(sentence, {"marketing"}).evidence("marketing")
            if match:
                yield Hit(
                    url=page.final_url or page.url,
                    evidence=excerpt(match.sentence, 240),
                    message=f'The site says texts include marketing ("{match.text}") but '
                    f"the use cases are {declared}.",
                )
                break


def _lending_in_package(campaign: Campaign) -> list[tuple[TextField, str, str]]:
    found = []
    for field in text_fields(campaign, replies=False):
        terms = find_lending_terms(field.text)
        if terms:
            found.append((field, terms[0].text, terms[0].sentence))
    return found


def _lending_on_site(ctx: AnalysisContext) -> list[tuple[str, str, str]]:
    """(url, phrase, sentence) of the pages where the content analyzers found lending offered."""
    if not ctx.has("snapshot"):
        return []
    try:
        verdicts = (ctx.inputs.content_verdicts or {}).get(LENDING, [])
    except KeyError:  # the content analyzers are not part of this build
        return []
    return [(v.url, v.evidence.text, v.evidence.sentence) for v in verdicts]


@check(
    "campaign.direct_lending_undeclared",
    severity=Severity.ERROR,
    needs=("campaign",),
    **LENDING_UNDECLARED,
)
def direct_lending_undeclared(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    if campaign.campaign.attributes.direct_lending:
        return
    for field, phrase, sentence in _lending_in_package(campaign):
        yield field_hit(
            campaign,
            field.path,
            excerpt(sentence),
            message=f'{sentence_case(field.label)} is about lending ("{phrase}") but '
            "direct_lending is not declared.",
        )
    for url, phrase, sentence in _lending_on_site(ctx)[:3]:
        yield Hit(
            url=url,
            evidence=excerpt(sentence, 240),
            message=f'The website offers lending ("{phrase}") but direct_lending is not declared.',
        )


@check(
    "campaign.direct_lending_unsupported",
    severity=Severity.ERROR,
    needs=("campaign",),
    **LENDING_UNSUPPORTED,
)
def direct_lending_unsupported(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    if not campaign.campaign.attributes.direct_lending:
        raise NotApplicable("direct lending is not declared")
    if _lending_in_package(campaign) or _lending_on_site(ctx):
        return
    where = (
        "the description, message flow, samples or website"
        if ctx.has("snapshot")
        else "the description, message flow or samples"
    )
    yield field_hit(
        campaign,
        "campaign.attributes.direct_lending",
        "direct_lending: true",
        message=f"Direct lending is declared but nothing in {where} is about loans or financing.",
    )


@check(
    "campaign.charity_mismatch", severity=Severity.ERROR, needs=("campaign",), **CHARITY_MISMATCH
)
def charity_mismatch(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    donations = [
        (f, classify(f.text, {"charity"}).evidence("charity"))
        for f in text_fields(campaign, replies=False)
    ]
    donations = [(f, m) for f, m in donations if m]
    if CHARITY in campaign.use_cases:
        if not any(".samples[" in f.path for f, _ in donations):
            yield field_hit(
                campaign,
                "campaign.use_cases",
                ", ".join(campaign.use_cases),
                message="The Charity use case is declared but no sample asks for donations.",
            )
        return
    if "charity" in accepted_labels(campaign.use_cases):
        return  # Political and Higher Education campaigns may ask for contributions
    for field, match in donations:
        yield field_hit(
            campaign,
            field.path,
            excerpt(match.sentence),
            message=f'{sentence_case(field.label)} asks for donations ("{match.text}") '
            "but the Charity use case is not declared.",
        )


@check(
    "campaign.political_mismatch",
    severity=Severity.ERROR,
    needs=("campaign",),
    **POLITICAL_MISMATCH,
)
def political_mismatch(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    if POLITICAL in campaign.use_cases:
        return
    for field in text_fields(campaign):
        match = classify(field.text, {"political"}).evidence("political")
        if match:
            yield field_hit(
                campaign,
                field.path,
                excerpt(match.sentence),
                message=f'{sentence_case(field.label)} is political ("{match.text}") '
                "but the Political use case is not declared.",
            )


# the person picks which texts they get: "picks one list with a radio button", "the texts I
# selected above", "choose the alerts you want"
_PICKS_A_LIST = re.compile(
    r"\b(?:picks?|picked|chooses?|chose|chosen|selects?|selected|ticks?)\s+(?:one|a|the|which|"
    r"their|your|my|any)?\s*(?:[\w-]+\s+)?(?:lists?|programs?|texts?|messages?|alerts?)\b|"
    r"\b(?:lists?|texts?|messages?|alerts?)\s+(?:that\s+)?(?:i|you|they|he|she|we)\s+"
    r"(?:picked|chose|selected|ticked)\b",
    re.IGNORECASE,
)


def _names_kinds(text: str) -> bool:
    return (
        "message_types" in disclosure_labels(text)
        or bool(classify(text).labels)
        or any(message_type_in(spell_out(sentence)) for _, sentence in sentences(text))
    )


def cta_missing_elements(campaign: Campaign, text: str) -> list[str]:
    """The disclosure elements a call to action lacks, in the order reviewers list them. The
    message flow quotes the form's disclosure, so its message types and frequency in plain
    words ("texts … about open shifts", "most families see a few a month") are read by the
    form's own rules (analyzers/optin/plain_words.py). Where the person picks which list they
    get ("picks one list with a radio button ... the texts I picked above"), the lists'
    contents are what the campaign description says they are."""
    found = disclosure_labels(text)
    missing = []
    if not mentions_brand(campaign, text):
        missing.append("the brand name")
    if not _names_kinds(text) and not (
        _PICKS_A_LIST.search(text) and _names_kinds(campaign.campaign.description)
    ):
        missing.append("the kind of messages")
    for label, words in (
        ("frequency", "message frequency"),
        ("rates", '"Msg & data rates may apply"'),
        ("help", "HELP"),
        ("stop", "STOP"),
    ):
        if label not in found:
            missing.append(words)
    # the flow tells people where both documents are: a reviewer asks for each (CHECKS.md's
    # "privacy/terms instructions"), and a flow that names only one leaves the other unsaid
    if not _PRIVACY.search(text):
        missing.append("the privacy policy")
    if not _TERMS.search(text):
        missing.append("the terms")
    return missing


@check("campaign.cta_incomplete", severity=Severity.ERROR, needs=("campaign",), **CTA_INCOMPLETE)
def cta_incomplete(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    flow = campaign.campaign.message_flow
    if not flow or not flow.strip():
        yield field_hit(
            campaign,
            "campaign",
            "(no message_flow)",
            message="No message flow (call to action) is given.",
        )
        return
    missing = cta_missing_elements(campaign, flow)
    if missing:
        yield field_hit(
            campaign,
            "campaign.message_flow",
            excerpt(flow, 240),
            message=f"The message flow lacks {', '.join(missing)}.",
            fix="Say where and how people opt in, and quote the disclosure they "
            f'see, e.g.: "{fixes.cta_disclosure(campaign)}"',
            details={"missing": missing},
        )


@check(
    "campaign.optin_url_missing", severity=Severity.ERROR, needs=("campaign",), **OPTIN_URL_MISSING
)
def optin_url_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    flow = campaign.campaign.message_flow or ""
    methods = optin_methods(flow)
    if WEB not in methods:
        other = f" (opt-in {' and '.join(methods)})" if methods else ""
        raise NotApplicable(f"the message flow does not describe a web opt-in{other}")
    if optin_url(campaign) is not None:
        return
    web = phrasebook("campaign_text").first(methods[WEB], "web_optin")
    said = f' ("{web.text}")' if web else ""
    yield field_hit(
        campaign,
        "campaign.message_flow",
        excerpt(methods[WEB]),
        message=f"The message flow describes a web opt-in{said} but gives no URL for it.",
    )


def optin_url(campaign: Campaign) -> tuple[str, str] | None:
    """(field, URL) of the opt-in page: optin_url, else the first non-policy URL of the flow."""
    if campaign.campaign.optin_url and campaign.campaign.optin_url.strip():
        return "campaign.optin_url", campaign.campaign.optin_url.strip()
    for url in find_urls(campaign.campaign.message_flow or ""):
        if not _PRIVACY_TERMS.search(url):
            return "campaign.message_flow", url
    return None


@check(
    "campaign.optin_url_no_form",
    severity=Severity.ERROR,
    needs=("snapshot", "campaign"),
    **OPTIN_URL_NO_FORM,
)
def optin_url_no_form(ctx: AnalysisContext) -> Iterator[Hit]:
    from crawler.roles import has_phone_field

    campaign = _campaign(ctx)
    given = optin_url(campaign)
    if given is None:
        raise NotApplicable("the campaign gives no opt-in URL")
    methods = optin_methods(campaign.campaign.message_flow or "")
    if methods and WEB not in methods:
        raise NotApplicable(
            f"the message flow describes opt-in {' and '.join(methods)}, not a web form"
        )
    path, url = given
    if ctx.snapshot.site and host_domain(url) != ctx.snapshot.site:
        raise NotApplicable(
            f"the opt-in URL is on {host_domain(url)}, not on the audited site "
            "(see brand.website_mismatch)"
        )
    page = _find_page(ctx, url)
    if page is None:
        yield field_hit(
            campaign,
            path,
            url,
            review=True,
            message=f"The opt-in URL {url} was not fetched in this audit; open it "
            "and confirm it shows the opt-in form.",
        )
        return
    if page.status >= 400 or page.error:
        reason = f"HTTP status {page.status}" if page.status >= 400 else page.error
        yield field_hit(campaign, path, url, message=f"The opt-in URL {url} answers {reason}.")
    elif not has_phone_field(page):
        yield field_hit(
            campaign,
            path,
            url,
            message=f"The opt-in URL {url} shows no form that collects a phone number.",
        )


def _find_page(ctx: AnalysisContext, url: str) -> Page | None:
    wanted = _url_key(url)
    for page in ctx.snapshot.pages:
        if wanted in (_url_key(page.url), _url_key(page.final_url or page.url)):
            return page
    return None


def _url_key(url: str) -> tuple[str, str, str]:
    """Host without www, path and query: http/https and a test server's port do not matter."""
    if "://" not in url:
        url = "https://" + url.strip()
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host, parts.path.rstrip("/").lower() or "/", parts.query


# ----------------------------------------------------------------------------- issue 20 checks

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
USE_CASE_UNKNOWN = dict(
    ref="TCR use case list",
    title="Use cases are TCR's use case names",
    message="A listed use case is not one of TCR's use cases.",
    why="The portal only offers TCR's use cases (Marketing, Account Notification, Customer "
    "Care, 2FA, Mixed, Low Volume Mixed, ...); a name that is not one of them cannot be "
    "registered, and prevet cannot compare the samples with it.",
    fix="Use the TCR name, e.g. [Customer Care, Account Notification].",
)
MIXED_SUBCASES = dict(
    ref="Mixed / Low Volume Mixed sub-use-cases",
    title="Mixed and Low Volume Mixed campaigns list 2 to 5 sub-use-cases",
    message="A Mixed or Low Volume Mixed campaign does not list its sub-use-cases.",
    why="TCR registers a Mixed or Low Volume Mixed campaign with the 2 to 5 standard use cases it "
    "combines; reviewers compare the samples with them.",
    fix="List the kinds of message the campaign combines: sub_use_cases: [Account Notification, "
    "Customer Care, Marketing].",
)
CTA_NO_SHARING = dict(
    ref="CTA: no-sharing statement",
    title="The call to action promises the number is not shared",
    message="The message flow does not say that mobile numbers are not shared or sold.",
    why="A recommendation, not a requirement: some CSPs' lints look for the no-sharing promise "
    "beside the opt-in path, STOP, HELP, frequency and rates, so a subscriber sees at sign-up "
    "that their number and consent are not passed to third parties or affiliates for "
    "marketing. The catalog's call to action (campaign.cta_incomplete) does not require it; "
    "the promise reviewers require is the privacy policy's (privacy.no_sms_clause).",
    fix='Add to the disclosure in the message flow: "Mobile information will not be shared '
    'with third parties or affiliates for marketing or promotional purposes."',
)
BRAND_SPELLING = dict(
    ref="Sample message(s) mismatch / brand consistency",
    title="The brand is spelled the same everywhere",
    message="The brand name is spelled differently in part of the package.",
    why="Reviewers match the name in every sample, reply and the message flow with the "
    'registered brand; a near-spelling ("Brightwater Dentl", "Bright Water Dental") reads as '
    "another sender or a careless registration.",
    fix="Write the registered name exactly as registered in every field.",
)
LEAD_GENERATION = dict(
    ref="708 / 3102",
    title="No lead generation or affiliate offers in the package",
    message="The package speaks of sharing numbers with partners or sending partners' offers.",
    why="Carriers do not allow 10DLC campaigns that share or sell phone numbers and consent "
    "(lead generation) or send others' offers (affiliate marketing); descriptions, message "
    "flows and samples that say so, or an affiliate-marketing attribute that the package "
    "contradicts, are denied (708 / 3102).",
    fix="Send only your own messages, and say in the message flow that mobile numbers are not "
    "shared with third parties or affiliates.",
)

_DESCRIPTION_MIN_CHARS, _DESCRIPTION_MIN_WORDS, _DESCRIPTION_GOOD_WORDS = 40, 10, 20


@check(
    "campaign.description_short", severity=Severity.ERROR, needs=("campaign",), **DESCRIPTION_SHORT
)
def description_short(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
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


@check(
    "campaign.use_case_unknown", severity=Severity.ERROR, needs=("campaign",), **USE_CASE_UNKNOWN
)
def use_case_unknown(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    for path, name in campaign.campaign.unknown_use_cases:
        guess = suggest_use_case(name)
        hint = f' Did you mean "{guess}"?' if guess else ""
        yield field_hit(
            campaign,
            path,
            name,
            message=f'"{name}" is not a TCR use case.{hint}',
            fix=f'Write "{guess}".'
            if guess
            else "Use one of TCR's use cases: " + ", ".join(known_use_case_names()[:12]) + ", ...",
        )


@check(
    "campaign.mixed_subcases_missing",
    severity=Severity.ERROR,
    needs=("campaign",),
    **MIXED_SUBCASES,
)
def mixed_subcases_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    mixed = [name for name in campaign.campaign.use_cases if name in MIXED_USE_CASES]
    if not mixed:
        raise NotApplicable("neither Mixed nor Low Volume Mixed is declared")
    subs = [name for name in campaign.campaign.sub_use_cases if name not in MIXED_USE_CASES]
    example = _sub_use_case_example(campaign)
    if len(subs) < MIXED_SUB_CASES_MIN:
        listed = f"lists only {subs[0]}" if subs else "lists no sub-use-cases"
        yield field_hit(
            campaign,
            "campaign.sub_use_cases" if subs else "campaign.use_cases",
            ", ".join(subs) or ", ".join(campaign.campaign.use_cases),
            message=f"The {mixed[0]} campaign {listed}; TCR asks for "
            f"{MIXED_SUB_CASES_MIN} to {MIXED_SUB_CASES_MAX}.",
            fix=f"sub_use_cases: [{', '.join(example)}]",
        )
    elif len(subs) > MIXED_SUB_CASES_MAX:
        yield field_hit(
            campaign,
            "campaign.sub_use_cases",
            ", ".join(subs),
            message=f"The {mixed[0]} campaign lists {len(subs)} sub-use-cases; TCR "
            f"accepts at most {MIXED_SUB_CASES_MAX}.",
            fix=f"Keep the {MIXED_SUB_CASES_MAX} kinds of message the samples show.",
        )


def _sub_use_case_example(campaign: Campaign) -> list[str]:
    """The use cases the samples look like, to paste as sub_use_cases."""
    kinds: list[str] = []
    for field in text_fields(campaign, replies=False):
        if ".samples[" not in field.path:
            continue
        for label in sorted(classify(field.text).labels):
            name = USE_CASE_FOR_LABEL.get(label)
            if name and name not in kinds:
                kinds.append(name)
    defaults = ["Account Notification", "Customer Care"]
    return (kinds + [d for d in defaults if d not in kinds])[: max(2, min(len(kinds), 5))]


# info, not a warning: the catalog's call to action (CHECKS.md, campaign.cta_incomplete) does not
# list the promise, and compliant message flows rarely repeat it (it failed on nearly every blind
# campaign file, compliant ones included), so it is advice that never fails a run
@check(
    "campaign.cta_no_sharing_missing",
    severity=Severity.INFO,
    needs=("campaign",),
    **CTA_NO_SHARING,
)
def cta_no_sharing_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    flow = campaign.campaign.message_flow
    if not flow or not flow.strip():
        raise NotApplicable("no message flow (see campaign.cta_incomplete)")
    if phrasebook("campaign_text").first(flow, "no_sharing"):
        return
    yield field_hit(
        campaign,
        "campaign.message_flow",
        excerpt(flow, 240),
        message="The message flow does not promise that mobile numbers and consent "
        "are not shared with third parties or affiliates.",
    )


@check("campaign.brand_spelling", severity=Severity.WARNING, needs=("campaign",), **BRAND_SPELLING)
def brand_spelling(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    forms = brand_names(campaign).names
    for field in text_fields(campaign):
        if field.path == "campaign.description":
            continue  # the description may name the legal entity in full, checked elsewhere
        for written, form in near_spellings(field.text, forms)[:1]:
            yield field_hit(
                campaign,
                field.path,
                written,
                message=f"{sentence_case(field.label)} writes the brand as "
                f'"{written}", not "{form}".',
                fix=f'Write "{form}": "{excerpt(field.text.replace(written, form))}"',
            )


@check("campaign.lead_generation", severity=Severity.ERROR, needs=("campaign",), **LEAD_GENERATION)
def lead_generation(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = _campaign(ctx)
    found = False
    for field in text_fields(campaign):
        concern = sample_content.lead_generation(field.text)
        if concern:
            found = True
            if ".samples[" in field.path and _reported_as_prohibited(field.text):
                continue  # a sample's lead-generation content is samples.prohibited_content
            yield field_hit(
                campaign,
                field.path,
                excerpt(concern.sentence),
                message=f"{sentence_case(field.label)} speaks of lead generation or "
                f'partners\' offers ("{concern.phrase}").',
            )
    if campaign.campaign.attributes.affiliate_marketing:
        said = " and the package speaks of it" if found else ""
        yield field_hit(
            campaign,
            "campaign.attributes.affiliate_marketing",
            "affiliate_marketing: true",
            message=f"Affiliate marketing is declared{said}; carriers do not accept "
            "affiliate marketing on 10DLC.",
            fix="Register only messages your business sends about its own products "
            "and services, and set affiliate_marketing: false.",
        )


def _reported_as_prohibited(text: str) -> bool:
    return any(
        term.category in ("lead_generation", "affiliate_marketing")
        for term in find_prohibited_terms(text)
    )
