"""Run every check over a snapshot (and campaign) and decide the verdict."""

from __future__ import annotations

from dataclasses import dataclass, field

from analyzers.context import AnalysisContext, AuditOptions, InputFailed
from analyzers.registry import (
    CheckResult,
    Finding,
    Severity,
    Status,
    do_not_resubmit_ids,
    run_all,
)
from analyzers.suppress import SuppressionOutcome, apply_suppressions
from crawler.snapshot import SiteSnapshot


@dataclass
class Analysis:
    results: list[CheckResult]
    brand: str | None = None  # the name used in fixes, from the campaign or inferred
    # the inputs the checks derived (opt-in forms, policies...), for the kit and the report
    context: AnalysisContext | None = None
    # findings the configuration accepted (with their reasons), and how each suppression fared
    suppression: SuppressionOutcome = field(default_factory=SuppressionOutcome)

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.results for f in result.findings]

    @property
    def statuses(self) -> dict[str, str]:
        return {r.spec.id: str(r.status) for r in self.results}

    @property
    def verdict(self) -> str:
        return verdict_of(self.findings)


def verdict_of(findings: list[Finding]) -> str:
    """ready / needs_changes / rejected, as the catalog defines them."""
    errors = [f for f in findings if f.status is Status.FAILED and f.severity is Severity.ERROR]
    # a "do NOT resubmit" denial (content carriers forbid outright) rejects the whole audit
    if any(f.check in do_not_resubmit_ids() for f in errors):
        return "rejected"
    return "needs_changes" if errors else "ready"


def analyze(
    snapshot: SiteSnapshot | None,
    campaign: object | None = None,
    options: AuditOptions | None = None,
    only: list[str] | None = None,
) -> Analysis:
    ctx = AnalysisContext(snapshot=snapshot, campaign=campaign, options=options or AuditOptions())
    results = run_all(ctx, only=only)
    ignored = set(ctx.options.ignore)
    for result in results:
        if result.spec.id in ignored:
            result.status, result.findings, result.reason = Status.NOT_APPLICABLE, [], "ignored"
    target = snapshot.start_url if snapshot is not None else None
    suppression = apply_suppressions(results, ctx.options.suppress, target)
    try:
        brand = ctx.inputs.brand_names
    except InputFailed:  # the checks that needed it already say so
        brand = None
    return Analysis(
        results=results,
        brand=brand.primary if brand else None,
        context=ctx,
        suppression=suppression,
    )
