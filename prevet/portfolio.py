"""A portfolio run: many sites in one command, through one warm worker, into one folder.

Each site is one call of a job (the worker's audit_site or drift_site) on a thread of a pool of
--concurrency threads: that many sites are in flight at once, their crawls overlapping in the
worker's crawl service while their analyses take turns. Each site's reports go to OUT/<host>/
as `prevet audit URL --out OUT/<host>` would write them; the run then writes OUT/index.html,
OUT/portfolio.json and OUT/junit.xml from the portfolio model (reports/portfolio.py). The exit
code is the worst site's.

The default concurrency fits the machine: two sites per core (a site waits on the network and
the browser about half of its time), no more than the free memory holds at SITE_MB each beyond
the worker's own WORKER_MB, and at most MAX_DEFAULT, beyond which one worker's analysis (one
core) is the limit and more workers, not more sites per worker, would help.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.snapshot import now_iso
from crawler.urls import host_of
from prevet.worker import NOT_CHECKED, SiteResult
from reports.model import Report
from reports.portfolio import Portfolio, PortfolioSite, SiteDrift, site_entry

log = logging.getLogger(__name__)
WORKER_MB = 700  # the worker: analysis loaded, crawl process, the browser itself
SITE_MB = 150  # one site in flight: its browser context and tabs, its crawl
MAX_DEFAULT = 8

# job(url, out_dir, progress) -> SiteResult
SiteJob = Callable[[str, Path, Callable[[dict[str, Any]], None]], SiteResult]


@dataclass
class Concurrency:
    sites: int
    cores: int
    free_mb: int | None

    def describe(self) -> str:
        memory = f", {self.free_mb / 1024:.1f} GB free" if self.free_mb is not None else ""
        return f"{self.sites} at a time ({self.cores} cores{memory})"


def default_concurrency() -> Concurrency:
    cores = (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    )
    free = _available_mb()
    sites = min(2 * cores, MAX_DEFAULT)
    if free is not None:
        sites = min(sites, max(1, (free - WORKER_MB) // SITE_MB))
    return Concurrency(max(1, sites), cores, free)


def _available_mb() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def site_folders(urls: list[str], out: Path) -> dict[str, Path]:
    """OUT/<host>/ for each site; a host met twice (two paths of one site) gets <host>-2."""
    folders: dict[str, Path] = {}
    used: set[str] = set()
    for url in urls:
        name = re.sub(r"[^a-z0-9._-]", "_", host_of(url) or "site") or "site"
        candidate, n = name, 1
        while candidate in used:
            n += 1
            candidate = f"{name}-{n}"
        used.add(candidate)
        folders[url] = out / candidate
    return folders


def run_portfolio(
    urls: list[str],
    job: SiteJob,
    *,
    out: Path,
    concurrency: int,
    kind: str = "audit",
    progress: Any = None,
) -> Portfolio:
    """Run `job` over every site, `concurrency` at a time, and write the portfolio files.
    `progress` is a reports.portfolio_console.PortfolioProgress (or None)."""
    out.mkdir(parents=True, exist_ok=True)
    folders = site_folders(urls, out)
    started = now_iso()

    def one(url: str) -> tuple[PortfolioSite, Report | None]:
        if progress is not None:
            progress.start(url)
        try:
            result = job(
                url, folders[url], lambda event: progress.update(url, event) if progress else None
            )
        except Exception as exc:  # jobs do not raise for a site's sake; a bug must not either
            log.debug("site %s failed", url, exc_info=True)
            result = SiteResult(url, NOT_CHECKED, 2, reason=f"internal error: {exc}")
        entry, report = _entry(result, out)
        if progress is not None:
            progress.finish(entry)
        return entry, report

    pool = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="prevet-site")
    try:
        done = list(pool.map(one, urls))
    except BaseException:  # interrupted: the sites not started are not started
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    portfolio = Portfolio(
        kind=kind,
        started_at=started,
        finished_at=now_iso(),
        concurrency=concurrency,
        sites=[entry for entry, _ in done],
        exit_code=max((entry.exit_code for entry, _ in done), default=0),
    )
    write_portfolio(portfolio, {entry.url: report for entry, report in done if report}, out)
    return portfolio


def _entry(result: SiteResult, base: Path) -> tuple[PortfolioSite, Report | None]:
    entry = site_entry(
        result.url,
        host_of(result.url),
        status=result.status,
        exit_code=result.exit_code,
        report=result.report,
        out_dir=result.out_dir,
        files=result.files,
        base=base,
        reason=result.reason,
        run_id=result.run_id,
        seconds=round(result.seconds, 2),
        attempts=result.attempts,
        drift=SiteDrift(**result.drift) if result.drift else None,
    )
    return entry, result.report


def write_portfolio(portfolio: Portfolio, reports: dict[str, Report], out: Path) -> dict[str, Path]:
    from reports.portfolio import write_portfolio_json, write_portfolio_junit
    from reports.portfolio_html import write_portfolio_html

    return {
        "html": write_portfolio_html(portfolio, out),
        "json": write_portfolio_json(portfolio, out),
        "junit": write_portfolio_junit(portfolio, reports, out),
    }
