"""Run a crawl: `crawl_site()` in the caller, Scrapy + Playwright in a child process.

The child (`python -m crawler.run`) gets its options as JSON on stdin, prints progress events as
JSON lines on stdout, and writes the snapshot to a file. A child process gives every crawl a
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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.resolve import ResolveError
from crawler.resolve import parse_resolve as _parse_resolve
from crawler.snapshot import SiteSnapshot

USER_AGENT = "prevet/{version} (+https://github.com/prevet/prevet; SMS registration audit)"
PROGRESS_PREFIX = "PREVET-PROGRESS "


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
    concurrency: int = 16
    screenshots: bool = True


def parse_resolve(entries: list[str]) -> dict[str, str]:
    from prevet.errors import PrevetError

    try:
        return _parse_resolve(entries)
    except ResolveError as exc:
        raise PrevetError(str(exc)) from exc


def crawl_site(target: str, options: CrawlOptions,
               progress: Callable[[dict[str, Any]], None] | None = None,
               screenshots_dir: Path | None = None) -> SiteSnapshot:
    """Crawl `target` in a child process and return its snapshot."""
    with tempfile.TemporaryDirectory(prefix="prevet-crawl-") as work:
        out = Path(work) / "snapshot.json"
        shots = screenshots_dir or Path(tempfile.mkdtemp(prefix="prevet-shots-"))
        request = {"target": target, "options": asdict(options), "out": str(out),
                   "screenshots": str(shots)}
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        proc = subprocess.Popen([sys.executable, "-m", "crawler.run"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env, cwd=_import_root())
        assert proc.stdin and proc.stdout and proc.stderr
        proc.stdin.write(json.dumps(request))
        proc.stdin.close()
        for line in proc.stdout:
            if line.startswith(PROGRESS_PREFIX) and progress:
                try:
                    progress(json.loads(line[len(PROGRESS_PREFIX):]))
                except ValueError:
                    pass
        errors = proc.stderr.read()
        code = proc.wait()
        if code != 0 or not out.exists():
            last = [ln for ln in errors.strip().splitlines() if ln.strip()][-1:] or ["no output"]
            raise CrawlError(f"the crawler stopped unexpectedly (exit {code}): {last[0][:300]}")
        return SiteSnapshot.load(out)


def _import_root() -> str:
    """The folder from which `crawler` is importable (the source tree or site-packages)."""
    return str(Path(__file__).resolve().parent.parent)


def _child_main() -> int:
    """Entry point of the crawl process."""
    import logging

    request = json.loads(sys.stdin.read())
    options = CrawlOptions(**request["options"])
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)

    def progress(event: dict[str, Any]) -> None:
        print(PROGRESS_PREFIX + json.dumps(event), flush=True)

    snapshot = run_crawl(request["target"], options, progress=progress,
                         screenshots_dir=Path(request["screenshots"]))
    snapshot.save(Path(request["out"]))
    return 0


def run_crawl(target: str, options: CrawlOptions,
              progress: Callable[[dict[str, Any]], None] | None = None,
              screenshots_dir: Path | None = None) -> SiteSnapshot:
    """The crawl itself, in this process (which must not have run a Twisted reactor yet)."""
    import time

    from crawler.browser import find_chromium
    from crawler.preflight import check_start
    from crawler.urls import registrable_domain

    clock = time.perf_counter()
    started = _now()
    snapshot = SiteSnapshot(start_url=target, site=registrable_domain(target), started_at=started,
                            render_mode=options.render)
    check = check_start(target, options.resolve, min(options.timeout, 15))
    snapshot.tls = check.tls
    if check.unreachable:
        snapshot.unreachable = check.unreachable
        snapshot.finished_at = _now()
        return snapshot
    executable = find_chromium() if options.render != "never" else None
    if options.render != "never" and executable is None:
        snapshot.stats.notes.append(
            "no Chromium was found, so no page was rendered: install one with "
            "`playwright install chromium` (or your system's chromium package)")
    state = _crawl(target, options, executable, not snapshot.tls.valid, progress,
                   screenshots_dir)
    snapshot.pages = state["pages"]
    snapshot.stats = state["stats"]
    snapshot.browser = state["browser"]
    snapshot.user_agent = state["user_agent"]
    snapshot.unreachable = state["unreachable"]
    if not snapshot.tls.valid:
        snapshot.stats.notes.append(
            f"the certificate did not verify ({snapshot.tls.error}); the crawl went on without "
            "verification so the rest of the site could be checked")
    snapshot.stats.crawl_seconds = round(time.perf_counter() - clock, 3)
    snapshot.finished_at = _now()
    return snapshot


def _crawl(target: str, options: CrawlOptions, executable: str | None, ignore_tls: bool,
           progress: Callable[[dict[str, Any]], None] | None,
           screenshots_dir: Path | None) -> dict[str, Any]:
    import scrapy
    from scrapy.crawler import CrawlerProcess

    from crawler.render import Renderer
    from crawler.roles import page_roles
    from crawler.spider import CrawlState, SiteSpider
    from crawler.urls import normalize_url, registrable_domain

    version = _version()
    user_agent = USER_AGENT.format(version=version)
    settings = {
        "USER_AGENT": user_agent,
        "ROBOTSTXT_OBEY": options.obey_robots,
        "ROBOTSTXT_USER_AGENT": "prevet",
        "CONCURRENT_REQUESTS": options.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": options.concurrency,
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
        "DEPTH_LIMIT": 0,  # depth is the spider's own business (per-link, with a count)
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue",
        # breadth first within a priority: near pages before deep ones
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "DNS_TIMEOUT": min(options.timeout, 15),
        "PREVET_RESOLVE": options.resolve,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        "MEMUSAGE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOGSTATS_INTERVAL": 0,
        "LOG_INSTALL_ROOT_HANDLER": False,
    }
    from scrapy.settings import default_settings

    resolver_key = "TWISTED_DNS_RESOLVER" if hasattr(default_settings, "TWISTED_DNS_RESOLVER") \
        else "DNS_RESOLVER"
    settings[resolver_key] = "crawler.resolve.MappedResolver"
    settings = {k: v for k, v in settings.items()
                if hasattr(default_settings, k) or k.startswith("PREVET_")}
    state = CrawlState(start_url=target, sites={registrable_domain(target)},
                       max_pages=options.max_pages, max_depth=options.max_depth,
                       render=options.render if executable else "never",
                       extra_urls=options.extra_urls, screenshots_dir=screenshots_dir,
                       progress=progress)
    if screenshots_dir and options.screenshots:
        screenshots_dir.mkdir(parents=True, exist_ok=True)
    else:
        state.screenshots_dir = None
    holder: dict[str, Any] = {"renderer": None}
    if executable:
        holder["renderer"] = _LazyRenderer(lambda: Renderer(
            executable, resolve=options.resolve, timeout=options.timeout,
            ignore_https_errors=ignore_tls, max_tabs=options.render_tabs))
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SiteSpider)
    crawler.signals.connect(lambda spider: _close_renderer(holder),
                            signal=scrapy.signals.spider_closed)
    crawler.signals.connect(lambda spider: _start_renderer(holder),
                            signal=scrapy.signals.spider_opened)
    process.crawl(crawler, state=state, renderer=holder["renderer"])
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    state.stats.skipped_robots = int(stats.get("robotstxt/forbidden", 0))
    # how other pages link to a page is known only at the end: roles are settled then
    for index, page in enumerate(state.pages):
        page.anchor_texts = sorted(set(state.anchors.get(normalize_url(page.final_url or
                                                                       page.url), [])))[:20]
        page.roles = page_roles(page, is_start=page.discovered_by == "start" or index == 0
                                and not any(p.discovered_by == "start" for p in state.pages))
    state.pages.sort(key=lambda p: (p.discovered_by != "start", p.depth))
    renderer = holder["renderer"]
    return {"pages": state.pages, "stats": state.stats, "unreachable": state.unreachable,
            "browser": renderer.version if renderer else "", "user_agent": user_agent}


class _LazyRenderer:
    """Creates the Renderer inside the running event loop, on first use."""

    def __init__(self, factory: Callable[[], Any]):
        self._factory = factory
        self._renderer: Any = None

    @property
    def version(self) -> str:
        return self._renderer.version if self._renderer else ""

    def _get(self) -> Any:
        if self._renderer is None:
            self._renderer = self._factory()
        return self._renderer

    async def start(self) -> None:
        try:
            await self._get().start()
        except Exception:  # a browser that cannot start: each render then reports why
            pass

    async def render(self, url: str, screenshot_forms: Any = None) -> Any:
        return await self._get().render(url, screenshot_forms)

    async def close(self) -> None:
        if self._renderer is not None:
            await self._renderer.close()


def _start_renderer(holder: dict[str, Any]) -> None:
    """The browser starts while the first static pages download, off the critical path."""
    import asyncio

    renderer = holder.get("renderer")
    if renderer is not None:
        holder["starting"] = asyncio.ensure_future(renderer.start())


def _close_renderer(holder: dict[str, Any]) -> Any:
    from scrapy.utils.defer import deferred_from_coro

    renderer = holder.get("renderer")
    if renderer is None:
        return None
    return deferred_from_coro(renderer.close())


def _version() -> str:
    try:
        from importlib import metadata

        return metadata.version("prevet")
    except Exception:
        return "0.0.0"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


if __name__ == "__main__":
    sys.exit(_child_main())
