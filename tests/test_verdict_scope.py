"""The verdict says what it covers: a website-only audit says the registration package was not
checked and how to add it; a drift report leads with the changes; a site that could not be read
is called unreachable and its report shows no check result as if it had been judged."""

from __future__ import annotations

from analyzers.analyze import analyze
from analyzers.campaign.model import load_campaign
from reports.console import summary_lines
from reports.html import render_html
from reports.markdown import render_markdown
from reports.model import Report, Summary, build_report
from reports.view import build_view
from tests.test_report_fixtures import BASE, SAMPLE_DRIFT, sample_report, sample_snapshot

CAMPAIGNS = __import__("pathlib").Path(__file__).resolve().parent.parent / "fixtures" / "campaigns"


def _console(report: Report) -> str:
    return "\n".join(line.plain for line in summary_lines(report, {}))


def _ready_website_report() -> Report:
    from crawler.snapshot import SiteSnapshot

    snapshot = SiteSnapshot(start_url=BASE)
    report = build_report(snapshot, analyze(snapshot), target=BASE, started_at="2026-11-22T10:00Z")
    report.summary.verdict = "ready"
    return report


def test_a_website_only_audit_says_the_package_was_not_checked_and_how_to_add_it() -> None:
    report = sample_report()
    assert report.scope is not None and not report.scope.registration_package
    view = build_view(report)
    assert "registration package" in view.scope_note and "--campaign" in view.scope_note
    assert "docs/campaign.md" in view.scope_note
    for text in (render_html(report), render_markdown(report), _console(report)):
        assert "was not checked" in text and "--campaign" in text


def test_ready_on_the_website_alone_is_not_called_ready_to_submit() -> None:
    view = build_view(_ready_website_report())
    assert view.verdict_words == "Website ready; registration package not checked"
    assert "Nothing we check would get this registration rejected" not in view.verdict_explained


def test_an_audit_with_a_campaign_has_no_scope_note() -> None:
    campaign_file = sorted(CAMPAIGNS.glob("*.yaml"))[0]
    snapshot = sample_snapshot(with_screenshot=False)
    analysis = analyze(snapshot, load_campaign(campaign_file))
    report = build_report(snapshot, analysis, target=BASE, started_at="2026-11-22T10:00Z")
    assert report.scope.registration_package
    assert build_view(report).scope_note == ""


def test_a_drift_report_leads_with_the_changes() -> None:
    report = sample_report(drift=SAMPLE_DRIFT)
    count = len(SAMPLE_DRIFT["changes"])
    view = build_view(report)
    plural = "" if count == 1 else "s"
    assert view.verdict_words.startswith(f"{count} change{plural} since approval")
    assert "before you submit" not in view.verdict_words
    html = render_html(report)
    assert html.index(view.verdict_words) < html.index("What changed since approval")


def test_a_drift_run_without_changes_says_so() -> None:
    report = sample_report(drift={**SAMPLE_DRIFT, "changes": []})
    assert build_view(report).verdict_words.startswith("No changes since approval")


def _unreachable() -> Report:
    return Report(
        target="https://www.closed-practice.com/",
        started_at="2026-11-22T10:00:00Z",
        finished_at="2026-11-22T10:00:05Z",
        summary=Summary(verdict="needs_changes", errors=1),
        findings=[
            {
                "check": "site.unreachable",
                "severity": "error",
                "status": "failed",
                "url": "https://www.closed-practice.com/",
                "selector": None,
                "evidence": "",
                "ref": "Website not functional",
                "message": "The website could not be loaded: the name does not resolve.",
                "fix": "Make sure the site answers.",
            }
        ],
        checks={
            "site.unreachable": "failed",
            "optin.stop_missing": "not_applicable",
            "privacy.missing": "not_applicable",
        },
    )


def test_an_unreachable_site_headline_says_unreachable_and_judges_nothing() -> None:
    report = _unreachable()
    view = build_view(report)
    assert view.verdict_words.startswith("Unreachable")
    assert not view.judged and view.top == []
    html = render_html(report)
    assert "Unreachable" in html and "Nothing was judged" in html
    assert "Not applicable" not in html and "Fix these first" not in html
    console = _console(report)
    assert "Unreachable" in console and "checks passed" not in console
    assert "Unreachable" in render_markdown(report) and "| errors |" not in render_markdown(report)


def test_a_drift_run_that_could_not_check_lists_no_judgement() -> None:
    report = sample_report(
        drift={
            "baseline_run": "abc123",
            "baseline_date": "2026-10-01",
            "status": "not_checked",
            "changes": [],
            "reason": "the start page is a bot wall (Cloudflare)",
        }
    )
    report.summary.verdict = "not_checked"
    view = build_view(report)
    assert view.verdict_words == "Could not check for changes"
    assert "not an all-clear" in view.verdict_explained
    html = render_html(report)
    # the checks that did run on the bot wall page are not shown as results
    assert 'class="status st-passed"' not in html and "Fix these first" not in html
    assert "bot wall" in html
