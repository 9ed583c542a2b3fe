"""The report model: the one contract every output format (JSON, HTML, console, ...) renders.

Its JSON form is report.json as specified in CONTRACT.md; extra keys (check metadata, crawl
stats) are additions, never changes.
"""

from __future__ import annotations

from importlib import metadata
from typing import Any

from pydantic import BaseModel, Field

from analyzers.analyze import Analysis
from analyzers.registry import SEVERITY_RANK, Finding, Severity, Status
from crawler.snapshot import CrawlStats, SiteSnapshot, now_iso

VERDICT_WORDS = {
    "ready": "Ready to submit",
    "needs_changes": "Needs changes before you submit",
    "rejected": "Likely rejected: prohibited content",
    "not_checked": "Could not be checked",
}

# the eight review criteria, in the order reviewers go through them
REVIEW_GROUPS: list[tuple[str, str, tuple[str, ...]]] = [
    ("brand", "Brand identity", ("brand",)),
    ("website", "Website", ("site",)),
    ("optin", "Opt-in", ("optin",)),
    ("privacy", "Privacy policy", ("privacy",)),
    ("terms", "Terms and conditions", ("terms",)),
    ("content", "Content", ("content", "agegate")),
    ("messages", "Campaign, sample messages and replies", ("campaign", "samples", "replies")),
    ("links", "Links", ("links",)),
    ("drift", "Changes since the approved baseline", ("drift",)),
]


def tool_version() -> str:
    try:
        return metadata.version("prevet")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0.0.0+source"


class ToolInfo(BaseModel):
    name: str = "prevet"
    version: str = Field(default_factory=tool_version)


class Summary(BaseModel):
    verdict: str
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    needs_review: int = 0
    pages: int = 0
    rendered_pages: int = 0
    suppressed: int = 0  # findings accepted in the configuration (listed in "suppressed")


class PageSummary(BaseModel):
    url: str
    status: int
    rendered: bool
    roles: list[str]
    title: str


class CheckInfo(BaseModel):
    status: str
    severity: str
    title: str
    ref: str
    why: str
    family: str
    reason: str = ""
    suppressed: int = 0  # this check's findings accepted in the configuration


class Scope(BaseModel):
    """What the run looked at, so a verdict never claims more than was checked."""

    website: bool = True  # a crawl was made (it may still have found the site unreachable)
    registration_package: bool = False  # a campaign file was given


class Report(BaseModel):
    tool: ToolInfo = Field(default_factory=ToolInfo)
    target: str
    started_at: str
    finished_at: str
    summary: Summary
    brand: str | None = None
    pages: list[PageSummary] = Field(default_factory=list)
    findings: list[dict[str, Any]] = Field(default_factory=list)
    # findings accepted in the configuration: each finding with its "suppression" (the rule,
    # with its reason); they count towards nothing but are never dropped
    suppressed: list[dict[str, Any]] = Field(default_factory=list)
    # every suppression in the configuration: the rule, "state" (active or expired) and how
    # many findings it "matched" (an expired one matched them but suppressed none)
    suppressions: list[dict[str, Any]] = Field(default_factory=list)
    checks: dict[str, str] = Field(default_factory=dict)
    check_info: dict[str, CheckInfo] = Field(default_factory=dict)
    crawl: CrawlStats | None = None
    scope: Scope | None = None  # None in reports written before it existed
    snapshot_file: str | None = None
    extras: dict[str, Any] = Field(default_factory=dict)  # drift, registration kit, ...

    def finding_objects(self) -> list[Finding]:
        return [Finding.from_dict(f) for f in self.findings]

    def suppressed_objects(self) -> list[tuple[Finding, dict[str, Any]]]:
        """Each accepted finding with the suppression (reason, scope, until) that accepted it."""
        return [(Finding.from_dict(f), dict(f.get("suppression") or {})) for f in self.suppressed]

    @property
    def expired_suppressions(self) -> list[dict[str, Any]]:
        return [rule for rule in self.suppressions if rule.get("state") == "expired"]

    def top_findings(self, count: int = 3) -> list[Finding]:
        """What to fix first: failed errors before warnings, in catalog order."""
        failed = [f for f in self.finding_objects() if f.status is Status.FAILED]
        failed.sort(key=lambda f: -SEVERITY_RANK[f.severity])
        return failed[:count]

    @property
    def verdict_words(self) -> str:
        return VERDICT_WORDS.get(self.summary.verdict, self.summary.verdict)


def build_report(
    snapshot: SiteSnapshot | None,
    analysis: Analysis,
    *,
    target: str,
    started_at: str,
    finished_at: str | None = None,
) -> Report:
    findings = sorted(analysis.findings, key=_finding_order)
    failed = [f for f in findings if f.status is Status.FAILED]
    pages = snapshot.pages if snapshot else []
    summary = Summary(
        verdict=analysis.verdict,
        errors=sum(f.severity is Severity.ERROR for f in failed),
        warnings=sum(f.severity is Severity.WARNING for f in failed),
        infos=sum(f.severity is Severity.INFO for f in failed),
        needs_review=sum(f.status is Status.NEEDS_REVIEW for f in findings),
        pages=len(pages),
        rendered_pages=sum(p.rendered for p in pages),
        suppressed=len(analysis.suppression.suppressed),
    )
    accepted: dict[str, int] = {}
    for item in analysis.suppression.suppressed:
        accepted[item["check"]] = accepted.get(item["check"], 0) + 1
    return Report(
        target=target,
        started_at=started_at,
        finished_at=finished_at or now_iso(),
        summary=summary,
        brand=analysis.brand,
        pages=[
            PageSummary(
                url=p.final_url or p.url,
                status=p.status,
                rendered=p.rendered,
                roles=p.roles,
                title=p.title,
            )
            for p in pages
        ],
        findings=[f.to_dict() for f in findings],
        suppressed=analysis.suppression.suppressed,
        suppressions=analysis.suppression.rules,
        checks=analysis.statuses,
        check_info={
            r.spec.id: CheckInfo(
                status=str(r.status),
                severity=str(r.spec.severity),
                title=r.spec.title,
                ref=r.spec.ref,
                why=r.spec.why,
                family=r.spec.family,
                reason=r.reason,
                suppressed=accepted.get(r.spec.id, 0),
            )
            for r in analysis.results
        },
        crawl=snapshot.stats if snapshot else None,
        scope=Scope(
            website=snapshot is not None,
            registration_package=getattr(analysis.context, "campaign", None) is not None,
        ),
    )


def _finding_order(finding: Finding) -> tuple[int, int, str, str]:
    status_rank = 0 if finding.status is Status.FAILED else 1
    return (status_rank, -SEVERITY_RANK[finding.severity], finding.check, finding.url or "")
