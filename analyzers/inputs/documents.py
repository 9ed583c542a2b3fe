"""Providers for the site's legal documents: the privacy policy and the (SMS) terms.

"privacy_lookup" / "terms_lookup": how the search went (`DocumentLookup`: the documents found,
links that lead to a non-document, links whose page was not fetched).
"privacy_policy": the `PolicyDocument` a reviewer would judge, or None.
"terms_documents": every terms document found, SMS terms first; "terms_document": the first.
"privacy_sharing": the clause verdicts of the privacy policy (`SharingAnalysis`).
"terms_review": which SMS program disclosures the terms hold (`TermsReview`).
The HTML report and drift read these objects; they hold the URL, the page, and the sentences
with their headings.
"""

from __future__ import annotations

import logging
from typing import Any

from analyzers.context import AnalysisContext, InputFailed, provides
from analyzers.policy.locate import DocumentLookup, PolicyDocument, lookup
from analyzers.policy.sharing import SharingAnalysis, analyze_sharing
from analyzers.policy.terms_elements import TermsReview, review_terms
from crawler.snapshot import Link, Page

log = logging.getLogger(__name__)


def campaign_field(ctx: AnalysisContext, name: str) -> Any:
    """A field of the campaign file, wherever the campaign model keeps it (read defensively)."""
    campaign = ctx.campaign
    if campaign is None:
        return None
    for holder in (getattr(campaign, "campaign", None), campaign, getattr(campaign, "brand", None)):
        value = getattr(holder, name, None) if holder is not None else None
        if value:
            return value
    return None


def optin_links(ctx: AnalysisContext) -> list[tuple[Page, Link]]:
    """Links a person sees at the opt-in forms (the form, its texts, its checkbox labels)."""
    try:
        forms = [(f.page, f.form) for f in ctx.inputs.optin_forms or []]
    except InputFailed as failure:  # the opt-in checks say so; it must not hide the policy too
        log.warning("opt-in forms unavailable for the policy search: %s", failure)
        forms = []
    if not forms and ctx.snapshot is not None:
        forms = [(page, form) for page in ctx.snapshot.pages for form in page.forms]
    found: list[tuple[Page, Link]] = []
    for page, form in forms:
        links = list(form.links)
        links += [link for block in form.texts if block.visible for link in block.links]
        links += [link for control in form.controls for link in control.label_links]
        found += [(page, link) for link in links]
    return found


def _lookup(ctx: AnalysisContext, kind: str, url_field: str) -> DocumentLookup | None:
    if ctx.snapshot is None or not ctx.snapshot.pages:
        return None
    url = campaign_field(ctx, url_field)
    return lookup(
        kind,
        ctx.snapshot,
        campaign_url=url if isinstance(url, str) else None,
        optin_links=optin_links(ctx),
    )


@provides("privacy_lookup")
def privacy_lookup(ctx: AnalysisContext) -> DocumentLookup | None:
    return _lookup(ctx, "privacy", "privacy_url")


@provides("terms_lookup")
def terms_lookup(ctx: AnalysisContext) -> DocumentLookup | None:
    return _lookup(ctx, "terms", "terms_url")


@provides("privacy_policy")
def privacy_policy(ctx: AnalysisContext) -> PolicyDocument | None:
    found: DocumentLookup | None = ctx.inputs.privacy_lookup
    return found.document if found else None


@provides("terms_documents")
def terms_documents(ctx: AnalysisContext) -> list[PolicyDocument]:
    found: DocumentLookup | None = ctx.inputs.terms_lookup
    return list(found.documents) if found else []


@provides("terms_document")
def terms_document(ctx: AnalysisContext) -> PolicyDocument | None:
    documents = ctx.inputs.terms_documents
    return documents[0] if documents else None


@provides("privacy_sharing")
def privacy_sharing(ctx: AnalysisContext) -> SharingAnalysis | None:
    policy: PolicyDocument | None = ctx.inputs.privacy_policy
    return analyze_sharing(policy.sentences) if policy else None


@provides("terms_review")
def terms_review(ctx: AnalysisContext) -> TermsReview | None:
    documents = ctx.inputs.terms_documents
    return review_terms(documents, ctx.inputs.brand_names) if documents else None
