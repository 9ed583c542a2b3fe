"""The browser on a thread of its own, with its own event loop.

Scrapy's callbacks (parsing and extracting each page) hold the crawl's event loop for long
stretches, while Playwright talks to the browser in many small round trips. On a shared loop
each round trip waited for a batch of parsing: launching Chromium took over a second and each
render several hundred milliseconds on a busy crawl. On its own loop the browser is launched
before Scrapy is even imported, and renders are answered while the crawl parses
(bench/crawl_bench.py measures it).

The spider awaits `render()` from its loop as before; the work, screenshots included, runs
on the browser's loop. A portfolio run (crawler/service.py) keeps one `BrowserLoop` for many
sites and gives each site its own RenderThread on it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

from crawler.render import Rendered, Renderer, first_line

log = logging.getLogger(__name__)
CLOSE_SECONDS = 20


class BrowserLoop:
    """The browser's thread and event loop."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(
            target=self.loop.run_forever, name="prevet-browser", daemon=True
        )
        self.thread.start()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=CLOSE_SECONDS)


class RenderThread:
    """Starts the browser at once (in the background); `render()` may be awaited from any loop.
    On a `loop` given, the renderer runs there and `close()` leaves the loop running."""

    def __init__(self, factory: Callable[[], Renderer], loop: BrowserLoop | None = None):
        self._owner = loop or BrowserLoop()
        self._owns_loop = loop is None
        self._loop = self._owner.loop
        self._thread = self._owner.thread
        self._renderer: Renderer = self._call(self._create(factory)).result()
        self._call(self._start())

    @property
    def version(self) -> str:
        return self._renderer.version

    @property
    def ignore_https_errors(self) -> bool:
        return self._renderer.ignore_https_errors

    @ignore_https_errors.setter
    def ignore_https_errors(self, value: bool) -> None:
        """Set before the first render (the certificate check runs while the browser starts)."""
        self._renderer.ignore_https_errors = value

    def _call(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    @staticmethod
    async def _create(factory: Callable[[], Renderer]) -> Renderer:
        return factory()  # created on the browser's loop, which its locks belong to

    async def _start(self) -> None:
        try:
            await self._renderer.start()
        except Exception as exc:  # each render then says why it could not be done
            log.debug("the browser did not start: %s", exc)

    async def render(self, url: str, screenshot_forms: Any = None) -> Rendered:
        try:
            return await asyncio.wrap_future(
                self._call(self._renderer.render(url, screenshot_forms))
            )
        except Exception as exc:  # a browser that cannot start or died: the page stays static
            return Rendered(url=url, error=f"the browser failed: {first_line(exc, 200)}")

    def close(self) -> None:
        """Close the renderer and end the thread if it is its own (waits at most
        CLOSE_SECONDS)."""
        if not self._thread.is_alive():
            return
        try:
            self._call(self._renderer.close()).result(timeout=CLOSE_SECONDS)
        except Exception as exc:
            log.debug("the browser did not close cleanly: %s", exc)
        if self._owns_loop:
            self._owner.stop()
