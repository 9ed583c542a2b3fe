"""report.junit.xml: every check as a JUnit test case, so a CI job shows and fails on them.

One <testsuite> per review group (brand identity, website, opt-in, ...), one <testcase> per
check, named by its catalog id. Mapping:
- failed          -> <failure type="error|warning|info"> with each finding's message and place;
- needs_review    -> <skipped message="needs review: ...">. A person must look, and prevet's own
  exit code does not fail on it, so neither should CI; "skipped" still shows it in CI summaries
  apart from the passes (the property status=needs_review tells the two kinds of skip apart);
- not_applicable  -> <skipped message="not applicable: ...">;
- passed          -> an empty test case.
Text from the audited site is escaped by the XML writer; characters XML 1.0 cannot carry at all
(control characters some pages contain) are dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from analyzers.registry import Finding
from reports.model import Report
from reports.view import GroupView, SuppressedView, build_view

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: object) -> str:
    return _NOT_XML.sub("", str(text or ""))


def _finding_text(finding: Finding) -> str:
    lines = [f"[{finding.severity}] {finding.message}"]
    if finding.url:
        lines.append(f"  page: {finding.url}")
    if finding.selector:
        lines.append(f"  element: {finding.selector}")
    if finding.evidence:
        lines.append(f"  evidence: {finding.evidence}")
    if finding.ref:
        lines.append(f"  reviewers would send: {finding.ref}")
    if finding.fix:
        lines.append(f"  fix: {finding.fix}")
    return "\n".join(lines)


def _suite(
    group: GroupView,
    report: Report,
    timestamp: str,
    accepted: dict[str, list[SuppressedView]] | None = None,
) -> ET.Element:
    counts = group.counts
    suite = ET.Element(
        "testsuite",
        {
            "name": _clean(group.title),
            "tests": str(len(group.checks)),
            "failures": str(counts["failed"]),
            "errors": "0",
            "skipped": str(counts["needs_review"] + counts["not_applicable"]),
            "timestamp": _clean(timestamp),
            "hostname": _clean(report.target),
        },
    )
    for check in group.checks:
        case = ET.SubElement(
            suite,
            "testcase",
            {
                "classname": f"prevet.{group.key}",
                "name": _clean(check.id),
                "time": "0",
            },
        )
        properties = ET.SubElement(case, "properties")
        for name, value in (
            ("status", check.status),
            ("severity", check.severity),
            ("title", check.title),
            ("ref", check.ref),
        ):
            ET.SubElement(properties, "property", {"name": name, "value": _clean(value)})
        findings = [view.finding for view in check.findings]
        if check.status == "failed":
            failed = [f for f in findings if str(f.status) == "failed"] or findings
            first = failed[0].message if failed else check.title
            failure = ET.SubElement(
                case,
                "failure",
                {
                    "type": _clean(check.severity),
                    "message": _clean(
                        first if len(failed) <= 1 else f"{first} (and {len(failed) - 1} more)"
                    ),
                },
            )
            failure.text = _clean("\n\n".join(_finding_text(f) for f in failed))
        elif check.status == "needs_review":
            reason = findings[0].message if findings else check.reason
            skipped = ET.SubElement(
                case, "skipped", {"message": _clean(f"needs review: {reason}".strip())}
            )
            if findings:
                skipped.text = _clean("\n\n".join(_finding_text(f) for f in findings))
        elif check.status == "not_applicable":
            ET.SubElement(
                case, "skipped", {"message": _clean(f"not applicable: {check.reason}".rstrip(": "))}
            )
        kept = (accepted or {}).get(check.id)
        if kept:  # accepted findings stay in the CI record, with their reasons
            out = ET.SubElement(case, "system-out")
            out.text = _clean(
                "\n".join(
                    f"accepted in the configuration: {a.finding.message} ({a.finding.url or ''}) "
                    f"reason: {a.reason}" + (f"; until {a.until}" if a.until else "")
                    for a in kept
                )
            )
    return suite


def group_suites(report: Report) -> list[ET.Element]:
    """One <testsuite> per review group (a portfolio's junit.xml joins them per site)."""
    view = build_view(report)
    accepted: dict[str, list[SuppressedView]] = {}
    for item in view.suppressed:
        accepted.setdefault(item.check, []).append(item)
    return [_suite(group, report, report.started_at, accepted) for group in view.groups]


def render_junit(report: Report) -> str:
    root = ET.Element("testsuites", {"name": _clean(f"prevet {report.target}")})
    suites = group_suites(report)
    for suite in suites:
        root.append(suite)
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key, "0")) for s in suites)))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write_junit(report: Report, out_dir: Path) -> Path:
    path = out_dir / "report.junit.xml"
    path.write_text(render_junit(report), encoding="utf-8")
    return path
