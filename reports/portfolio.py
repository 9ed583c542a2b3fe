"""The portfolio model: every site of a multi-site run, one row each, and the files it makes.

It is built from each site's report model (reports/model.py) plus what only the run knows (a
site that could not be checked, drift against a baseline, where the site's report was written);
portfolio.json is its JSON form, and index.html (reports/portfolio_html.py), junit.xml and the
console table render from it. Nothing here recomputes a verdict.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from reports.junit import _clean, group_suites
from reports.model import VERDICT_WORDS, Report, ToolInfo

STATUSES = ("ready", "needs_changes", "rejected", "not_checked")
STATUS_WORDS = {
    **VERDICT_WORDS,
    "ready": "Ready",
    "needs_changes": "Needs changes",
    "rejected": "Rejected",
    "not_checked": "Could not check",
}
STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}
DRIFT_WORDS = {"drift": "changed", "no_drift": "unchanged", "not_checked": "could not check"}


class TopFinding(BaseModel):
    check: str
    severity: str
    message: str
    url: str | None = None


class SiteDrift(BaseModel):
    status: str  # drift, no_drift or not_checked
    changes: int = 0
    baseline_run: str | None = None

    @property
    def words(self) -> str:
        word = DRIFT_WORDS.get(self.status, self.status)
        return f"{self.changes} {word}" if self.status == "drift" else word


class PortfolioSite(BaseModel):
    url: str
    host: str
    status: str  # one of STATUSES
    exit_code: int
    reason: str = ""
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    needs_review: int = 0
    pages: int = 0
    brand: str | None = None
    top_finding: TopFinding | None = None
    drift: SiteDrift | None = None
    folder: str | None = None  # the site's report folder, relative to the portfolio's
    report: str | None = None  # its report.html (else report.json), relative likewise
    run_id: str | None = None
    seconds: float = 0.0
    attempts: int = 0

    @property
    def status_words(self) -> str:
        return STATUS_WORDS.get(self.status, self.status)


class Portfolio(BaseModel):
    tool: ToolInfo = Field(default_factory=ToolInfo)
    kind: str = "audit"  # audit or drift
    started_at: str
    finished_at: str
    concurrency: int = 1
    sites: list[PortfolioSite] = Field(default_factory=list)
    exit_code: int = 0

    @property
    def counts(self) -> dict[str, int]:
        tally = Counter(site.status for site in self.sites)
        return {status: tally.get(status, 0) for status in STATUSES}

    def to_json(self) -> str:
        data = self.model_dump(mode="json")
        data["counts"] = self.counts
        import json

        return json.dumps(data, indent=2)


def site_entry(
    url: str,
    host: str,
    *,
    status: str,
    exit_code: int,
    report: Report | None,
    out_dir: Path | None,
    files: dict[str, Path],
    base: Path,
    **extra: Any,
) -> PortfolioSite:
    """A site's row, from its report (None when it could not be checked at all)."""
    entry = PortfolioSite(url=url, host=host, status=status, exit_code=exit_code, **extra)
    if report is not None:
        summary = report.summary
        entry.errors, entry.warnings = summary.errors, summary.warnings
        entry.infos, entry.needs_review = summary.infos, summary.needs_review
        entry.pages, entry.brand = summary.pages, report.brand
        top = report.top_findings(1)
        if top:
            finding = top[0]
            entry.top_finding = TopFinding(
                check=finding.check,
                severity=str(finding.severity),
                message=finding.message,
                url=finding.url,
            )
    main = files.get("html") or files.get("json")
    if out_dir is not None:
        entry.folder = _relative(out_dir, base)
    if main is not None:
        entry.report = _relative(main, base)
    return entry


def _relative(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_uri()


def write_portfolio_json(portfolio: Portfolio, out_dir: Path) -> Path:
    path = out_dir / "portfolio.json"
    path.write_text(portfolio.to_json(), encoding="utf-8")
    return path


def render_portfolio_junit(portfolio: Portfolio, reports: dict[str, Report]) -> str:
    """One <testsuite> per site, named by its URL: every check a test case (as in the site's
    report.junit.xml); a site that could not be checked is one test case in error."""
    root = ET.Element("testsuites", {"name": f"prevet portfolio ({portfolio.kind})"})
    for site in portfolio.sites:
        report = reports.get(site.url)
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": _clean(site.url),
                "hostname": _clean(site.host),
                "timestamp": _clean(report.started_at if report else portfolio.started_at),
                "time": f"{site.seconds:.1f}",
            },
        )
        totals = Counter()
        if report is not None:
            for group in group_suites(report):
                for key in ("tests", "failures", "errors", "skipped"):
                    totals[key] += int(group.get(key, "0"))
                suite.extend(group.findall("testcase"))
        if site.status == "not_checked":
            case = ET.SubElement(
                suite, "testcase", {"classname": "prevet.site", "name": "site.checked", "time": "0"}
            )
            ET.SubElement(
                case,
                "error",
                {"type": "not_checked", "message": _clean(site.reason or "could not check")},
            )
            totals["tests"] += 1
            totals["errors"] += 1
        for key in ("tests", "failures", "errors", "skipped"):
            suite.set(key, str(totals[key]))
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key, "0")) for s in root)))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write_portfolio_junit(portfolio: Portfolio, reports: dict[str, Report], out_dir: Path) -> Path:
    path = out_dir / "junit.xml"
    path.write_text(render_portfolio_junit(portfolio, reports), encoding="utf-8")
    return path
