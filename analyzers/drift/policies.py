"""The policy pages of one snapshot (privacy, terms) and how the two sides are paired.

The privacy helper's provider ("privacy_policy") is asked first for which page is the policy;
its result is read defensively (.page/.pages/.url/.urls). Otherwise the crawler's page roles
decide. A combined "privacy and terms" page counts as the privacy policy only, so one edit is
not reported twice.
"""

from __future__ import annotations

from typing import Any

from analyzers.context import AnalysisContext
from analyzers.drift.normalize import content_text, page_key
from analyzers.drift.sides import pages_by_key, safe_provide
from crawler.snapshot import Page

POLICY_ROLES = ("privacy", "terms", "sms_terms")


def privacy_pages(ctx: AnalysisContext) -> list[Page]:
    pages = _provided_pages(ctx, safe_provide(ctx, "privacy_policy"))
    return pages or [p for p in _ok_pages(ctx) if "privacy" in p.roles]


def terms_pages(ctx: AnalysisContext) -> list[Page]:
    privacy = {id(p) for p in privacy_pages(ctx)}
    return [p for p in _ok_pages(ctx)
            if ("terms" in p.roles or "sms_terms" in p.roles) and id(p) not in privacy]


def policy_text(page: Page) -> str:
    return content_text(page.text, page.nav_text)


def _ok_pages(ctx: AnalysisContext) -> list[Page]:
    return [p for p in (ctx.snapshot.pages if ctx.snapshot else [])
            if not p.error and 200 <= p.status < 400]


def _provided_pages(ctx: AnalysisContext, provided: Any) -> list[Page]:
    if provided is None or ctx.snapshot is None:
        return []
    urls: list[str] = []
    for item in provided if isinstance(provided, list | tuple) else [provided]:
        for name in ("page", "pages"):
            value = getattr(item, name, None)
            for page in value if isinstance(value, list | tuple) else [value]:
                if isinstance(page, Page):
                    urls.append(page.final_url or page.url)
        for name in ("url", "urls"):
            value = getattr(item, name, None)
            urls.extend(v for v in (value if isinstance(value, list | tuple) else [value])
                        if isinstance(v, str))
    by_key = pages_by_key(ctx.snapshot)
    found: list[Page] = []
    for url in urls:
        page = by_key.get(page_key(url))
        if page is not None and page not in found:
            found.append(page)
    return found


def pair_pages(old: list[Page], new: list[Page], *, pair_moved: bool = True
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
        match = next((new_by_key[k] for k in (page_key(page.url), page_key(page.final_url or
                                                                            page.url))
                      if k in new_by_key and id(new_by_key[k]) not in used), None)
        if match is None:
            left.append(page)
        else:
            pairs.append((page, match))
            used.add(id(match))
    right = [p for p in new if id(p) not in used]
    if pair_moved and len(left) == 1 and len(right) == 1:
        pairs.append((left.pop(), right.pop()))
    return pairs, left, right
