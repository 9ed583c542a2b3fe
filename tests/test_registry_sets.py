"""The id sets that used to be kept by hand are derived from the registry, and say the same.

Each set below is what the hand-written list said before it was derived (the check declares
the property, or the id's family is the rule); a check added later joins its set by being
declared, not by someone remembering a list in another file.
"""

from __future__ import annotations

from analyzers.analyze import verdict_of
from analyzers.registry import (
    Finding,
    Severity,
    all_checks,
    do_not_resubmit_ids,
    family_ids,
    rendering_ids,
)
from prevet.campaign_command import package_check_ids

# analyzers/analyze.py DO_NOT_RESUBMIT
HAND_DO_NOT_RESUBMIT = {
    "content.cannabis",
    "content.sexual",
    "content.gambling",
    "content.hate",
    "content.high_risk_financial",
    "content.lead_generation",
    "content.affiliate_marketing",
}
# tests/test_optin_fixture_sites_static.py BROWSER_ONLY (bench/optin_precision.py kept a copy
# without optin.consent_required; both now read the registry)
HAND_BROWSER_ONLY = {
    "optin.checkbox_prechecked",
    "optin.disclosure_hidden",
    "optin.disclosure_not_prominent",
    "optin.consent_required",
}
# tests/test_optin_checks.py OPTIN_CHECKS: it had left out optin.disclosure_not_prominent, which
# the derived list now covers too (statically it has no font sizes to measure; without a form it
# is not applicable like the others)
HAND_OPTIN = {
    "optin.form_missing",
    "optin.phone_field_missing",
    "optin.checkbox_missing",
    "optin.checkbox_prechecked",
    "optin.consent_required",
    "optin.disclosure_missing",
    "optin.disclosure_hidden",
    "optin.brand_missing",
    "optin.message_type_missing",
    "optin.frequency_missing",
    "optin.rates_missing",
    "optin.help_missing",
    "optin.stop_missing",
    "optin.privacy_link_missing",
    "optin.terms_link_missing",
    "optin.bundled_consent",
    "optin.marketing_not_separate",
    "optin.third_party_consent",
    "optin.condition_of_purchase",
}
# tests/test_privacy_checks.py PRIVACY_CHECKS, tests/test_terms_checks.py TERMS_CHECKS
HAND_PRIVACY = {
    "privacy.missing",
    "privacy.not_a_policy",
    "privacy.no_sms_clause",
    "privacy.sharing_exception",
    "privacy.opt_out_missing",
    "privacy.brand_missing",
}
HAND_TERMS = {
    "terms.missing",
    "terms.brand_missing",
    "terms.message_type_missing",
    "terms.frequency_missing",
    "terms.rates_missing",
    "terms.carrier_liability_missing",
    "terms.help_missing",
    "terms.stop_missing",
    "terms.privacy_link_missing",
}
# tests/test_campaign_checks.py SITE_CHECKS: package checks that compare with the website
HAND_SITE_CHECKS = {"brand.name_mismatch", "campaign.optin_url_no_form"}


def test_do_not_resubmit_is_declared_by_the_content_checks() -> None:
    assert do_not_resubmit_ids() == HAND_DO_NOT_RESUBMIT
    # the flag and the text the user reads agree: exactly these tell the user not to resubmit
    told = {cid for cid, spec in all_checks().items() if "do NOT resubmit" in spec.fix}
    assert told == HAND_DO_NOT_RESUBMIT


def test_a_do_not_resubmit_failure_rejects_the_audit_and_an_age_gated_one_does_not() -> None:
    def error(check_id: str) -> Finding:
        return Finding(
            check=check_id,
            severity=Severity.ERROR,
            url=None,
            selector=None,
            evidence="",
            message="",
            fix="",
            ref="",
        )

    assert verdict_of([error("content.cannabis")]) == "rejected"
    assert verdict_of([error("content.firearms")]) == "needs_changes"


def test_browser_only_checks_are_declared_needs_rendering() -> None:
    assert rendering_ids() == HAND_BROWSER_ONLY


def test_family_lists_come_from_the_id_prefix() -> None:
    assert set(family_ids("optin")) == HAND_OPTIN | {"optin.disclosure_not_prominent"}
    assert set(family_ids("privacy")) == HAND_PRIVACY
    assert set(family_ids("terms")) == HAND_TERMS
    assert all(cid.startswith("optin.") for cid in family_ids("optin"))


def test_package_checks_that_need_the_site_are_those_declaring_the_snapshot() -> None:
    derived = {cid for cid in package_check_ids() if "snapshot" in all_checks()[cid].needs}
    assert derived == HAND_SITE_CHECKS
