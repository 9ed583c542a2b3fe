"""The caller's side of a queued portfolio run: record it, send one task a site, wait for the
workers with the usual progress display, and write the portfolio files from the store."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from prevet.distributed.app import TASK, time_limits
from prevet.errors import PrevetError
from prevet.store.portfolio_runs import StoredPortfolio, StoredSite, find_portfolio_run
from prevet.worker import NOT_CHECKED
from reports.portfolio import PortfolioSite

POLL_SECONDS = 1.0


def submit(app: Any, kind: str, urls: list[str], job: dict[str, Any], store: str) -> str:
    """Record the run with its sites queued, then send a task per site, then mark the run
    queued (a run never marked so lost the process that queued it: portfolio_runs.py settles
    its unsent sites). Sites the broker refused are "could not check" at once, with why."""
    from prevet.store.portfolio_runs import create_portfolio_run, finish_site, mark_queued

    # what renders the run later; never the notification URL (it may carry a token)
    run_id = create_portfolio_run(
        kind, urls, {"formats": list(job.get("formats") or []), "budget": job["budget"]}, store
    )
    soft, hard = time_limits(float(job["budget"]))
    task = app.tasks[TASK]
    sent = 0
    try:
        with app.producer_or_acquire() as producer:
            for position, url in enumerate(urls):
                task.apply_async(
                    kwargs={"run_id": run_id, "position": position, "url": url, "job": job},
                    soft_time_limit=soft,
                    time_limit=hard,
                    producer=producer,
                )
                sent += 1
    except Exception as exc:
        why = str(exc).splitlines()[0] if str(exc) else repr(exc)
        for position in range(sent, len(urls)):
            finish_site(
                run_id,
                position,
                status=NOT_CHECKED,
                exit_code=2,
                reason=f"not queued: the broker failed ({why})",
                store=store,
            )
        mark_queued(run_id, store)
        raise PrevetError(
            f"the broker failed after {sent} of {len(urls)} sites of run {run_id} "
            f"were queued: {why}"
        ) from exc
    mark_queued(run_id, store)
    return run_id


def drift_job(
    *,
    fail_on: str,
    render: str,
    max_pages: int,
    resolve: list[str],
    config: Any,
    budget: float,
    notify: str | None,
    interact_budget: float = 8.0,
) -> dict[str, Any]:
    """A drift task's description (JSON): `config` is a prevet.config.Settings."""
    return {
        "kind": "drift",
        "budget": budget,
        "formats": ["html", "json"],
        "notify": notify,
        "config": config.model_dump(mode="json"),
        "drift": {
            "fail_on": fail_on,
            "render": render,
            "max_pages": max_pages,
            "resolve": list(resolve),
            "interact_budget": interact_budget,
        },
    }


def wait(run_id: str, store: str, progress: Any) -> StoredPortfolio:
    """Poll the store until every site of the run is finished, telling `progress` (a
    reports.portfolio_console.PortfolioProgress) as sites start and end."""
    started: set[int] = set()
    finished: set[int] = set()
    while True:
        stored = find_portfolio_run(run_id, store)
        if stored is None:
            raise PrevetError(f"no portfolio run {run_id!r} in the store")
        for site in stored.sites:
            if site.started and site.position not in started:
                started.add(site.position)
                progress.start(site.url)
            if site.finished and site.position not in finished:
                finished.add(site.position)
                progress.finish(_progress_row(site, store))
        if stored.finished:
            return stored
        time.sleep(POLL_SECONDS)


def _progress_row(site: StoredSite, store: str) -> PortfolioSite:
    """What the progress line says of a finished site (its counts from the stored run)."""
    from crawler.urls import host_of
    from prevet.store import find_run

    row = PortfolioSite(
        url=site.url,
        host=host_of(site.url),
        status=site.status or "",
        exit_code=site.exit_code or 0,
        reason=site.reason,
    )
    run = find_run(site.history_run_id, store) if site.history_run_id else None
    if run is not None:
        row.errors, row.warnings = run.errors, run.warnings
    return row


def render(run_id: str, store: str, out: Path) -> tuple[StoredPortfolio, Any]:
    """(the stored run, its Portfolio) with the files written into `out`."""
    from prevet.distributed.stored import render_stored

    stored = find_portfolio_run(run_id, store)
    if stored is None:
        raise PrevetError(f"no portfolio run {run_id!r} in the store {_shown_store(store)}")
    return stored, render_stored(stored, out, store)


def _shown_store(store: str) -> str:
    from prevet.store.engine import display_url

    return display_url(store)
