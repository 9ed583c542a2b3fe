"""`prevet audit`, `drift` and `baseline` over several sites: arguments in, exit code out.

The sites come from the command line, --sites FILE, --sitemap URL or prevet.yaml's `sites:`
(prevet/sites.py); the run goes through one warm worker (prevet/worker.py) and the portfolio
orchestration (prevet/portfolio.py). Exit code: the worst site's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from analyzers.context import AuditOptions
from crawler.run import CrawlError, CrawlOptions
from crawler.service import CrawlService
from prevet.errors import PrevetError
from prevet.portfolio import default_concurrency, run_portfolio
from prevet.sites import checked_urls, read_url_list, urls_in_list
from prevet.worker import SiteAuditor, SiteOptions

DEFAULT_OUT = Path("prevet-report")
# One browser tab per site: the sites in flight render in parallel already, and each tab of a
# fresh context is a new renderer process (bench/portfolio_bench.py: a fifth less CPU than two)
PORTFOLIO_TABS = 1


@dataclass
class SiteList:
    """Where the sites come from (any mix)."""

    urls: list[str] = field(default_factory=list)
    sites_file: Path | None = None
    sitemap: str | None = None
    config_sites: list[str] = field(default_factory=list)

    def is_portfolio(self) -> bool:
        return bool(
            self.sites_file
            or self.sitemap
            or len(self.urls) > 1
            or (not self.urls and self.config_sites)
        )

    def given(self) -> list[str]:
        """The sites named without fetching anything (bad input raises now)."""
        entries = [("argument", url) for url in self.urls]
        if self.sites_file is not None:
            entries += [(str(self.sites_file), url) for url in read_url_list(self.sites_file)]
        if not entries:
            entries = [("prevet.yaml sites", url) for url in self.config_sites]
        return checked_urls(entries)


def fetch_sitemap(service: CrawlService, url: str, options: CrawlOptions) -> list[str]:
    """The sites a platform lists at `url`, fetched by the crawler (honouring --resolve)."""
    from crawler.urls import start_url

    try:
        url = start_url(url)
    except ValueError as exc:
        raise PrevetError(f"--sitemap {url!r}: {exc}") from exc

    def fetch(location: str) -> bytes:
        try:
            status, body = service.fetch(location, options)
        except CrawlError as exc:
            raise PrevetError(str(exc)) from exc
        if status >= 400:
            raise PrevetError(f"{location} answered HTTP {status}")
        return body

    urls, skipped = urls_in_list(fetch(url), fetch)
    if skipped:
        Console(stderr=True).print(
            f"prevet: skipped {skipped} entries of {escape(url)} that are not web addresses"
        )
    if not urls:
        raise PrevetError(f"{url} lists no site")
    return urls


def _concurrency(asked: int | None) -> int:
    """Sites in flight, printed at start (also with --quiet: it explains the run's cost)."""
    if asked is not None and asked < 1:
        raise PrevetError("--concurrency must be at least 1")
    if asked is not None:
        Console(highlight=False).print(f"Concurrency: {asked} at a time (as asked).")
        return asked
    fit = default_concurrency()
    Console(highlight=False).print(f"Concurrency: {fit.describe()}.")
    return fit.sites


def _announce_browser() -> None:
    """Which Chromium the workers launch (a full one costs a site more CPU than the headless
    shell: docs/performance.md), printed at start like the concurrency."""
    from crawler.browser import describe, find_chromium

    found = find_chromium()
    if found:
        Console(highlight=False).print(f"Browser: {escape(describe(found))}.")


def _run(
    sites: SiteList,
    *,
    resolve: dict[str, str],
    render: str,
    crawl: CrawlOptions,
    out: Path | None,
    concurrency: int | None,
    quiet: bool,
    kind: str,
    job_for: Callable[[SiteAuditor], Callable[..., Any]],
) -> int:
    from reports.portfolio_console import PortfolioProgress, print_portfolio

    urls = sites.given() if (sites.urls or sites.sites_file or not sites.sitemap) else []
    in_flight = _concurrency(concurrency)
    if render != "never":
        _announce_browser()
    out = out or DEFAULT_OUT
    with SiteAuditor(resolve, render=render != "never") as auditor:
        if sites.sitemap:
            listed = fetch_sitemap(auditor.service, sites.sitemap, crawl)
            urls = checked_urls(
                [("argument", u) for u in urls] + [(sites.sitemap, u) for u in listed]
            )
        if not urls:
            raise PrevetError("no site to audit")
        Console(highlight=False).print(
            f"{'Auditing' if kind == 'audit' else 'Checking'} "
            f"{len(urls)} site(s) into {escape(str(out))}/"
        )
        job = job_for(auditor)
        with PortfolioProgress(len(urls), enabled=not quiet, quiet=quiet) as progress:
            portfolio = run_portfolio(
                urls, job, out=out, concurrency=in_flight, kind=kind, progress=progress
            )
    print_portfolio(portfolio, str(out / "index.html"))
    return portfolio.exit_code


def audit_portfolio(
    sites: SiteList,
    *,
    crawl: CrawlOptions,
    out: Path | None,
    formats: tuple[str, ...],
    options: AuditOptions,
    store_url: str | None,
    store: bool,
    fail_on: str,
    quiet: bool,
    concurrency: int | None,
    budget: float,
    config: Any = None,
) -> int:
    """`prevet audit` of several sites."""
    if store:
        from prevet.store import engine_for

        engine_for(store_url)  # a store that cannot be opened fails now, not per site
    crawl = replace(crawl, render_tabs=PORTFOLIO_TABS)

    def job_for(auditor: SiteAuditor) -> Callable[..., Any]:
        def job(url: str, folder: Path, progress: Callable[[dict[str, Any]], None]) -> Any:
            return auditor.audit_site(
                url,
                SiteOptions(
                    crawl=crawl,
                    out_dir=folder,
                    formats=formats,
                    options=options,
                    store_url=store_url,
                    store=store,
                    budget=budget,
                    fail_on=fail_on,
                    config=config,
                ),
                progress,
            )

        return job

    return _run(
        sites,
        resolve=crawl.resolve,
        render=crawl.render,
        crawl=crawl,
        out=out,
        concurrency=concurrency,
        quiet=quiet,
        kind="audit",
        job_for=job_for,
    )


def drift_portfolio(
    sites: SiteList,
    *,
    settings: Any,
    crawl: CrawlOptions,
    concurrency: int | None,
    budget: float,
    notify: str | None = None,
    quiet: bool = False,
) -> int:
    """`prevet drift` of several sites: `settings` is a prevet.drift.DriftSettings whose `out`
    is the portfolio folder. With `notify`, each site that drifted is posted on its own."""
    from prevet.drift import notification, post_notification
    from prevet.store import engine_for

    engine_for(settings.store)

    def job_for(auditor: SiteAuditor) -> Callable[..., Any]:
        def job(url: str, folder: Path, progress: Callable[[dict[str, Any]], None]) -> Any:
            result = auditor.drift_site(url, replace(settings, out=folder), budget, progress)
            if notify and result.drift_outcome and result.drift_outcome.status == "drift":
                try:
                    post_notification(notify, notification(result.drift_outcome))
                except PrevetError as exc:  # drift was found: say so, and that the hook failed
                    Console(stderr=True, highlight=False).print(f"prevet: {escape(str(exc))}")
            return result

        return job

    return _run(
        sites,
        resolve=crawl.resolve,
        render=settings.render,
        crawl=crawl,
        out=settings.out,
        concurrency=concurrency,
        quiet=quiet,
        kind="drift",
        job_for=job_for,
    )


def baseline_many(
    sites: SiteList, approve: Callable[[str], int], resolve: dict[str, str] | None = None
) -> int:
    """`prevet baseline` of several sites: each site's latest usable run; the worst code."""
    console = Console(highlight=False, stderr=True)
    urls = sites.given() if (sites.urls or sites.sites_file or not sites.sitemap) else []
    if sites.sitemap:
        options = CrawlOptions(resolve=resolve or {}, render="never")
        service = CrawlService(options.resolve, render=False)
        try:
            listed = fetch_sitemap(service, sites.sitemap, options)
        finally:
            service.close()
        urls = checked_urls([("argument", u) for u in urls] + [(sites.sitemap, u) for u in listed])
    codes = []
    for url in urls:
        try:
            codes.append(approve(url))
        except PrevetError as exc:
            console.print(f"prevet: {escape(str(exc))}")
            codes.append(exc.exit_code)
    return max(codes, default=0)
