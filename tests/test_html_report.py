"""report.html: one self-contained file, laid out for a business owner, safe to open.

The string tests check what the file holds; the browser tests open it in headless Chromium the
way a person (or an agency's client) does, save what they saw under the pytest tmp dir, and
check that the verdict, the top findings and the form's screenshot are visible and that nothing
from the audited site runs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import lxml.html
import pytest
from markupsafe import escape

from reports.html import render_html, write_html
from reports.view import build_view
from tests.test_report_fixtures import (
    FORM_SHOT,
    JS_URL,
    PAYLOADS,
    SAMPLE_DRIFT,
    TEXT_ALERTS,
    hostile_report,
    png_bytes,
    sample_report,
)

# set to a folder to keep the screenshots of the rendered report for a person to look at
KEEP_SHOTS = os.environ.get("PREVET_REPORT_SHOTS")


def _chromium() -> str | None:
    try:
        from crawler.browser import find_chromium
    except ImportError:
        return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    return find_chromium()


@contextmanager
def browser_page(width: int = 1100) -> Iterator[object]:
    executable = _chromium()
    if not executable:
        pytest.skip("no Chromium found")
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=args)
        try:
            context = browser.new_context(viewport={"width": width, "height": 900})
            # the report must need nothing from the network: fail any request that tries
            context.route(re.compile(r"^(https?|wss?|ftp)://"), lambda route: route.abort())
            yield context.new_page()
        finally:
            browser.close()


def _form_screenshot(path: Path) -> list[float]:
    """A real screenshot of the sample's sign-up form, as the crawler takes one, and the consent
    checkbox's box in the screenshot's pixels (what the crawler records for a control)."""
    with browser_page(width=640) as page:
        page.set_content(TEXT_ALERTS)
        form = page.locator("form")
        form.screenshot(path=str(path))
        outer = form.bounding_box()
        box = page.locator("#sms-consent").bounding_box()
    return [box["x"] - outer["x"], box["y"] - outer["y"], box["width"], box["height"]]


# -- the file ----------------------------------------------------------------------------------


def test_the_report_is_one_self_contained_file(tmp_path):
    path = write_html(sample_report(tmp_path, drift=SAMPLE_DRIFT), tmp_path)
    html = path.read_text(encoding="utf-8")
    assert path.name == "report.html"
    assert "<link" not in html
    sources = re.findall(r"""\s(?:src|srcset|poster)\s*=\s*["']?([^"'\s>]*)""", html)
    assert sources and all(source.startswith("data:image/") for source in sources), sources
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html)
    assert "<style>" in html and re.search(r"<script nonce=\"[\w-]+\">", html)
    assert "default-src 'none'" in html  # nothing may be fetched, even by mistake
    assert "data:image/png;base64," in html
    assert "@media print" in html


def test_a_missing_screenshot_leaves_the_report_whole(tmp_path):
    report = sample_report(tmp_path)
    (tmp_path / FORM_SHOT).unlink()
    html = render_html(report, tmp_path)
    assert "data:image/png" not in html
    assert "Fix these first" in html and "Registration kit" in html
    # no folder at all, no snapshot: still a report
    assert "Fix these first" in render_html(report, None)
    (tmp_path / "snapshot.json").write_text("{not json", encoding="utf-8")
    assert "Fix these first" in render_html(report, tmp_path)


def test_screenshots_outside_the_report_folder_are_never_inlined(tmp_path):
    (tmp_path / "secret.png").write_bytes(png_bytes(10, 10))
    folder = tmp_path / "report"
    report = sample_report(folder)
    html = render_html(report, folder)
    assert lxml.html.document_fromstring(html).cssselect("#kit img")  # inside: shown
    for path in ("../secret.png", str(tmp_path / "secret.png")):
        report.extras["kit"]["optin"]["screenshot"] = path
        html = render_html(report, folder)
        assert not lxml.html.document_fromstring(html).cssselect("#kit img")
        assert "secret" not in html


def test_it_shows_every_check_grouped_with_its_status(tmp_path):
    report = sample_report(tmp_path, drift=SAMPLE_DRIFT)
    html = render_html(report, tmp_path)
    view = build_view(report)
    for group in view.groups:
        assert f'id="group-{group.key}"' in html
        for check in group.checks:
            assert f'id="check-{check.id}"' in html
    assert "Not applicable" in html and "Passed" in html
    for check in (c for g in view.groups for c in g.checks if c.reason):
        assert escape(check.reason) in html  # why it was not applicable or needs review
    if any(status == "needs_review" for status in report.checks.values()):
        assert "Needs review" in html
    assert html.index("Fix these first") < html.index('id="group-website"')


def test_findings_show_evidence_with_the_offending_part_marked(tmp_path):
    html = render_html(sample_report(tmp_path), tmp_path)
    assert "<mark>share information with our partners</mark>" in html
    assert "&lt;input type=&#34;checkbox&#34; id=&#34;sms-consent&#34;" in html  # control HTML
    assert "Bright Smile Dental" in html
    assert 'class="copy"' in html


def test_drift_shows_a_word_diff(tmp_path):
    html = render_html(sample_report(tmp_path, drift=SAMPLE_DRIFT), tmp_path)
    assert "<del>Msg frequency varies.</del>" in html
    assert "<ins>and special offers</ins>" in html
    assert "run-2026-10-01-a1" in html
    assert "What changed since approval, word by word" in html


def test_site_text_is_escaped_everywhere():
    html = render_html(hostile_report())
    body = html.split("<body>", 1)[1]
    for payload in PAYLOADS[:4]:
        assert payload not in body
    assert body.count("<script") == 1  # ours
    # template syntax stays text, never evaluated
    assert "{{ 7*7 }}" in html and "{% for x in range(3) %}LOOP{% endfor %}" in html
    assert "LOOPLOOP" not in html and "49" not in re.sub(r"[\w+/=]{40,}", "", html)
    assert 'href="javascript:' not in html.lower()
    assert 'href="data:' not in html.lower()
    tree = lxml.html.document_fromstring(html)
    handlers = [
        (el.tag, name)
        for el in tree.iter()
        if isinstance(el.tag, str)
        for name in el.attrib
        if name.lower().startswith("on")
    ]
    assert handlers == []
    assert [el.tag for el in tree.iter("iframe", "svg", "object", "embed")] == []
    assert "data:image" not in html  # "../../etc/passwd" and "/etc/hostname" were not read


# -- in the browser ------------------------------------------------------------------------------


@pytest.mark.browser
def test_hostile_report_runs_nothing_in_the_browser(tmp_path):
    """Escaping alone must hold: the CSP is removed for this test so it cannot hide a hole."""
    html = render_html(hostile_report())
    assert "Content-Security-Policy" in html
    without_csp = re.sub(r"<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "", html)
    path = tmp_path / "report.html"
    path.write_text(without_csp, encoding="utf-8")
    dialogs: list[str] = []
    with browser_page() as page:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_timeout(300)
        for link in page.locator("a").all():
            link.hover()
        page.wait_for_timeout(100)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.scripts.length") == 1
        assert (
            page.evaluate(
                "document.querySelectorAll('iframe, svg, img:not([src^=\"data:\"])').length"
            )
            == 0
        )
        hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
        assert all(h.startswith(("http://", "https://", "file://")) for h in hrefs), hrefs
        text = page.inner_text("body")
        assert PAYLOADS[0] in text and "{{ 7*7 }}" in text and JS_URL in text
        page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    assert dialogs == []


def report_with_form(tmp_path: Path):  # noqa: ANN201 - (path of report.html, Report)
    """The sample drift report with a real screenshot of its form, the checkbox outlined."""
    out = tmp_path / "report"
    out.mkdir()
    shot = tmp_path / "form.png"
    box = _form_screenshot(shot)
    report = sample_report(out, screenshot=shot.read_bytes(), drift=SAMPLE_DRIFT)
    prechecked = next(f for f in report.findings if f["check"] == "optin.checkbox_prechecked")
    prechecked.setdefault("details", {})["box"] = box
    return write_html(report, out), report


@pytest.mark.browser
def test_a_person_sees_the_verdict_the_top_findings_and_the_form(tmp_path):
    path, report = report_with_form(tmp_path)
    view = build_view(report)
    with browser_page() as page:
        page.goto(path.as_uri())
        # a drift report leads with the drift
        assert page.get_by_text(view.verdict_words, exact=True).is_visible()
        assert view.verdict_words.startswith(f"{len(SAMPLE_DRIFT['changes'])} change")
        top = page.locator("#fix-first li")
        assert top.count() == 3
        for index, finding in enumerate(view.top):
            item = top.nth(index)
            assert item.is_visible()
            assert " ".join(finding.finding.message.split()) in " ".join(item.inner_text().split())
        form_images = page.locator("figure.shot img")
        assert form_images.count() >= 2  # beside a finding, and in the registration kit
        for index in range(form_images.count()):
            image = form_images.nth(index)
            image.scroll_into_view_if_needed()
            assert image.is_visible()
            assert page.evaluate(
                "img => img.complete && img.naturalWidth > 100", image.element_handle()
            )
        outline = page.locator(".outline")
        assert outline.count() == 1 and outline.is_visible()
        frame = outline.locator("xpath=..").bounding_box()
        ring = outline.bounding_box()
        assert frame["x"] <= ring["x"] and ring["x"] + ring["width"] <= frame["x"] + frame["width"]
        assert ring["width"] < frame["width"] / 4  # it rings the checkbox, not the whole form
        kit = page.locator("#kit")
        assert kit.get_by_text("https://www.brightsmile-dental.com/text-alerts").first.is_visible()
        button = page.locator("button.copy").first
        button.click()
        assert button.inner_text() == "Copied"
        page.screenshot(path=str(tmp_path / "report-full.png"), full_page=True)
        page.screenshot(path=str(tmp_path / "report-top.png"))
        if KEEP_SHOTS:
            page.screenshot(path=str(Path(KEEP_SHOTS) / "report-full.png"), full_page=True)
        page.emulate_media(media="print")
        assert not page.locator("button.copy").first.is_visible()
        pdf = page.pdf(format="Letter", print_background=True)
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
    (tmp_path / "report.pdf").write_bytes(pdf)


def test_an_unreachable_site_still_gets_a_readable_report(tmp_path):
    from analyzers.analyze import analyze
    from crawler.snapshot import SiteSnapshot
    from reports.model import build_report

    snapshot = SiteSnapshot(
        start_url="https://www.gone-bakery.com/",
        unreachable="DNS lookup failed for www.gone-bakery.com",
    )
    report = build_report(
        snapshot, analyze(snapshot), target=snapshot.start_url, started_at="2026-11-22T10:00:00Z"
    )
    html = write_html(report, tmp_path).read_text(encoding="utf-8")
    assert "Unreachable: the website could not be loaded" in html
    assert "DNS lookup failed for www.gone-bakery.com" in html
    assert "Pages read" not in html  # nothing to list, no empty table
