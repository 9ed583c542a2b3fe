"""Orchestration of one audit: crawl -> analyze -> report files (-> store).

The crawl runs in a child process (crawler/run.py). While it does, a thread here opens the
history store and warms the analysis up (analyzers/warm.py), so those fixed costs are paid on
the core the crawl leaves idle instead of after it. The analysis and report modules are
imported after the crawl has started, for the same reason.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analyzers.context import AuditOptions
from crawler.run import CrawlJob, CrawlOptions
from crawler.snapshot import now_iso
from prevet.errors import PrevetError
from prevet.outdir import default_out_dir, prepare_out_dir

if TYPE_CHECKING:
    from crawler.snapshot import SiteSnapshot
    from reports.model import Report

log = logging.getLogger(__name__)

FORMATS = ("html", "json", "junit", "md")


@dataclass
class AuditRequest:
    target: str  # the start URL, already normalized
    crawl: CrawlOptions
    out_dir: Path | None = None
    formats: tuple[str, ...] = ("html", "json")
    campaign: Any | None = None  # a loaded Campaign
    options: AuditOptions = field(default_factory=AuditOptions)
    store_url: str | None = None
    store: bool = True
    # called inside the transaction that keeps the run (prevet.store.save_audit's `within`)
    store_within: Callable[[Any, str], None] | None = None


@dataclass
class AuditOutcome:
    report: Report
    snapshot: SiteSnapshot
    out_dir: Path
    files: dict[str, Path]
    run_id: str | None = None


def run_audit(
    request: AuditRequest, progress: Callable[[dict[str, Any]], None] | None = None
) -> AuditOutcome:
    started = now_iso()
    # a folder that cannot be written fails now, in one line, not after the crawl
    out_dir = prepare_out_dir(
        request.out_dir or default_out_dir(request.target), explicit=request.out_dir is not None
    )
    crawl = CrawlJob(request.target, request.crawl)
    try:
        preparation = _Preparation(request, on_failure=crawl.stop)
        try:
            snapshot = crawl.wait(progress)
        finally:
            preparation.finish()  # a store that cannot be opened wins over the stopped crawl
        return analyze_and_report(request, snapshot, started, out_dir)
    finally:
        crawl.close()  # the child closed its browser meanwhile


def analyze_and_report(
    request: AuditRequest, snapshot: SiteSnapshot, started: str, out_dir: Path | None = None
) -> AuditOutcome:
    """Judge a crawled site and write its reports (and keep the run); also the second half of
    a portfolio worker's audit (prevet/worker.py)."""
    from analyzers.analyze import analyze
    from analyzers.kit import build_kit
    from reports.model import build_report

    out_dir = out_dir or request.out_dir or default_out_dir(request.target)
    out_dir.mkdir(parents=True, exist_ok=True)
    snapshot = _place_screenshots(snapshot, out_dir)
    analysis = analyze(snapshot, request.campaign, request.options)
    report = build_report(snapshot, analysis, target=request.target, started_at=started)
    report.snapshot_file = "snapshot.json"
    report.extras["kit"] = build_kit(snapshot, analysis, request.options, request.campaign)
    files = write_reports(report, snapshot, out_dir, request.formats)
    run_id = _store(request, report, snapshot, out_dir)
    return AuditOutcome(
        report=report, snapshot=snapshot, out_dir=out_dir, files=files, run_id=run_id
    )


def _yield_to_the_crawl() -> None:
    """Lower this thread's scheduling priority (Linux schedules threads on their own): on a
    busy machine the crawl and its browser come first, the warm-up has time until they end."""
    import os

    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except (AttributeError, OSError):
        pass


class _Preparation:
    """What the audit needs after the crawl, done in a thread while the crawl runs: open (and
    migrate) the history store, then warm the analysis up. A store that cannot be opened calls
    `on_failure` (stopping the crawl) and is raised by `finish()`."""

    def __init__(self, request: AuditRequest, on_failure: Callable[[], None]):
        self._request = request
        self._on_failure = on_failure
        self._error: PrevetError | None = None
        self._thread = threading.Thread(target=self._run, name="prevet-prepare", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        _yield_to_the_crawl()
        if self._request.store:
            from prevet.store import engine_for

            try:
                engine_for(self._request.store_url)
            except PrevetError as exc:
                self._error = exc
                self._on_failure()
                return
        from analyzers.warm import warm_up

        warm_up(self._request.campaign)

    def finish(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def write_reports(
    report: Report, snapshot: SiteSnapshot | None, out_dir: Path, formats: tuple[str, ...]
) -> dict[str, Path]:
    """report.json always (it is the contract); the other formats as asked."""
    from reports.json_report import write_json

    files: dict[str, Path] = {}
    if snapshot is not None:
        snapshot.save(out_dir / "snapshot.json")
        files["snapshot"] = out_dir / "snapshot.json"
    files["json"] = write_json(report, out_dir)
    writers = _writers()
    for fmt in formats:
        if fmt in writers:
            files[fmt] = writers[fmt](report, out_dir)
    return files


def _writers() -> dict[str, Callable[[Report, Path], Path]]:
    """The output formats besides report.json (imported on use: the crawl starts sooner)."""
    from reports.html import write_html
    from reports.junit import write_junit
    from reports.markdown import write_markdown

    return {"html": write_html, "junit": write_junit, "md": write_markdown}


def _place_screenshots(snapshot: SiteSnapshot, out_dir: Path) -> SiteSnapshot:
    """Move form screenshots from the crawl's temp dir next to the report (paths relative)."""
    shots = out_dir / "screenshots"
    for page in snapshot.pages:
        for form in page.forms:
            if form.screenshot and Path(form.screenshot).is_absolute():
                source = Path(form.screenshot)
                if source.exists():
                    shots.mkdir(exist_ok=True)
                    target = shots / source.name
                    target.write_bytes(source.read_bytes())
                    form.screenshot = f"screenshots/{source.name}"
                else:
                    form.screenshot = None
    return snapshot


def _store(
    request: AuditRequest, report: Report, snapshot: SiteSnapshot, out_dir: Path
) -> str | None:
    """Keep the run in the history store when storage is available and wanted."""
    if not request.store:
        return None
    from prevet.store import save_audit

    return save_audit(
        report, snapshot, url=request.store_url, base_dir=out_dir, within=request.store_within
    )


def exit_code(report: Report, fail_on: str) -> int:
    """0 nothing at or above --fail-on, 1 findings at or above it."""
    from analyzers.registry import SEVERITY_RANK, Severity, Status

    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[Severity(fail_on)]
    for finding in report.finding_objects():
        if finding.status is Status.FAILED and SEVERITY_RANK[finding.severity] >= threshold:
            return 1
    return 0
