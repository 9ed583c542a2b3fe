"""report.junit.xml: every check a test case, in a file CI tools parse."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from reports.junit import render_junit, write_junit
from tests.test_report_fixtures import PAYLOADS, handmade_report, hostile_report, sample_report


def _cases(xml: str) -> dict[str, ET.Element]:
    root = ET.fromstring(xml)
    return {case.get("name"): case for case in root.iter("testcase")}


def test_every_check_is_a_test_case_with_its_status(tmp_path):
    report = sample_report()
    path = write_junit(report, tmp_path)
    assert path.name == "report.junit.xml"
    cases = _cases(path.read_text(encoding="utf-8"))
    assert set(cases) == set(report.checks)
    for check_id, status in report.checks.items():
        case = cases[check_id]
        children = {child.tag for child in case} - {"properties"}
        expected = {
            "failed": {"failure"},
            "needs_review": {"skipped"},
            "not_applicable": {"skipped"},
            "passed": set(),
        }[status]
        assert children == expected, (check_id, status, children)


def test_failures_carry_severity_message_page_and_fix():
    report = handmade_report()
    cases = _cases(render_junit(report))
    failure = cases["optin.frequency_missing"].find("failure")
    assert failure.get("type") == "error"
    assert failure.get("message") == "The disclosure does not say how often messages are sent."
    assert "https://www.brightsmile-dental.com/text-alerts" in failure.text
    assert "fix: I agree to receive appointment reminders" in failure.text
    warning = cases["site.thin_content"].find("failure")
    assert warning.get("type") == "warning"


def test_review_and_not_applicable_are_told_apart():
    cases = _cases(render_junit(handmade_report()))
    review = cases["privacy.sms_sharing"]
    assert review.find("skipped").get("message").startswith("needs review: It is unclear")
    assert review.find("properties/property[@name='status']").get("value") == "needs_review"
    skipped = cases["samples.too_few"].find("skipped")
    assert skipped.get("message") == "not applicable: no campaign file was given"


def test_suites_follow_review_groups_and_counts_add_up():
    report = sample_report()
    root = ET.fromstring(render_junit(report))
    names = [suite.get("name") for suite in root.iter("testsuite")]
    assert names.index("Website") < names.index("Opt-in")
    assert int(root.get("tests")) == len(report.checks)
    assert int(root.get("failures")) == sum(s == "failed" for s in report.checks.values())
    assert int(root.get("skipped")) == sum(
        s in ("needs_review", "not_applicable") for s in report.checks.values()
    )


def test_site_text_and_control_characters_cannot_break_the_xml():
    report = hostile_report()
    finding = report.findings[0]
    finding["message"] = "bell\x07 null\x00 " + finding["message"]
    xml = render_junit(report)
    root = ET.fromstring(xml)  # parses: escaped, and no characters XML forbids
    messages = [f.get("message") for f in root.iter("failure")]
    assert any(PAYLOADS[0] in m for m in messages)
    assert "\x07" not in xml and "\x00" not in xml
