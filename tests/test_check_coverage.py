"""Every check in the catalog has a fixture that makes it fire, and every family has a near-miss.

A check id counts as covered when it is in the "fire" list of a fixture site's expected.json or
in the "# fires:" line of a fixture campaign file; those fixtures are audited for exactly that by
tests/test_fixture_sites.py and tests/test_campaign_checks.py. The few ids that no static
fixture can trigger (a dead host, a bad certificate, a change between two crawls) are listed
below with the end-to-end test that makes them fire instead; that test must exist and name the
id, so the allow-list cannot silently go stale.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from analyzers.registry import all_checks, catalog
from tests.conftest import ROOT, SITES

CAMPAIGNS = ROOT / "fixtures" / "campaigns"
TESTS = ROOT / "tests"

# id -> (test file, test function) that asserts the id fails, in place of a fixture
COVERED_BY_TESTS: dict[str, tuple[str, str]] = {
    # a start URL that does not resolve / answers 5xx: there is no site to put in a folder
    "site.unreachable": (
        "test_cli_errors.py",
        "test_an_unreachable_site_exits_2_and_still_writes_the_report",
    ),
    # needs the fixture server on TLS with a self-signed certificate
    "site.tls_invalid": (
        "test_crawler_e2e.py",
        "test_a_self_signed_certificate_is_reported_and_the_crawl_goes_on",
    ),
    # drift compares two crawls of one site (baseline, then an edited copy): the real CLI
    # end to end for the four edits of drift-base, the snapshot-level tests for the others
    "drift.checkbox_changed": ("test_drift_e2e.py", "test_drift_end_to_end"),
    "drift.sms_clause_removed": ("test_drift_e2e.py", "test_drift_end_to_end"),
    "drift.privacy_changed": ("test_drift_e2e.py", "test_drift_end_to_end"),
    "drift.new_prohibited_content": ("test_drift_e2e.py", "test_drift_end_to_end"),
    "drift.brand_changed": ("test_drift_e2e.py", "test_drift_end_to_end"),
    "drift.optin_changed": (
        "test_drift_checks.py",
        "test_reworded_disclosure_is_optin_drift_quoting_both",
    ),
    "drift.optin_removed": ("test_drift_checks.py", "test_a_removed_form_is_optin_removed"),
    "drift.page_removed": (
        "test_drift_checks.py",
        "test_a_policy_page_that_now_404s_is_page_removed",
    ),
    "drift.terms_changed": ("test_drift_checks.py", "test_changed_terms_are_terms_drift"),
    "drift.new_domains": (
        "test_drift_checks.py",
        "test_a_new_outside_domain_in_the_privacy_policy_is_new_domains",
    ),
}

FAMILIES = ("optin", "privacy", "terms", "content", "site")


def site_expectations() -> dict[str, dict]:
    return {
        p.parent.name: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(SITES.glob("*/expected.json"))
    }


def campaign_fires(path: Path) -> set[str]:
    match = re.search(r"^# fires:(.*)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    return {name.strip() for name in match.group(1).split(",") if name.strip()} if match else set()


def fired_by_fixtures() -> set[str]:
    fired = {cid for expected in site_expectations().values() for cid in expected["fire"]}
    for path in sorted(CAMPAIGNS.glob("*.yaml")):
        fired |= campaign_fires(path)
    return fired


def _html(site: str) -> dict[str, str]:
    return {
        str(p.relative_to(SITES / site)): p.read_text(encoding="utf-8")
        for p in (SITES / site).rglob("*.html")
    }


def _has_optin_form(pages: dict[str, str]) -> bool:
    return any(
        re.search(r"<input[^>]*type=[\"']tel[\"']", html)
        and re.search(r"type=[\"']checkbox[\"']", html)
        for html in pages.values()
    )


# what a near-miss site for a family must hold, so that the family had something real to judge
_HAS_WHAT_IT_JUDGES = {
    "optin": lambda expected, pages: _has_optin_form(pages),
    "privacy": lambda expected, pages: any("privacy" in page for page in pages),
    "terms": lambda expected, pages: any("terms" in page for page in pages),
    "content": lambda expected, pages: len(pages) >= 3,
    # a business site audited with an opt-in URL, so login, redirect and linking are judged
    "site": lambda expected, pages: (
        "--optin-url" in expected.get("args", [])
        and {"index.html", "about.html", "contact.html"} <= set(pages)
    ),
}


def test_every_catalog_check_is_registered() -> None:
    assert set(catalog()) == set(all_checks())


def test_every_check_has_a_fixture_that_fires_it() -> None:
    missing = set(all_checks()) - fired_by_fixtures() - set(COVERED_BY_TESTS)
    assert not missing, f"no fixture fires {sorted(missing)}"


def test_fixtures_name_only_real_checks() -> None:
    unknown = fired_by_fixtures() - set(all_checks())
    assert not unknown, f"fixtures expect unknown check ids {sorted(unknown)}"


def test_the_allow_list_holds_only_checks_no_fixture_fires() -> None:
    assert set(COVERED_BY_TESTS) <= set(all_checks())
    redundant = set(COVERED_BY_TESTS) & fired_by_fixtures()
    assert not redundant, f"now fired by a fixture, drop from the allow-list: {sorted(redundant)}"


def _test_functions(file: str) -> dict[str, str]:
    source = (TESTS / file).read_text(encoding="utf-8")
    tree = ast.parse(source)
    return {
        node.name: ast.get_source_segment(source, node) or ""
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    }


@pytest.mark.parametrize("check_id", sorted(COVERED_BY_TESTS))
def test_allow_listed_check_is_asserted_by_its_test(check_id: str) -> None:
    file, function = COVERED_BY_TESTS[check_id]
    functions = _test_functions(file)
    assert function in functions, f"{file} has no {function}"
    body = functions[function]
    assert f'"{check_id}"' in body and "assert" in body, (
        f"{file}::{function} does not assert {check_id}"
    )


def test_a_fully_compliant_fixture_site_exists() -> None:
    # compliant with everything to judge: an opt-in form, a privacy policy and terms
    compliant = [
        name
        for name, expected in site_expectations().items()
        if not expected["fire"]
        and all(
            _HAS_WHAT_IT_JUDGES[f](expected, _html(name)) for f in ("optin", "privacy", "terms")
        )
    ]
    assert compliant, "no fixture site with an opt-in form and policies passes every check"


@pytest.mark.parametrize("family", FAMILIES)
def test_each_family_has_a_near_miss_site(family: str) -> None:
    # a near-miss is written for the family (its name says so: optin-…, cover-terms-…,
    # content-lookalike-…), holds what the family judges, and none of its checks fire
    near = [
        name
        for name, expected in site_expectations().items()
        if f"{family}-" in name
        and not any(cid.startswith(f"{family}.") for cid in expected["fire"])
        and _HAS_WHAT_IT_JUDGES[family](expected, _html(name))
    ]
    assert near, f"no {family} fixture site has what {family}.* judges and fires none of them"
