"""drift.* checks on snapshots built from the drift-base fixture site and edited copies of it.

Each scenario states exactly which drift checks fail; every other drift check must not.
"""

from __future__ import annotations

import re

import pytest

from analyzers.analyze import analyze
from analyzers.context import AuditOptions
from analyzers.registry import CheckResult, Status
from crawler.snapshot import SiteSnapshot
from prevet.config import IgnoreRules, Settings
from prevet.drift import compare, could_not_check
from tests.snapshots import snapshot_from_pages
from tests.test_store import BASE, site_pages

Pages = dict[str, str]
CLAUSE = (
    "No mobile information will be shared with third parties or affiliates for marketing "
    "or\npromotional purposes. "
)
CBD_PAGE = """<!DOCTYPE html><html><head><title>CBD Relief Tincture | Shop</title></head><body>
<h1>CBD Relief Tincture</h1>
<p>Our full-spectrum hemp-derived CBD oil tincture, 1000 mg, eases jaw soreness after dental
work. Add to cart: $49.</p></body></html>"""


# --- edits a site owner makes after approval (also used by the end-to-end tests) -----------


def precheck_box(pages: Pages) -> Pages:
    return {
        p: h.replace('type="checkbox" value="yes"', 'type="checkbox" value="yes" checked')
        for p, h in pages.items()
    }


def require_box(pages: Pages) -> Pages:
    return {
        p: h.replace('type="checkbox" value="yes"', 'type="checkbox" value="yes" required')
        for p, h in pages.items()
    }


def drop_no_sharing(pages: Pages) -> Pages:
    assert CLAUSE in pages["/privacy"]
    return {**pages, "/privacy": pages["/privacy"].replace(CLAUSE, "")}


def add_cbd_page(pages: Pages) -> Pages:
    menu = '<a href="/services">Services</a>'
    shop = '\n    <a href="/shop/cbd-tincture">Shop</a>'
    linked = {p: h.replace(menu, menu + shop) for p, h in pages.items()}
    return {**linked, "/shop/cbd-tincture": CBD_PAGE}


def rename_business(pages: Pages, name: str = "Bayside Smiles Dental") -> Pages:
    return {p: h.replace("Harborview Dental Care", name) for p, h in pages.items()}


def cosmetic_edits(pages: Pages) -> Pages:
    """What changes on a live site without anything being different: dates, years, layout."""
    out = {}
    for path, html in pages.items():
        html = html.replace("March 3, 2026", "November 20, 2026").replace("© 2026", "© 2027")
        html = re.sub(
            r"(<a href=\"/privacy\">Privacy Policy</a> ·)\s*"
            r"(<a href=\"/terms\">Terms &amp; Conditions</a> ·)",
            r"\2\n    \1",
            html,
        )  # footer links reordered
        html = html.replace('href="/contact">Book', 'href="/contact?sessionid=8F3A2C9D1E7B">Book')
        html = html.replace(". ", ".  ").replace("<p>", "<p>\n  ")
        out[path] = html
    return out


# --- running the checks --------------------------------------------------------------------


def snapshot(pages: Pages) -> SiteSnapshot:
    return snapshot_from_pages(pages, BASE)


def drift_results(
    old: Pages, new: Pages | SiteSnapshot, ignore: IgnoreRules | None = None
) -> dict[str, CheckResult]:
    current = new if isinstance(new, SiteSnapshot) else snapshot(new)
    results = compare(
        snapshot(old), current, Settings(ignore=ignore or IgnoreRules()), AuditOptions()
    )
    return {r.spec.id: r for r in results}


def failed(results: dict[str, CheckResult]) -> set[str]:
    return {cid for cid, r in results.items() if r.status is Status.FAILED}


def only_finding(results: dict[str, CheckResult], check_id: str):
    (finding,) = results[check_id].findings
    return finding


@pytest.fixture(scope="module")
def base() -> Pages:
    return site_pages()


def test_an_unchanged_site_has_no_drift(base: Pages) -> None:
    results = drift_results(base, base)
    assert failed(results) == set()
    assert all(r.status in (Status.PASSED, Status.NOT_APPLICABLE) for r in results.values())
    assert results["drift.optin_changed"].status is Status.PASSED
    assert results["drift.sms_clause_removed"].status is Status.PASSED


def test_cosmetic_changes_are_not_drift(base: Pages) -> None:
    edited = cosmetic_edits(base)
    assert edited != base
    results = drift_results(base, edited)
    assert failed(results) == set()
    assert not any(r.findings for r in results.values())


def test_a_plain_audit_leaves_drift_checks_not_applicable(base: Pages) -> None:
    analysis = analyze(snapshot(base))
    drift = {r.spec.id: r.status for r in analysis.results if r.spec.id.startswith("drift.")}
    assert len(drift) == 10 and set(drift.values()) == {Status.NOT_APPLICABLE}


def test_the_four_edits_are_each_reported_with_quotes(base: Pages) -> None:
    edited = rename_business(add_cbd_page(drop_no_sharing(precheck_box(base))))
    results = drift_results(base, edited)
    assert failed(results) == {
        "drift.checkbox_changed",
        "drift.sms_clause_removed",
        "drift.privacy_changed",
        "drift.new_prohibited_content",
        "drift.brand_changed",
    }
    box = only_finding(results, "drift.checkbox_changed")
    assert box.url == BASE + "appointment-reminders" and box.selector == "input#sms-consent"
    assert "pre-checked" in box.message
    assert box.details["old"].startswith("unchecked, optional: Yes, text me appointment")
    assert box.details["new"].startswith("checked, optional: Yes, text me appointment")
    clause = only_finding(results, "drift.sms_clause_removed")
    assert clause.url == BASE + "privacy"
    assert clause.details["old"].startswith("No mobile information will be shared")
    privacy = only_finding(results, "drift.privacy_changed")
    assert "No mobile information will be shared" in privacy.details["old"]
    assert "No mobile information" not in privacy.details["new"]
    cbd = only_finding(results, "drift.new_prohibited_content")
    assert (
        cbd.url == BASE + "shop/cbd-tincture" and cbd.details["content_check"] == "content.cannabis"
    )
    brand = only_finding(results, "drift.brand_changed")
    assert (brand.details["old"], brand.details["new"]) == (
        "Harborview Dental Care",
        "Bayside Smiles Dental",
    )


def test_a_rename_alone_is_one_finding_not_one_per_policy(base: Pages) -> None:
    results = drift_results(base, rename_business(base))
    assert failed(results) == {"drift.brand_changed"}


def test_a_required_consent_box_is_checkbox_drift(base: Pages) -> None:
    results = drift_results(base, require_box(base))
    assert failed(results) == {"drift.checkbox_changed"}
    assert "became required" in only_finding(results, "drift.checkbox_changed").message


def test_a_removed_consent_box_is_checkbox_drift(base: Pages) -> None:
    signup = re.sub(r'<input id="sms-consent"[^>]*>', "", base["/appointment-reminders"])
    results = drift_results(base, {**base, "/appointment-reminders": signup})
    assert failed(results) == {"drift.checkbox_changed"}
    assert "was removed" in only_finding(results, "drift.checkbox_changed").message


def test_reworded_disclosure_is_optin_drift_quoting_both(base: Pages) -> None:
    signup = base["/appointment-reminders"].replace("up to 4 msgs/month", "up to 12 msgs/week")
    results = drift_results(base, {**base, "/appointment-reminders": signup})
    assert failed(results) == {"drift.optin_changed"}
    finding = only_finding(results, "drift.optin_changed")
    assert "4 msgs/month" in finding.details["old"] and "12 msgs/week" in finding.details["new"]
    assert finding.selector == "form#sms-signup"


def test_a_new_field_on_the_form_is_optin_drift(base: Pages) -> None:
    signup = base["/appointment-reminders"].replace(
        '<p class="consent">',
        '<p><label for="dob">Date of birth</label><input id="dob" name="dob" type="date"></p>\n'
        '  <p class="consent">',
    )
    results = drift_results(base, {**base, "/appointment-reminders": signup})
    assert failed(results) == {"drift.optin_changed"}
    assert "now asks for dob" in only_finding(results, "drift.optin_changed").message


def test_a_removed_form_is_optin_removed(base: Pages) -> None:
    signup = re.sub(
        r"<form.*</form>",
        "<p>Call us to sign up.</p>",
        base["/appointment-reminders"],
        flags=re.DOTALL,
    )
    results = drift_results(base, {**base, "/appointment-reminders": signup})
    assert failed(results) == {"drift.optin_removed"}
    assert only_finding(results, "drift.optin_removed").selector == "form#sms-signup"


def test_a_policy_page_that_now_404s_is_page_removed(base: Pages) -> None:
    current = snapshot(base)
    privacy = current.page(BASE + "privacy")
    privacy.status, privacy.text, privacy.roles = 404, "Not found", []
    results = drift_results(base, current)
    assert failed(results) == {"drift.page_removed", "drift.sms_clause_removed"}
    assert only_finding(results, "drift.page_removed").url == BASE + "privacy"


def test_a_policy_page_that_is_down_is_could_not_check_not_drift(base: Pages) -> None:
    current = snapshot(base)
    privacy = current.page(BASE + "privacy")
    privacy.status, privacy.text, privacy.roles = 503, "Service Unavailable", []
    results = drift_results(base, current)
    assert failed(results) == set()
    assert results["drift.page_removed"].status is Status.NEEDS_REVIEW
    assert results["drift.sms_clause_removed"].status is Status.NEEDS_REVIEW
    assert "Could not check" in results["drift.page_removed"].findings[0].message


def test_changed_terms_are_terms_drift(base: Pages) -> None:
    terms = base["/sms-terms"].replace("up to 4\nmessages per month", "up to 30 messages per month")
    assert terms != base["/sms-terms"]
    results = drift_results(base, {**base, "/sms-terms": terms})
    assert failed(results) == {"drift.terms_changed"}
    assert "30 messages" in only_finding(results, "drift.terms_changed").details["new"]


def test_a_new_outside_domain_in_the_privacy_policy_is_new_domains(base: Pages) -> None:
    privacy = base["/privacy"].replace(
        "under contracts that require them to protect\nit",
        'and with our partner <a href="https://www.leadmarket-exchange.com/partners">Lead Market'
        "</a>, under contracts that require them to protect\nit",
    )
    results = drift_results(base, {**base, "/privacy": privacy})
    assert failed(results) == {"drift.new_domains", "drift.privacy_changed"}
    finding = only_finding(results, "drift.new_domains")
    assert "leadmarket-exchange.com" in finding.message
    assert finding.url == BASE + "privacy"


def test_ignore_rules_silence_a_page_and_a_text_pattern(base: Pages) -> None:
    privacy = base["/privacy"].replace("HIPAA", "HIPAA and state law")
    edited = {**base, "/privacy": privacy}
    assert failed(drift_results(base, edited)) == {"drift.privacy_changed"}
    assert failed(drift_results(base, edited, IgnoreRules(pages=["*/privacy"]))) == set()
    assert failed(drift_results(base, edited, IgnoreRules(text=[r"and state law"]))) == set()


def test_ignore_selectors_silence_a_form(base: Pages) -> None:
    signup = base["/appointment-reminders"].replace("up to 4 msgs/month", "up to 12 msgs/week")
    edited = {**base, "/appointment-reminders": signup}
    rules = IgnoreRules(selectors=["#sms-signup"])
    assert failed(drift_results(base, edited, rules)) == set()


def test_a_down_site_or_a_bot_wall_cannot_be_checked(base: Pages) -> None:
    assert could_not_check(SiteSnapshot(start_url=BASE, unreachable="connection refused"))
    walled = snapshot(
        {
            "/": "<html><head><title>Just a moment...</title></head><body>"
            "<p>Checking your browser before accessing the site.</p>"
            "</body></html>"
        }
    )
    walled.pages[0].status = 503
    assert could_not_check(walled)
    assert could_not_check(snapshot(base)) is None
