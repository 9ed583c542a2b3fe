"""Suppressions: an accepted finding is listed with its reason, never silently dropped; one
scoped to a page, selector, text or site accepts nothing elsewhere; an expired one accepts
nothing and says so; a config file that names an unknown key or check stops with a suggestion."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from analyzers.analyze import analyze
from analyzers.context import AuditOptions
from analyzers.suppress import Suppression
from prevet.config import load_config
from prevet.errors import PrevetError
from reports.console import summary_lines
from reports.html import render_html
from reports.json_report import render_json
from reports.markdown import render_markdown
from reports.model import build_report
from tests.test_report_fixtures import BASE, SIGNUP_URL, sample_snapshot

TOMORROW = date.today() + timedelta(days=1)
YESTERDAY = date.today() - timedelta(days=1)
REASON = "Counsel approved the reminder wording on 3 March"


def _report(*rules: Suppression):
    snapshot = sample_snapshot(with_screenshot=False)
    analysis = analyze(snapshot, options=AuditOptions(suppress=list(rules)))
    return build_report(snapshot, analysis, target=BASE, started_at="2026-11-22T10:00:00Z")


def _checks(findings: list[dict]) -> list[str]:
    return sorted(f["check"] for f in findings)


def test_a_suppressed_finding_moves_to_the_suppressed_list_with_its_reason() -> None:
    plain = _report()
    report = _report(Suppression("optin.stop_missing", REASON))
    assert "optin.stop_missing" in _checks(plain.findings)
    assert "optin.stop_missing" not in _checks(report.findings)
    [accepted] = report.suppressed
    assert accepted["check"] == "optin.stop_missing"
    assert accepted["url"] == SIGNUP_URL
    assert accepted["suppression"] == {"check": "optin.stop_missing", "reason": REASON}
    # the check passed with a suppression; the counts leave the accepted finding out
    assert report.checks["optin.stop_missing"] == "passed"
    assert report.check_info["optin.stop_missing"].suppressed == 1
    assert report.summary.errors == plain.summary.errors - 1
    assert report.summary.suppressed == 1
    assert report.suppressions == [
        {"check": "optin.stop_missing", "reason": REASON, "state": "active", "matched": 1}
    ]


def test_every_output_lists_the_suppressed_finding_and_the_reason(tmp_path: Path) -> None:
    report = _report(Suppression("optin.stop_missing", REASON))
    data = json.loads(render_json(report))
    assert data["suppressed"][0]["suppression"]["reason"] == REASON
    html = render_html(report)
    assert "Accepted in the configuration" in html and REASON in html
    assert 'id="suppressed"' in html
    markdown = render_markdown(report)
    assert "optin.stop_missing" in markdown and REASON in markdown
    from reports.junit import render_junit

    junit = render_junit(report)
    assert "accepted in the configuration" in junit and REASON in junit
    console = "\n".join(line.plain for line in summary_lines(report, {}))
    assert "1 accepted" in console and "optin.stop_missing" in console and REASON in console


def test_a_scope_that_does_not_match_accepts_nothing() -> None:
    for rule in (
        Suppression("optin.stop_missing", REASON, url="https://www.brightsmile-dental.com/x*"),
        Suppression("optin.stop_missing", REASON, selector="form#newsletter"),
        Suppression("optin.stop_missing", REASON, text="weekly coupons"),
        Suppression("optin.stop_missing", REASON, site="otherpractice.com"),
    ):
        report = _report(rule)
        assert "optin.stop_missing" in _checks(report.findings), rule
        assert report.suppressed == []
        assert report.suppressions[0]["matched"] == 0


def test_each_scope_that_matches_accepts_only_its_check() -> None:
    for rule in (
        Suppression("optin.stop_missing", REASON, url="*/text-alerts"),
        Suppression("optin.stop_missing", REASON, url=SIGNUP_URL + "/"),
        Suppression("optin.stop_missing", REASON, selector="input#sms-consent"),
        Suppression("optin.stop_missing", REASON, text="APPOINTMENT   reminders"),
        Suppression("optin.stop_missing", REASON, site="brightsmile-dental.com"),
        Suppression("optin.stop_missing", REASON, site=BASE, until=TOMORROW),
    ):
        report = _report(rule)
        assert _checks(report.suppressed) == ["optin.stop_missing"], rule
        # the other findings on the same control stay
        assert "optin.help_missing" in _checks(report.findings)


def test_an_expired_suppression_accepts_nothing_and_is_reported_as_expired() -> None:
    report = _report(Suppression("optin.stop_missing", REASON, until=YESTERDAY))
    assert "optin.stop_missing" in _checks(report.findings)
    assert report.suppressed == []
    [rule] = report.expired_suppressions
    assert rule["until"] == YESTERDAY.isoformat() and rule["matched"] == 1
    html = render_html(report)
    assert "expired" in html and REASON in html
    console = "\n".join(line.plain for line in summary_lines(report, {}))
    assert f"expired on {YESTERDAY.isoformat()}" in console


def test_suppressing_every_error_changes_the_verdict_but_keeps_the_evidence() -> None:
    plain = _report()
    errors = sorted({f["check"] for f in plain.findings if f["severity"] == "error"})
    report = _report(*(Suppression(check, REASON) for check in errors))
    assert report.summary.verdict == "ready"
    assert _checks(report.suppressed) == sorted(
        f["check"] for f in plain.findings if f["check"] in errors
    )


# -- the configuration file --------------------------------------------------------------------


def _config(tmp_path: Path, text: str, name: str = "prevet.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_yaml_file_reads_suppressions_and_the_old_keys(tmp_path: Path) -> None:
    path = _config(
        tmp_path,
        f"""
suppress:
  - check: optin.stop_missing
    reason: "{REASON}"
    url: "*/text-alerts"
    until: 2027-03-31
ignore:
  checks: [site.contact_missing]
  pages: ["*/blog/*"]
""",
    )
    settings = load_config(path)
    [rule] = settings.suppressions
    assert rule == Suppression(
        "optin.stop_missing", REASON, url="*/text-alerts", until=date(2027, 3, 31)
    )
    assert settings.ignore_checks == ["site.contact_missing"]


def test_pyproject_tool_prevet_is_read_when_there_is_no_prevet_yaml(tmp_path, monkeypatch):
    _config(
        tmp_path,
        f"""
[project]
name = "acme-site"

[[tool.prevet.suppress]]
check = "optin.stop_missing"
reason = "{REASON}"
site = "brightsmile-dental.com"
""",
        name="pyproject.toml",
    )
    monkeypatch.chdir(tmp_path)
    [rule] = load_config(None).suppressions
    assert rule.site == "brightsmile-dental.com" and rule.reason == REASON
    # an explicit --config pointing at it works too
    assert load_config(tmp_path / "pyproject.toml").suppressions == [rule]
    # prevet.yaml, when present, wins
    _config(tmp_path, "ignore:\n  pages: ['*/blog/*']\n")
    assert load_config(None).suppressions == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("supress: []\n", "unknown key 'supress'; did you mean 'suppress'?"),
        (
            "suppress:\n  - check: optin.stop_missing\n    reason: ok\n    utnil: 2027-01-01\n",
            "unknown key 'suppress[0].utnil'; did you mean 'until'?",
        ),
        (
            "ignore:\n  check: [optin.stop_missing]\n",
            "unknown key 'ignore.check'; did you mean 'checks'?",
        ),
        (
            "suppress:\n  - check: optin.stop_mising\n    reason: ok\n",
            "suppress[0].check: there is no check 'optin.stop_mising'; "
            "did you mean 'optin.stop_missing'?",
        ),
        (
            "ignore:\n  checks: [optin.checkbox_precheked]\n",
            "there is no check 'optin.checkbox_precheked'; did you mean "
            "'optin.checkbox_prechecked'?",
        ),
        (
            "suppress:\n  - check: optin.stop_missing\n",
            "suppress[0].reason: every suppression needs a reason",
        ),
        ("suppress:\n  - check: optin.stop_missing\n    reason: '  '\n", "the reason is empty"),
        (
            "suppress:\n  - check: optin.stop_missing\n    reason: ok\n    until: next week\n",
            "suppress[0].until: must be a date like 2027-03-31",
        ),
    ],
)
def test_config_mistakes_exit_2_in_plain_words(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(PrevetError) as caught:
        load_config(_config(tmp_path, text))
    message = str(caught.value)
    assert expected in message
    assert "Extra inputs" not in message and "Field required" not in message


def test_the_cli_exits_2_with_the_suggestion(tmp_path: Path, capsys) -> None:
    from prevet.cli import main

    path = _config(tmp_path, "suppress:\n  - check: optin.stop_mising\n    reason: ok\n")
    code = main(
        [
            "audit",
            "http://127.0.0.1:9/",
            "--config",
            str(path),
            "--no-store",
            "--out",
            str(tmp_path / "out"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "did you mean 'optin.stop_missing'?" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_check_campaign_lists_accepted_findings(tmp_path: Path, monkeypatch, capsys) -> None:
    from prevet.cli import main

    campaigns = Path(__file__).resolve().parent.parent / "fixtures" / "campaigns"
    campaign = campaigns / "brand.public_email_domain.yaml"
    assert main(["check-campaign", str(campaign)]) == 1
    capsys.readouterr()
    _config(
        tmp_path,
        "suppress:\n  - check: brand.public_email_domain\n"
        "    reason: the owner answers from this mailbox\n",
    )
    monkeypatch.chdir(tmp_path)
    code = main(["check-campaign", str(campaign)])
    out = capsys.readouterr().out
    assert "accepted brand.public_email_domain" in out
    assert "the owner answers from this mailbox" in out
    # the only finding was accepted: nothing left to fail on
    assert code == 0 and "error   brand.public_email_domain" not in out
    assert main(["check-campaign", str(campaign), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["check"] for s in data["suppressed"]] == ["brand.public_email_domain"]
