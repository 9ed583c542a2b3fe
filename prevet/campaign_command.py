"""`prevet check-campaign FILE`: judge the registration package alone, without a crawl.

Runs the brand.*, campaign.*, samples.* and replies.* checks of the one registry over the
campaign file (checks that need the website are not_applicable here) and prints the findings
as a short list (text) or in report.json's shape (json). Exit code as CONTRACT.md says: 0 nothing
at or above --fail-on, 1 findings at or above it; a bad file raises CampaignFileError (exit 2).
Imports stay local to this module's job: no crawler, no browser, no HTML reports.
"""

from __future__ import annotations

from pathlib import Path

import typer

from analyzers.analyze import Analysis, analyze
from analyzers.campaign.model import Campaign, load_campaign
from analyzers.context import AuditOptions
from analyzers.registry import SEVERITY_RANK, Finding, Severity, Status, all_checks
from prevet.config import load_config

PACKAGE_FAMILIES = ("brand", "campaign", "samples", "replies")


def package_check_ids() -> list[str]:
    """Every registered check that judges the registration package."""
    return [cid for cid, spec in all_checks().items() if spec.family in PACKAGE_FAMILIES]


def check_package(
    campaign: Campaign, ignore: list[str] | None = None, suppress: list | None = None
) -> Analysis:
    options = AuditOptions(ignore=ignore or [], suppress=suppress or [])
    return analyze(None, campaign, options, only=package_check_ids())


def run_check_campaign(file: Path | str, *, fail_on: str = "error", output: str = "text") -> int:
    if output not in ("text", "json"):
        from prevet.errors import PrevetError

        raise PrevetError(f"--format for check-campaign is text or json, not {output!r}")
    campaign = load_campaign(Path(file))
    # checks silenced and findings accepted in ./prevet.yaml are here too, as in `prevet audit`
    settings = load_config(None)
    analysis = check_package(
        campaign, ignore=settings.ignore_checks, suppress=settings.suppressions
    )
    if output == "json":
        typer.echo(_json(analysis, str(file)))
    else:
        typer.echo(_text(analysis, campaign))
    return exit_code(analysis.findings, fail_on)


def exit_code(findings: list[Finding], fail_on: str) -> int:
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[Severity(fail_on)]
    failing = [
        f for f in findings if f.status is Status.FAILED and SEVERITY_RANK[f.severity] >= threshold
    ]
    return 1 if failing else 0


def _json(analysis: Analysis, target: str) -> str:
    from reports.json_report import render_json
    from reports.model import build_report, now_iso

    report = build_report(None, analysis, target=target, started_at=now_iso())
    return render_json(report)


_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _text(analysis: Analysis, campaign: Campaign) -> str:
    """A short list a person reads top-down: one finding per block, with its line and fix."""
    findings = sorted(
        analysis.findings,
        key=lambda f: (f.status is not Status.FAILED, _ORDER[f.severity], f.check),
    )
    failed = [f for f in findings if f.status is Status.FAILED]
    counts = {sev: sum(f.severity is sev for f in failed) for sev in Severity}
    verdict = {
        "ready": "ready to submit",
        "needs_changes": "needs changes before you submit",
        "rejected": "likely rejected: prohibited content",
    }[analysis.verdict]
    lines = [
        f"{campaign.source}: {verdict} — {_count(counts[Severity.ERROR], 'error')}, "
        f"{_count(counts[Severity.WARNING], 'warning')}, "
        f"{_count(counts[Severity.INFO], 'note')}"
    ]
    for finding in findings:
        label = "review" if finding.status is Status.NEEDS_REVIEW else str(finding.severity)
        line = finding.details.get("line")
        where = f"{campaign.source}:{line}" if line else campaign.source
        lines.append(f"{label:<7} {finding.check}  {where}")
        lines.append(f"        {finding.message}")
        if finding.fix:
            lines.append(f"        fix: {finding.fix}")
    for rule in analysis.suppression.rules:
        if rule["state"] == "expired":
            lines.append(
                f"suppression expired on {rule['until']}: {rule['check']} "
                f"({rule['reason']}); {rule['matched']} finding(s) reported again"
            )
    for accepted in analysis.suppression.suppressed:
        lines.append(
            f"accepted {accepted['check']}  (not counted: {accepted['suppression']['reason']})"
        )
    site_only = sorted(
        r.spec.id
        for r in analysis.results
        if r.status is Status.NOT_APPLICABLE and "snapshot" in r.spec.needs
    )
    if site_only:
        lines.append(
            f"not checked without a website (run `prevet audit URL --campaign "
            f"{campaign.source}`): {', '.join(site_only)}"
        )
    passed = sum(r.status is Status.PASSED for r in analysis.results)
    lines.append(f"{passed} of {len(analysis.results)} package checks passed")
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
