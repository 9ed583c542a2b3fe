"""The declared use cases and attributes, judged against what the package and the site say
(review criterion 4).

campaign.marketing_undeclared, campaign.direct_lending_undeclared,
campaign.direct_lending_unsupported, campaign.charity_mismatch, campaign.political_mismatch,
campaign.use_case_unknown, campaign.mixed_subcases_missing, campaign.lead_generation.
Promotions under a customer-care use case, lending without the direct-lending attribute, or
partners' offers are each a denial. Kept apart from the other campaign.* modules so that each
holds one topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.campaign import sample_content
from analyzers.campaign.content_terms import LENDING, find_lending_terms, find_prohibited_terms
from analyzers.campaign.model import Campaign
from analyzers.campaign.package import (
    TextField,
    campaign_of,
    excerpt,
    field_hit,
    mentions_brand,
    sentence_case,
    text_fields,
)
from analyzers.campaign.phrases import sentences
from analyzers.campaign.promotions import promotions_sent
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
from analyzers.registry import Hit, NotApplicable, Severity, check

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


# the fields that describe the texts: promotions they name in their own words ("our weekly wash
# deals") are what the texts carry (analyzers/campaign/promotions.py)
_SAYS_WHAT_IS_SENT = ("campaign.description", "campaign.message_flow")

_SMS_WORDS = re.compile(
    r"\b(sms|text(s|ing)?|text messages?|mobile|msgs?|messages)\b", re.IGNORECASE
)


@check(
    "campaign.marketing_undeclared",
    severity=Severity.ERROR,
    needs=("campaign",),
    **MARKETING_UNDECLARED,
)
def marketing_undeclared(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    details = campaign.campaign
    if declares_marketing(combined_use_cases(details.use_cases, details.sub_use_cases)):
        return
    declared = ", ".join(campaign.use_cases) or "none TCR knows (see campaign.use_case_unknown)"
    for field in text_fields(campaign):
        match = classify(field.text, {"marketing"}).evidence("marketing")
        if match is None and field.path in _SAYS_WHAT_IS_SENT:
            match = promotions_sent(field.text)
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
    """Policies and opt-in pages that promise promotional texts (the brand's own: partners'
    offers are another check's, `_others_offers`)."""
    campaign = campaign_of(ctx)
    for page in ctx.snapshot.pages:
        if not {"privacy", "terms", "sms_terms", "optin"} & set(page.roles):
            continue
        for _offset, sentence in sentences(page.text):
            if not _SMS_WORDS.search(sentence):
                continue
            found = classify(sentence, {"marketing"}).matches
            match = next(
                (m for m in found if not _others_offers(sentence, m.end_char, campaign)), None
            )
            if match:
                yield Hit(
                    url=page.final_url or page.url,
                    evidence=excerpt(match.sentence, 240),
                    message=f'The site says texts include marketing ("{match.text}") but '
                    f"the use cases are {declared}.",
                )
                break


# a sender that is another company: "Slotwise partner businesses", "our partners", "select
# third parties", "participating merchants"
_OTHER_COMPANY = re.compile(
    r"\b(?:partners?|affiliates?|sponsors?|advertisers?|third[\s-]part(?:y|ies))\b"
    r"(?:\s+(?:businesses|companies|brands|merchants|vendors|sellers|retailers|stores|shops))?"
    r"\s*$"
    r"|\b(?:partner|participating|affiliated|other|third[\s-]party)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:businesses|companies|brands|merchants|vendors|sellers|retailers|stores|shops)\s*$",
    re.IGNORECASE,
)
# "from <senders>" right after the promotion's words, up to a few words on
_FROM_SENDERS = re.compile(r"[^.;:!?]{0,30}?\bfrom\s+(?P<senders>[^.;:!?()]{1,80})", re.I)
_SENDER_JOINT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|as\s+well\s+as)\s+", re.I)


def _others_offers(sentence: str, end: int, campaign: Campaign) -> bool:
    """Are the promotions that end at `end` sent by other companies only? "Text me appointment
    reminders from Fairlane Billiards Service and special offers from Slotwise partner
    businesses": the offers are the partners', and a consent that covers other senders is
    optin.third_party_consent (and campaign.lead_generation in the package), not marketing the
    brand's own campaign sends under an undeclared use case.

    Only where every sender after the promotion's "from" is a company noun phrase for others
    ("partner businesses", "our partners", "third parties"): "special offers from us and our
    partners", "deals from Acme Pools" and, where the brand is "Oak Partners", "offers from Oak
    Partners" are the brand's own marketing.
    """
    found = _FROM_SENDERS.match(sentence, end)
    if found is None:
        return False
    senders = [s for s in _SENDER_JOINT.split(found.group("senders").strip()) if s]
    return bool(senders) and all(
        _OTHER_COMPANY.search(s) and not mentions_brand(campaign, s) for s in senders
    )


def _lending_in_package(campaign: Campaign) -> list[tuple[TextField, str, str]]:
    found = []
    for field in text_fields(campaign, replies=False):
        terms = find_lending_terms(field.text)
        if terms:
            found.append((field, terms[0].text, terms[0].sentence))
    return found


# a chartered deposit-taking institution, whose charter is to take deposits and make loans:
# "Prairie Hearth Credit Union", "First State Bank", "Bank of Lakeview", "Harbor Savings and
# Loan"; not a bank of other things ("Community Food Bank", "Riverbank Cafe")
_LENDER_NAME = re.compile(
    r"\bcredit\s+union\b|\bbancorp\b|\bfederal\s+savings\b"
    r"|\b(?:savings|building)\s+(?:and|&)\s+loan\b"
    r"|\b(?:savings|national|state|community|federal|cooperative|commercial|trust)\s+bank\b"
    r"|^\s*(?:the\s+)?bank\s+of\b|\bbank,?\s+n\.?\s?a\.?(?!\w)",
    re.IGNORECASE,
)


def _lender_by_name(campaign: Campaign) -> str:
    """The brand's name when it names an institution that lends by charter, else "".

    A credit union or a bank that texts branch alerts declares direct lending because lending
    is what it is, though no sample speaks of loans (blind round 20: "Prairie Hearth Credit
    Union" branch-closure alerts); the name is the support the attribute needs. A name with
    "bank" of other things ("Community Food Bank") names no lender.
    """
    brand = campaign.brand
    return next((n for n in (brand.legal_name, brand.dba) if n and _LENDER_NAME.search(n)), "")


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
    campaign = campaign_of(ctx)
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
    campaign = campaign_of(ctx)
    if not campaign.campaign.attributes.direct_lending:
        raise NotApplicable("direct lending is not declared")
    if _lending_in_package(campaign) or _lender_by_name(campaign) or _lending_on_site(ctx):
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
    campaign = campaign_of(ctx)
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
                message="The Charity use case is declared but no sample asks for or acknowledges "
                "donations.",
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
    campaign = campaign_of(ctx)
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


@check(
    "campaign.use_case_unknown", severity=Severity.ERROR, needs=("campaign",), **USE_CASE_UNKNOWN
)
def use_case_unknown(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
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
    campaign = campaign_of(ctx)
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


@check("campaign.lead_generation", severity=Severity.ERROR, needs=("campaign",), **LEAD_GENERATION)
def lead_generation(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
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
