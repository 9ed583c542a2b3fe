"""content.*: what the site sells or promotes (review criterion 8: content compliance).

Prohibited content anywhere on the site counts: a chiropractor selling CBD oil on one product
page is rejected (701). Each category is judged per page from what a person reads, with a score
from several signals (analyzers/content/scoring.py), so that a mention ("smoking harms your
gums", "beware of crypto scams") does not fire while a product listing does. Firearms, alcohol
and tobacco are allowed behind a date-of-birth age gate: then they are info notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from analyzers.content.categories import CATEGORIES
from analyzers.content.scoring import CategoryVerdict
from analyzers.context import AnalysisContext
from analyzers.inputs.content import compliant_gate
from analyzers.registry import Hit, Severity, check

MAX_PAGES = 5  # findings per category: the strongest pages; the rest are counted in details

_DO_NOT_RESUBMIT = (
    "Carriers reject this content outright (do NOT resubmit): remove it from "
    "the site entirely, or register a different business that does not offer it."
)
_AGE_GATE_FIX = (
    "Either remove this content, or put a date-of-birth age gate (month, day and "
    "year entry) in front of the site and its opt-in, and declare the age-gated "
    "content attribute."
)


@dataclass(frozen=True)
class ContentText:
    ref: str
    title: str
    why: str
    fix: str


TEXT: dict[str, ContentText] = {
    "cannabis": ContentText(
        '701 "Prohibited Content; Cannabis"',
        "No cannabis, CBD or THC products",
        "Cannabis, hemp-derived, CBD and THC products are prohibited on US carrier networks "
        "even where they are legal, however small a part of the business they are.",
        _DO_NOT_RESUBMIT,
    ),
    "sexual": ContentText(
        "703",
        "No explicit sexual content or adult services",
        "Sexual and adult content is prohibited SMS content (the S of SHAFT).",
        _DO_NOT_RESUBMIT,
    ),
    "gambling": ContentText(
        "704",
        "No gambling or betting",
        "Gambling, betting and casino content is prohibited on 10DLC campaigns.",
        _DO_NOT_RESUBMIT,
    ),
    "hate": ContentText(
        "705",
        "No hate speech",
        "Hate speech is prohibited content (the H of SHAFT).",
        _DO_NOT_RESUBMIT,
    ),
    "firearms": ContentText(
        '702 "{Failure to age gate}"',
        "Firearms are age-gated",
        "Firearms content (the F of SHAFT) is only accepted behind a date-of-birth age gate.",
        _AGE_GATE_FIX,
    ),
    "alcohol": ContentText(
        "706",
        "Alcohol is age-gated",
        "Alcohol content (the A of SHAFT) is only accepted behind a date-of-birth age gate.",
        _AGE_GATE_FIX,
    ),
    "tobacco": ContentText(
        "707",
        "Tobacco and vape products are age-gated",
        "Tobacco and vape content (the T of SHAFT) is only accepted behind a date-of-birth age "
        "gate.",
        _AGE_GATE_FIX,
    ),
    "high_risk_financial": ContentText(
        "709 / 3100",
        "No high-risk financial services",
        "Payday loans, cash advances, crypto, debt collection or relief and credit repair are "
        "disallowed high-risk financial content.",
        _DO_NOT_RESUBMIT,
    ),
    "lead_generation": ContentText(
        "708 / 3102",
        "No third-party lead generation",
        "Campaigns of businesses that sell or share consumers' details as leads are rejected.",
        _DO_NOT_RESUBMIT,
    ),
    "affiliate_marketing": ContentText(
        "708 / Non-compliant brand affiliation",
        "No affiliate marketing",
        "Affiliate marketing is disallowed: messages must come from the business consumers "
        "opted in to, not promote others' offers for a commission.",
        _DO_NOT_RESUBMIT,
    ),
    "sweepstakes": ContentText(
        "Campaign non-compliant content: sweepstakes",
        "Sweepstakes use a Sweepstakes campaign",
        "Sweepstakes and giveaways need the Sweepstakes use case; in another campaign they are "
        "rejected as non-compliant content.",
        "Register the messages about this giveaway under the Sweepstakes use case, or remove "
        "the giveaway from the site.",
    ),
    "job_board": ContentText(
        "third party job boards",
        "Not a third-party job board",
        "Third-party job boards (listing other companies' jobs) are restricted content.",
        "If you list other employers' jobs, expect extra vetting; a company's own careers page "
        "is fine - make sure the site reads as one.",
    ),
    "direct_lending": ContentText(
        "712 / 3103",
        "Lending is declared",
        "Campaigns of businesses that offer loans or financing must declare the Direct Lending "
        "or Loan Arrangement content attribute, or they are rejected.",
        'Declare the direct-lending content attribute ("Direct Lending or Loan Arrangement"; '
        "`attributes: direct_lending: true` in the campaign file) when you register the "
        "campaign.",
    ),
}


def _message(verdict: CategoryVerdict, gated: bool) -> str:
    label = CATEGORIES[verdict.category].label
    if verdict.category == "direct_lending":
        lead = (
            "The site offers loans or financing: declare the direct-lending content "
            'attribute ("Direct Lending or Loan Arrangement")'
        )
    elif gated:
        lead = f"The site shows {label} behind a date-of-birth age gate (allowed)"
    elif verdict.declared:
        lead = f"The business describes itself on this page as being in {label}"
    else:
        lead = f"The site sells or promotes {label}"
    return f"{lead}: {quote_terms(verdict)} on this page - {verdict.reason}."


def quote_terms(verdict: CategoryVerdict) -> str:
    """The matched words of the evidence sentence, quoted: "handguns", "shotguns"."""
    return ", ".join(f'"{t}"' for t in verdict.quoted or [verdict.evidence.text])


def _declared_direct_lending(ctx: AnalysisContext) -> bool:
    details = getattr(ctx.campaign, "campaign", None)
    attributes = getattr(details, "attributes", None)
    return bool(getattr(attributes, "direct_lending", False))


def content_hits(ctx: AnalysisContext, category: str) -> Iterator[Hit]:
    """One hit per page where the category fired (strongest first), else review bot walls."""
    verdicts = (ctx.inputs.content_verdicts or {}).get(category, [])
    if category == "direct_lending" and _declared_direct_lending(ctx):
        return
    gate = compliant_gate(ctx) if CATEGORIES[category].age_restricted else None
    for verdict in verdicts[:MAX_PAGES]:
        details = verdict.details()
        if len(verdicts) > MAX_PAGES:
            details["other_pages"] = [v.url for v in verdicts[MAX_PAGES:]][:50]
        if gate is not None:
            details["age_gate"] = {
                "url": gate[0].final_url or gate[0].url,
                "selector": gate[1].selector,
            }
        yield Hit(
            url=verdict.url,
            evidence=f"{quote_terms(verdict)} in: {verdict.evidence.sentence}",
            message=_message(verdict, gate is not None),
            severity=Severity.INFO if gate is not None else None,
            details=details,
        )
    if not verdicts:
        for page, reason in ctx.inputs.bot_walls:
            yield Hit(
                url=page.final_url or page.url,
                evidence=reason,
                review=True,
                message=f"This page answered with {reason}, so its content could not be "
                "checked; open it in a browser and look for this content.",
            )


def _register(category: str) -> None:
    text = TEXT[category]
    severity = Severity.ERROR if CATEGORIES[category].prohibited else Severity.WARNING

    def run(ctx: AnalysisContext) -> Iterator[Hit]:
        return content_hits(ctx, category)

    run.__name__ = f"content_{category}"
    run.__doc__ = text.why
    check(
        f"content.{category}",
        severity=severity,
        ref=text.ref,
        title=text.title,
        message=f"The site sells or promotes {CATEGORIES[category].label}.",
        why=text.why,
        fix=text.fix,
        needs=("snapshot",),
        do_not_resubmit=CATEGORIES[category].prohibited and not CATEGORIES[category].age_restricted,
    )(run)


for _category in CATEGORIES:
    _register(_category)
