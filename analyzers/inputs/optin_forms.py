"""Provider "optin_forms": the site's SMS opt-in forms as `OptInForm` objects.

Read by the optin.* and links.* checks, by drift and by the HTML report. An empty list means the
site has no opt-in form (optin.form_missing fires; every form-level check is not_applicable).
"""

from __future__ import annotations

from analyzers.context import AnalysisContext, provides
from analyzers.optin.find import find_optin_forms
from analyzers.optin.model import OptInForm


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
