"""The business's customer-care contact, to fill into the paragraphs prevet asks a site to add.

The campaign file's support email and phone win (they are what the registration says); without
one, the email and phone the site shows, the contact page first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from analyzers.text.contacts import find_emails, find_phones, mailto_address
from crawler.snapshot import SiteSnapshot


@dataclass(frozen=True)
class Contact:
    email: str | None = None
    phone: str | None = None
    source: str = ""  # "campaign" or the URL of the page it was read from

    @property
    def text(self) -> str:
        """ "support@acme.com or (512) 555-0100", or a placeholder the user must fill."""
        parts = [p for p in (self.email, self.phone) if p]
        return " or ".join(parts) if parts else "[your support email or phone number]"

    def __bool__(self) -> bool:
        return bool(self.email or self.phone)


def business_contact(snapshot: SiteSnapshot | None, campaign: Any = None) -> Contact:
    brand = getattr(campaign, "brand", None) if campaign is not None else None
    email = getattr(brand, "support_email", None) if brand is not None else None
    phone = getattr(brand, "support_phone", None) if brand is not None else None
    if isinstance(email, str) and email.strip() or isinstance(phone, str) and phone.strip():
        return Contact(
            email.strip() if isinstance(email, str) else None,
            phone.strip() if isinstance(phone, str) else None,
            "campaign",
        )
    if snapshot is None:
        return Contact()
    pages = sorted(
        snapshot.pages, key=lambda p: ("contact" not in p.roles, p is not snapshot.home, p.depth)
    )
    for page in pages:
        emails = find_emails(page.text)
        emails += [address for link in page.links if (address := mailto_address(link.href))]
        phones = find_phones(page.text)
        if emails or phones:
            return Contact(
                emails[0] if emails else None,
                phones[0] if phones else None,
                page.final_url or page.url,
            )
    return Contact()
