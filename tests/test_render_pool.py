"""The renderer's tab pool and settling, in the real browser: tabs are reused without one page's
dialogs or errors counting against the next, a failed page's tab is not reused, script-free
documents are read at once while scripted ones are waited for, and the renderer works from a
thread of its own (crawler/render_thread.py) as the crawl uses it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from crawler.render import SETTLE_JS, Renderer
from crawler.render_thread import RenderThread
from crawler.resolve import parse_resolve
from fixtures.serve import FixtureServer

HOST = "www.tab-pool.com"
PAGES = {
    "noisy.html": """<html><body><p>Noisy page</p><script>
        alert("hello"); window.open("/quiet.html"); throw new Error("boom");
        </script></body></html>""",
    "quiet.html": "<html><body><p>Quiet page</p></body></html>",
    "late.html": """<html><body><div id="slot"></div><script>
        setTimeout(() => { document.getElementById("slot").innerHTML =
            '<form><input type="tel" name="phone"></form>'; }, 150);
        </script></body></html>""",
}


@pytest.fixture()
def site(tmp_path: Path):
    for name, body in PAGES.items():
        (tmp_path / name).write_text(body)
    with FixtureServer(tmp_path) as server:
        yield server


def _renderer(chromium: str, server: FixtureServer, tabs: int = 1) -> Renderer:
    return Renderer(
        chromium,
        resolve=parse_resolve([server.resolve(HOST)]),
        timeout=10,
        ignore_https_errors=False,
        max_tabs=tabs,
    )


def test_a_reused_tab_counts_only_its_own_page(site: FixtureServer, chromium_path: str) -> None:
    async def scenario() -> tuple:
        renderer = _renderer(chromium_path, site)
        try:
            noisy = await renderer.render(site.url(HOST, "/noisy.html"))
            quiet = await renderer.render(site.url(HOST, "/quiet.html"))
            return noisy, quiet, len(renderer._idle)
        finally:
            await renderer.close()

    noisy, quiet, idle = asyncio.run(scenario())
    assert (noisy.dialogs, noisy.popups, noisy.js_errors) == (1, 1, 1)
    assert (quiet.dialogs, quiet.popups, quiet.js_errors) == (0, 0, 0)
    assert "Quiet page" in quiet.html and "Noisy page" not in quiet.html
    assert idle == 1  # one tab served both pages


def test_a_failed_page_does_not_leave_its_tab_for_the_next(
    site: FixtureServer, chromium_path: str
) -> None:
    async def scenario() -> tuple:
        renderer = _renderer(chromium_path, site)
        try:
            failed = await renderer.render("http://127.0.0.1:1/")  # nothing listens there
            idle_after_failure = len(renderer._idle)
            fine = await renderer.render(site.url(HOST, "/quiet.html"))
            return failed, idle_after_failure, fine
        finally:
            await renderer.close()

    failed, idle_after_failure, fine = asyncio.run(scenario())
    assert failed.error
    assert idle_after_failure == 0
    assert fine.error is None and "Quiet page" in fine.html


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>plain markup</p>", "static"),
        ('<script type="application/ld+json">{"@type": "Organization"}</script><p>x</p>', "static"),
        ('<script type="text/template"><p>later</p></script>', "static"),
        ("<script>1</script>", "settled"),
        ('<script type="module">1</script>', "settled"),
        ('<body onload="1"><p>x</p></body>', "settled"),
        ('<iframe srcdoc="<script>1</script>"></iframe>', "settled"),
    ],
)
def test_only_documents_that_can_run_code_are_waited_for(
    html: str, expected: str, chromium_path: str
) -> None:
    async def scenario() -> str:
        from playwright.async_api import async_playwright

        from crawler.browser import launch_args

        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=chromium_path, args=launch_args()
            )
            page = await browser.new_page()
            await page.set_content(html)
            await page.wait_for_load_state("load")
            outcome = await page.evaluate(SETTLE_JS, [100, 1000])
            await browser.close()
            return outcome

    assert asyncio.run(scenario()) == expected


def test_the_render_thread_serves_another_event_loop(
    site: FixtureServer, chromium_path: str
) -> None:
    """The crawl awaits renders from Scrapy's loop while the browser lives on its own; what a
    script builds after load is there, and a browser that failed says so instead of raising."""
    thread = RenderThread(lambda: _renderer(chromium_path, site, tabs=2))
    try:

        async def crawl_side() -> list:
            return await asyncio.gather(
                thread.render(site.url(HOST, "/late.html")),
                thread.render(site.url(HOST, "/quiet.html")),
            )

        late, quiet = asyncio.run(crawl_side())
    finally:
        thread.close()
    assert 'type="tel"' in late.html
    assert "Quiet page" in quiet.html
    assert thread.version

    broken = RenderThread(
        lambda: Renderer("/nonexistent/chromium", resolve={}, timeout=5, ignore_https_errors=False)
    )
    try:
        result = asyncio.run(broken.render(site.url(HOST, "/quiet.html")))
    finally:
        broken.close()
    assert result.error and "browser" in result.error


@pytest.mark.parametrize("which", ["chromium_path", "full_chromium_path"])
def test_a_context_opens_no_browser_ui_pages(which: str, request: pytest.FixtureRequest) -> None:
    """Each context of a headless full Chromium opens a window; its address bar's pop-ups are
    web pages of their own (a renderer process per window, more CPU than a small site's pages).
    The launch flags keep them from being built: the browser holds the page and nothing else
    (the headless shell, which prevet prefers, builds no window at all)."""
    chromium_path = request.getfixturevalue(which)

    async def scenario() -> list[tuple[str, str]]:
        from playwright.async_api import async_playwright

        from crawler.browser import launch_args

        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=chromium_path, args=launch_args()
            )
            cdp = await browser.new_browser_cdp_session()
            seen = []
            for _ in range(2):  # the first context, and one after it
                context = await browser.new_context()
                page = await context.new_page()
                await page.set_content("<p>a page</p>")
                await asyncio.sleep(0.5)  # the pop-ups load just after the window opens
                targets = (await cdp.send("Target.getTargets"))["targetInfos"]
                seen += [(t["type"], t["url"]) for t in targets]
                await context.close()
            await browser.close()
            return seen

    seen = asyncio.run(scenario())
    assert [kind for kind, _ in seen] == ["page", "page"], seen
