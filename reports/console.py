"""The console: a live progress line while crawling and a short summary at the end (rich).

The summary says the verdict in words, the counts, the few things to fix first, and ends with
the report's path, so the last line of a CI log is where to look next. Colours only when the
output is a terminal (rich detects it and honours NO_COLOR); text from the audited site is added
as plain `Text`, never parsed as rich markup.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from analyzers.text.excerpt import excerpt
from reports.model import Report
from reports.view import ReportView, build_view

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
VERDICT_STYLE = {
    "ready": "bold green",
    "needs_changes": "bold yellow",
    "rejected": "bold red",
    "not_checked": "bold red",
}
TOP_COUNT = 3
_MAX_LINE = 160


def console() -> Console:
    """Colours only on a terminal; CI logs get plain text. On a terminal rich wraps long lines
    between words, so a check id or a URL is never cut in two by the terminal's own wrapping;
    in a log (not a terminal) lines are left whole for the viewer to wrap."""
    out = Console(stderr=False, highlight=False)
    out.soft_wrap = not out.is_terminal
    return out


class ConsoleProgress:
    """Pages crawled and rendered, updated from the crawler's progress events (stderr)."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled and sys.stderr.isatty()
        self._progress: Progress | None = None
        self._task: Any = None

    def __enter__(self) -> ConsoleProgress:
        if self.enabled:
            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("starting the crawl…")
        return self

    def update(self, event: dict[str, Any]) -> None:
        if not self._progress:
            return
        text = (
            f"crawled {event.get('pages', 0)} pages, rendered {event.get('rendered', 0)}"
            f" — {event.get('url', '')}"
        )
        # the description is rendered as markup: keep the site's URL from being read as such
        self._progress.update(self._task, description=escape(text[:120]))

    def __exit__(self, *exc: object) -> None:
        if self._progress:
            self._progress.stop()


def _one_line(text: str) -> str:
    return excerpt(str(text or ""), _MAX_LINE)


def summary_lines(report: Report, files: dict[str, Path]) -> list[Text]:
    """The summary as styled lines (kept apart from printing so it is easy to test)."""
    view = build_view(report)
    s = report.summary
    lines: list[Text] = []
    head = Text()
    head.append(_one_line(report.target), style="bold")
    head.append(f"  {s.pages} pages ({s.rendered_pages} rendered)")
    lines.append(head)
    verdict = Text("Verdict: ")
    verdict.append(view.verdict_words, style=VERDICT_STYLE.get(view.verdict, "bold"))
    lines.append(verdict)
    if not view.judged:
        lines.append(Text(f"  {_one_line(view.verdict_explained)}"))
        lines += _file_lines(files)
        return lines
    counts = Text("  ")
    for number, word, style in (
        (s.errors, "error", "red"),
        (s.warnings, "warning", "yellow"),
        (s.infos, "note", "cyan"),
        (s.needs_review, "to review", "magenta"),
    ):
        plural = "s" if number != 1 and word != "to review" else ""
        counts.append(f"{number} {word}{plural}", style=style if number else "dim")
        counts.append(" · ")
    counts.append(f"{sum(g.count('passed') for g in view.groups)} checks passed", style="dim")
    if s.suppressed:
        counts.append(f" · {s.suppressed} accepted", style="dim")
    lines.append(counts)
    lines += _suppression_lines(view)
    if view.top:
        lines.append(Text("Fix first:", style="bold"))
        for index, finding in enumerate(view.top, start=1):
            line = Text(f"  {index}. ")
            line.append(f"{finding.severity:<7}", style=SEVERITY_STYLE.get(finding.severity, ""))
            line.append(" ")
            line.append(_one_line(finding.finding.message))
            line.append(f"  [{finding.check}]", style="dim")
            lines.append(line)
            if finding.finding.url:
                lines.append(Text(f"        {_one_line(finding.finding.url)}", style="dim"))
            if finding.also:
                also = ", ".join(dict.fromkeys(o.check for o in finding.also))
                lines.append(Text(f"        the same change also fixes: {also}", style="dim"))
        failed_total = sum(1 for f in view.findings if f.status == "failed")
        shown = len(view.top) + sum(len(f.also) for f in view.top)
        if failed_total > shown:
            lines.append(Text(f"  … and {failed_total - shown} more in the report", style="dim"))
    if view.scope_note:
        lines.append(Text(view.scope_note, style="dim"))
    return lines + _file_lines(files)


def _file_lines(files: dict[str, Path]) -> list[Text]:
    lines: list[Text] = []
    extra = [
        str(path)
        for kind, path in files.items()
        if kind not in ("html", "snapshot") and path is not None
    ]
    main_file = files.get("html") or files.get("json")
    extra = [p for p in extra if p != str(main_file)]
    if extra:
        lines.append(Text("Also written: " + ", ".join(extra), style="dim"))
    if main_file:
        line = Text("Report: ", style="bold")
        line.append(str(main_file))
        lines.append(line)
    return lines


def _suppression_lines(view: ReportView) -> list[Text]:
    """Accepted findings stay in sight (a few, with their reasons); expired suppressions say
    that their findings are back."""
    lines: list[Text] = []
    for expired in view.expired:
        line = Text(f"  Suppression expired on {expired.until}: ", style="bold red")
        line.append(f"{expired.check} ({_one_line(expired.reason)}); ")
        line.append(f"{expired.matched} finding(s) reported again")
        lines.append(line)
    if view.suppressed:
        lines.append(Text("Accepted in the configuration (not counted):", style="dim"))
        for accepted in view.suppressed[:TOP_COUNT]:
            line = Text(f"  {accepted.check}", style="dim")
            if accepted.finding.url:
                line.append(f"  {_one_line(accepted.finding.url)}", style="dim")
            line.append(f" — {_one_line(accepted.reason)}", style="dim")
            lines.append(line)
        if len(view.suppressed) > TOP_COUNT:
            lines.append(
                Text(f"  … and {len(view.suppressed) - TOP_COUNT} more in the report", style="dim")
            )
    return lines


def print_summary(report: Report, files: dict[str, Path], out: Console | None = None) -> None:
    out = out or console()
    for line in summary_lines(report, files):
        out.print(line)
