"""The report as people read it: on a laptop (1280 px), on a phone (390 px) and on paper.

Each test opens report.html in headless Chromium, takes a screenshot (kept under the pytest tmp
dir, or in $PREVET_REPORT_SHOTS for a person to look at) and checks what is visible: nothing
wider than the screen, no word broken inside on a phone, screenshots of forms shown at a
readable size; in print, failed and to-review findings in full and the passed checks as one
summary table.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest

from reports.html import write_html
from reports.view import build_view
from tests.test_html_report import browser_page, report_with_form
from tests.test_report_fixtures import png_bytes, sample_report

pytestmark = pytest.mark.browser

KEEP_SHOTS = os.environ.get("PREVET_REPORT_SHOTS")

# words of ordinary text (letters only) that a line break cut in two: each word's range has
# more than one line box. URLs, selectors and code may wrap anywhere; words may not.
BROKEN_WORDS = """() => {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const skip = (el) => el.closest('code, pre, .url, a, .selector, script, style, [hidden]');
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || skip(parent) || !parent.getClientRects().length) continue;
    const text = node.textContent;
    const words = /[A-Za-z]{2,}/g;
    let match;
    while ((match = words.exec(text))) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter(r => r.width > 0);
      const lines = new Set(rects.map(r => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}"""

OVERFLOW = "() => document.scrollingElement.scrollWidth <= window.innerWidth"

WIDE_ELEMENTS = """() => [...document.querySelectorAll('main *')]
  .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1
                && getComputedStyle(el).position !== 'fixed')
  .map(el => el.tagName + '.' + el.className).slice(0, 10)"""


def _report(tmp_path: Path) -> tuple[Path, object]:
    return report_with_form(tmp_path)


def _keep(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    if KEEP_SHOTS:
        Path(KEEP_SHOTS).mkdir(parents=True, exist_ok=True)
        (Path(KEEP_SHOTS) / name).write_bytes(data)


@pytest.mark.parametrize("width", [1280, 390])
def test_the_report_fits_the_screen_and_breaks_no_word(tmp_path: Path, width: int) -> None:
    path, report = _report(tmp_path)
    view = build_view(report)
    with browser_page(width=width) as page:
        page.goto(path.as_uri())
        _keep(tmp_path, f"report-{width}.png", page.screenshot(full_page=True))
        assert page.evaluate(OVERFLOW), page.evaluate(WIDE_ELEMENTS)
        assert page.evaluate(BROKEN_WORDS) == []
        # the verdict and the three things to fix first are on the first screen
        verdict = page.locator("#verdict .verdict-words")
        assert verdict.inner_text() == view.verdict_words
        assert verdict.bounding_box()["y"] < 900
        assert page.locator("#fix-first li").count() == 3
        # form screenshots are shown as large as the column allows, never shrunk below it
        for image in page.locator(".finding figure.shot img").all():
            natural, shown = image.evaluate("i => [i.naturalWidth, i.clientWidth]")
            column = image.evaluate("i => i.closest('.finding').clientWidth")
            if width >= 1280:
                assert shown >= min(natural, column - 60), (natural, shown, column)
            else:  # on a phone: at its own size, swiped sideways when wider than the screen
                assert shown >= natural * 0.95, (natural, shown)
                frame = image.evaluate("i => i.closest('.shot-scroll').clientWidth")
                assert frame <= width
        # the outline sits on the control at any size: same place relative to the picture
        for figure in page.locator(".finding figure.shot").all():
            if not figure.locator(".outline").count():
                continue
            image = figure.locator("img").bounding_box()
            outline = figure.locator(".outline").bounding_box()
            style = figure.locator(".outline").get_attribute("style")
            left, top = (float(v) for v in re.findall(r"(?:left|top): ([0-9.]+)%", style))
            assert abs((outline["x"] - image["x"]) / image["width"] * 100 - left) < 1.5
            assert abs((outline["y"] - image["y"]) / image["height"] * 100 - top) < 1.5
        # every fix's text to paste is readable without sideways scrolling
        for block in page.locator("pre.fix-text").all():
            assert block.evaluate("b => b.scrollWidth <= b.clientWidth + 1")


def test_on_a_phone_the_facts_stack_and_tables_fit(tmp_path: Path) -> None:
    path, _report_model = _report(tmp_path)
    with browser_page(width=390) as page:
        page.goto(path.as_uri())
        facts = page.locator(".finding .facts").first
        term, value = facts.locator("dt").first, facts.locator("dd").first
        # label above its value, not in a narrow column beside it
        assert value.bounding_box()["y"] > term.bounding_box()["y"]
        for table in page.locator("table:visible").all():
            box = table.bounding_box()
            fits = box["x"] >= 0 and box["x"] + box["width"] <= 390 + 1
            assert fits, table.get_attribute("class")


def _pdf_pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_in_print_failed_items_are_in_full_and_passed_checks_one_table(tmp_path: Path) -> None:
    path, report = _report(tmp_path)
    view = build_view(report)
    passed = [c for g in view.groups for c in g.checks if c.status == "passed"]
    open_findings = [f for f in view.findings if f.status in ("failed", "needs_review")]
    assert len(passed) > 20 and open_findings
    with browser_page(width=1280) as page:
        page.goto(path.as_uri())
        page.emulate_media(media="print")
        _keep(tmp_path, "report-print.png", page.screenshot(full_page=True))
        # every failed and to-review finding, with its evidence and fix
        for finding in open_findings:
            card = page.locator(f"#{finding.anchor}")
            assert card.is_visible(), finding.check
            if finding.fix_paste and not finding.paste_ref:
                assert card.locator("pre.fix-text").is_visible()
            elif finding.paste_ref:
                assert card.locator(".paste-ref").is_visible()
        # passed checks: not listed one by one under each group, but in one table
        assert not page.locator(".group .quiet-checks li.st-passed").first.is_visible()
        summary = page.locator("#print-passed")
        assert summary.is_visible()
        text = summary.inner_text()
        for check in passed:
            assert check.title in text, check.id
        assert not page.locator("button.copy").first.is_visible()
        pdf = page.pdf(format="Letter", print_background=True)
    _keep(tmp_path, "report.pdf", pdf)
    with browser_page(width=1280) as page:
        page.goto(path.as_uri())
        screen_pdf = page.pdf(format="Letter", print_background=True)
    # the same report printed: a few pages, the passed checks no longer page after page
    assert _pdf_pages(pdf) <= 9, _pdf_pages(pdf)  # 15 before print CSS
    assert _pdf_pages(pdf) == _pdf_pages(screen_pdf)  # page.pdf() prints with print CSS too


def test_the_passed_checks_table_is_print_only(tmp_path: Path) -> None:
    path, _report_model = _report(tmp_path)
    with browser_page(width=1280) as page:
        page.goto(path.as_uri())
        assert not page.locator("#print-passed").is_visible()
        assert page.locator(".group .quiet-checks li.st-passed").first.is_visible()


def test_a_report_without_screenshots_prints_too(tmp_path: Path) -> None:
    report = sample_report(tmp_path, screenshot=png_bytes(480, 320))
    path = write_html(report, tmp_path)
    with browser_page(width=390) as page:
        page.goto(path.as_uri())
        assert page.evaluate(OVERFLOW)
        pdf = page.pdf(format="Letter")
    assert pdf.startswith(b"%PDF") and _pdf_pages(pdf) <= 9
