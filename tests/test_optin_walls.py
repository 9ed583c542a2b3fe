"""What a bot wall hides is never judged: no opt-in form behind a wall needs review."""

from __future__ import annotations

from analyzers.context import AnalysisContext
from analyzers.registry import Status, all_checks, run_check
from tests.snapshots import snapshot_from_pages

WALL = (
    "<title>Just a moment...</title><h1>Checking your browser before accessing the site"
    "</h1><p>Please enable JavaScript and cookies to continue.</p>"
)
HOME = (
    "<title>Copper Kettle Tea</title><h1>Copper Kettle Tea</h1><p>Loose-leaf teas from our "
    "shop in Salem. <a href='/text-club'>Text club</a></p>"
)


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


# a multi-step form whose next step the renderer saw wait for a server answer (data-pvwait)
WAITING = (
    "<title>Offers</title><form data-pvwait=\"the step after 'Continue' appears only "
    'once an email is sent to the site (prevet sends nothing): check that step by hand">'
    """
<p>Enter your email, then your mobile number for {words}.</p>
<input type="email" name="email"><button>Continue</button></form>"""
)


def test_a_form_whose_phone_step_waits_for_a_server_needs_review() -> None:
    result = _form_missing({"/": HOME, "/offers": WAITING.format(words="text offers")})
    assert result.status is Status.NEEDS_REVIEW
    assert "only once an email is sent" in result.findings[0].evidence
    assert result.findings[0].url.endswith("/offers")


def test_a_waiting_form_that_says_nothing_of_texts_is_no_reason_to_doubt() -> None:
    result = _form_missing({"/": HOME, "/offers": WAITING.format(words="our catalog")})
    assert result.status is Status.FAILED
