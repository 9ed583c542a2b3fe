"""Who may enter a contest or a race is eligibility, not an age gate: no agegate.weak for it,
and a site with age-restricted content and only such text has no gate (agegate.missing)."""

from __future__ import annotations

import pytest

from analyzers.context import AnalysisContext
from analyzers.registry import Status, all_checks, run_check
from crawler.agegate import detect_agegate
from crawler.extract import parse_html
from tests.snapshots import snapshot_from_pages


def _modal(inner: str) -> str:
    return (
        f'<html><body><div class="modal" role="dialog" aria-modal="true">{inner}</div>'
        "<main><h1>Welcome</h1><p>Shop our store.</p></main></body></html>"
    )


@pytest.mark.parametrize(
    "html",
    [
        _modal(
            "<h2>Holiday giveaway</h2><p>Entrants must be US residents aged 18+. No purchase "
            "necessary.</p><input type='email' name='email'><button>Enter now</button>"
        ),
        _modal(
            "<p>Must be 18 or older to enter the giveaway.</p><input name='email'>"
            "<button>Enter</button>"
        ),
        _modal(
            "<h2>Fun run</h2><p>Participants must be 18 or older to register.</p>"
            "<input name='name'><button>Register</button>"
        ),
        _modal(
            "<p>Open to legal residents of Ohio, 21+. Winner drawn May 1.</p>"
            "<button>Yes, enter me</button>"
        ),
        # a short contest page read as a whole (the interstitial path)
        "<html><body><h1>Photo contest</h1><p>Contestants must be 18 years or older.</p>"
        "<a href='/enter'>Enter</a></body></html>",
    ],
)
def test_eligibility_is_not_an_age_gate(html: str) -> None:
    assert detect_agegate(parse_html(html)) is None


@pytest.mark.parametrize(
    "html",
    [
        _modal("<p>You must be 21 or older to enter this site.</p><button>I am 21+</button>"),
        # a real question next to an eligibility line is still a gate
        _modal(
            "<p>Are you 21 or older?</p><p>Entrants in our raffle must be 21+.</p>"
            "<button>Yes</button><button>No</button>"
        ),
    ],
)
def test_age_questions_are_still_gates(html: str) -> None:
    found = detect_agegate(parse_html(html))
    assert found is not None and found.kind == "yes_no"


WINE = (
    "<html><head><title>Wine shop | Redfern Hill</title></head><body>{modal}"
    "<h1>Estate pinot noir and chardonnay</h1><p>Shop our wines online. 2022 Pinot Noir "
    "$38. Join the wine club.</p></body></html>"
)
GIVEAWAY = (
    '<div class="modal" role="dialog"><p>Win a case of our rosé! Entrants must be '
    "21 or older and US residents.</p><input type='email' name='email'>"
    "<button>Enter</button></div>"
)


def _statuses(pages: dict[str, str]) -> dict[str, Status]:
    snapshot = snapshot_from_pages(pages, base="https://www.redfernhill.com/")
    for page, html in zip(snapshot.pages, pages.values(), strict=True):
        page.agegate = detect_agegate(parse_html(html))
    ctx = AnalysisContext(snapshot=snapshot)
    return {
        cid: run_check(all_checks()[cid], ctx).status for cid in ("agegate.weak", "agegate.missing")
    }


def test_a_wine_shop_with_only_a_giveaway_pop_up_has_no_gate() -> None:
    statuses = _statuses({"/": WINE.format(modal=GIVEAWAY)})
    assert statuses["agegate.missing"] is Status.FAILED
    assert statuses["agegate.weak"] is not Status.FAILED


def test_a_site_without_any_gate_never_fails_agegate_weak() -> None:
    statuses = _statuses(
        {
            "/": WINE.format(modal=""),
            "/about": "<html><body><p>Family run since 1981.</p></body></html>",
        }
    )
    assert statuses["agegate.weak"] is not Status.FAILED
    assert statuses["agegate.missing"] is Status.FAILED
