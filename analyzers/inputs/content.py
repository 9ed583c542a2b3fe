"""Derived inputs for the content and age-gate checks: each page read once, and its verdicts.

Parsing is the costly step, so every page's readable text is parsed once here and all thirteen
categories are matched on the same Doc; the content.* checks and agegate.* checks only read the
cached verdicts.
"""

from __future__ import annotations

from analyzers.content.own_names import denied_kind_shops, own_shop_names
from analyzers.content.scoring import CategoryVerdict, PageContent, judge_page, read_page
from analyzers.context import AnalysisContext, provides
from crawler.roles import plays_policy_role
from crawler.snapshot import AgeGate, Page

# a policy page describes rules rather than the business (a terms page lists "gambling" among
# prohibited uses, a privacy policy says "we never sell leads") unless it also plays one of these
_CONTENT_ROLES = frozenset({"home", "about", "optin", "contact"})


def judged_pages(pages: list[Page]) -> list[Page]:
    """Pages whose content speaks for the business: loaded, and not only a policy document."""
    out = []
    for page in pages:
        if page.error or page.status >= 400 or not (page.text or page.title):
            continue
        roles = set(page.roles)
        if plays_policy_role(page) and not roles & _CONTENT_ROLES:
            continue
        out.append(page)
    return out


def policy_pages(pages: list[Page]) -> list[Page]:
    """Loaded pages that are only a policy document: read for what the business says it is
    ("Acme is a lead-generation company" in a privacy policy's notice box), nothing else."""
    judged = {id(page) for page in judged_pages(pages)}
    return [
        page
        for page in pages
        if id(page) not in judged
        and not page.error
        and page.status < 400
        and page.text
        and plays_policy_role(page)
    ]


@provides("content_pages")
def content_pages(ctx: AnalysisContext) -> list[PageContent] | None:
    snapshot = ctx.snapshot
    if snapshot is None or not snapshot.pages:
        return None
    return [read_page(page) for page in judged_pages(snapshot.pages)] + [
        read_page(page, policy=True) for page in policy_pages(snapshot.pages)
    ]


@provides("content_verdicts")
def content_verdicts(ctx: AnalysisContext) -> dict[str, list[CategoryVerdict]] | None:
    """Category -> the pages where it fired, highest score first (equal scores in URL order, so
    the pages a report names do not depend on the order the crawl happened to finish them)."""
    pages = ctx.inputs.content_pages
    if pages is None:
        return None
    brand = ctx.inputs.brand_names
    names = brand.variants() if brand is not None else []
    shops = own_shop_names(pages)  # "Our retail counter, The Smoke Shop, sells rubs, ..."
    shops += denied_kind_shops(pages)  # "The smoke shop for pitmasters ... No tobacco, no vapes"
    fired: dict[str, list[CategoryVerdict]] = {}
    for content in pages:
        for verdict in judge_page(content, names, shops):
            if verdict.fired:
                fired.setdefault(verdict.category, []).append(verdict)
    for verdicts in fired.values():
        verdicts.sort(key=lambda v: (-v.score, v.url))
    return fired


@provides("agegates")
def agegates(ctx: AnalysisContext) -> list[tuple[Page, AgeGate]]:
    """Every page that showed an age gate as it was rendered, with the gate."""
    snapshot = ctx.snapshot
    if snapshot is None:
        return []
    return [(page, page.agegate) for page in snapshot.pages if page.agegate is not None]


def compliant_gate(ctx: AnalysisContext) -> tuple[Page, AgeGate] | None:
    """The first full date-of-birth gate on the site, if any."""
    return next(((page, gate) for page, gate in ctx.inputs.agegates if gate.kind == "dob"), None)
