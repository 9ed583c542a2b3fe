"""One Chromium for many sites: each site renders in a fresh browser context of its own.

Launching Chromium costs about a CPU-second; a portfolio run (crawler/service_main.py) pays it
once per worker instead of once per site. A browser context is Chromium's unit of isolation
(its own cookies, storage, cache and service workers), so no client's state crosses to the
next; opening one costs a few milliseconds.

A browser that crashes (or is killed) is launched again for the next site that needs it; the
sites that were rendering at that moment are told (`crashes` moved while they ran) so that
their worker can crawl them again.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from crawler.browser import launch_args
from crawler.render import Renderer
from crawler.render_thread import BrowserLoop, RenderThread
from crawler.resolve import host_map

log = logging.getLogger(__name__)
CLOSE_SECONDS = 10


class SharedBrowser:
    """Chromium launched on first use on a BrowserLoop, shared by every site's renderer."""

    def __init__(self, executable: str, resolve: dict[str, str]):
        self.executable = executable
        self.resolve = resolve
        self.loop = BrowserLoop()
        self.crashes = 0  # times the browser went away without being closed
        self.launches = 0
        self._playwright: Any = None
        self._browser: Any = None
        self._closing = False
        self._lock: asyncio.Lock | None = None

    async def browser(self) -> Any:
        """The running browser, launched (again) when there is none (on the browser's loop)."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._browser is not None and self._browser.is_connected():
                return self._browser
            if self._playwright is None:
                from playwright.async_api import async_playwright

                self._playwright = await async_playwright().start()
            browser = await self._playwright.chromium.launch(
                executable_path=self.executable,
                headless=True,
                args=launch_args(host_map(self.resolve)),
            )
            browser.on("disconnected", self._on_disconnected)
            self._browser = browser
            self.launches += 1
            return browser

    def _on_disconnected(self, _browser: Any) -> None:
        if not self._closing:
            self.crashes += 1
            log.warning("the browser went away; it is launched again for the next site")

    def site_renderer(
        self, *, timeout: float, ignore_https_errors: bool, max_tabs: int
    ) -> RenderThread:
        """A renderer for one site, in a new context of the shared browser (RenderThread's
        interface, as the spider expects); its `close()` closes the context only."""
        return RenderThread(
            lambda: ContextRenderer(
                self, timeout=timeout, ignore_https_errors=ignore_https_errors, max_tabs=max_tabs
            ),
            loop=self.loop,
        )

    def close(self) -> None:
        async def shut() -> None:
            self._closing = True
            for closer in (self._browser, self._playwright):
                if closer is None:
                    continue
                try:
                    stop = closer.close() if closer is self._browser else closer.stop()
                    await asyncio.wait_for(stop, timeout=CLOSE_SECONDS)
                except Exception as exc:
                    log.debug("the browser did not close cleanly: %s", exc)

        try:
            asyncio.run_coroutine_threadsafe(shut(), self.loop.loop).result(
                timeout=CLOSE_SECONDS * 2 + 1
            )
        except Exception as exc:
            log.debug("the browser did not close cleanly: %s", exc)
        self.loop.stop()


class ContextRenderer(Renderer):
    """The renderer of crawler/render.py on a borrowed browser: it opens its own context (as
    Renderer does once the browser is up) and closes only that context."""

    def __init__(
        self, shared: SharedBrowser, *, timeout: float, ignore_https_errors: bool, max_tabs: int
    ):
        super().__init__(
            shared.executable,
            resolve=shared.resolve,
            timeout=timeout,
            ignore_https_errors=ignore_https_errors,
            max_tabs=max_tabs,
        )
        self._shared = shared

    async def _ensure_started(self) -> None:
        if self._browser is None:
            self._browser = await self._shared.browser()
            self.version = self._browser.version
        await super()._ensure_started()

    async def close(self) -> None:
        if self._context is not None:
            try:
                await asyncio.wait_for(self._context.close(), timeout=CLOSE_SECONDS)
            except Exception as exc:
                log.debug("a site's browser context did not close cleanly: %s", exc)
