"""The two sides of a drift comparison: the approved snapshot and the new one, each with its own
analysis context (so providers such as the opt-in forms or the brand run on both alike)."""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.context import AnalysisContext
from analyzers.drift.normalize import mask_key, page_key
from analyzers.inputs.brand import BrandNames
from crawler.snapshot import Page, SiteSnapshot

_CACHE_KEY = "drift:sides"


@dataclass
class Sides:
    old: AnalysisContext
    new: AnalysisContext
    masks: dict[str, str]  # phrases compared as placeholders (the brand, reported on its own)

    @property
    def old_snapshot(self) -> SiteSnapshot:
        assert self.old.snapshot is not None
        return self.old.snapshot

    @property
    def new_snapshot(self) -> SiteSnapshot:
        assert self.new.snapshot is not None
        return self.new.snapshot


def sides(ctx: AnalysisContext) -> Sides:
    """Both contexts, built once per drift run (cached on the new side's context)."""
    cached = ctx._cache.get(_CACHE_KEY)
    if cached is None:
        old = AnalysisContext(snapshot=ctx.baseline, campaign=ctx.campaign, options=ctx.options)
        cached = Sides(old=old, new=ctx, masks=brand_masks(old, ctx))
        ctx._cache[_CACHE_KEY] = cached
    return cached


def brand_masks(old: AnalysisContext, new: AnalysisContext) -> dict[str, str]:
    """Both sides' business names compare as "<brand>": a renamed business is reported once, by
    drift.brand_changed, not again in every policy and disclosure that spells the name."""
    masks: dict[str, str] = {}
    for ctx in (old, new):
        brand: BrandNames | None = ctx.inputs.brand_names
        for name in brand.variants() if brand is not None else []:
            key = mask_key(name)
            if key and len(key) >= 3:
                masks[key] = "<brand>"
    return masks


def pages_by_key(snapshot: SiteSnapshot) -> dict[str, Page]:
    """Each page under the key of the URL asked for and of the URL it ended at."""
    found: dict[str, Page] = {}
    for page in snapshot.pages:
        for url in (page.url, page.final_url, *page.redirects):
            if url:
                found.setdefault(page_key(url), page)
    return found


def page_ok(page: Page) -> bool:
    """The page answered with its content (not an error, not a bot wall or parking page)."""
    return not page.error and 200 <= page.status < 400 and wall_reason(page) is None


def wall_reason(page: Page) -> str | None:
    """Why the page is a bot wall instead of content (the site checks' judgement), if it is."""
    from analyzers.inputs.site import wall_reason as site_wall_reason

    return site_wall_reason(page)


def page_gone(page: Page) -> bool:
    """The server says the page no longer exists (as opposed to: could not answer now)."""
    return page.status in (404, 410)
