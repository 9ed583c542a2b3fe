"""Get the analysis ready before there is anything to analyze.

A first analysis in a process spends about a second on fixed costs: importing the checks and
spaCy, building the pipeline, compiling the vocabularies. `prevet audit` calls `warm_up()` in a
thread while the crawler's child process works, so that second is spent on a core the crawl
leaves idle. It analyzes a tiny made-up site rather than naming the costly parts, so whatever a
check loads on first use is loaded here too.
"""

from __future__ import annotations

import logging

from crawler.page_builder import build_page
from crawler.snapshot import SiteSnapshot

log = logging.getLogger(__name__)

_SITE = "https://warm-up.invalid"
_PAGES = {
    "/": """<html><head><title>Warm Up Bakery</title></head><body>
        <nav><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a></nav>
        <h1>Fresh bread daily</h1><p>Order cakes and bread for pickup.</p>
        <form action="/join"><label for="p">Mobile number</label><input id="p" type="tel">
        <label><input type="checkbox" name="sms"> Text me offers from Warm Up Bakery.
        Msg &amp; data rates may apply. Reply STOP to cancel, HELP for help.</label>
        <button>Join</button></form>
        <footer>Contact us at hello@warm-up.invalid, 1 Main St</footer></body></html>""",
    "/privacy": """<html><head><title>Privacy Policy</title></head><body><h1>Privacy Policy</h1>
        <p>We collect your mobile number when you sign up for text messages. No mobile
        information will be shared with third parties for marketing purposes.</p>
        <p>You may opt out at any time by replying STOP.</p></body></html>""",
    "/terms": """<html><head><title>Terms of Service</title></head><body><h1>Terms</h1>
        <p>Message frequency varies. Carriers are not liable for delayed or undelivered
        messages. Reply HELP for help.</p></body></html>""",
}


def warm_snapshot() -> SiteSnapshot:
    pages = [build_page(html, _SITE + path, is_start=path == "/") for path, html in _PAGES.items()]
    return SiteSnapshot(start_url=_SITE + "/", site="warm-up.invalid", pages=pages)


def warm_up(campaign: object | None = None) -> None:
    """Analyze the made-up site once (with the audit's campaign, if any); never raises."""
    try:
        from analyzers.analyze import analyze
        from analyzers.kit import build_kit

        snapshot = warm_snapshot()
        analysis = analyze(snapshot, campaign)
        build_kit(snapshot, analysis, None, campaign)
    except Exception as exc:  # the real analysis will meet (and report) the same problem
        log.debug("warm-up failed: %s", exc)
