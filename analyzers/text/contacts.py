"""Email addresses and US phone numbers as a page writes them, and the address of a mailto:
link: one reading for the site checks (visible contact details) and the policy paragraphs
prevet suggests (the contact to fill in), so both count the same numbers."""

from __future__ import annotations

import re

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
# the groups of a number are set apart by a space, a dot or any dash a page types, the
# non-breaking hyphen of "785\u20113011" included
_SEP = r"[\s.\-\u2010-\u2015\u2212]"
PHONE = re.compile(
    rf"(?<![\d\w])(?:\+?1{_SEP}?)?\(?[2-9]\d{{2}}\)?{_SEP}?\d{{3}}{_SEP}?\d{{4}}(?!\d)"
)
_ASSET = re.compile(r"\.(png|jpe?g|gif|svg|webp)$", re.IGNORECASE)


def find_emails(text: str) -> list[str]:
    """Addresses in the text, not image names that look like one ("logo@2x.png")."""
    return [m for m in EMAIL.findall(text) if not _ASSET.search(m)]


def find_phones(text: str) -> list[str]:
    return [m.strip() for m in PHONE.findall(text)]


def mailto_address(href: str) -> str:
    """The address a mailto: link writes to, without its ?subject= and other fields ("" for
    any other link, or a mailto: with no address in it)."""
    if href.lower().startswith("mailto:") and "@" in href:
        return href[7:].split("?")[0]
    return ""
