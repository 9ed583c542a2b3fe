"""The machinery that holds fixture sites to their expected.json (fixtures/expectations.py) and
writes their pins and saved crawls (fixtures/pin.py, fixtures/audit.py), on small reports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import fixtures.audit as fixture_audit
import fixtures.expectations as fixture_expectations
from fixtures.expectations import failing_findings, problems
from fixtures.pin import new_specs, spec_for, stable_evidence, url_suffix

PORT = 41234


def _finding(
    check: str,
    url: str = f"http://www.acme.com:{PORT}/signup",
    selector: str = "",
    evidence: str = "",
    status: str = "failed",
) -> dict:
    return {
        "check": check,
        "url": url,
        "selector": selector,
        "evidence": evidence,
        "status": status,
        "message": f"{check} message",
    }


def _report(findings: list[dict], checks: dict[str, str]) -> dict:
    return {"findings": findings, "checks": checks}


PRECHECKED = _finding(
    "optin.checkbox_prechecked",
    selector="form#join div:nth-of-type(2) input#sms",
    evidence='<input id="sms" checked> — “Text me deals”',
)
REPORT = _report(
    [PRECHECKED], {"optin.checkbox_prechecked": "failed", "optin.stop_missing": "passed"}
)
PIN = {"check": "optin.checkbox_prechecked", "url": "/signup", "selector_contains": "input#sms"}


def test_a_report_with_every_failing_finding_pinned_meets_it() -> None:
    assert problems(REPORT, {"fire": ["optin.checkbox_prechecked"], "findings": [PIN]}) == []


def test_an_unpinned_failing_finding_is_named() -> None:
    found = problems(REPORT, {"fire": ["optin.checkbox_prechecked"], "findings": []})
    assert len(found) == 1
    assert "no spec pins" in found[0] and "optin.checkbox_prechecked" in found[0]
    assert "input#sms" in found[0]


def test_a_spec_that_matches_nothing_is_named() -> None:
    gone = {**PIN, "url": "/elsewhere"}
    found = problems(REPORT, {"fire": ["optin.checkbox_prechecked"], "findings": [PIN, gone]})
    assert found == [f"no optin.checkbox_prechecked finding matching {gone}"]


def test_an_info_note_under_a_passed_check_needs_no_pin() -> None:
    note = _finding("content.alcohol", evidence='"wines" in: our wines')
    report = _report([note], {"content.alcohol": "passed"})
    assert failing_findings(report) == []
    assert problems(report, {"fire": [], "findings": []}) == []


def test_a_spec_may_pin_a_needs_review_finding() -> None:
    review = _finding(
        "optin.form_missing",
        url=f"http://www.acme.com:{PORT}/",
        evidence="appears only once an email is sent",
        status="needs_review",
    )
    report = _report([review], {"optin.form_missing": "needs_review"})
    spec = {"check": "optin.form_missing", "url": "/", "evidence_contains": "once an email"}
    assert problems(report, {"fire": [], "findings": [spec]}) == []


def test_near_miss_checks_must_pass_or_have_the_status_given() -> None:
    expected = {
        "fire": ["optin.checkbox_prechecked"],
        "findings": [PIN],
        "near_miss_for": ["optin.stop_missing", "agegate.weak"],
    }
    report = _report([PRECHECKED], {**REPORT["checks"], "agegate.weak": "not_applicable"})
    found = problems(report, expected)
    assert found == ["near miss for agegate.weak: its status must be passed, is not_applicable"]
    expected["near_miss_status"] = {"agegate.weak": "not_applicable: the pop-up is eligibility"}
    assert problems(report, expected) == []
    report["checks"]["optin.stop_missing"] = "failed"
    assert any("optin.stop_missing" in p for p in problems(report, expected))


def test_pins_use_the_tail_of_the_selector_and_no_port() -> None:
    assert url_suffix(f"http://www.acme.com:{PORT}/#/signup?x=1") == "/#/signup?x=1"
    assert url_suffix(f"http://www.acme.com:{PORT}/a?b=2") == "/a?b=2"
    assert spec_for(PRECHECKED, [PRECHECKED], PORT) == PIN
    evidence = f"Read http://www.acme.com:{PORT}/terms: no sentence gives the HELP keyword"
    assert str(PORT) not in stable_evidence(evidence, PORT)
    assert stable_evidence(evidence, PORT) in evidence


def test_two_findings_on_one_control_are_told_apart_by_evidence() -> None:
    first = _finding("links.public_shortener", evidence="bit.ly/a -> https://bit.ly/a")
    second = _finding("links.public_shortener", evidence="https://tinyurl.com/b")
    report = _report([first, second], {"links.public_shortener": "failed"})
    specs = new_specs(report, [], PORT)
    assert len(specs) == 2
    assert problems(report, {"fire": ["links.public_shortener"], "findings": specs}) == []
    assert new_specs(report, specs, PORT) == []  # pinned findings are not pinned again


def test_a_changed_site_file_makes_its_snapshot_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "optin-wix-toggle-prechecked"
    shutil.copytree(fixture_expectations.SITES / site.name, site)
    monkeypatch.setattr(fixture_audit, "SITES", tmp_path)
    monkeypatch.setattr(fixture_expectations, "SITES", tmp_path)
    saved = fixture_audit.load_saved(site.name)["site_hash"]
    assert fixture_audit.site_hash(site.name) == saved
    expected = json.loads((site / "expected.json").read_text())
    expected["findings"] = []  # the pins are not part of what was crawled
    (site / "expected.json").write_text(json.dumps(expected))
    assert fixture_audit.site_hash(site.name) == saved
    page = next(site.glob("*.html"))
    page.write_text(page.read_text() + "<p>changed</p>")
    assert fixture_audit.site_hash(site.name) != saved
