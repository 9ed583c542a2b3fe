"""What a bot wall hides is never judged: no opt-in form behind a wall needs review."""

from __future__ import annotations

from analyzers.context import AnalysisContext
from analyzers.registry import Status, all_checks, run_check
from tests.snapshots import snapshot_from_pages

WALL = ("<title>Just a moment...</title><h1>Checking your browser before accessing the site"
        "</h1><p>Please enable JavaScript and cookies to continue.</p>")
HOME = ("<title>Copper Kettle Tea</title><h1>Copper Kettle Tea</h1><p>Loose-leaf teas from our "
        "shop in Salem. <a href='/text-club'>Text club</a></p>")


def _form_missing(pages: dict[str, str]):
    ctx = AnalysisContext(snapshot=snapshot_from_pages(pages))
    return run_check(all_checks()["optin.form_missing"], ctx)


def test_no_form_behind_a_bot_wall_needs_review() -> None:
    result = _form_missing({"/": HOME, "/text-club": WALL})
    assert result.status is Status.NEEDS_REVIEW
    assert "bot challenge" in result.findings[0].message


def test_no_form_and_no_wall_fails() -> None:
    result = _form_missing({"/": HOME, "/text-club": "<title>Text club</title><p>Soon.</p>"})
    assert result.status is Status.FAILED
