"""One drift run: re-crawl a site, compare it with its approved baseline, report and keep it.

The new crawl is a full audit (same reports, same checks); the drift.* checks then judge it
against the baseline snapshot from the store, and their findings and a "changes" summary are
merged into the report. A site that is down or behind a bot wall is "could not check": never
drift, never all-clear.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analyzers.analyze import verdict_of
from analyzers.checks.drift import drift_check_ids
from analyzers.context import AnalysisContext, AuditOptions
from analyzers.drift.ignore import apply_ignore_rules
from analyzers.drift.sides import wall_reason
from analyzers.registry import SEVERITY_RANK, CheckResult, Severity, Status, run_all
from analyzers.suppress import SuppressionOutcome, apply_suppressions
from crawler.snapshot import SiteSnapshot
from prevet.config import Settings
from prevet.errors import PrevetError
from prevet.store import RunSummary, get_baseline, load_snapshot, save_audit
from reports.model import CheckInfo, Report

WATCHED_ROLES = ("optin", "privacy", "terms", "sms_terms")


class NoBaseline(PrevetError):  # noqa: N818 - reads as what the site lacks
    """The site has no approved run to compare with: it could not be checked for drift."""


@dataclass
class DriftSettings:
    """How to re-crawl and judge, from the command line and the configuration file."""

    store: str | None = None
    out: Path | None = None
    fail_on: str = "warning"
    render: str = "auto"
    max_pages: int = 200
    resolve: list[str] = field(default_factory=list)
    config: Settings = field(default_factory=Settings)
    interact_budget: float = 8.0  # seconds per rendered page to reach hidden forms (0: never)
    # called inside the transaction that keeps the run (prevet.store.save_audit's `within`)
    store_within: Callable[[Any, str], None] | None = None


@dataclass
class DriftOutcome:
    target: str
    status: str  # "drift", "no_drift" or "not_checked"
    exit_code: int
    reason: str = ""
    report: Report | None = None
    baseline: RunSummary | None = None
    run_id: str | None = None
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def changes(self) -> list[dict[str, Any]]:
        drift = self.report.extras.get("drift", {}) if self.report else {}
        return list(drift.get("changes", []))


def run_drift(
    target: str, settings: DriftSettings, audit: Callable[[Any], Any] | None = None
) -> DriftOutcome:
    """Re-crawl target and compare it with its baseline. Raises PrevetError when there is none.
    `audit` runs the audit (prevet.audit.run_audit; a portfolio's warm worker passes its own)."""
    from crawler.run import CrawlError, CrawlOptions, parse_resolve
    from prevet.audit import AuditRequest, run_audit

    baseline = get_baseline(target, settings.store)
    if baseline is None:
        raise NoBaseline(
            f"no approved baseline for {target}: run `prevet audit {target}` and "
            f"then `prevet baseline {target}`"
        )
    approved = load_snapshot(baseline.id, settings.store)
    crawl = CrawlOptions(
        max_pages=settings.max_pages,
        render=settings.render,
        interact_budget=settings.interact_budget,
        resolve=parse_resolve(settings.resolve),
        extra_urls=watched_urls(approved),
    )
    options = AuditOptions(
        ignore=settings.config.ignore_checks, suppress=settings.config.suppressions
    )
    request = AuditRequest(
        target=target, crawl=crawl, out_dir=settings.out, options=options, store=False
    )
    try:
        outcome = (audit or run_audit)(request)
    except CrawlError as exc:
        return DriftOutcome(target, "not_checked", 2, reason=str(exc), baseline=baseline)
    report, snapshot = outcome.report, outcome.snapshot
    reason = could_not_check(snapshot)
    if reason:
        merge_results(
            report,
            [
                CheckResult(spec, Status.NEEDS_REVIEW, [], f"could not check: {reason}")
                for spec in _drift_specs()
            ],
        )
        report.summary.verdict = "not_checked"
        report.extras["drift"] = _drift_extras(baseline, [], status="not_checked", reason=reason)
        code, status = 2, "not_checked"
    else:
        results = compare(approved, snapshot, settings.config, options)
        merge_results(
            report, results, suppression=apply_suppressions(results, options.suppress, target)
        )
        changes = drift_changes(results)
        review = [f for r in results for f in r.findings if f.status is Status.NEEDS_REVIEW]
        report.extras["drift"] = _drift_extras(
            baseline, changes, status="checked", unchecked=[f.message for f in review]
        )
        code = drift_exit_code(results, settings.fail_on)
        status = "drift" if changes else "no_drift"
        if code == 0 and review:  # a page that could not be read is not an all-clear
            code, reason = 2, f"could not check {len(review)} approved page(s)"
    files = _rewrite(report, snapshot, outcome.out_dir)
    run_id = save_audit(
        report,
        snapshot,
        url=settings.store,
        kind="drift",
        base_dir=outcome.out_dir,
        within=settings.store_within,
    )
    return DriftOutcome(
        target,
        status,
        code,
        reason=reason or "",
        report=report,
        baseline=baseline,
        run_id=run_id,
        files=files,
    )


def _drift_specs():  # noqa: ANN202 - CheckSpec list
    from analyzers.registry import all_checks

    return [spec for cid, spec in all_checks().items() if cid in set(drift_check_ids())]


def watched_urls(snapshot: SiteSnapshot) -> list[str]:
    """The approved opt-in and policy pages: always fetched again, linked or not."""
    urls = []
    for page in snapshot.pages:
        if any(role in page.roles for role in WATCHED_ROLES) or page.forms:
            url = page.final_url or page.url
            if url not in urls:
                urls.append(url)
    return urls


def could_not_check(snapshot: SiteSnapshot) -> str | None:
    """Why the new crawl cannot be compared at all: down, an error page, a bot wall."""
    if snapshot.unreachable:
        return f"the site could not be reached: {snapshot.unreachable}"
    if not snapshot.pages:
        return "the crawl found no page"
    start = snapshot.pages[0]
    if start.error:
        return f"the start page could not be read: {start.error}"
    wall = wall_reason(start)
    if wall:
        return f"the start page is {wall}"
    if start.status >= 400:
        return f"the start page answered HTTP {start.status}"
    return None


def compare(
    approved: SiteSnapshot, current: SiteSnapshot, config: Settings, options: AuditOptions
) -> list[CheckResult]:
    """The drift.* checks over the two snapshots, after the user's ignore rules."""
    rules = config.ignore
    old, new = (
        apply_ignore_rules(s, pages=rules.pages, selectors=rules.selectors, text=rules.text)
        for s in (approved, current)
    )
    ctx = AnalysisContext(snapshot=new, baseline=old, options=options)
    results = run_all(ctx, only=drift_check_ids())
    for result in results:
        if result.spec.id in set(options.ignore):
            result.status, result.findings, result.reason = Status.NOT_APPLICABLE, [], "ignored"
    return results


def merge_results(
    report: Report, results: list[CheckResult], suppression: SuppressionOutcome | None = None
) -> None:
    """Put the drift checks' results (and the drift findings the configuration accepted) into
    the audit's report and recount its summary."""
    ids = {r.spec.id for r in results}
    if suppression is not None:
        report.suppressed += suppression.suppressed
        report.suppressions = _merge_rules(report.suppressions, suppression.rules)
        report.summary.suppressed = len(report.suppressed)
    accepted = [s["check"] for s in report.suppressed]
    findings = [f for f in report.finding_objects() if f.check not in ids]
    findings += [f for r in results for f in r.findings]
    report.findings = [f.to_dict() for f in findings]
    for r in results:
        report.checks[r.spec.id] = str(r.status)
        report.check_info[r.spec.id] = CheckInfo(
            status=str(r.status),
            severity=str(r.spec.severity),
            title=r.spec.title,
            ref=r.spec.ref,
            why=r.spec.why,
            family=r.spec.family,
            reason=r.reason,
            suppressed=accepted.count(r.spec.id),
        )
    failed = [f for f in findings if f.status is Status.FAILED]
    summary = report.summary
    summary.errors = sum(f.severity is Severity.ERROR for f in failed)
    summary.warnings = sum(f.severity is Severity.WARNING for f in failed)
    summary.infos = sum(f.severity is Severity.INFO for f in failed)
    summary.needs_review = sum(f.status is Status.NEEDS_REVIEW for f in findings)
    summary.verdict = verdict_of(findings)


def _merge_rules(known: list[dict[str, Any]], more: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The audit's and the drift checks' counts of the same suppressions, added up."""
    merged = SuppressionOutcome(rules=[dict(rule) for rule in known])
    merged.extend(SuppressionOutcome(rules=more))
    return merged.rules


def drift_changes(results: list[CheckResult]) -> list[dict[str, Any]]:
    """The report's extras["drift"]["changes"]: what changed, quoting old and new."""
    return [
        {
            "check": f.check,
            "severity": str(f.severity),
            "message": f.message,
            "old": f.details.get("old", ""),
            "new": f.details.get("new", ""),
            "diff": f.details.get("diff", ""),
            "url": f.url or "",
            "identity": f.details.get("identity", ""),
        }
        for r in results
        for f in r.findings
        if f.status is Status.FAILED
    ]


def drift_exit_code(results: list[CheckResult], fail_on: str) -> int:
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[Severity(fail_on)]
    return int(
        any(
            f.status is Status.FAILED and SEVERITY_RANK[f.severity] >= threshold
            for r in results
            for f in r.findings
        )
    )


def _drift_extras(
    baseline: RunSummary,
    changes: list[dict[str, Any]],
    *,
    status: str,
    reason: str = "",
    unchecked: list[str] | None = None,
) -> dict[str, Any]:
    extras: dict[str, Any] = {
        "baseline_run": baseline.id,
        "baseline_date": baseline.finished_at,
        "status": status,
        "changes": changes,
    }
    if reason:
        extras["reason"] = reason
    if unchecked:
        extras["unchecked"] = unchecked
    return extras


def _rewrite(report: Report, snapshot: SiteSnapshot, out_dir: Path) -> dict[str, Path]:
    from prevet.audit import write_reports

    return write_reports(report, snapshot, out_dir, ("html", "json"))


# --- telling someone -----------------------------------------------------------------------


def notification(
    outcome: DriftOutcome, report_url: str | None = None, out_root: Path | None = None
) -> dict[str, Any]:
    """The notice for one site (prevet/notify.py): a Slack-compatible "text" plus the status,
    the structured changes and the report's absolute path (and link, given --report-url)."""
    from prevet.notify import report_link, site_notice

    baseline = outcome.baseline
    report = outcome.files.get("html") or outcome.files.get("json")
    status = outcome.status
    if status == "no_drift" and outcome.exit_code == 2:  # pages it could not read: not all-clear
        status = "not_checked"
    return site_notice(
        target=outcome.target,
        status=status,
        exit_code=outcome.exit_code,
        reason=outcome.reason,
        changes=outcome.changes,
        run_id=outcome.run_id,
        baseline_run=baseline.id if baseline else None,
        baseline_date=baseline.finished_at if baseline else None,
        report=report,
        link=report_link(report, out_root, report_url),
    )


def post_notification(destination: str, body: dict[str, Any], timeout: float = 15.0) -> None:
    """Send a notice to a webhook (JSON POST) or an Apprise URL; a failure is one line."""
    from prevet.notify import send

    send(destination, body, timeout)
