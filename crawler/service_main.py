"""The crawl service: one long-lived process that crawls many sites, several at a time.

`prevet audit` of one site crawls in a child process of its own (crawler/run.py), because
Twisted's reactor cannot be started twice in a process. A portfolio worker cannot afford that
per site: a new process imports Scrapy and launches Chromium again, several times the CPU of
crawling a small site. So a worker keeps one of these processes: the reactor is started once and
every site is one more Scrapy crawl in it (AsyncCrawlerRunner, a crawler per site with its own
settings, cookies and robots.txt), all rendering through one Chromium on the browser thread
(crawler/shared_browser.py), each site in a fresh browser context. The analysis stays loaded in
the worker that talks to this process (prevet/worker.py), which is why the crawl is not in the
worker's own process: it keeps its own core while the worker analyzes.

Protocol (JSON lines): the first line on stdin is the service's settings ({"resolve": {...},
"render": bool}); each further line a job, {"id", "target", "options", "out", "screenshots",
"budget"} to crawl a site or {"id", "fetch": URL, "options", "out"} to fetch one document (a
platform's list of sites). stdout carries SERVICE_PREFIX + {"id", "event": "progress" | "done" |
"failed", ...}. A crawl that overruns its budget (seconds) is stopped and reported `timed_out`;
a site that rendered while the browser crashed is reported `browser_crashed`. End of stdin ends
the service.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from crawler.run import (
    NO_CHROMIUM,
    CrawlOptions,
    begin_snapshot,
    collect,
    crawl_settings,
    crawl_state,
    finish_snapshot,
)

SERVICE_PREFIX = "PREVET-SERVICE "
REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
STOP_SECONDS = 15  # for a crawl cut off by its budget to close


_OUTPUT = threading.Lock()


def _emit(message: dict[str, Any]) -> None:
    with _OUTPUT:
        sys.stdout.write(SERVICE_PREFIX + json.dumps(message) + "\n")
        sys.stdout.flush()


class CrawlService:
    """The jobs of one service process, run on the reactor's asyncio loop."""

    def __init__(self, resolve: dict[str, str], render: bool):
        from crawler.browser import find_chromium

        self.resolve = resolve
        executable = find_chromium() if render else None
        self.browser: Any = None
        if executable:
            from crawler.shared_browser import SharedBrowser

            self.browser = SharedBrowser(executable, resolve)
            launch = asyncio.run_coroutine_threadsafe(
                self.browser.browser(), self.browser.loop.loop
            )
            launch.add_done_callback(lambda _: _emit({"event": "ready"}))
        else:
            _emit({"event": "ready"})
        self._tasks: set[asyncio.Task] = set()

    def submit(self, job: dict[str, Any]) -> None:
        coroutine = self._fetch(job) if "fetch" in job else self._crawl(job)
        task = asyncio.get_event_loop().create_task(self._run(job["id"], coroutine))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _run(job_id: str, coroutine: Any) -> None:
        try:
            _emit({"id": job_id, "event": "done", **await coroutine})
        except Exception as exc:  # this job failed; the service goes on with the others
            logging.getLogger(__name__).debug("job %s failed", job_id, exc_info=True)
            first_line = str(exc).splitlines()[0] if str(exc) else ""
            error = f"{type(exc).__name__}: {first_line}"[:300]
            _emit({"id": job_id, "event": "failed", "error": error})

    async def _crawl(self, job: dict[str, Any]) -> dict[str, Any]:
        from scrapy.crawler import AsyncCrawlerRunner

        from crawler.spider import SiteSpider

        clock = time.perf_counter()
        deadline = clock + float(job.get("budget") or 1e9)
        target, options = job["target"], CrawlOptions(**job["options"])
        options.resolve = self.resolve  # the browser was launched with these rules
        loop = asyncio.get_running_loop()
        snapshot = await loop.run_in_executor(None, begin_snapshot, target, options)
        if snapshot.unreachable:
            snapshot.save(Path(job["out"]))
            return {"timed_out": False, "browser_crashed": False}
        renderer = None
        if options.render != "never" and self.browser is not None:
            renderer = self.browser.site_renderer(
                timeout=options.timeout,
                ignore_https_errors=not snapshot.tls.valid,
                max_tabs=options.render_tabs,
            )
        elif options.render != "never":
            snapshot.stats.notes.append(NO_CHROMIUM)
        crashes = self.browser.crashes if self.browser else 0

        def progress(event: dict[str, Any]) -> None:
            _emit({"id": job["id"], "event": "progress", **event})

        settings = crawl_settings(options)
        screenshots = Path(job["screenshots"]) if job.get("screenshots") else None
        state = crawl_state(target, options, renderer, progress, screenshots)
        runner = AsyncCrawlerRunner(settings)
        crawler = runner.create_crawler(SiteSpider)
        task = runner.crawl(crawler, state=state, renderer=renderer)
        timed_out = False
        try:
            await asyncio.wait_for(asyncio.shield(task), max(deadline - time.perf_counter(), 1))
        except TimeoutError:
            timed_out = True
            try:
                await asyncio.wait_for(crawler.stop_async(), STOP_SECONDS)
                await asyncio.wait_for(asyncio.shield(task), STOP_SECONDS)
            except Exception:  # a crawl that will not stop is left behind; the site is over
                pass
        finally:
            if renderer is not None:
                await loop.run_in_executor(None, renderer.close)
        crashed = bool(self.browser and self.browser.crashes != crashes)
        finish_snapshot(
            snapshot, collect(state, crawler, renderer, settings["USER_AGENT"]), clock
        ).save(Path(job["out"]))
        return {"timed_out": timed_out, "browser_crashed": crashed}

    async def _fetch(self, job: dict[str, Any]) -> dict[str, Any]:
        """One document fetched the way the crawl fetches pages (user agent, --resolve,
        timeouts, size limit), e.g. a platform's sitemap of client sites."""
        import scrapy
        from scrapy.crawler import AsyncCrawlerRunner

        options = CrawlOptions(**job["options"])
        fetched: dict[str, Any] = {}

        class FetchSpider(scrapy.Spider):
            name = "prevet-fetch"

            async def start(self) -> Any:
                yield scrapy.Request(
                    job["fetch"], callback=self.parse, errback=self.failed, dont_filter=True
                )

            def parse(self, response: Any) -> None:
                fetched["status"] = response.status
                Path(job["out"]).write_bytes(response.body)

            def failed(self, failure: Any) -> None:
                fetched["error"] = (failure.getErrorMessage() or failure.type.__name__)[:300]

        settings = crawl_settings(options)
        settings["ROBOTSTXT_OBEY"] = False  # a list the user pointed at, not a page to crawl
        await AsyncCrawlerRunner(settings).crawl(FetchSpider)
        return fetched

    async def shutdown(self) -> None:
        """The caller has gone (end of stdin): sites still in flight are abandoned."""
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=STOP_SECONDS)
        if self.browser is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.browser.close)


def _install_resolver(reactor: Any, resolve: dict[str, str]) -> None:
    """Scrapy's CrawlerProcess installs the DNS resolver; with a runner it is ours to do."""
    from scrapy.settings import Settings
    from scrapy.utils.misc import build_from_crawler

    from crawler.mapped_resolver import MappedResolver

    class _Holder:  # the resolvers read nothing but `settings` from what they are given
        settings = Settings(crawl_settings(CrawlOptions(resolve=resolve)))

    build_from_crawler(MappedResolver, _Holder(), reactor=reactor).install_on_reactor()


def main() -> None:
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    config = json.loads(sys.stdin.readline())
    from scrapy.utils.reactor import install_reactor

    install_reactor(REACTOR)
    from twisted.internet import reactor

    _install_resolver(reactor, config.get("resolve") or {})
    service: CrawlService | None = None

    def started() -> None:
        nonlocal service
        service = CrawlService(config.get("resolve") or {}, bool(config.get("render", True)))
        threading.Thread(target=read_jobs, name="prevet-jobs", daemon=True).start()

    def read_jobs() -> None:
        for line in sys.stdin:
            if line.strip():
                reactor.callFromThread(service.submit, json.loads(line))
        reactor.callFromThread(stop)

    def stop() -> None:
        async def end() -> None:
            await service.shutdown()
            reactor.stop()

        asyncio.get_event_loop().create_task(end())

    reactor.callWhenRunning(started)
    reactor.run(installSignalHandlers=False)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
