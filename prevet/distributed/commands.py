"""`prevet worker`, `prevet portfolio RUN_ID`, and the --broker forms of `audit`, `drift` and
`baseline`: arguments in, exit code out (prevet/cli.py declares the options and hands off)."""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from prevet.distributed.app import DEFAULT_VISIBILITY, QUEUE, check_reachable, make_app
from prevet.errors import PrevetError

DEFAULT_PER_DOMAIN = 2


def _say(text: str) -> None:
    Console(highlight=False).print(text)


def _store(store: str | None) -> str:
    """The store every worker and this command share (opened and migrated now)."""
    from prevet.store import engine_for, resolve_url

    url = resolve_url(store)
    engine_for(url)
    return url


def _queue(broker: str) -> Any:
    app = make_app(broker)
    check_reachable(app)
    return app


def _urls(sites: Any, resolve: dict[str, str]) -> list[str]:
    """The sites of the run: named ones, and a platform's list fetched by the crawler."""
    from crawler.run import CrawlOptions
    from crawler.service import CrawlService
    from prevet.portfolio_command import fetch_sitemap
    from prevet.sites import checked_urls

    urls = sites.given() if (sites.urls or sites.sites_file or not sites.sitemap) else []
    if sites.sitemap:
        options = CrawlOptions(resolve=resolve, render="never")
        service = CrawlService(resolve, render=False)
        try:
            listed = fetch_sitemap(service, sites.sitemap, options)
        finally:
            service.close()
        urls = checked_urls([("argument", u) for u in urls] + [(sites.sitemap, u) for u in listed])
    if not urls:
        raise PrevetError("no site to check")
    return urls


def _run(
    kind: str,
    urls: list[str],
    job: dict[str, Any],
    *,
    broker: str,
    store: str,
    wait: bool,
    out: Path | None,
    quiet: bool,
) -> int:
    """Queue the sites; with `wait`, follow them and write the portfolio from the store (a
    baseline run writes no files: each site's line says which run was approved)."""
    from prevet.distributed.queue import render, submit
    from prevet.distributed.queue import wait as wait_for
    from prevet.portfolio_command import DEFAULT_OUT
    from prevet.store.engine import display_url
    from reports.portfolio_console import PortfolioProgress, print_portfolio

    app = _queue(broker)
    run_id = submit(app, kind, urls, job, store)
    if not wait:
        _say(
            f"Queued {len(urls)} site(s) as portfolio run {run_id}. When the workers are done, "
            f"`prevet portfolio {run_id} --store {escape(display_url(store))}` writes its "
            "reports."
        )
        return 0
    out = out or DEFAULT_OUT
    doing = {"audit": "Auditing", "drift": "Checking", "baseline": "Approving"}[kind]
    _say(
        f"{doing} {len(urls)} site(s) as portfolio run {run_id} through the queue"
        + (f", into {escape(str(out))}/" if kind != "baseline" else "")
    )
    try:
        with PortfolioProgress(len(urls), enabled=not quiet, quiet=quiet) as progress:
            stored = wait_for(run_id, store, progress)
    except KeyboardInterrupt:
        raise PrevetError(
            f"stopped waiting; the workers go on with run {run_id}: `prevet "
            f"portfolio {run_id}` writes its reports"
        ) from None
    if kind == "baseline":
        return _print_baselines(stored)
    _stored, portfolio = render(run_id, store, out)
    print_portfolio(portfolio, str(out / "index.html"))
    return portfolio.exit_code


def _print_baselines(stored: Any) -> int:
    """One line a site, as a local `prevet baseline` of several sites prints; the worst code."""
    for site in stored.sites:
        if site.history_run_id and site.exit_code == 0:
            _say(f"Baseline for {escape(site.url)}: run {site.history_run_id} ({site.status}).")
        else:
            Console(stderr=True, highlight=False).print(f"prevet: {escape(site.reason)}")
    return max((site.exit_code or 0 for site in stored.sites), default=0)


def audit_through_queue(
    sites: Any,
    *,
    broker: str,
    wait: bool,
    crawl: Any,
    out: Path | None,
    formats: tuple[str, ...],
    options: Any,
    store_url: str | None,
    store: bool,
    fail_on: str,
    quiet: bool,
    concurrency: int | None,
    budget: float,
    config: Any = None,
) -> int:
    """`prevet audit --broker URL` of several sites (the arguments of audit_portfolio)."""
    from prevet.portfolio_command import PORTFOLIO_TABS

    _no_local_options(store=store, concurrency=concurrency)
    url = _store(store_url)
    urls = _urls(sites, crawl.resolve)
    job = {
        "kind": "audit",
        "budget": budget,
        "fail_on": fail_on,
        "formats": list(formats),
        "crawl": asdict(replace(crawl, render_tabs=PORTFOLIO_TABS)),
        "config": config.model_dump(mode="json") if config is not None else {},
    }
    return _run("audit", urls, job, broker=broker, store=url, wait=wait, out=out, quiet=quiet)


def drift_through_queue(
    sites: Any,
    *,
    broker: str,
    wait: bool,
    settings: Any,
    crawl: Any,
    concurrency: int | None,
    budget: float,
    notify: str | None = None,
    quiet: bool = False,
) -> int:
    """`prevet drift --broker URL` (the arguments of drift_portfolio)."""
    from prevet.distributed.queue import drift_job

    _no_local_options(store=True, concurrency=concurrency)
    if notify:
        from prevet.notify import check_destination

        check_destination(notify)
    url = _store(settings.store)
    urls = _urls(sites, crawl.resolve)
    job = drift_job(
        fail_on=settings.fail_on,
        render=settings.render,
        max_pages=settings.max_pages,
        resolve=settings.resolve,
        config=settings.config,
        budget=budget,
        notify=notify,
        interact_budget=settings.interact_budget,
    )
    return _run(
        "drift", urls, job, broker=broker, store=url, wait=wait, out=settings.out, quiet=quiet
    )


def baseline_through_queue(
    sites: Any, *, broker: str, wait: bool, store: str | None, resolve: dict[str, str]
) -> int:
    """`prevet baseline --broker URL`: each site's latest usable run approved by a worker."""
    url = _store(store)
    urls = _urls(sites, resolve)
    job = {"kind": "baseline", "budget": 60.0, "formats": ["html", "json"]}
    return _run("baseline", urls, job, broker=broker, store=url, wait=wait, out=None, quiet=False)


def _no_local_options(*, store: bool, concurrency: int | None) -> None:
    if not store:
        raise PrevetError("a run through --broker keeps its results in the store; drop --no-store")
    if concurrency is not None:
        raise PrevetError(
            "--concurrency sets the sites one machine audits at once; with "
            "--broker, each `prevet worker --concurrency N` sets its own"
        )


def portfolio(run_id: str, *, store: str | None, out: Path | None) -> int:
    """`prevet portfolio RUN_ID`: the run's portfolio files from the store."""
    from prevet.distributed.queue import render
    from prevet.portfolio_command import DEFAULT_OUT
    from reports.portfolio_console import print_portfolio

    url = _store(store)
    out = out or DEFAULT_OUT
    stored, written = render(run_id, url, out)
    print_portfolio(written, str(out / "index.html"))
    pending = sum(not site.finished for site in stored.sites)
    if pending:
        Console(stderr=True, highlight=False).print(
            f"prevet: {pending} of {len(stored.sites)} site(s) of run {stored.id} are not "
            "finished yet; run this again later for their results"
        )
    return written.exit_code


def default_processes() -> int:
    """One worker process a core, as many as the free memory holds (each has its browser)."""
    from prevet.portfolio import SITE_MB, WORKER_MB, default_concurrency

    fit = default_concurrency()
    processes = fit.cores
    if fit.free_mb is not None:
        processes = min(processes, max(1, fit.free_mb // (WORKER_MB + SITE_MB)))
    return max(1, processes)


def worker(
    *,
    broker: str,
    store: str | None,
    concurrency: int | None,
    resolve: dict[str, str],
    per_domain: int,
    visibility_timeout: float | None,
    name: str | None,
) -> int:
    """`prevet worker`: a Celery worker whose processes are warm portfolio workers."""
    from celery.signals import worker_process_init, worker_process_shutdown

    from prevet.distributed import tasks
    from prevet.store.engine import forget_engines

    if concurrency is not None and concurrency < 1:
        raise PrevetError("--concurrency must be at least 1")
    if per_domain < 0:
        raise PrevetError("--per-domain must be 0 (no limit) or more")
    if visibility_timeout is not None and visibility_timeout < 10:
        raise PrevetError("--visibility-timeout must be at least 10 seconds")
    app = make_app(broker, visibility_timeout or DEFAULT_VISIBILITY)
    check_reachable(app)
    url = _store(store)
    forget_engines()  # the pool's processes open their own connections
    logging.getLogger("alembic").setLevel(logging.WARNING)
    tasks.SETTINGS = tasks.WorkerSettings(
        store=url,
        broker=app.conf.broker_url,
        resolve=resolve,
        per_domain=per_domain,
        visibility_timeout=visibility_timeout or DEFAULT_VISIBILITY,
    )
    worker_process_init.connect(tasks.start_process, weak=False)
    worker_process_shutdown.connect(tasks.end_process, weak=False)
    processes = concurrency or default_processes()
    _say(
        f"prevet worker: {processes} process(es), store {escape(_shown(url))}, "
        f"{per_domain or 'no'} request(s) at once per domain across the cluster"
    )
    node = app.Worker(
        hostname=name or f"prevet-{os.getpid()}@{socket.gethostname()}",
        concurrency=processes,
        pool="prefork",
        queues=[QUEUE],
        loglevel="INFO",
        without_gossip=True,
        without_mingle=True,
        optimization="fair",
    )
    node.start()
    return node.exitcode or 0


def _shown(url: str) -> str:
    from prevet.store.engine import display_url

    return display_url(url)
