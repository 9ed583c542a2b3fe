"""Where a policy or terms page names the business it belongs to.

A reader who opens a privacy policy or terms page learns whose document it is from the page as a
whole, not only from its sentences: the page title ("Privacy Policy | Bluewater Pool Service"),
the site header with its logo, the footer's copyright line and the contact block under the text.
Businesses very often write "we", "us" and "our" in the policy itself and let the page around it
say who "we" are; that page names its owner (issue 13). What does not name the owner: a name
inside a link to another site (a "Built by …" credit, a partner's page), and a page without any
chrome whose text says only "the Company" or "this website" (a generator's output, published as
is). A different company's name (a template's leftover "Acme LLC") never matches the business's
names, so it names nobody here; and when the text declares such a name its owner ("Acme LLC
(\"we\", \"us\")") while the page around it names the business, a person must judge whether it
is a leftover or the business's legal name (`owner_doubt`: the privacy and terms checks say it
in the same words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from analyzers.policy.layers import own_links, own_text
from crawler.snapshot import Page

if TYPE_CHECKING:  # the inputs package imports the policy modules: no cycle at run time
    from analyzers.inputs.brand import BrandNames

# where a name the page states about itself was found (crawler/extract.py brand_candidates),
# for the evidence; og:site_name and schema.org are markup a reader never sees
_VISIBLE_CANDIDATES = {
    "logo_text": "its header logo",
    "logo_alt": "its header logo",
    "copyright": "its copyright line",
}
# "Acme Holdings LLC ("we", "us")", "Acme Ltd. (the "Company")": the way a policy declares who
# "we" are (a sole proprietor's "Jane Roe ("I," "me")" declares who "I" is); the run of
# capitalised words before the parenthesis is the declared owner
_OWNER_DEFINITION = re.compile(
    r"((?:[A-Z][\w'’&.-]*)(?:,?[ \xa0]+(?:[A-Z][\w'’&.-]*|&|and|of|the))*)[ \xa0]*\(\s*"
    r"(?:collectively,?\s*)?(?:the\s+)?[\"“'‘]\s*(?i:we|us|our|company|i|me|my)\b"
)
_NOT_A_NAME = {"the company", "company", "we", "us", "our", "the", "this", "these"}
_ABBREVIATIONS = {"co", "inc", "ltd", "corp", "llc", "st", "mt", "bros", "dr"}


def where_page_names_owner(page: Page, names: BrandNames) -> str | None:
    """Where on the page the business is named ("its title", "its copyright line", ...), or
    None. The page's own text includes its header, footer and contact block; the text of links
    that lead to another site, and of pop-ups over the page, is left out."""
    if names.found_in(page.title):
        return "its title"
    outbound = _outbound_link_texts(page)
    for source, place in _VISIBLE_CANDIDATES.items():
        value = page.brand_candidates.get(source, "")
        if (
            value
            and (names.found_in(value) or names.shortened_to(value))
            and not any(value in t for t in outbound)
        ):
            return place
    if names.found_in(_without(outbound, page.nav_text)):
        return "its header or footer"
    if names.found_in(_without(outbound, own_text(page))):
        return "the page's text or contact block"
    return None


def _outbound_link_texts(page: Page) -> list[str]:
    host = urlsplit(page.final_url or page.url).hostname or ""
    return [
        link.text
        for link in own_links(page)
        if link.text.strip()
        and link.href.startswith(("http://", "https://"))
        and _site(urlsplit(link.href).hostname or "") != _site(host)
    ]


def _site(host: str) -> str:
    return host.lower().removeprefix("www.")


def _without(link_texts: list[str], text: str) -> str:
    """The text with those links' words taken out, the longest first."""
    for link_text in sorted(link_texts, key=len, reverse=True):
        text = text.replace(link_text, " ")
    return text


def declared_owner(text: str, names: BrandNames) -> str | None:
    """The owner a policy's text declares for "we" ("Acme LLC (\"we\", \"us\")") when it is none of
    the business's names; None when the text declares no owner, or declares the business."""
    for match in _OWNER_DEFINITION.finditer(text):
        owner = _last_sentence(match.group(1)).strip(" ,.")
        if owner.lower() in _NOT_A_NAME:
            continue
        if names.found_in(owner) or names.short_form_in(owner):
            return None
        return owner
    return None


@dataclass(frozen=True)
class OwnerDoubt:
    """The text declares as "we" a business other than the one its page names: a template's
    leftover or the business's legal name, which a person judges."""

    owner: str  # whom the text declares
    business: str  # the name the page gives
    place: str  # where the page gives it (where_page_names_owner)

    def declared(self, whose_text: str) -> str:
        """ "The policy's text declares “Acme LLC” as “we”, not ..." (no closing stop)."""
        return (
            f"{whose_text} declares “{self.owner}” as “we”, not {self.business}, whom the "
            f"page names in {self.place}"
        )

    @property
    def to_check(self) -> str:
        return f"check whether “{self.owner}” is the business's legal name or a template's leftover"


def owner_doubt(text: str, names: BrandNames, place: str) -> OwnerDoubt | None:
    """The doubt to put to a person when `text` declares another owner than the business its
    page names in `place`; None when it declares none, or the business."""
    owner = declared_owner(text, names)
    return OwnerDoubt(owner, names.primary, place) if owner else None


def _last_sentence(words: str) -> str:
    """ "Welcome. Acme Ltd." is "Acme Ltd.": a full stop ends a sentence unless it ends an
    abbreviation of a company name."""
    parts = words.split()
    for i in range(len(parts) - 2, -1, -1):
        if parts[i].endswith(".") and parts[i].strip(".,").lower() not in _ABBREVIATIONS:
            return " ".join(parts[i + 1 :])
    return words
