"""The optin-* and links-* fixture sites, read from their files without a browser: the optin.* and
links.* checks that fail must be exactly those expected.json lists. (tests/test_fixture_sites.py
audits the same sites through the real crawler and browser; this one needs neither, so it runs
everywhere and points at the analyzer when both fail.) Sites whose findings only a browser can
see (a box ticked by script, CSS-hidden text, rendered font sizes, script-built forms, and the
forms a person reaches only in a browser, which expected.json marks "needs_browser") are left to
the browser test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzers.context import AnalysisContext
from analyzers.registry import all_checks, rendering_ids, run_check
from tests.snapshots import snapshot_from_pages

SITES = Path(__file__).resolve().parent.parent / "fixtures" / "sites"
BROWSER_ONLY = rendering_ids()  # the checks declared with needs_rendering=True
FAMILY = ("optin.", "links.")


def _cases() -> list[str]:
    names = []
    for expected in sorted(SITES.glob("*/expected.json")):
        name = expected.parent.name
        spec = json.loads(expected.read_text())
        fire = set(spec["fire"])
        if (
            name.startswith(("optin-", "links-"))
            and not fire & BROWSER_ONLY
            and "script-built" not in name
            and not spec.get("needs_browser")
        ):
            names.append(name)
    return names


def _pages(folder: Path) -> dict[str, str]:
    own = [f for f in folder.rglob("*.html") if "_hosts" not in f.relative_to(folder).parts]
    files = sorted(own, key=lambda p: (p != folder / "index.html", str(p)))  # not other hosts
    return {
        "/"
        + str(f.relative_to(folder)).removesuffix("index.html").removesuffix(".html"): f.read_text()
        for f in files
    }


@pytest.mark.parametrize("name", _cases())
def test_fixture_site_statically(name: str) -> None:
    expected = json.loads((SITES / name / "expected.json").read_text())
    snapshot = snapshot_from_pages(_pages(SITES / name), base=f"https://{expected['host']}/")
    ctx = AnalysisContext(snapshot=snapshot)
    results = {
        cid: run_check(spec, ctx) for cid, spec in all_checks().items() if cid.startswith(FAMILY)
    }
    failed = {cid for cid, result in results.items() if str(result.status) == "failed"}
    assert failed == {c for c in expected["fire"] if c.startswith(FAMILY)}
    for spec in expected.get("findings", []):
        findings = results[spec["check"]].findings
        assert any(
            spec.get("evidence_contains", "") in f.evidence
            and (f.url or "").endswith(spec.get("url", ""))
            for f in findings
        ), spec


def test_there_are_static_cases() -> None:
    assert len(_cases()) >= 8
