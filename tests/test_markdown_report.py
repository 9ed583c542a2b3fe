"""report.md: a short summary that can be pasted into a pull request or a ticket."""

from __future__ import annotations

import re

from reports.markdown import md_link, md_text, render_markdown, write_markdown
from tests.test_report_fixtures import JS_URL, handmade_report, hostile_report, sample_report


def test_summary_has_verdict_counts_top_fixes_and_every_failed_check(tmp_path):
    report = sample_report()
    path = write_markdown(report, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert path.name == "report.md"
    assert text.startswith("## prevet: ⚠️ Needs changes before you submit")
    s = report.summary
    assert f"| {s.errors} | {s.warnings} | {s.infos} | {s.needs_review} |" in text
    assert "### Fix first" in text
    assert len(re.findall(r"^\d\. \*\*", text, re.MULTILINE)) == 3
    for check_id, status in report.checks.items():
        assert (f"`{check_id}`" in text) == (status in ("failed", "needs_review")), check_id
    assert "Evidence and ready-to-paste fixes: `report.html`." in text
    assert len(text.splitlines()) < 60


def test_fixes_name_the_business():
    text = render_markdown(handmade_report())
    assert "from Bright Smile Dental. Msg frequency varies" in text


def test_site_text_cannot_format_link_or_inject_html():
    text = render_markdown(hostile_report())
    assert "<script" in text.replace("\\<", "<")  # the text is there, as text:
    assert not re.search(r"(?<!\\)<", text)  # every < is escaped, so no renderer sees a tag
    assert "](javascript" not in text.lower()
    assert md_link(JS_URL) == md_text(JS_URL)
    assert (
        md_text("**bold** [x](http://e.com) `code` <b>")
        == r"\*\*bold\*\* \[x\]\(http://e.com\) \`code\` \<b\>"
    )
    assert md_link("https://a.com/x (1)") == r"[https://a.com/x \(1\)](https://a.com/x%20%281%29)"
