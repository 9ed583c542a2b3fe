"""The privacy-* and terms-* fixture sites, analyzed from their files without a browser.

tests/test_fixture_sites.py audits the same sites with the real crawler; this test pins the
privacy and terms checks alone, fast: the privacy.* and terms.* checks that fail must be exactly
those expected.json lists, and every listed finding must be there with its evidence.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzers.analyze import analyze
from analyzers.registry import all_checks
from tests.snapshots import snapshot_from_pages

SITES = Path(__file__).resolve().parent.parent / "fixtures" / "sites"
# redirects (routes.json) need the fixture server, script-built pages and what only a browser
# reads (expected.json's "needs_browser") the browser: those sites are left to
# tests/test_fixture_sites.py
CASES = [
    p.parent.name
    for pattern in ("privacy-*/expected.json", "terms-*/expected.json")
    for p in sorted(SITES.glob(pattern))
    if not (p.parent / "routes.json").exists()
    and "script-" not in p.parent.name
    and not json.loads(p.read_text()).get("needs_browser")
]
MINE = sorted(cid for cid in all_checks() if cid.startswith(("privacy.", "terms.")))


def site_pages(folder: Path) -> dict[str, str]:
    """A fixture folder as {path: html}, the home page first (as a crawl would meet it);
    "legal/terms/index.html" is served as /legal/terms/."""
    own = [f for f in folder.rglob("*.html") if "_hosts" not in f.relative_to(folder).parts]
    files = sorted(own, key=lambda p: (p != folder / "index.html", str(p)))  # not other hosts
    return {
        "/"
        + str(f.relative_to(folder)).removesuffix("index.html").removesuffix(".html"): f.read_text(
            encoding="utf-8"
        )
        for f in files
    }


@pytest.mark.parametrize("name", CASES)
def test_site(name: str) -> None:
    expected = json.loads((SITES / name / "expected.json").read_text())
    base = f"https://{expected['host']}/"
    analysis = analyze(snapshot_from_pages(site_pages(SITES / name), base=base), only=MINE)
    failed = {r.spec.id for r in analysis.results if str(r.status) == "failed"}
    assert failed == {c for c in expected["fire"] if c in MINE}, {
        f.check: f.evidence for f in analysis.findings
    }
    for spec in expected.get("findings", []):
        if spec["check"] not in MINE:
            continue
        assert any(
            f.check == spec["check"]
            and (f.url or "").endswith(spec.get("url", ""))
            and spec.get("evidence_contains", "") in f.evidence
            for f in analysis.findings
        ), spec


def test_every_privacy_and_terms_check_fires_on_some_fixture_or_unit_test() -> None:
    fired = set()
    for name in CASES:
        fired |= set(json.loads((SITES / name / "expected.json").read_text())["fire"])
    # the rest are made to fire by the unit tests in test_privacy_checks / test_terms_checks
    assert {
        "privacy.sharing_exception",
        "privacy.no_sms_clause",
        "privacy.not_a_policy",
        "terms.frequency_missing",
        "terms.carrier_liability_missing",
    } <= fired
