"""The pages drift watches: those the audit judged to hold the opt-in form, the privacy policy
and the terms (the optin_forms, privacy_policy and terms_documents inputs), never a guess of
drift's own from page titles."""

from __future__ import annotations

from analyzers.context import AnalysisContext
from analyzers.drift.normalize import page_key
from analyzers.drift.optin import optin_forms
from analyzers.drift.policies import privacy_pages, terms_pages
from analyzers.drift.sides import pages_by_key
from crawler.snapshot import Page


def judged_pages(ctx: AnalysisContext) -> list[tuple[Page, list[str]]]:
    """The pages the audit judged to hold the opt-in form, the privacy policy and the terms
    (the same inputs the optin.*, privacy.* and terms.* checks read), in the crawl's order,
    each with what it holds."""
    by_key = pages_by_key(ctx.snapshot)
    held: dict[int, list[str]] = {}
    pages = [(by_key.get(page_key(v.page_url)), "opt-in") for v in optin_forms(ctx)]
    pages += [(page, "privacy") for page in privacy_pages(ctx)]
    pages += [(page, "terms") for page in terms_pages(ctx)]
    for page, kind in pages:
        if page is not None and kind not in held.setdefault(id(page), []):
            held[id(page)].append(kind)
    return [(page, held[id(page)]) for page in ctx.snapshot.pages if id(page) in held]
