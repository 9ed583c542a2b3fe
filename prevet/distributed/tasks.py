"""The per-site task, and the warm SiteAuditor each worker process keeps for it.

A worker process (Celery's prefork pool) makes its SiteAuditor when it starts
(worker_process_init): one crawl service with one browser, and the analysis warmed up, reused
for every site the process is given; each site still gets a fresh browser context. A task:
1. counts its attempt in the site's row (a delivery of a finished site does nothing; a site
   whose worker died under it MAX_ATTEMPTS times is "could not check", with that reason);
2. audits (or checks for drift, or approves the baseline of) the site, its reports written to
   a folder of its own that is removed after: the store keeps the run, and the row points at it
   in the same transaction (prevet/store/portfolio_runs.py);
3. writes the site's row once.
The soft time limit ends the site as "could not check" from inside the task; the hard limit
kills the process, and the worker's main process records the site (`SiteTask.on_failure`).
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import tempfile
import time
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from prevet.distributed.app import (
    DEFAULT_VISIBILITY,
    DRIFT_TASK,
    MAX_ATTEMPTS,
    TASK,
    is_redis,
    time_limits,
)
from prevet.worker import NOT_CHECKED, SiteAuditor, SiteResult

log = logging.getLogger(__name__)


@dataclass
class WorkerSettings:
    """What `prevet worker` was started with (the same in every process of the worker)."""

    store: str
    broker: str = ""
    resolve: dict[str, str] = field(default_factory=dict)
    per_domain: int = 0  # requests in flight per registrable domain, across the cluster
    visibility_timeout: float = DEFAULT_VISIBILITY  # before a vanished worker's site is resent


SETTINGS: WorkerSettings | None = None
_AUDITOR: QueueAuditor | None = None


class QueueAuditor(SiteAuditor):
    """The warm worker of a task queue's process: its crawls take the cluster's per-domain
    slots, and the task's soft time limit stops a site rather than becoming its result."""

    def __init__(self, resolve: dict[str, str], slots_url: str = "", per_domain: int = 0):
        from celery.exceptions import SoftTimeLimitExceeded

        self.interruptions = (SoftTimeLimitExceeded,)
        self.slots_url, self.per_domain = slots_url, per_domain
        super().__init__(resolve, render=True)

    def run_audit(self, request: Any, **kwargs: Any) -> Any:
        if self.slots_url and self.per_domain:
            request.crawl = replace(
                request.crawl, domain_slots_url=self.slots_url, domain_slots=self.per_domain
            )
        return super().run_audit(request, **kwargs)


def start_process(**_: Any) -> None:
    """worker_process_init: this process's own store connections and its warm auditor."""
    from prevet.store.engine import forget_engines

    global _AUDITOR
    forget_engines(close=False)  # the parent's connections: not shared, not closed either
    _AUDITOR = _new_auditor(SETTINGS.resolve if SETTINGS else {})
    _AUDITOR.wait_warm()


def end_process(**_: Any) -> None:
    if _AUDITOR is not None:
        _AUDITOR.close()


def _new_auditor(resolve: dict[str, str]) -> QueueAuditor:
    settings = SETTINGS or WorkerSettings(store="")
    slots = settings.broker if settings.per_domain and is_redis(settings.broker) else ""
    return QueueAuditor(resolve, slots, settings.per_domain)


def _auditor_for(resolve: dict[str, str]) -> QueueAuditor:
    """The process's auditor; a new one when the site needs --resolve rules the browser was not
    launched with (they are fixed at launch)."""
    global _AUDITOR
    if _AUDITOR is None:
        _AUDITOR = _new_auditor(resolve)
    elif not resolve.items() <= _AUDITOR.service.resolve.items():
        _AUDITOR.close()
        _AUDITOR = _new_auditor({**_AUDITOR.service.resolve, **resolve})
    return _AUDITOR


def register(app: Any) -> Any:
    """prevet's task on `app` (bound: it reads its own request for the worker's name)."""
    from celery import Task

    class SiteTask(Task):
        acks_late = True
        reject_on_worker_lost = True

        def on_failure(
            self, exc: BaseException, task_id: str, args: Any, kwargs: dict, einfo: Any
        ) -> None:
            """The hard time limit (called in the worker's main process: the one that ran the
            site is gone), or a failure of the task itself: the site could not be checked."""
            from celery.exceptions import TimeLimitExceeded

            if isinstance(exc, TimeLimitExceeded):
                reason = (
                    f"stopped at its hard time limit of {exc.args[0]:g} s"
                    if exc.args
                    else "stopped at its hard time limit"
                )
            else:
                reason = f"internal error: {type(exc).__name__}: {exc}"
            try:
                _record(kwargs, SiteResult(kwargs.get("url", ""), NOT_CHECKED, 2, reason=reason))
            except Exception:  # the store is down as well: the row stays open, and says so
                log.exception("could not record %s", kwargs.get("url"))

    app.task(name=DRIFT_TASK, bind=True)(queue_drift)
    return app.task(name=TASK, base=SiteTask, bind=True)(run_site)


def queue_drift(
    task: Any,
    *,
    sites_file: str,
    budget: float = 300.0,
    render: str = "auto",
    max_pages: int = 200,
    fail_on: str = "warning",
    notify: str | None = None,
    config_file: str | None = None,
) -> str:
    """A drift run of every site `sites_file` lists (a path the workers see), queued from a
    worker: what Celery beat's nightly schedule sends (docs/scaling.md). Returns the run id;
    the sites are tasks of their own."""
    from prevet.config import load_config
    from prevet.distributed.queue import drift_job, submit
    from prevet.portfolio_command import SiteList

    urls = SiteList(sites_file=Path(sites_file)).given()
    job = drift_job(
        fail_on=fail_on,
        render=render,
        max_pages=max_pages,
        resolve=[],
        config=load_config(Path(config_file) if config_file else None),
        budget=budget,
        notify=notify,
    )
    run_id = submit(task.app, "drift", urls, job, _store())
    log.info("queued drift run %s of %d site(s) from %s", run_id, len(urls), sites_file)
    return run_id


def run_site(task: Any, *, run_id: str, position: int, url: str, job: dict[str, Any]) -> str:
    """One site of a portfolio run, start to finish; returns what became of it."""
    from celery.exceptions import SoftTimeLimitExceeded

    from prevet.store.portfolio_runs import LOST_MARGIN, begin_site

    store = _store()
    worker = f"{task.request.hostname or socket.gethostname()}/{os.getpid()}"
    # the attempt ends by its hard limit, or the broker gives it to another worker after the
    # visibility timeout; silent for longer, with no worker taking anything, it was lost
    _soft, hard = time_limits(float(job["budget"]))
    visibility = SETTINGS.visibility_timeout if SETTINGS else DEFAULT_VISIBILITY
    attempt = begin_site(run_id, position, worker, store, allowed=hard + visibility + LOST_MARGIN)
    if attempt is None:
        return "recorded already"
    if attempt > MAX_ATTEMPTS:
        _record(
            dict(run_id=run_id, position=position),
            SiteResult(
                url,
                NOT_CHECKED,
                2,
                attempts=attempt - 1,
                reason=f"the worker process ended under this site {attempt - 1} times (killed, or "
                "out of memory); it is not tried again",
            ),
        )
        return NOT_CHECKED
    clock = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="prevet-task-"))
    try:
        result = _check(url, job, folder, partial(_claim, run_id, position), store)
    except SoftTimeLimitExceeded:
        soft, _hard = time_limits(float(job["budget"]))
        result = SiteResult(
            url, NOT_CHECKED, 2, reason=f"did not finish within its time limit of {soft:g} s"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result.seconds, result.attempts = time.perf_counter() - clock, attempt
    _record(dict(run_id=run_id, position=position), result, claimed=job["kind"] != "baseline")
    return result.status


def _store() -> str:
    if SETTINGS is None or not SETTINGS.store:
        raise RuntimeError("this process was not started by `prevet worker --store URL`")
    return SETTINGS.store


def _claim(run_id: str, position: int, session: Any, history_run_id: str) -> None:
    from prevet.store.portfolio_runs import claim_site

    claim_site(session, run_id, position, history_run_id)


def _check(url: str, job: dict[str, Any], folder: Path, claim: Any, store: str) -> SiteResult:
    from analyzers.context import AuditOptions
    from crawler.run import CrawlOptions
    from prevet.config import Settings
    from prevet.worker import SiteOptions

    kind, budget = job["kind"], float(job["budget"])
    config = Settings.model_validate(job.get("config") or {})
    if kind == "baseline":
        return _approve(url, store)
    if kind == "drift":
        from crawler.run import parse_resolve
        from prevet.drift import DriftSettings

        drift = job["drift"]
        auditor = _auditor_for(parse_resolve(drift.get("resolve") or []))
        settings = DriftSettings(
            store=store,
            out=folder,
            fail_on=drift["fail_on"],
            render=drift["render"],
            max_pages=int(drift["max_pages"]),
            resolve=list(drift.get("resolve") or []),
            config=config,
            interact_budget=float(drift.get("interact_budget", 8.0)),
            store_within=claim,
        )
        result = auditor.drift_site(url, settings, budget)
        _notify(job.get("notify"), result)
        return result
    crawl = CrawlOptions(**job["crawl"])
    auditor = _auditor_for(crawl.resolve)
    return auditor.audit_site(
        url,
        SiteOptions(
            crawl=crawl,
            out_dir=folder,
            formats=tuple(job.get("formats") or ("json",)),
            options=AuditOptions(ignore=config.ignore_checks, suppress=config.suppressions),
            store_url=store,
            store=True,
            budget=budget,
            fail_on=job.get("fail_on", "error"),
            config=config,
            store_within=claim,
        ),
    )


def _approve(url: str, store: str) -> SiteResult:
    """`prevet baseline URL`: the site's latest usable run becomes its baseline."""
    from prevet import drift_commands
    from prevet.errors import PrevetError
    from prevet.store import get_baseline

    try:
        drift_commands.baseline(url, store=store)
    except PrevetError as exc:
        return SiteResult(url, NOT_CHECKED, exc.exit_code, reason=str(exc))
    approved = get_baseline(url, store)
    if approved is None:
        return SiteResult(url, NOT_CHECKED, 2, reason="no baseline was kept")
    return SiteResult(url, approved.verdict, 0, run_id=approved.id)


def _notify(notify: str | None, result: SiteResult) -> None:
    """A site that drifted is posted on its own, as a local portfolio run does."""
    outcome = result.drift_outcome
    if not notify or outcome is None or outcome.status != "drift":
        return
    from prevet.drift import notification, post_notification
    from prevet.errors import PrevetError

    try:
        post_notification(notify, notification(outcome))
    except PrevetError as exc:
        log.warning("%s", exc)


def _record(where: dict[str, Any], result: SiteResult, claimed: bool = False) -> bool:
    """The site's row, written once (a later delivery's result changes nothing). `claimed`:
    the result's history run was kept by this attempt (claim_site), not found in the store."""
    from prevet.store.portfolio_runs import finish_site

    return finish_site(
        where["run_id"],
        where["position"],
        status=result.status,
        exit_code=result.exit_code,
        reason=result.reason,
        history_run_id=result.run_id,
        claimed=result.run_id if claimed else None,
        drift=result.drift,
        seconds=result.seconds,
        store=_store(),
    )
