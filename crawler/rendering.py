"""The browser's part of a page: which pages are rendered, and the page a rendering makes.

The spider fetches every page statically first and follows its links while the browser
renders; the rendered page is extracted (and its phone forms photographed) while the tab is
still open, on the browser's thread.
"""

from __future__ import annotations

import hashlib
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from crawler.crawl_state import CrawlState
from crawler.extract import looks_script_built
from crawler.page_builder import build_page
from crawler.roles import has_phone_field
from crawler.snapshot import Page
from crawler.urls import hash_route, normalize_url

if TYPE_CHECKING:
    from crawler.politeness import CrawlSlots

RENDER_ROLES = frozenset({"home", "optin", "privacy", "terms", "sms_terms", "contact"})


def needs_render(page: Page, html: str, mode: str) -> bool:
    """--render auto: forms, script-built shells and forms, a hash-routed app's routes, and the
    pages a reviewer reads closely."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    if hash_route(page.url):
        return True
    lowered = html.lower()
    has_controls = "<form" in lowered or "<input" in lowered or "<iframe" in lowered
    return (
        has_controls
        or looks_script_built(html, page.text, urlsplit(page.url).hostname or "")
        or bool(RENDER_ROLES.intersection(page.roles))
    )


async def rendered_page(
    renderer: Any,
    state: CrawlState,
    static: Page,
    url: str,
    status: int,
    is_start: bool,
    slots: CrawlSlots | None = None,
) -> Page | None:
    """The page as the browser shows `url` (None when it could not be rendered: the static
    page stands); the browser's counts go into the crawl's stats. With a cluster's `slots`
    (crawler/politeness.py), the page load holds a slot of its domain, as a request does."""
    built: list[Page] = []  # the page is extracted once, while the browser tab is open
    # extraction runs on the browser's thread (crawler/render_thread.py): give it a copy
    anchors = list(state.anchors.get(normalize_url(url), []))

    def extract(rendered: Any) -> Page:
        return build_page(
            rendered.html,
            static.url,
            final_url=rendered.final_url or url,
            status=status,
            depth=static.depth,
            rendered=True,
            is_start=is_start,
            anchor_texts=anchors,
            frames=rendered.frames,
        )

    async def take_screenshots(rendered: Any) -> None:
        page = extract(rendered)
        built.append(page)
        if state.screenshots_dir is not None:
            await _photograph_phone_forms(rendered, page, state)

    async with slots.holding(url) if slots is not None else nullcontext():
        rendered = await renderer.render(url, take_screenshots)
    stats = state.stats
    stats.js_errors += rendered.js_errors
    stats.dialogs += rendered.dialogs
    stats.popups += rendered.popups
    stats.downloads += rendered.downloads
    if rendered.error or not rendered.html:
        stats.render_errors += 1
        if rendered.error:
            stats.notes.append(f"{url}: not rendered ({rendered.error})")
        return None
    page = built[0] if built else extract(rendered)
    page.js_errors = rendered.js_errors
    page.dialogs = rendered.dialogs
    stats.rendered_pages += 1
    return page


async def _photograph_phone_forms(rendered: Any, page: Page, state: CrawlState) -> None:
    """A screenshot of each visible form that asks for a phone number, with its controls'
    boxes (the report draws them)."""
    from crawler.render import screenshot_form

    assert state.screenshots_dir is not None
    for form in page.forms:
        probe = Page(url=page.url, forms=[form])
        if not form.visible or not has_phone_field(probe):
            continue
        digest = hashlib.sha1(f"{page.final_url} {form.selector}".encode()).hexdigest()
        path = state.screenshots_dir / f"form-{digest[:12]}.png"
        boxes = await screenshot_form(
            rendered.page, form.selector, path, form.frame_url, [c.selector for c in form.controls]
        )
        if boxes is not None:
            form.screenshot = str(path)
            for control in form.controls:
                control.box = boxes.get(control.selector)
