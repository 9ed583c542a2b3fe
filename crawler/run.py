"""Run a crawl: `crawl_site()` in the caller, Scrapy + Playwright in a child process.

The child (`python -m crawler.run`) gets its options as JSON on stdin, prints progress events as
JSON lines on stdout, writes the snapshot to a file and says so (DONE_LINE) before it closes its
browser, so the caller goes on at once (`CrawlJob`). A child process gives every crawl a
fresh Twisted reactor (it cannot be restarted in one process), keeps a crashed browser from
taking the caller down, and lets drift runs crawl several sites in parallel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from crawler.errors import PrevetError
from crawler.resolve import ResolveError
from crawler.resolve import parse_resolve as _parse_resolve
from crawler.snapshot import SiteSnapshot, now_iso

USER_AGENT = "prevet/{version} (+https://github.com/prevet/prevet; SMS registration audit)"
PROGRESS_PREFIX = "PREVET-PROGRESS "
DONE_LINE = "PREVET-SNAPSHOT-WRITTEN"
REFUSED_PREFIX = "PREVET-REFUSED "  # the crawl could not start: a PrevetError's one line
CLOSE_SECONDS = 30  # for a child that delivered its snapshot to close its browser


class CrawlError(Exception):
    """The crawler itself failed (not the site): shown as one line."""


@dataclass
class CrawlOptions:
    max_pages: int = 200
    max_depth: int = 6
    timeout: float = 20.0
    max_page_bytes: int = 5 * 1024 * 1024
    render: str = "auto"  # auto, always, never
    resolve: dict[str, str] = field(default_factory=dict)
    obey_robots: bool = True
    extra_urls: list[str] = field(default_factory=list)
    render_tabs: int = 4
    interact_budget: float = 8.0  # seconds per rendered page to reach hidden forms (0: never)
    concurrency: int = 16
    screenshots: bool = True
    # a cluster's limit of requests in flight per registrable domain (crawler/politeness.py):
    # a Redis URL and the limit; off when empty
    domain_slots_url: str = ""
    domain_slots: int = 0


def parse_resolve(entries: list[str]) -> dict[str, str]:
    try:
        return _parse_resolve(entries)
    except ResolveError as exc:
        raise PrevetError(str(exc)) from exc


def crawl_site(
    target: str,
    options: CrawlOptions,
    progress: Callable[[dict[str, Any]], None] | None = None,
    screenshots_dir: Path | None = None,
) -> SiteSnapshot:
    """Crawl `target` in a child process and return its snapshot."""
    with CrawlJob(target, options, screenshots_dir) as job:
        return job.wait(progress)


class CrawlJob:
    """A crawl running in its child process. Starting it returns at once, so the caller can
    prepare the analysis while the site is crawled; `wait()` returns the snapshot as soon as the
    child has written it (the child then closes its browser on its own time); `close()` reaps
    the child."""

    def __init__(self, target: str, options: CrawlOptions, screenshots_dir: Path | None = None):
        self._work = tempfile.TemporaryDirectory(prefix="prevet-crawl-")
        self._out = Path(self._work.name) / "snapshot.json"
        self._delivered = False
        shots = screenshots_dir or Path(tempfile.mkdtemp(prefix="prevet-shots-"))
        request = {
            "target": target,
            "options": asdict(options),
            "out": str(self._out),
            "screenshots": str(shots),
        }
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.run"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=_import_root(),
        )
        assert self._proc.stdin
        self._proc.stdin.write(json.dumps(request))
        self._proc.stdin.close()

    def wait(self, progress: Callable[[dict[str, Any]], None] | None = None) -> SiteSnapshot:
        proc = self._proc
        assert proc.stdout and proc.stderr
        for line in proc.stdout:
            if line.startswith(DONE_LINE):
                self._delivered = True
                return SiteSnapshot.load(self._out)
            if line.startswith(REFUSED_PREFIX):
                raise PrevetError(line[len(REFUSED_PREFIX) :].strip())
            if line.startswith(PROGRESS_PREFIX) and progress:
                try:
                    progress(json.loads(line[len(PROGRESS_PREFIX) :]))
                except ValueError:
                    pass
        errors = proc.stderr.read()
        code = proc.wait()
        last = [ln for ln in errors.strip().splitlines() if ln.strip()][-1:] or ["no output"]
        raise CrawlError(f"the crawler stopped unexpectedly (exit {code}): {last[0][:300]}")

    def stop(self) -> None:
        """End the crawl early (the caller gave up on it); safe to call more than once."""
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()

    def close(self) -> None:
        """Reap the child: one that delivered its snapshot gets time to close its browser."""
        if self._delivered and self._proc.poll() is None:
            try:
                self._proc.wait(timeout=CLOSE_SECONDS)
            except subprocess.TimeoutExpired:
                pass
        self.stop()
        for stream in (self._proc.stdout, self._proc.stderr):
            if stream:
                stream.close()
        self._work.cleanup()

    def __enter__(self) -> CrawlJob:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _import_root() -> str:
    """The folder from which `crawler` is importable (the source tree or site-packages)."""
    return str(Path(__file__).resolve().parent.parent)


def _child_main() -> None:
    """Entry point of the crawl process: the snapshot is written and announced before the
    browser is closed, and the process ends without tearing its interpreter down (the parent
    is waiting; nothing is left to flush)."""
    import logging

    request = json.loads(sys.stdin.read())
    options = CrawlOptions(**request["options"])
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)

    def progress(event: dict[str, Any]) -> None:
        print(PROGRESS_PREFIX + json.dumps(event), flush=True)

    def deliver(snapshot: SiteSnapshot) -> None:
        snapshot.save(Path(request["out"]))
        print(DONE_LINE, flush=True)

    try:
        run_crawl(
            request["target"],
            options,
            progress=progress,
            screenshots_dir=Path(request["screenshots"]),
            deliver=deliver,
        )
    except PrevetError as exc:  # e.g. a PREVET_* setting the spider refused at start
        print(REFUSED_PREFIX + str(exc).replace("\n", " "), flush=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def run_crawl(
    target: str,
    options: CrawlOptions,
    progress: Callable[[dict[str, Any]], None] | None = None,
    screenshots_dir: Path | None = None,
    deliver: Callable[[SiteSnapshot], None] | None = None,
) -> SiteSnapshot:
    """The crawl itself, in this process (which must not have run a Twisted reactor yet).
    `deliver` gets the snapshot before the browser is closed."""
    from crawler.browser import find_chromium

    executable = find_chromium() if options.render != "never" else None
    renderer = _start_browser(executable, options) if executable else None
    try:
        snapshot = _snapshot(target, options, renderer, progress, screenshots_dir)
        if deliver is not None:
            deliver(snapshot)
        return snapshot
    finally:
        if renderer is not None:
            renderer.close()


def _snapshot(
    target: str,
    options: CrawlOptions,
    renderer: Any,
    progress: Callable[[dict[str, Any]], None] | None,
    screenshots_dir: Path | None,
) -> SiteSnapshot:
    import time

    clock = time.perf_counter()
    snapshot = begin_snapshot(target, options)
    if snapshot.unreachable:
        return snapshot
    if renderer is not None and not snapshot.tls.valid:  # the browser must be told too
        renderer.ignore_https_errors = True
    if options.render != "never" and renderer is None:
        snapshot.stats.notes.append(NO_CHROMIUM)
    state = _crawl(target, options, renderer, progress, screenshots_dir)
    return finish_snapshot(snapshot, state, clock)


NO_CHROMIUM = (
    "no Chromium was found, so no page was rendered: install one with "
    "`playwright install chromium` (or your system's chromium package)"
)


def begin_snapshot(target: str, options: CrawlOptions) -> SiteSnapshot:
    """The snapshot before the crawl: can the start URL be reached, does its certificate
    verify (blocking: the portfolio's crawl service runs it on a thread)."""
    from crawler.preflight import check_start
    from crawler.urls import registrable_domain

    snapshot = SiteSnapshot(
        start_url=target,
        site=registrable_domain(target),
        started_at=now_iso(),
        render_mode=options.render,
    )
    check = check_start(target, options.resolve, min(options.timeout, 15))
    snapshot.tls = check.tls
    if check.unreachable:
        snapshot.unreachable = check.unreachable
        snapshot.finished_at = now_iso()
    return snapshot


def finish_snapshot(snapshot: SiteSnapshot, state: dict[str, Any], clock: float) -> SiteSnapshot:
    """The snapshot with what the crawl gathered (`state` from `collect()`)."""
    import time

    snapshot.pages = state["pages"]
    snapshot.stats = state["stats"]
    snapshot.browser = state["browser"]
    snapshot.user_agent = state["user_agent"]
    snapshot.unreachable = state["unreachable"]
    if not snapshot.tls.valid:
        snapshot.stats.notes.append(
            f"the certificate did not verify ({snapshot.tls.error}); the crawl went on without "
            "verification so the rest of the site could be checked"
        )
    snapshot.stats.crawl_seconds = round(time.perf_counter() - clock, 3)
    snapshot.finished_at = now_iso()
    return snapshot


def _start_browser(executable: str, options: CrawlOptions) -> Any:
    """The browser launches now, on its own thread, while Scrapy is imported and the start URL
    checked (crawler/render_thread.py says why)."""
    import playwright.async_api  # noqa: F401  (imported here, not concurrently on the thread)

    from crawler.render import Renderer
    from crawler.render_thread import RenderThread

    return RenderThread(
        lambda: Renderer(
            executable,
            resolve=options.resolve,
            timeout=options.timeout,
            ignore_https_errors=False,
            max_tabs=options.render_tabs,
            interact_budget=options.interact_budget,
        )
    )


def _crawl(
    target: str,
    options: CrawlOptions,
    renderer: Any,
    progress: Callable[[dict[str, Any]], None] | None,
    screenshots_dir: Path | None,
) -> dict[str, Any]:
    from scrapy.crawler import CrawlerProcess

    from crawler.spider import SiteSpider

    settings = crawl_settings(options)
    state = crawl_state(target, options, renderer, progress, screenshots_dir)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SiteSpider)
    refused: list[PrevetError] = []
    process.crawl(crawler, state=state, renderer=renderer).addErrback(_refusal, refused)
    process.start()
    if refused:
        raise refused[0]
    return collect(state, crawler, renderer, settings["USER_AGENT"])


def _refusal(failure: Any, refused: list[PrevetError]) -> Any:
    """A PrevetError at the crawler's start (a bad setting) is kept for the caller; any other
    failure goes on to Scrapy's log, as before."""
    if failure.check(PrevetError):
        refused.append(failure.value)
        return None
    return failure


def crawl_settings(options: CrawlOptions) -> dict[str, Any]:
    """Scrapy's settings for one crawl (prevet's own limits are the `PREVET_*` ones)."""
    from crawler.limits import CrawlLimits

    user_agent = USER_AGENT.format(version=_version())
    settings = {
        "USER_AGENT": user_agent,
        "ROBOTSTXT_OBEY": options.obey_robots,
        "ROBOTSTXT_USER_AGENT": "prevet",
        "CONCURRENT_REQUESTS": options.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": options.concurrency,
        # the spider yields requests only, and Scrapy schedules each at once: more than one
        # worker buys nothing, while the default (100) starts 100 asyncio tasks for every page
        "CONCURRENT_ITEMS": 1,
        "DOWNLOAD_TIMEOUT": options.timeout,
        "DOWNLOAD_MAXSIZE": options.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "HTTPERROR_ALLOW_ALL": True,
        "REDIRECT_MAX_TIMES": 10,
        "RETRY_TIMES": 1,
        "COOKIES_ENABLED": True,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "ERROR",
        "LOG_ENABLED": True,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "DEPTH_LIMIT": 0,  # DepthMiddleware only numbers; crawler/scope.py says why
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue",
        # breadth first within a priority: near pages before deep ones
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "DNS_TIMEOUT": min(options.timeout, 15),
        "PREVET_RESOLVE": options.resolve,
        **CrawlLimits(
            max_pages=options.max_pages, max_depth=options.max_depth, render=options.render
        ).as_settings(),
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        "MEMUSAGE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOGSTATS_INTERVAL": 0,
        "LOG_INSTALL_ROOT_HANDLER": False,
        "PREVET_DOMAIN_SLOTS_URL": options.domain_slots_url,
        "PREVET_DOMAIN_SLOTS": options.domain_slots,
    }
    if options.domain_slots_url and options.domain_slots > 0:
        settings["DOWNLOADER_MIDDLEWARES"] = {"crawler.politeness.DomainSlotsMiddleware": 950}
    from scrapy.settings import default_settings

    resolver_key = (
        "TWISTED_DNS_RESOLVER"
        if hasattr(default_settings, "TWISTED_DNS_RESOLVER")
        else "DNS_RESOLVER"
    )
    settings[resolver_key] = "crawler.mapped_resolver.MappedResolver"
    return {
        k: v for k, v in settings.items() if hasattr(default_settings, k) or k.startswith("PREVET_")
    }


def crawl_state(
    target: str,
    options: CrawlOptions,
    renderer: Any,
    progress: Callable[[dict[str, Any]], None] | None,
    screenshots_dir: Path | None,
) -> Any:
    """The spider's CrawlState for one site. Its limits come from the settings at start, and
    the spider renders only when it is given a renderer: `renderer` is no longer read here,
    and stays in the signature for the crawl service's sake."""
    from crawler.crawl_state import CrawlState
    from crawler.urls import registrable_domain

    state = CrawlState(
        start_url=target,
        sites={registrable_domain(target)},
        extra_urls=options.extra_urls,
        screenshots_dir=screenshots_dir,
        progress=progress,
    )
    if screenshots_dir and options.screenshots:
        screenshots_dir.mkdir(parents=True, exist_ok=True)
    else:
        state.screenshots_dir = None
    return state


def collect(state: Any, crawler: Any, renderer: Any, user_agent: str) -> dict[str, Any]:
    """What a finished crawl gathered, for `finish_snapshot()`."""
    from crawler.roles import page_roles
    from crawler.urls import normalize_url

    stats = crawler.stats.get_stats() if crawler.stats else {}
    state.stats.skipped_robots = int(stats.get("robotstxt/forbidden", 0))
    state.point_links_where_they_lead()
    # how other pages link to a page is known only at the end: roles are settled then
    for index, page in enumerate(state.pages):
        page.anchor_texts = sorted(
            set(state.anchors.get(normalize_url(page.final_url or page.url), []))
        )[:20]
        page.roles = page_roles(
            page,
            is_start=page.discovered_by == "start"
            or index == 0
            and not any(p.discovered_by == "start" for p in state.pages),
        )
    state.pages.sort(key=lambda p: (p.discovered_by != "start", p.depth))
    return {
        "pages": state.pages,
        "stats": state.stats,
        "unreachable": state.unreachable,
        "browser": renderer.version if renderer else "",
        "user_agent": user_agent,
    }


def _version() -> str:
    try:
        from importlib import metadata

        return metadata.version("prevet")
    except Exception:
        return "0.0.0"


if __name__ == "__main__":
    _child_main()
