"""One reading of emails, phone numbers and mailto: links (analyzers/text/contacts)."""

from __future__ import annotations

import pytest

from analyzers.policy.contact import business_contact
from analyzers.text.contacts import find_emails, find_phones, mailto_address
from crawler.snapshot import Link, Page, SiteSnapshot


@pytest.mark.parametrize(
    "text",
    ["Call (541) 555-0142", "Call 541.555.0142", "Call 541\u2011555\u20110142", "+1 541 555 0142"],
)
def test_a_phone_number_however_its_groups_are_set_apart(text: str) -> None:
    assert find_phones(text)


@pytest.mark.parametrize("text", ["Order #915415550142", "Invoice 541-555-01420", "room 123-4567"])
def test_longer_digit_runs_and_short_numbers_are_no_phone(text: str) -> None:
    assert find_phones(text) == []


def test_an_image_name_is_no_email() -> None:
    assert find_emails("logo@2x.png and help@bluefin.example.com") == ["help@bluefin.example.com"]


def test_a_mailto_link_gives_its_address_without_fields() -> None:
    assert mailto_address("mailto:care@bluefin.com?subject=Hi") == "care@bluefin.com"
    assert mailto_address("mailto:?subject=Share") == ""
    assert mailto_address("https://bluefin.com") == ""


def test_the_suggested_contact_reads_the_pages_as_the_site_checks_do() -> None:
    page = Page(
        url="https://bluefin.com/contact",
        text="Reach us at 541\u2011555\u20110142.",
        links=[Link(href="mailto:care@bluefin.com?subject=Hello")],
    )
    contact = business_contact(SiteSnapshot(start_url=page.url, pages=[page]))
    assert (contact.email, contact.phone) == ("care@bluefin.com", "541\u2011555\u20110142")
