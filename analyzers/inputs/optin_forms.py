"""Provider "optin_forms": the site's SMS opt-in forms as `OptInForm` objects.

Read by the optin.* and links.* checks, by drift and by the HTML report. An empty list means the
site has no opt-in form (optin.form_missing fires; every form-level check is not_applicable).
"""

from __future__ import annotations

from analyzers.context import AnalysisContext, InputFailed, provides
from analyzers.optin.consent_words import consent_by_unread_form
from analyzers.optin.documented import (
    DocumentedConsent,
    quoted_boxes,
    read_quoted_boxes,
    says_web_form,
)
from analyzers.optin.find import find_optin_forms
from analyzers.optin.model import OptInForm
from analyzers.optin.texted_inquiry import TextedInquiryForm, texted_inquiry_form
from crawler.snapshot import Page


def optin_url(ctx: AnalysisContext) -> str | None:
    """The opt-in URL the user gave (--optin-url), else the campaign file's, when it has one."""
    if ctx.options.optin_url:
        return ctx.options.optin_url
    campaign = ctx.campaign
    for holder in (campaign, getattr(campaign, "campaign", None)):
        value = getattr(holder, "optin_url", None) if holder is not None else None
        if isinstance(value, str) and value:
            return value
    return None


@provides("optin_forms")
def optin_forms(ctx: AnalysisContext) -> list[OptInForm]:
    snapshot = ctx.snapshot
    if snapshot is None or not snapshot.pages:
        return []
    return find_optin_forms(snapshot, ctx.inputs.brand_names, optin_url(ctx))


@provides("documented_consents")
def documented_consents(ctx: AnalysisContext) -> list[DocumentedConsent]:
    """The consent boxes a page quotes for an app or phone opt-in, when the site shows no
    opt-in form of its own (a form that people fill in is what a reviewer judges, whatever a
    page says about it). Read once for every check that judges them."""
    if ctx.snapshot is None or not ctx.snapshot.pages or ctx.inputs.optin_forms:
        return []
    # a page that says the box is on a web form (and names no app, call, paper or keyword)
    # quotes a form of the website that no page holds: the quote is not the form
    # (optin.form_missing fails), so it is not judged in its stead
    boxes = [box for box in quoted_boxes(ctx.snapshot.pages) if not says_web_form(box[0])]
    if not boxes:
        return []
    try:
        brand = ctx.inputs.brand_names
    except InputFailed:  # the brand checks say so; the quote is still read
        brand = None
    return read_quoted_boxes(boxes, brand)


@provides("unread_form_consent")
def unread_form_consent(ctx: AnalysisContext) -> list[tuple[Page, str]]:
    """With no opt-in form read, the pages whose words say submitting their form is consent to
    texts (`consent_by_unread_form`: a form builder's frame that did not load). Read once for
    optin.form_missing (review) and optin.checkbox_missing (the stated consent-by-submitting)."""
    if ctx.snapshot is None or not ctx.snapshot.pages or ctx.inputs.optin_forms:
        return []
    return consent_by_unread_form(ctx.snapshot.pages)


@provides("texted_inquiry_form")
def texted_inquiry(ctx: AnalysisContext) -> TextedInquiryForm | None:
    """With no opt-in form read and no page stating its unread form's consent, the inquiry
    form whose numbers a page of the site says are texted (analyzers/optin/texted_inquiry.py):
    the form is then the opt-in point, consent taken by submitting it."""
    if ctx.snapshot is None or not ctx.snapshot.pages or ctx.inputs.optin_forms:
        return None
    if ctx.inputs.unread_form_consent or ctx.inputs.documented_consents:
        return None
    return texted_inquiry_form(ctx.snapshot.pages)
