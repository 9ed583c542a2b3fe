"""report.md: a short summary for a pull request, a ticket or a chat message.

Verdict, counts, the three things to fix first, then one line per failed or to-review check, and
a pointer to report.html for the evidence. Text from the audited site is escaped so it can
neither format the summary nor smuggle HTML or links into a renderer such as GitHub's; only
http(s) URLs become links.
"""

from __future__ import annotations

import re
from pathlib import Path

from analyzers.text.excerpt import excerpt
from reports.model import Report
from reports.view import FindingView, ReportView, build_view, safe_href

MAX_LINES = 40  # a summary, not the report: the rest is in report.html
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~>])")
VERDICT_ICON = {"ready": "✅", "needs_changes": "⚠️", "rejected": "⛔", "not_checked": "❔"}


def md_text(text: object, limit: int = 300) -> str:
    """Site text as inert Markdown: one line, special characters escaped, trimmed."""
    return _MD_SPECIAL.sub(r"\\\1", excerpt(str(text or ""), limit))


def md_link(url: str | None) -> str:
    """A clickable link for an http(s) URL, the escaped text for anything else."""
    href = safe_href(url)
    if href is None:
        return md_text(url)
    target = href
    for char, code in (("(", "%28"), (")", "%29"), (" ", "%20"), ("<", "%3C"), (">", "%3E")):
        target = target.replace(char, code)
    return f"[{md_text(href, 120)}]({target})"


def _finding_line(view: FindingView) -> str:
    where = f" — {md_link(view.finding.url)}" if view.finding.url else ""
    return f"**{md_text(view.finding.message)}** (`{view.check}`){where}"


def render_markdown(
    report: Report, view: ReportView | None = None, html_name: str | None = "report.html"
) -> str:
    view = view or build_view(report)
    s = report.summary
    icon = VERDICT_ICON.get(view.verdict, "")
    lines = [
        f"## prevet: {icon} {view.verdict_words}".replace("  ", " "),
        "",
        f"{md_link(report.target)} · checked {md_text(view.date)} · {s.pages} pages",
        "",
    ]
    if not view.judged:
        lines.append(md_text(view.verdict_explained, 600))
        if html_name:
            lines.append(f"\nDetails: `{html_name}`.")
        return "\n".join(lines) + "\n"
    if view.scope_note:
        lines += [md_text(view.scope_note, 600), ""]
    lines += [
        "| errors | warnings | notes | to review |",
        "|---:|---:|---:|---:|",
        f"| {s.errors} | {s.warnings} | {s.infos} | {s.needs_review} |",
    ]
    if view.top:
        lines += ["", "### Fix first", ""]
        lines += [
            f"{i}. {_finding_line(f)}  \n   Fix: {md_text(f.fix, 400)}"
            + (f"  \n   Also fixes: {', '.join(f'`{o.check}`' for o in f.also)}" if f.also else "")
            for i, f in enumerate(view.top, start=1)
        ]
    rest: list[str] = []
    for group in view.groups:
        for check in group.checks:
            if check.status not in ("failed", "needs_review"):
                continue
            mark = "❌" if check.status == "failed" else "🔍"
            places = len(check.findings)
            suffix = f" ({places} places)" if places > 1 else ""
            message = check.findings[0].finding.message if check.findings else check.reason
            rest.append(f"- {mark} `{check.id}` {md_text(group.title)}: {md_text(message)}{suffix}")
    if rest:
        lines += ["", "### All failed and to-review checks", ""]
        lines += rest[:MAX_LINES]
        if len(rest) > MAX_LINES:
            lines.append(f"- … and {len(rest) - MAX_LINES} more")
    lines += _suppressed_lines(view)
    passed = sum(g.count("passed") for g in view.groups)
    not_applicable = sum(g.count("not_applicable") for g in view.groups)
    lines += ["", f"{passed} checks passed, {not_applicable} not applicable."]
    if html_name:
        lines.append(f"Evidence and ready-to-paste fixes: `{html_name}`.")
    return "\n".join(lines) + "\n"


def _suppressed_lines(view: ReportView) -> list[str]:
    """Accepted findings with their reasons, and suppressions that expired."""
    lines = [
        f"- ⏰ suppression of `{e.check}` expired on {md_text(e.until)} "
        f"({md_text(e.reason)}): {e.matched} finding(s) reported again"
        for e in view.expired
    ]
    for accepted in view.suppressed[:MAX_LINES]:
        where = f" — {md_link(accepted.finding.url)}" if accepted.finding.url else ""
        lines.append(
            f"- `{accepted.check}` {md_text(accepted.finding.message)}{where}  \n"
            f"  Reason: {md_text(accepted.reason)}"
            + (f" (until {md_text(accepted.until)})" if accepted.until else "")
        )
    if len(view.suppressed) > MAX_LINES:
        lines.append(f"- … and {len(view.suppressed) - MAX_LINES} more")
    return ["", "### Accepted in the configuration (not counted)", "", *lines] if lines else []


def write_markdown(report: Report, out_dir: Path) -> Path:
    path = out_dir / "report.md"
    path.write_text(render_markdown(report), encoding="utf-8")
    return path
