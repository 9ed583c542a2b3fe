"""The policy pages of one snapshot (privacy, terms) and how the two sides are paired.

Which page is the privacy policy and which are the terms is the privacy.* and terms.* checks'
judgement (the "privacy_policy" and "terms_documents" inputs), never drift's own: the page the
audit judges is the page drift compares. A combined "privacy and terms" page counts as the
privacy policy only, so one edit is not reported twice.
"""

from __future__ import annotations

from analyzers.context import AnalysisContext
from analyzers.drift.normalize import content_text, page_key
from analyzers.policy.locate import PolicyDocument
from crawler.snapshot import Page


def privacy_pages(ctx: AnalysisContext) -> list[Page]:
    """The page the privacy checks judge as the privacy policy ([] when they found none)."""
    policy: PolicyDocument | None = ctx.inputs.privacy_policy
    return [policy.page] if policy is not None else []


def terms_documents(ctx: AnalysisContext) -> list[PolicyDocument]:
    """The terms the terms checks judge (SMS terms first), the privacy page left out."""
    privacy = {id(p) for p in privacy_pages(ctx)}
    documents: list[PolicyDocument] = ctx.inputs.terms_documents or []
    return [d for d in documents if id(d.page) not in privacy]


def terms_pages(ctx: AnalysisContext) -> list[Page]:
    pages: list[Page] = []
    for document in terms_documents(ctx):
        if all(p is not document.page for p in pages):
            pages.append(document.page)
    return pages


def policy_text(page: Page) -> str:
    return content_text(page.text, page.nav_text)


def pair_pages(
    old: list[Page], new: list[Page], *, pair_moved: bool = True
) -> tuple[list[tuple[Page, Page]], list[Page], list[Page]]:
    """(pairs of the same page, old pages with no counterpart, new pages with none).

    Pages pair by URL; when a single policy page moved to a new URL, the two still pair.
    """
    new_by_key: dict[str, Page] = {}
    for page in new:
        for url in (page.url, page.final_url, *page.redirects):
            if url:
                new_by_key.setdefault(page_key(url), page)
    pairs: list[tuple[Page, Page]] = []
    left: list[Page] = []
    used: set[int] = set()
    for page in old:
        match = next(
            (
                new_by_key[k]
                for k in (page_key(page.url), page_key(page.final_url or page.url))
                if k in new_by_key and id(new_by_key[k]) not in used
            ),
            None,
        )
        if match is None:
            left.append(page)
        else:
            pairs.append((page, match))
            used.add(id(match))
    right = [p for p in new if id(p) not in used]
    if pair_moved and len(left) == 1 and len(right) == 1:
        pairs.append((left.pop(), right.pop()))
    return pairs, left, right
