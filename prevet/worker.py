"""The warm worker: audits site after site without paying prevet's start-up again for each.

A `SiteAuditor` owns one crawl service (crawler/service.py: one crawl process, one Chromium,
a fresh browser context per site) and the analysis loaded in its own process (the checks,
spaCy's pipeline, the vocabularies: warmed up while the browser launches). `audit_site(url,
options)` crawls through the service, analyzes and writes the site's usual reports, and never
raises for the site's sake: whatever happens to one site ends in its `SiteResult`.

Several threads may call it at once (the portfolio run's --concurrency): their crawls overlap in
the service while the analyses take turns (they are pure Python and share spaCy's pipeline, so
taking turns costs nothing and keeps them apart). A portfolio run drives one auditor
(prevet/portfolio.py); a task queue worker would keep one per worker process.

Faults: a site that overruns its time budget is stopped and "could not check"; a browser or
crawl process that crashes under a site is started again and only the sites it was crawling are
crawled again, once.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analyzers.context import AuditOptions
from crawler.run import CrawlError, CrawlOptions
from crawler.service import BrowserCrashed, CrawlService, ServiceDied, SiteTimedOut
from crawler.snapshot import SiteSnapshot, now_iso
from prevet.audit import AuditOutcome, AuditRequest, analyze_and_report, exit_code
from prevet.errors import PrevetError

if TYPE_CHECKING:
    from prevet.drift import DriftSettings
    from reports.model import Report

log = logging.getLogger(__name__)
DEFAULT_BUDGET = 300.0  # seconds a site may take, crawl and rendering included
NOT_CHECKED = "not_checked"
SERVICE_START_SECONDS = 60.0  # past this, a browser still launching is waited for by the first site


@dataclass
class SiteOptions:
    """How to audit one site (the crawl's --resolve is the worker's, see SiteAuditor)."""

    crawl: CrawlOptions = field(default_factory=CrawlOptions)
    out_dir: Path | None = None
    formats: tuple[str, ...] = ("html", "json")
    options: AuditOptions = field(default_factory=AuditOptions)
    campaign: Any | None = None
    store_url: str | None = None
    store: bool = True
    budget: float = DEFAULT_BUDGET
    fail_on: str = "error"
    compare_baseline: bool = True  # say whether the site drifted, when it has a baseline
    config: Any | None = None  # prevet.config.Settings: drift's ignore rules
    store_within: Callable[[Any, str], None] | None = None  # see AuditRequest


@dataclass
class SiteResult:
    """What became of one site: plain data (the report model and file paths), so that it can
    travel from a worker process to whoever renders the portfolio."""

    url: str
    status: str  # ready, needs_changes, rejected or not_checked
    exit_code: int  # what `prevet audit URL` (or `drift`) would have exited with
    reason: str = ""  # why it could not be checked
    report: Report | None = None
    out_dir: Path | None = None
    files: dict[str, Path] = field(default_factory=dict)
    run_id: str | None = None
    drift: dict[str, Any] | None = None  # {"status", "changes", "baseline_run"}
    seconds: float = 0.0
    attempts: int = 0
    drift_outcome: Any = None  # prevet.drift.DriftOutcome, for drift_site (notifications)


class SiteAuditor:
    """One warm worker. `resolve` (HOST:PORT -> address) holds for every site: the shared
    browser is launched with it."""

    # exceptions that mean the caller stopped the site (a task queue's soft time limit): they
    # are raised, not turned into the site's result
    interruptions: tuple[type[BaseException], ...] = ()

    def __init__(
        self,
        resolve: dict[str, str] | None = None,
        render: bool = True,
        campaign: Any | None = None,
    ):
        self.service = CrawlService(resolve or {}, render=render)
        self._analysis = threading.Lock()
        self._warm = threading.Thread(
            target=self._warm_up, args=(campaign,), name="prevet-warm-up", daemon=True
        )
        self._warm.start()

    @staticmethod
    def _warm_up(campaign: Any | None) -> None:
        from analyzers.warm import warm_up

        warm_up(campaign)

    # -- one site ---------------------------------------------------------------------------
    def audit_site(
        self,
        url: str,
        options: SiteOptions,
        progress: Callable[[dict[str, Any]], None] | None = None,
    ) -> SiteResult:
        """Audit one site into options.out_dir; never raises for the site's sake."""
        clock = time.perf_counter()
        attempts: list[int] = []
        request = AuditRequest(
            target=url,
            crawl=options.crawl,
            out_dir=options.out_dir,
            formats=options.formats,
            campaign=options.campaign,
            options=options.options,
            store_url=options.store_url,
            store=options.store,
            store_within=options.store_within,
        )
        try:
            outcome = self.run_audit(
                request, budget=options.budget, progress=progress, attempts=attempts
            )
        except Exception as exc:  # a bug met on one site must not lose the others
            if isinstance(exc, self.interruptions):
                raise
            return _not_checked(url, exc, len(attempts), clock, "auditing %s failed")
        unreachable = outcome.snapshot.unreachable
        result = SiteResult(
            url,
            NOT_CHECKED if unreachable else outcome.report.summary.verdict,
            2 if unreachable else exit_code(outcome.report, options.fail_on),
            reason=f"could not be reached: {unreachable}" if unreachable else "",
            report=outcome.report,
            out_dir=outcome.out_dir,
            files=outcome.files,
            run_id=outcome.run_id,
            attempts=len(attempts),
        )
        if options.compare_baseline and options.store and not unreachable:
            result.drift = self._drift_status(outcome, options)
        result.seconds = time.perf_counter() - clock
        return result

    def drift_site(
        self,
        url: str,
        settings: DriftSettings,
        budget: float = DEFAULT_BUDGET,
        progress: Callable[[dict[str, Any]], None] | None = None,
    ) -> SiteResult:
        """`prevet drift URL` through this worker; never raises for the site's sake."""
        from prevet.drift import run_drift

        clock = time.perf_counter()
        attempts: list[int] = []
        held = threading.local()

        def audit(request: AuditRequest) -> AuditOutcome:
            # the comparison after the audit is analysis too: keep the lock until it is done
            return self.run_audit(
                request, budget=budget, progress=progress, attempts=attempts, keep_lock=held
            )

        try:
            outcome = run_drift(url, settings, audit=audit)
        except Exception as exc:
            if isinstance(exc, self.interruptions):
                raise
            return _not_checked(url, exc, len(attempts), clock, "drift of %s failed")
        finally:
            if getattr(held, "lock", False):
                self._analysis.release()
        status = (
            NOT_CHECKED
            if outcome.status == NOT_CHECKED or outcome.report is None
            else outcome.report.summary.verdict
        )
        out_dir = next(iter(outcome.files.values())).parent if outcome.files else None
        return SiteResult(
            url,
            status,
            outcome.exit_code,
            reason=outcome.reason,
            report=outcome.report,
            out_dir=out_dir,
            files=outcome.files,
            run_id=outcome.run_id,
            attempts=len(attempts),
            drift={
                "status": outcome.status,
                "changes": len(outcome.changes),
                "baseline_run": outcome.baseline.id if outcome.baseline else None,
            },
            seconds=time.perf_counter() - clock,
            drift_outcome=outcome,
        )

    def run_audit(
        self,
        request: AuditRequest,
        *,
        budget: float = DEFAULT_BUDGET,
        progress: Callable[[dict[str, Any]], None] | None = None,
        attempts: list[int] | None = None,
        keep_lock: threading.local | None = None,
    ) -> AuditOutcome:
        """prevet.audit.run_audit through this worker (raises CrawlError as it does)."""
        started = now_iso()
        shots = Path(tempfile.mkdtemp(prefix="prevet-shots-"))
        try:
            snapshot = self._crawl(
                request, budget, shots, progress, attempts if attempts is not None else []
            )
            self._warm.join()
            self._analysis.acquire()
            try:
                return analyze_and_report(request, snapshot, started)
            finally:
                if keep_lock is not None:
                    keep_lock.lock = True
                else:
                    self._analysis.release()
        finally:
            shutil.rmtree(shots, ignore_errors=True)

    def _crawl(
        self,
        request: AuditRequest,
        budget: float,
        shots: Path,
        progress: Callable[[dict[str, Any]], None] | None,
        attempts: list[int],
    ) -> SiteSnapshot:
        """Crawl through the service; a crash under the site costs one more try, not the site."""
        while True:
            attempts.append(1)
            try:
                return self.service.crawl(
                    request.target,
                    request.crawl,
                    budget=budget,
                    screenshots_dir=shots,
                    progress=progress,
                )
            except SiteTimedOut:
                raise
            except (BrowserCrashed, ServiceDied) as exc:
                if len(attempts) >= 2:
                    raise CrawlError(f"{exc}, twice") from exc
                log.warning("%s: %s; crawling it again", request.target, exc)
                self.service.restart_if_dead()

    def _drift_status(self, outcome: AuditOutcome, options: SiteOptions) -> dict[str, Any] | None:
        """Compare the new crawl with the site's approved baseline, if it has one (the audit's
        report is left as it is: `prevet drift` is the command that reports drift)."""
        from prevet.config import Settings
        from prevet.drift import compare, could_not_check, drift_changes
        from prevet.store import get_baseline, load_snapshot

        try:
            baseline = get_baseline(outcome.report.target, options.store_url)
            if baseline is None:
                return None
            if could_not_check(outcome.snapshot):
                return {"status": NOT_CHECKED, "changes": 0, "baseline_run": baseline.id}
            with self._analysis:
                approved = load_snapshot(baseline.id, options.store_url)
                results = compare(
                    approved, outcome.snapshot, options.config or Settings(), options.options
                )
            changes = drift_changes(results)
        except Exception as exc:  # the audit stands; only the drift column is unknown
            log.debug("drift status of %s failed: %s", outcome.report.target, exc)
            return None
        return {
            "status": "drift" if changes else "no_drift",
            "changes": len(changes),
            "baseline_run": baseline.id,
        }

    def wait_warm(self) -> None:
        """Return once the analysis is loaded and the crawl service (with its browser) has
        started (a task queue's process does, before it takes a site, so that a site's time
        limit is the site's alone)."""
        self._warm.join()
        self.service.wait_ready(timeout=SERVICE_START_SECONDS)

    def close(self) -> None:
        self.service.close()

    def __enter__(self) -> SiteAuditor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _not_checked(url: str, exc: Exception, attempts: int, clock: float, what: str) -> SiteResult:
    """A site that could not be checked: the user's kind of error in its own words, a bug as an
    internal error (logged), so that one site never loses the others' results."""
    if isinstance(exc, (CrawlError, PrevetError, OSError)):
        reason = str(exc)
    else:
        log.debug(what, url, exc_info=True)
        reason = f"internal error: {type(exc).__name__}: {exc}"
    return SiteResult(
        url, NOT_CHECKED, 2, reason=reason, attempts=attempts, seconds=time.perf_counter() - clock
    )
