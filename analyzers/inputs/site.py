"""Derived inputs for the site.* checks: bot walls, contact details, the link graph, content.

Each is a plain function of the snapshot so the checks stay short and tests can call them.
"""

from __future__ import annotations

import re

from analyzers.context import AnalysisContext, provides
from analyzers.text.contacts import (
    find_emails,
    find_phones,
    find_placeholders,
    is_placeholder_email,
    is_placeholder_phone,
    mailto_address,
)
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
# a registrar's or host's page standing in for a domain; a business's own "This site is under
# construction" page is its content as a reviewer sees it too (site.thin_content reads it as
# unfinished), hiding nothing
_PARKED = re.compile(
    r"(this|the) domain (name )?(may be|is) for sale|buy this domain|domain (is )?parked|"
    r"parked (free|domain|by)|this domain (has been )?(registered|is registered) (at|with|by)|"
    r"inquire about this domain|make an offer on this domain|future home of something|"
    r"domain has expired|"
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
# a bare number of two or more digits right before a street match's number, or as the first
# word of its name: "37127 37128 37129 Blackman Cason Lane" lists ZIP codes and neighborhoods
_NUMBER_BEFORE = re.compile(r"\b\d{2,}[ \t\u00a0]+$")
_NUMBER_FIRST = re.compile(r"\d{1,6}(?:-\d{1,5})?\s+\d{2,}\s")


def in_number_run(text: str, match: re.Match[str]) -> bool:
    """Is a street match's house number one of a run of bare numbers (blind round 38, a
    referral service's service-area list: "37127 37128 37129 37130 Blackman Siegel Cason
    Lane", ZIP codes and then neighborhood names, one of which ends in "Lane")? A house number
    stands alone before the street's name; a bare number of two or more digits beside it makes
    the numbers a list. "410 Pearl Street", "21000 8 Mile Road" (a one-digit name) and "Suite
    200, 410 Pearl Street" (a comma between) stay addresses."""
    line = text[max(0, match.start() - 40) : match.start()].rsplit("\n", 1)[-1]
    return bool(_NUMBER_BEFORE.search(line) or _NUMBER_FIRST.match(match.group(0)))


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


# A site template's sample address, left where the real one belongs: "123 Your Street",
# "Street Address", and on its line "City, ST 00000" or "Anytown" (written in the template's
# capitals, so "Carson City, St. Joseph" stays an address)
_TEMPLATE_STREET = re.compile(r"\byour\b|\bstreet\s+address\b", re.IGNORECASE)
_TEMPLATE_PLACE = re.compile(
    r"\b(?:[Aa]ny|[Yy]our)\s?(?:[Tt]own|[Cc]ity)\b|\bCity,\s*(?:ST|State)\b|\b0{5}\b"
)


def placeholder_address(address: str, rest_of_line: str = "") -> str | None:
    """A template's sample street address, quoted with the city and ZIP that gave it away, or
    None: its street is named "Your Street" or "Street Address", or it (or the 40 characters
    of its line after it) has the template's city and ZIP ("City, ST 00000", "Anytown").
    "410 Pearl Street, Eugene, OR 97401" is an address."""
    line = address + rest_of_line.split("\n", 1)[0][:40]
    places = [m.end() for m in _TEMPLATE_PLACE.finditer(line)]
    if not places and not _TEMPLATE_STREET.search(address):
        return None
    return line[: max([len(address), *places])].strip()


def contact_details(page: Page) -> list[tuple[str, str]]:
    """Visible email addresses, phone numbers and street addresses: (kind, text). A site
    template's sample contact left in place ("info@yourdomain.com", "(000) 000-0000",
    "123 Your Street") reaches nobody and is not one: `template_contacts` lists those.

    A P.O. box is no street address (blind round 34, a farm whose contact page has a web form
    and "Mail: P.O. Box 118, Floyd, VA ..." and nothing else): it reaches the business by
    post only and says nothing of where the business is, and carriers do not take it as a
    brand's address (brand.po_box). The city, state and ZIP that close it are its own; a
    street address beside it still counts. `po_boxes` lists the boxes for the evidence."""
    return _read_contacts(page)[0]


def po_boxes(page: Page) -> list[str]:
    """The P.O. boxes the page shows ("P.O. Box 118"), which `contact_details` does not count."""
    return list(dict.fromkeys(m.group(0) for m in PO_BOX.finditer(page.text)))


_PO_BOX_LOOK_BACK = 80  # "P.O. Box 118\nFloyd, VA 24091": the box may be on the line before


def _closes_po_box(text: str, start: int) -> bool:
    """Is the "City, ST 00000" at `start` the end of a P.O. box's address: a box, and no
    street after it, in the two lines before?"""
    window = "\n".join(text[max(0, start - _PO_BOX_LOOK_BACK) : start].split("\n")[-2:])
    boxes = [m.end() for m in PO_BOX.finditer(window)]
    streets = [m.end() for m in STREET.finditer(window)]
    return bool(boxes) and (not streets or boxes[-1] > streets[-1])


def template_contacts(page: Page) -> list[tuple[str, str]]:
    """The template placeholders the page shows where its contact details belong."""
    return _read_contacts(page)[1]


def _read_contacts(page: Page) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(real contact details, template placeholders) of the page's visible text and links."""
    text = f"{page.text}\n{page.nav_text}"
    found: list[tuple[str, str]] = []
    samples = find_placeholders(text)
    for kind, shown in (("email", find_emails(text)), ("phone", find_phones(text))):
        if shown:
            found.append((kind, shown[0]))
    for pattern in (STREET, STATE_ZIP):
        for match in pattern.finditer(text):
            if pattern is STATE_ZIP and _closes_po_box(text, match.start()):
                continue  # "P.O. Box 118, Floyd, VA 24091": the box's city line
            if pattern is STREET and in_number_run(text, match):
                continue  # "37128 37129 Blackman Cason Lane": a list of ZIP codes
            sample = placeholder_address(match.group(0), text[match.end() :])
            if sample is None:
                found.append(("address", match.group(0)))
                break
            samples.append(("address", sample))
    for link in page.links:
        if not link.visible:
            continue
        if address := mailto_address(link.href):
            (samples if is_placeholder_email(address) else found).append(("email", address))
        elif link.href.lower().startswith("tel:") and sum(c.isdigit() for c in link.href) >= 10:
            number = link.href[4:]
            (samples if is_placeholder_phone(number) else found).append(("phone", number))
    return found, list(dict.fromkeys(samples))
