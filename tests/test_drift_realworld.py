"""Drift on the real pages in shared/realworld (read at run time, never copied into fixtures).

For every site: the same pages again, and the same pages with cosmetic edits (dates, copyright
years, whitespace), are no drift; a consent box that becomes pre-checked and a no-sharing clause
that disappears are caught wherever the baseline had them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzers.context import AnalysisContext, AuditOptions
from analyzers.drift.optin import optin_forms
from analyzers.policy.locate import page_sentences
from analyzers.policy.sharing import analyze_sharing
from analyzers.registry import CheckResult, Status
from crawler.snapshot import SiteSnapshot
from prevet.config import Settings
from prevet.drift import compare
from tests.snapshots import snapshot_from_pages

REALWORLD = Path(__file__).resolve().parent.parent.parent / "shared" / "realworld" / "sites"
SITES = sorted(p.name for p in REALWORLD.iterdir() if p.is_dir()) if REALWORLD.is_dir() else []
BASE = "https://www.example-real.com/"
_MONTH_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d{1,2}, (20\d\d)\b"
)
_COPYRIGHT_YEAR = re.compile(r"(©|&copy;|Copyright)(\s*)(20\d\d)")

pytestmark = pytest.mark.skipif(not SITES, reason=f"no real-world pages at {REALWORLD}")


def pages_of(name: str) -> dict[str, str]:
    files = sorted((REALWORLD / name).glob("*.html"), key=lambda f: f.name != "index.html")
    return {
        ("/" if f.name == "index.html" else f"/{f.stem}"): f.read_text(errors="replace")
        for f in files
    }


def cosmetic(html: str) -> str:
    html = _MONTH_DATE.sub(r"December 9, \2", html)
    html = _COPYRIGHT_YEAR.sub(lambda m: f"{m[1]}{m[2]}{int(m[3]) + 1}", html)
    return html.replace("</p>", "</p>\n\n").replace(". ", ".  ")


def results(old: SiteSnapshot, new: SiteSnapshot) -> dict[str, CheckResult]:
    return {r.spec.id: r for r in compare(old, new, Settings(), AuditOptions())}


def failed(found: dict[str, CheckResult]) -> dict[str, str]:
    return {cid: r.findings[0].message for cid, r in found.items() if r.status is Status.FAILED}


@pytest.mark.parametrize("name", SITES)
def test_real_sites_unchanged_or_cosmetically_edited_have_no_drift(name: str) -> None:
    pages = pages_of(name)
    old = snapshot_from_pages(pages, BASE)
    assert failed(results(old, snapshot_from_pages(pages, BASE))) == {}
    edited = snapshot_from_pages({p: cosmetic(h) for p, h in pages.items()}, BASE)
    assert failed(results(old, edited)) == {}


@pytest.mark.parametrize("name", SITES)
def test_a_real_consent_box_that_becomes_prechecked_is_caught(name: str) -> None:
    pages = pages_of(name)
    old = snapshot_from_pages(pages, BASE)
    boxes = [
        v.consent
        for v in optin_forms(AnalysisContext(snapshot=old))
        if v.consent is not None and not v.consent.checked
    ]
    if not boxes:
        pytest.skip("no unchecked SMS consent box on this site")
    new = snapshot_from_pages(pages, BASE)
    for page in new.pages:
        for form in page.forms:
            for control in form.controls:
                if control.selector == boxes[0].selector:
                    control.checked = True
    assert set(failed(results(old, new))) == {"drift.checkbox_changed"}


@pytest.mark.parametrize("name", SITES)
def test_a_real_no_sharing_clause_that_disappears_is_caught(name: str) -> None:
    pages = pages_of(name)
    old = snapshot_from_pages(pages, BASE)
    applicable = results(old, snapshot_from_pages(pages, BASE))["drift.sms_clause_removed"]
    if applicable.status is Status.NOT_APPLICABLE:
        pytest.skip(f"not applicable on the baseline: {applicable.reason}")
    new = snapshot_from_pages(pages, BASE)
    for page in new.pages:
        for clause in [v.sentence.text for v in analyze_sharing(page_sentences(page)).promises]:
            page.text = re.sub(r"\s+".join(map(re.escape, clause.split())), " ", page.text)
    assert "drift.sms_clause_removed" in failed(results(old, new))
