"""The console summary: verdict, counts, what to fix first, and the report's path last."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from reports.console import print_summary
from tests.test_report_fixtures import PAYLOADS, handmade_report, hostile_report, sample_report


def _printed(report, files, *, terminal: bool) -> str:
    buffer = io.StringIO()
    out = Console(file=buffer, force_terminal=terminal, width=200, highlight=False)
    print_summary(report, files, out)
    return buffer.getvalue()


def test_summary_ends_with_the_report_path(tmp_path):
    files = {
        "json": tmp_path / "report.json",
        "html": tmp_path / "report.html",
        "junit": tmp_path / "report.junit.xml",
    }
    text = _printed(sample_report(), files, terminal=False)
    lines = text.strip().splitlines()
    assert lines[-1] == f"Report: {tmp_path / 'report.html'}"
    assert "Verdict: Needs changes before you submit" in text
    assert str(tmp_path / "report.junit.xml") in text
    assert "\x1b[" not in text  # no colour codes outside a terminal


def test_summary_lists_the_three_things_to_fix_first():
    report = handmade_report()
    text = _printed(report, {"json": Path("out/report.json")}, terminal=False)
    assert "Fix first:" in text
    for finding in report.top_findings(3):
        assert finding.message in text
    assert f"{report.summary.errors} errors" in text and "1 to review" in text
    assert "1 warning ·" in text  # one of a kind is not plural
    assert text.strip().splitlines()[-1] == "Report: out/report.json"


def test_colours_on_a_terminal_and_site_text_is_never_markup():
    report = hostile_report()
    report.findings[0]["message"] = "[bold red]not markup[/] " + report.findings[0]["message"]
    text = _printed(report, {"html": Path("r.html")}, terminal=True)
    assert "\x1b[" in text
    assert "[bold red]not markup[/]" in text
    assert PAYLOADS[0] in text
