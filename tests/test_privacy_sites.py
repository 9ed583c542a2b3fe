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
CASES = sorted(p.parent.name for p in SITES.glob("privacy-*/expected.json")) + \
    sorted(p.parent.name for p in SITES.glob("terms-*/expected.json"))
MINE = sorted(cid for cid in all_checks() if cid.startswith(("privacy.", "terms.")))


def site_pages(folder: Path) -> dict[str, str]:
    """A fixture folder as {path: html}, the home page first (as a crawl would meet it)."""
    pages: dict[str, str] = {}
    files = sorted(folder.glob("*.html"), key=lambda p: (p.name != "index.html", p.name))
    for file in files:
        path = "/" if file.name == "index.html" else "/" + file.stem
        pages[path] = file.read_text(encoding="utf-8")
    return pages


@pytest.mark.parametrize("name", CASES)
def test_site(name: str) -> None:
    expected = json.loads((SITES / name / "expected.json").read_text())
    base = f"https://{expected['host']}/"
    analysis = analyze(snapshot_from_pages(site_pages(SITES / name), base=base), only=MINE)
    failed = {r.spec.id for r in analysis.results if str(r.status) == "failed"}
    assert failed == {c for c in expected["fire"] if c in MINE}, {
        f.check: f.evidence for f in analysis.findings}
    for spec in expected.get("findings", []):
        if spec["check"] not in MINE:
            continue
        assert any(f.check == spec["check"] and (f.url or "").endswith(spec.get("url", ""))
                   and spec.get("evidence_contains", "") in f.evidence
                   for f in analysis.findings), spec


def test_every_privacy_and_terms_check_fires_on_some_fixture_or_unit_test() -> None:
    fired = set()
    for name in CASES:
        fired |= set(json.loads((SITES / name / "expected.json").read_text())["fire"])
    # the rest are made to fire by the unit tests in test_privacy_checks / test_terms_checks
    assert {"privacy.sharing_exception", "privacy.no_sms_clause", "privacy.not_a_policy",
            "terms.frequency_missing", "terms.carrier_liability_missing"} <= fired
