"""Drift and the audit share one judgement: what the optin.* and privacy.* checks decide about a
page is what drift compares, so a disclosure fix changes both alike and they never disagree.

Built on the drift-base fixture site (a clean audit) and edits a site owner makes to it.
"""

from __future__ import annotations

import pytest

import analyzers.policy.sharing as sharing
from analyzers.analyze import analyze
from analyzers.context import AnalysisContext, AuditOptions
from analyzers.registry import CheckResult, Status
from crawler.snapshot import SiteSnapshot
from prevet.config import Settings
from prevet.drift import compare
from tests.test_drift_checks import (
    CLAUSE,
    Pages,
    drift_results,
    failed,
    only_finding,
    precheck_box,
    snapshot,
)
from tests.test_store import BASE, site_pages

CARVE_OUT = (
    "No mobile information will be shared with third parties or affiliates for marketing "
    "or\npromotional purposes, except with our marketing partners. "
)
NEWSLETTER_BOX = (
    '\n  <p><input id="newsletter" name="newsletter" type="checkbox" value="yes">\n'
    '    <label for="newsletter">Email me the Harborview newsletter.</label></p>'
)


@pytest.fixture(scope="module")
def base() -> Pages:
    return site_pages()


def with_carve_out(pages: Pages) -> Pages:
    assert CLAUSE in pages["/privacy"]
    return {**pages, "/privacy": pages["/privacy"].replace(CLAUSE, CARVE_OUT)}


def with_newsletter_box(pages: Pages, *, checked: bool = False) -> Pages:
    box = (
        NEWSLETTER_BOX.replace('value="yes"', 'value="yes" checked') if checked else NEWSLETTER_BOX
    )
    signup = pages["/appointment-reminders"]
    assert '<p class="consent">' in signup
    return {
        **pages,
        "/appointment-reminders": signup.replace(
            '<p class="consent">', box + '\n  <p class="consent">', 1
        ),
    }


def compare_snapshots(old: SiteSnapshot, new: SiteSnapshot) -> dict[str, CheckResult]:
    return {r.spec.id: r for r in compare(old, new, Settings(), AuditOptions())}


def audit_status(pages: Pages, *check_ids: str) -> dict[str, Status]:
    wanted = set(check_ids)
    return {r.spec.id: r.status for r in analyze(snapshot(pages)).results if r.spec.id in wanted}


PROMISE = ("privacy.no_sms_clause", "privacy.sharing_exception")


def test_a_carve_out_fails_the_audit_and_drift_on_the_same_sentence(base: Pages) -> None:
    edited = with_carve_out(base)
    assert audit_status(base, *PROMISE) == dict.fromkeys(PROMISE, Status.PASSED)
    audit = analyze(snapshot(edited))
    exception = next(r for r in audit.results if r.spec.id == "privacy.sharing_exception")
    assert exception.status is Status.FAILED
    results = drift_results(base, edited)
    assert failed(results) == {"drift.sms_clause_removed", "drift.privacy_changed"}
    drift = only_finding(results, "drift.sms_clause_removed")
    assert drift.evidence == exception.findings[0].evidence
    assert "except with our marketing partners" in drift.evidence
    assert drift.details["old"].startswith("No mobile information will be shared")
    assert drift.url == BASE + "privacy"


def test_fixing_the_disclosure_clears_the_audit_and_drift_together(base: Pages) -> None:
    broken = with_carve_out(base)
    fixed = {**broken, "/privacy": base["/privacy"]}
    assert audit_status(broken, *PROMISE)["privacy.sharing_exception"] is Status.FAILED
    assert audit_status(fixed, *PROMISE) == dict.fromkeys(PROMISE, Status.PASSED)
    assert "drift.sms_clause_removed" in failed(drift_results(base, broken))
    fixed_results = drift_results(base, fixed)
    assert failed(fixed_results) == set()
    assert fixed_results["drift.sms_clause_removed"].status is Status.PASSED


def test_an_improvement_to_the_clause_judgement_improves_drift(base: Pages, monkeypatch) -> None:
    """Teach the shared clause analysis that this carve-out keeps the promise: the audit and
    drift change their minds together (drift has no judgement of its own to lag behind)."""
    edited = with_carve_out(base)
    classify = sharing.classify

    def lenient(sentence: str, **kwargs):  # noqa: ANN003, ANN202 - classify's own signature
        if "except with our marketing partners" in sentence:
            kwargs["doc"] = None
            sentence = sentence.replace(", except with our marketing partners", "")
        return classify(sentence, **kwargs)

    monkeypatch.setattr(sharing, "classify", lenient)
    assert audit_status(edited, *PROMISE) == dict.fromkeys(PROMISE, Status.PASSED)
    results = drift_results(base, edited)
    assert results["drift.sms_clause_removed"].status is Status.PASSED
    assert failed(results) == {"drift.privacy_changed"}  # the wording did change


def test_a_box_the_audit_does_not_take_for_sms_consent_is_not_checkbox_drift(base: Pages) -> None:
    approved = with_newsletter_box(base)
    ticked = with_newsletter_box(base, checked=True)
    ctx = AnalysisContext(snapshot=snapshot(ticked))
    (optin,) = ctx.inputs.optin_forms
    assert (
        optin.consent_control is not None and optin.consent_control.selector == "input#sms-consent"
    )
    assert audit_status(ticked, "optin.checkbox_prechecked") == {
        "optin.checkbox_prechecked": Status.PASSED
    }
    results = drift_results(approved, ticked)
    assert results["drift.checkbox_changed"].status is Status.PASSED
    assert "drift.checkbox_changed" not in failed(results)


def test_a_precheck_the_audit_rejects_is_checkbox_drift_at_the_same_control(base: Pages) -> None:
    ticked = precheck_box(base)
    audit = analyze(snapshot(ticked))
    prechecked = next(r for r in audit.results if r.spec.id == "optin.checkbox_prechecked")
    assert prechecked.status is Status.FAILED
    drift = only_finding(drift_results(base, ticked), "drift.checkbox_changed")
    assert (drift.url, drift.selector) == (
        prechecked.findings[0].url,
        prechecked.findings[0].selector,
    )


def test_a_check_that_cannot_decide_makes_drift_need_review(base: Pages, monkeypatch) -> None:
    """A crash in the shared judgement is "could not check" for the drift check that needs it,
    with the reason: never silently a pass, never drift's own guess instead."""

    def broken(sentences):  # noqa: ANN001, ANN202
        raise RuntimeError("clause model unavailable")

    monkeypatch.setattr("analyzers.inputs.documents.analyze_sharing", broken)
    results = drift_results(base, base)
    clause = results["drift.sms_clause_removed"]
    assert clause.status is Status.NEEDS_REVIEW
    assert "clause model unavailable" in clause.reason
    assert results["drift.checkbox_changed"].status is Status.PASSED


def test_the_pages_drift_watches_are_the_pages_the_audit_judged(base: Pages) -> None:
    """The privacy policy is the page the privacy checks found (through the "Privacy Policy"
    link), whatever role the crawler's title patterns gave it: when it goes, drift says so."""
    approved = snapshot(base)
    policy = approved.page(BASE + "privacy")
    policy.roles = []  # the crawler's guess is not what decides
    ctx = AnalysisContext(snapshot=approved)
    assert ctx.inputs.privacy_policy.page is policy
    current = snapshot(base)
    gone = current.page(BASE + "privacy")
    gone.status, gone.text, gone.roles = 404, "Not found", []
    results = compare_snapshots(approved, current)
    assert failed(results) == {"drift.page_removed", "drift.sms_clause_removed"}
    removed = only_finding(results, "drift.page_removed")
    assert removed.url == BASE + "privacy" and "privacy page" in removed.message
