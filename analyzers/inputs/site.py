"""Derived inputs for the site.* checks: bot walls, contact details, the link graph, content.

Each is a plain function of the snapshot so the checks stay short and tests can call them.
"""

from __future__ import annotations

import re

from analyzers.context import AnalysisContext, provides
from analyzers.text.contacts import EMAIL, PHONE, mailto_address
from crawler.snapshot import Page

# a page that IS a challenge, not a page that embeds a captcha widget in its contact form
_CHALLENGE = re.compile(
    r"checking (if the site connection is secure|your browser)|verify(ing)? (that )?you are "
    r"(a )?human|are you a (robot|human)|just a moment\.\.\.|attention required|"
    r"ddos protection by|enable javascript and cookies to continue|press (&|and) hold|"
    r"unusual traffic from your (computer )?network|request (was )?blocked|"
    r"access (to this page has been )?denied|complete the (security )?(check|captcha)|"
    r"please (solve|complete) the captcha|why do i have to complete a captcha|"
    r"too many requests|rate limit(ed)? exceeded|security check to access",
    re.IGNORECASE,
)
_PARKED = re.compile(
    r"(this|the) domain (name )?(may be|is) for sale|buy this domain|domain (is )?parked|"
    r"parked (free|domain|by)|this domain (has been )?(registered|is registered) (at|with|by)|"
    r"inquire about this domain|make an offer on this domain|future home of something|"
    r"this (web)?site is (under construction|coming soon)|domain has expired|"
    r"related searches|sponsored listings",
    re.IGNORECASE,
)
_WALL_MAX_WORDS = 120  # a challenge or parking page is short; a real page with a widget is not

STREET = re.compile(
    r"\b\d{1,6}(?:-\d{1,5})?\s+(?:[NSEW]\.?\s+|north\s+|south\s+|east\s+|west\s+)?"
    r"(?:[A-Z0-9][\w'.-]*\s+){1,4}"
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|"
    r"parkway|pkwy|highway|hwy|circle|cir|terrace|ter|trail|trl|plaza|square|sq|pike|loop|"
    r"route|rte|suite|ste)\b\.?",
    re.IGNORECASE,
)
PO_BOX = re.compile(r"\bp\.?\s*o\.?\s*box\s+\d+", re.IGNORECASE)
# "Eugene, OR 97401": a city line is an address even when the street is on another line
STATE_ZIP = re.compile(
    r",\s*(A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|"
    r"N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}"
    r"(?:-\d{4})?\b"
)


def wall_reason(page: Page) -> str | None:
    """Why this page is a bot wall or parking page instead of the site's content, if it is."""
    words = len(page.text.split())
    sample = f"{page.title}\n{page.text[:3000]}"
    if page.status == 429:
        return "HTTP 429 (rate limited)"
    if words <= _WALL_MAX_WORDS or page.status in (403, 503):
        match = _CHALLENGE.search(sample)
        if match:
            return f'a bot challenge ("{match.group(0)}")'
        match = _PARKED.search(sample)
        if match:
            return f'a parked-domain page ("{match.group(0)}")'
    return None


@provides("bot_walls")
def bot_walls(ctx: AnalysisContext) -> list[tuple[Page, str]]:
    snapshot = ctx.snapshot
    if snapshot is None:
        return []
    return [(page, reason) for page in snapshot.pages if (reason := wall_reason(page))]


def contact_details(page: Page) -> list[tuple[str, str]]:
    """Visible email addresses, phone numbers and street addresses: (kind, text)."""
    found: list[tuple[str, str]] = []
    text = f"{page.text}\n{page.nav_text}"
    for kind, pattern in (
        ("email", EMAIL),
        ("phone", PHONE),
        ("address", STREET),
        ("address", PO_BOX),
        ("address", STATE_ZIP),
    ):
        match = pattern.search(text)
        if match:
            found.append((kind, match.group(0)))
    for link in page.links:
        if not link.visible:
            continue
        if address := mailto_address(link.href):
            found.append(("email", address))
        elif link.href.lower().startswith("tel:") and sum(c.isdigit() for c in link.href) >= 10:
            found.append(("phone", link.href[4:]))
    return found
